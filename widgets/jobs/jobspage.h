#pragma once

#include "clonedialog.h"
#include "common/page.h"
#include "jobs/clustercatalog.h"
#include "jobs/joblogs.h"
#include "jobs/jobstate.h"
#include "jobs/jobsubmitter.h"
#include "submitdialog.h"

#include <QPointer>
#include <QTimer>

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace plancia::jobs {
class JobsModel;
} // namespace plancia::jobs

namespace plancia::ui {

class JobDetailPane;
class JobsFilterProxy;
class PlaceholderView;

// Jobs page: the user's batch jobs live (jobs::JobsModel over the platform's shared informers)
// with filters (state, accelerator, site) and a search; the selected job's detail pane (summary
// with "why pending / where it would run", YAML, conditions, events, pods, followed log);
// Cancel/Delete with confirmation, Resubmit, New job (form or YAML, the check before Submit,
// 422 causes on their fields) and Clone my notebook. A desktop notification (Notifier) when one
// of the jobs succeeds, fails or is evicted.
class JobsPage : public Page
{
    Q_OBJECT

public:
    explicit JobsPage(QWidget *parent = nullptr);
    ~JobsPage() override;

    QString title() const override;
    QString subtitle() const override;

    void setPlatform(Platform *platform) override;
    void setConnected(bool connected) override;

    jobs::JobsModel *model() const { return m_model; }
    JobsFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    JobDetailPane *detail() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *acceleratorFilter() const { return m_accelerator; }
    QComboBox *siteFilter() const { return m_site; }
    QPushButton *newJobButton() const { return m_newJob; }
    QPushButton *cloneButton() const { return m_clone; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resubmitButton() const { return m_resubmit; }
    bool showsPlaceholder() const;
    // The open New job dialog (nullptr when none).
    SubmitDialog *submitDialog() const { return m_submitDialog; }
    CloneDialog *cloneDialog() const { return m_cloneDialog; }
    const jobs::ClusterCatalog &catalog() const { return m_catalog; }

    // Asked before Cancel/Delete: true to go ahead (tests answer without a message box).
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Another backend than the Kubernetes API (tests, the vkd gateway later). Not owned.
    void setSubmitter(jobs::JobSubmitter *submitter);

    // The dialogs (also the buttons' and shortcuts' actions).
    SubmitDialog *openSubmitDialog();
    CloneDialog *openCloneDialog();
    void cancelSelected();
    void resubmitSelected();
    void selectJob(const QString &namespaceName, const QString &name);

Q_SIGNALS:
    // A submission from the dialog was created (name), or failed (message).
    void jobSubmitted(const QString &namespaceName, const QString &name);

protected:
    void retranslate() override;

private:
    void updateView();
    void updatePlaceholder();
    void reloadCatalog();
    void fillFilterChoices();
    void onCurrentChanged();
    void refreshDetail();
    void loadEvents();
    void loadExplanation();
    void startLog();
    void stopLog();
    void onLogLines(const QList<jobs::LogLine> &lines);
    void onStateChanged(const QString &ns, const QString &name, jobs::JobState from,
                        jobs::JobState to);
    void onCheckRequested(const QJsonObject &job);
    void onSubmitRequested(const QJsonObject &job);
    void onCloneRequested(const jobs::CloneOptions &options);
    void updateActions();
    int selectedSourceRow() const;
    jobs::JobSubmitter *submitter();
    QString ns() const;

    jobs::JobsModel *m_model;
    JobsFilterProxy *m_proxy;
    QStackedWidget *m_stack;
    PlaceholderView *m_placeholder;
    QWidget *m_main;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_accelerator;
    QComboBox *m_site;
    QPushButton *m_newJob;
    QPushButton *m_clone;
    QPushButton *m_cancel;
    QPushButton *m_resubmit;
    QSplitter *m_split;
    QTableView *m_table;
    JobDetailPane *m_detail;
    QPointer<SubmitDialog> m_submitDialog;
    QPointer<CloneDialog> m_cloneDialog;
    QPointer<jobs::JobLogFollower> m_log;
    QPointer<jobs::JobSubmitter> m_ownSubmitter;
    QPointer<jobs::JobSubmitter> m_submitter;
    QPointer<QObject> m_detailJobs; // parent of the detail pane's requests (events, why)
    QPointer<QObject> m_checkJobs;  // parent of the submit dialog's check requests
    jobs::ClusterCatalog m_catalog;
    QString m_currentKey;
    QString m_selectWhenSeen; // "ns/name" to select once its row exists
    QString m_modelKey;       // the platform and namespace the model reads
    QString m_logKey;
    int m_logPods = 0;
    QTimer m_detailTimer;
    QTimer m_explainTimer;
    Confirm m_confirm;
};

} // namespace plancia::ui
