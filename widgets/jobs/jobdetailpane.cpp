#include "jobdetailpane.h"

#include "jobs/jobyaml.h"
#include "logview.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace plancia::ui {

namespace {

QTreeWidget *makeTree(QWidget *parent, const QString &name)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->header()->setStretchLastSection(true);
    return t;
}

QString timeText(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

JobDetailPane::JobDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_yaml(new QPlainTextEdit(this))
    , m_conditions(makeTree(this, QStringLiteral("jobConditions")))
    , m_events(makeTree(this, QStringLiteral("jobEvents")))
    , m_pods(makeTree(this, QStringLiteral("jobPods")))
    , m_log(new LogView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setObjectName(QStringLiteral("jobSummary"));
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_explanation->setObjectName(QStringLiteral("jobExplanation"));
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setFont(QFont(QStringLiteral("monospace")));
    m_yaml->setObjectName(QStringLiteral("jobYaml"));

    auto *summaryPage = new QWidget;
    auto *sl = new QVBoxLayout(summaryPage);
    sl->addWidget(m_summary);
    sl->addSpacing(8);
    sl->addWidget(m_explanation);
    sl->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(summaryPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tabs->addTab(scroll, {});
    m_tabs->addTab(m_yaml, {});
    m_tabs->addTab(m_conditions, {});
    m_tabs->addTab(m_events, {});
    m_tabs->addTab(m_pods, {});
    m_tabs->addTab(m_log, {});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void JobDetailPane::retranslate()
{
    m_tabs->setTabText(SummaryTab, tr("S&ummary"));
    m_tabs->setTabText(YamlTab, tr("&YAML"));
    m_tabs->setTabText(ConditionsTab, tr("Co&nditions"));
    m_tabs->setTabText(EventsTab, tr("E&vents"));
    m_tabs->setTabText(PodsTab, tr("&Pods"));
    m_tabs->setTabText(LogTab, tr("&Log"));
    m_conditions->setHeaderLabels(
        {tr("Time"), tr("Object"), tr("Condition"), tr("Status"), tr("Reason"), tr("Message")});
    m_events->setHeaderLabels(
        {tr("Last seen"), tr("Type"), tr("Reason"), tr("Object"), tr("Count"), tr("Message")});
    m_pods->setHeaderLabels({tr("Pod"), tr("Phase"), tr("Node or site"), tr("Remote state"),
                             tr("Reason"), tr("Started")});
}

void JobDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobDetailPane::setSites(const QHash<QString, QString> &siteOfVirtualNode)
{
    m_sites = siteOfVirtualNode;
}

void JobDetailPane::clear()
{
    m_name.clear();
    m_namespace.clear();
    m_yamlUid.clear();
    m_yamlVersion.clear();
    m_summary->clear();
    m_explanation->clear();
    m_yaml->clear();
    m_conditions->clear();
    m_events->clear();
    m_pods->clear();
    m_log->clear();
    m_log->setStatus({});
}

void JobDetailPane::showJob(const QJsonObject &job, const QJsonObject &workload,
                            const QList<QJsonObject> &pods, const jobs::JobStatus &status)
{
    const QJsonObject meta = job.value(QLatin1String("metadata")).toObject();
    m_name = meta.value(QLatin1String("name")).toString();
    m_namespace = meta.value(QLatin1String("namespace")).toString();

    QStringList rows;
    rows << QStringLiteral("<b>%1</b>").arg(m_name.toHtmlEscaped());
    rows << tr("State: %1").arg(jobs::stateName(status.state).toHtmlEscaped()) +
                (status.reason.isEmpty()
                     ? QString()
                     : QStringLiteral(" (%1)").arg(status.reason.toHtmlEscaped()));
    if (status.requeued)
        rows << tr("Evicted %n time(s) and back in the queue", nullptr, qMax(1, status.evictions));
    if (!status.message.isEmpty())
        rows << status.message.toHtmlEscaped();
    if (status.offloaded)
        rows << tr("Offloaded to %1 (virtual node %2)")
                    .arg(status.site.toHtmlEscaped(), status.node.toHtmlEscaped());
    else if (!status.node.isEmpty())
        rows << tr("Runs on node %1").arg(status.node.toHtmlEscaped());
    if (!status.clusterQueue.isEmpty())
        rows << tr("Admitted by ClusterQueue %1, flavor %2")
                    .arg(status.clusterQueue.toHtmlEscaped(),
                         status.flavor.isEmpty() ? tr("(none)") : status.flavor.toHtmlEscaped());
    m_summary->setText(rows.join(QStringLiteral("<br>")));

    // The YAML only when the object changed (keeps the reader's scroll position otherwise).
    const QString version = meta.value(QLatin1String("resourceVersion")).toString();
    const QString uid = meta.value(QLatin1String("uid")).toString();
    if (uid != m_yamlUid || version != m_yamlVersion) {
        const int scroll = uid == m_yamlUid ? m_yaml->verticalScrollBar()->value() : 0;
        m_yaml->setPlainText(QString::fromUtf8(jobs::toYaml(job)));
        m_yaml->verticalScrollBar()->setValue(scroll);
        m_yamlUid = uid;
        m_yamlVersion = version;
    }
    fillConditions(job, workload);
    fillPods(pods);
    m_log->setSuggestedFileName(m_name + QStringLiteral(".log"));
}

void JobDetailPane::setExplanation(const QStringList &lines)
{
    if (lines.isEmpty()) {
        m_explanation->clear();
        return;
    }
    QStringList esc;
    for (const QString &l : lines)
        esc << l.toHtmlEscaped();
    m_explanation->setText(QStringLiteral("<b>%1</b><br>%2")
                               .arg(tr("Where it would run, and why").toHtmlEscaped(),
                                    esc.join(QStringLiteral("<br>"))));
}

void JobDetailPane::fillConditions(const QJsonObject &job, const QJsonObject &workload)
{
    struct Row
    {
        QString time, object, type, status, reason, message;
    };
    QList<Row> rows;
    auto add = [&rows](const QJsonObject &obj, const QString &what) {
        const QJsonArray conds = obj.value(QLatin1String("status"))
                                     .toObject()
                                     .value(QLatin1String("conditions"))
                                     .toArray();
        for (const QJsonValue &v : conds) {
            const QJsonObject c = v.toObject();
            QString t = c.value(QLatin1String("lastTransitionTime")).toString();
            if (t.isEmpty())
                t = c.value(QLatin1String("lastProbeTime")).toString();
            rows.append({t, what, c.value(QLatin1String("type")).toString(),
                         c.value(QLatin1String("status")).toString(),
                         c.value(QLatin1String("reason")).toString(),
                         c.value(QLatin1String("message")).toString()});
        }
    };
    add(workload, tr("Workload"));
    add(job, tr("Job"));
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.time < b.time; });
    m_conditions->clear();
    for (const Row &r : rows) {
        auto *item = new QTreeWidgetItem(
            m_conditions, {timeText(r.time), r.object, r.type, r.status, r.reason, r.message});
        item->setToolTip(5, r.message);
        item->setData(0, Qt::UserRole, r.time);
    }
}

void JobDetailPane::fillPods(const QList<QJsonObject> &pods)
{
    m_pods->clear();
    for (const QJsonObject &pod : pods) {
        const QString node =
            pod.value(QLatin1String("spec")).toObject().value(QLatin1String("nodeName")).toString();
        const bool isVirtual = m_sites.contains(node);
        const jobs::PodFacts f =
            jobs::podFacts(pod, isVirtual, m_sites.value(node), !m_sites.isEmpty());
        QString where = f.node;
        if (f.virtualNode)
            where = tr("%1 (site %2)").arg(f.node, f.site.isEmpty() ? f.node : f.site);
        else if (where.isEmpty())
            where = tr("not scheduled");
        QString remote;
        if (f.virtualNode) {
            if (!f.waitingMessage.isEmpty())
                remote = f.waitingMessage;
            else if (f.phase == QLatin1String("Running"))
                remote = tr("running at the site");
            else if (!f.terminatedReason.isEmpty())
                remote = f.terminatedReason;
            else
                remote = f.phase;
        }
        QString reason = f.reason;
        if (reason.isEmpty())
            reason = !f.terminatedReason.isEmpty() ? f.terminatedReason : f.waitingReason;
        const QString started = pod.value(QLatin1String("status"))
                                    .toObject()
                                    .value(QLatin1String("startTime"))
                                    .toString();
        auto *item = new QTreeWidgetItem(
            m_pods, {f.name, f.deleting ? tr("%1, terminating").arg(f.phase) : f.phase, where,
                     remote, reason, timeText(started)});
        if (reason == QLatin1String("ProviderFailed"))
            item->setToolTip(4,
                             tr("The remote site (interLink provider) rejected or lost the pod"));
    }
    for (int c = 0; c < m_pods->columnCount() - 1; ++c)
        m_pods->resizeColumnToContents(c);
}

void JobDetailPane::setEvents(const QList<QJsonObject> &events)
{
    m_events->clear();
    for (const QJsonObject &e : events) {
        QString last = e.value(QLatin1String("lastTimestamp")).toString();
        if (last.isEmpty())
            last = e.value(QLatin1String("eventTime")).toString();
        const QJsonObject inv = e.value(QLatin1String("involvedObject")).toObject();
        const int count = e.value(QLatin1String("count")).toInt(1);
        new QTreeWidgetItem(
            m_events, {timeText(last), e.value(QLatin1String("type")).toString(),
                       e.value(QLatin1String("reason")).toString(),
                       QStringLiteral("%1/%2").arg(inv.value(QLatin1String("kind")).toString(),
                                                   inv.value(QLatin1String("name")).toString()),
                       QString::number(count), e.value(QLatin1String("message")).toString()});
    }
    for (int c = 0; c < m_events->columnCount() - 1; ++c)
        m_events->resizeColumnToContents(c);
}

} // namespace plancia::ui
