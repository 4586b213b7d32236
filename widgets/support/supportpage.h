#pragma once

#include "common/page.h"
#include "support/casedata.h"
#include "support/supportfilter.h"
#include "support/supportindex.h"

#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace plancia::ui {

class CaseFileView;

// Support page (support staff only; the main window shows it for the support and admin roles,
// and Kubernetes refuses the all-namespace lists to anyone else): one live table of every
// namespace's jobs and sessions (support::SupportIndex over the shared all-namespace informers,
// started when the page is first shown) with filters (user, state, cause, node/site,
// accelerator, time); the failures by cause with counts and a 24-hour trend (a button per
// cause filters the table); the selected job's timeline with events, conditions and the last
// log lines; "Export case file…" and "Open case file…" (read-only, no platform needed).
class SupportPage : public Page
{
    Q_OBJECT

public:
    explicit SupportPage(QWidget *parent = nullptr);
    ~SupportPage() override;

    QString title() const override;
    QString subtitle() const override;

    void setPlatform(Platform *platform) override;
    void setConnected(bool connected) override;

    support::SupportIndex *index() const { return m_index; }
    support::SupportFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    CaseFileView *caseView() const { return m_case; }
    QToolButton *causeButton(int cause) const;
    QLineEdit *userFilter() const { return m_user; }
    QComboBox *causeFilter() const { return m_cause; }
    QPushButton *exportButton() const { return m_export; }
    // The table is live (the index exists and the sources are listing or synced).
    bool isLive() const { return m_index != nullptr; }
    // Loads the case of the selected row into the view; true when one is selected.
    bool selectRow(int proxyRow);
    // The case of the current selection as shown (empty while loading).
    const QJsonObject &currentCase() const { return m_currentCase; }
    bool exportCaseFile(const QString &path);

    // Opens a case file read-only in a dialog (no platform needed).
    static void openCaseFile(QWidget *parent, const QString &path);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    void ensureIndex();
    void dropIndex();
    void updateCounts();
    void onSelection();
    void onExport();
    void onOpen();

    QPointer<support::SupportIndex> m_index;
    support::SupportFilter *m_filter;
    QPointer<support::CaseDataJob> m_caseJob;
    QJsonObject m_currentCase;
    QLineEdit *m_user;
    QComboBox *m_state;
    QComboBox *m_cause;
    QLineEdit *m_where;
    QLineEdit *m_accelerator;
    QComboBox *m_since;
    QCheckBox *m_failingOnly;
    QList<QToolButton *> m_causeButtons;
    QLabel *m_status;
    QTableView *m_table;
    CaseFileView *m_case;
    QPushButton *m_export;
    QPushButton *m_open;
};

} // namespace plancia::ui
