#pragma once

#include "storage/transferqueue.h"

#include <QStyledItemDelegate>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTreeView;

namespace plancia::ui {

class TransfersModel;

// Draws TransfersModel::ProgressRole as a progress bar with the column's text on it.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

// The bottom pane of the Storage page: every transfer with its progress bar, rate, time left
// and state (errors in words), actions on the selected rows (pause, resume, cancel) and on all,
// "clear finished", and a totals line.
class TransfersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TransfersPanel(QWidget *parent = nullptr);

    void setQueue(TransferQueue *queue);
    TransfersModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *totalsLabel() const { return m_totals; }
    // The bandwidth limit picker; the choice is remembered (QSettings storage/bandwidthLimit,
    // bytes per second, 0 = none) and applied to every queue the panel shows.
    QComboBox *limitCombo() const { return m_limit; }
    static constexpr const char *LimitKey = "storage/bandwidthLimit";

    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *pauseAllAction() const { return m_pauseAll; }
    QAction *resumeAllAction() const { return m_resumeAll; }
    QAction *cancelAllAction() const { return m_cancelAll; }
    QAction *clearFinishedAction() const { return m_clear; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<TransferQueue::Id> selectedIds() const;
    void forSelected(void (TransferQueue::*what)(TransferQueue::Id));
    void updateActions();
    void retranslate();
    void fillLimits(qint64 current);
    void applyLimit();

    TransfersModel *m_model;
    QComboBox *m_limit;
    QLabel *m_limitLabel;
    QTreeView *m_view;
    QLabel *m_title;
    QLabel *m_totals;
    QAction *m_pause, *m_resume, *m_cancel, *m_pauseAll, *m_resumeAll, *m_cancelAll, *m_clear;
};

} // namespace plancia::ui
