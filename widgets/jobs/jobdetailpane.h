#pragma once

#include "jobs/jobstate.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace plancia::ui {

class LogView;

// One job in full, beside the Jobs table: a summary (state, reason, Kueue's message, where it
// runs) with the "why pending / where it would run" answer, the Job as YAML, a conditions timeline
// (the Workload's and the Job's conditions by time), its events, its pods (node, or offload site
// with the remote state and ProviderFailed reason) and its log.
class JobDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { SummaryTab, YamlTab, ConditionsTab, EventsTab, PodsTab, LogTab };

    explicit JobDetailPane(QWidget *parent = nullptr);

    // Virtual node name -> site name (for pods on interLink nodes).
    void setSites(const QHash<QString, QString> &siteOfVirtualNode);
    void showJob(const QJsonObject &job, const QJsonObject &workload,
                 const QList<QJsonObject> &pods, const jobs::JobStatus &status);
    void setEvents(const QList<QJsonObject> &events);
    // The why-pending answer (jobs::WhyPending::lines()); a note while it loads or failed.
    void setExplanation(const QStringList &lines);
    void clear();

    QString jobName() const { return m_name; }
    QString jobNamespace() const { return m_namespace; }
    bool isEmpty() const { return m_name.isEmpty(); }

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summary() const { return m_summary; }
    QLabel *explanation() const { return m_explanation; }
    QPlainTextEdit *yaml() const { return m_yaml; }
    QTreeWidget *conditions() const { return m_conditions; }
    QTreeWidget *events() const { return m_events; }
    QTreeWidget *pods() const { return m_pods; }
    LogView *logView() const { return m_log; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillConditions(const QJsonObject &job, const QJsonObject &workload);
    void fillPods(const QList<QJsonObject> &pods);
    void retranslate();

    QTabWidget *m_tabs;
    QLabel *m_summary;
    QLabel *m_explanation;
    QPlainTextEdit *m_yaml;
    QTreeWidget *m_conditions;
    QTreeWidget *m_events;
    QTreeWidget *m_pods;
    LogView *m_log;
    QHash<QString, QString> m_sites;
    QString m_name;
    QString m_namespace;
    QString m_yamlUid;
    QString m_yamlVersion;
};

} // namespace plancia::ui
