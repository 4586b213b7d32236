#pragma once

#include "availability/availability.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace plancia::ui {

// A bar of used / unavailable / free devices (painted; no text of its own, the card says it).
class UsageBar : public QWidget
{
    Q_OBJECT

public:
    explicit UsageBar(QWidget *parent = nullptr);
    void setCounts(int total, int used, int unavailable);
    int total() const { return m_total; }
    int used() const { return m_used; }
    QSize sizeHint() const override { return {160, 10}; }
    QSize minimumSizeHint() const override { return {60, 10}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_total = 0;
    int m_used = 0; // -1 unknown
    int m_unavailable = 0;
};

// One card per accelerator model: free / in use / total and a bar; a GPU's MIG slices are
// rows of their GPU's card.
class AcceleratorCard : public QFrame
{
    Q_OBJECT

public:
    explicit AcceleratorCard(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    void setModels(const QList<availability::ModelAvailability> &models);
    // The rows as shown, one string per model ("A100 MIG 1g.10gb: 4 free, 3 in use, 7 total").
    QStringList rowTexts() const;
    QList<UsageBar *> bars() const;

private:
    QLabel *m_title;
    QVBoxLayout *m_rows;
    QStringList m_texts;
};

} // namespace plancia::ui
