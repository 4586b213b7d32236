#include "timeline.h"

#include "jobs/clustercatalog.h"
#include "jobs/jobstate.h"
#include "kube/views.h"

#include <QJsonObject>

namespace plancia::support {

namespace {

using Step = TimelineStep;
using K = TimelineStep::Kind;

QString siteOf(const CaseData &d, const QString &node)
{
    const QJsonObject n = d.nodes.value(node);
    return n.isEmpty() ? node : jobs::ClusterCatalog::siteName(n);
}

bool isVirtual(const CaseData &d, const QString &node)
{
    const QJsonObject n = d.nodes.value(node);
    return !n.isEmpty() && kube::NodeView(n).isVirtual();
}

QDateTime podScheduled(const QJsonObject &pod)
{
    for (const kube::Condition &c : kube::PodView(pod).conditions()) {
        if (c.type == QLatin1String("PodScheduled") && c.isTrue())
            return c.lastTransitionTime;
    }
    return QDateTime::fromString(
        kube::PodView(pod).status().value(QLatin1String("startTime")).toString(), Qt::ISODate);
}

QDateTime containerTime(const QJsonObject &pod, const char *state, const char *field)
{
    const QJsonArray cs =
        kube::PodView(pod).status().value(QLatin1String("containerStatuses")).toArray();
    for (const QJsonValue &v : cs) {
        const QJsonObject s = v.toObject()
                                  .value(QLatin1String("state"))
                                  .toObject()
                                  .value(QLatin1String(state))
                                  .toObject();
        const QString t = s.value(QLatin1String(field)).toString();
        if (!t.isEmpty())
            return QDateTime::fromString(t, Qt::ISODate);
    }
    return {};
}

void addPodSteps(const CaseData &d, const QJsonObject &pod, QList<Step> &out)
{
    const kube::PodView v(pod);
    const QString node = v.nodeName();
    if (!node.isEmpty()) {
        const bool virt = isVirtual(d, node);
        out.append({virt ? K::Offloaded : K::Placed,
                    podScheduled(pod),
                    virt ? Timeline::tr("Pod %1 offloaded to %2").arg(v.name(), siteOf(d, node))
                         : Timeline::tr("Pod %1 placed on %2").arg(v.name(), node),
                    {},
                    false});
    }
    const QDateTime started = containerTime(pod, "running", "startedAt");
    const QDateTime tStarted = containerTime(pod, "terminated", "startedAt");
    if (started.isValid() || tStarted.isValid())
        out.append({K::Running,
                    started.isValid() ? started : tStarted,
                    Timeline::tr("Pod %1 running").arg(v.name()),
                    {},
                    false});
    const QDateTime finished = containerTime(pod, "terminated", "finishedAt");
    if (finished.isValid()) {
        QString why;
        int code = 0;
        for (const kube::ContainerStatus &cs : v.containerStatuses()) {
            if (cs.state == kube::ContainerStatus::State::Terminated) {
                why = cs.reason;
                code = cs.exitCode;
            }
        }
        if (!v.reason().isEmpty())
            why = v.reason();
        out.append({K::Ended, finished,
                    Timeline::tr("Pod %1 ended: %2 (exit code %3)").arg(v.name(), why).arg(code),
                    v.status().value(QLatin1String("message")).toString(), code != 0});
    }
}

} // namespace

const char *stepKey(TimelineStep::Kind kind)
{
    switch (kind) {
    case K::Submitted:
        return "submitted";
    case K::Queued:
        return "queued";
    case K::Admitted:
        return "admitted";
    case K::Evicted:
        return "evicted";
    case K::Placed:
        return "placed";
    case K::Offloaded:
        return "offloaded";
    case K::Running:
        return "running";
    case K::Ended:
        return "ended";
    case K::Event:
        return "event";
    case K::Condition:
        return "condition";
    }
    return "event";
}

QJsonArray Timeline::stepsJson() const
{
    QJsonArray a;
    for (const TimelineStep &s : steps) {
        QJsonObject o{{QStringLiteral("step"), QLatin1String(stepKey(s.kind))},
                      {QStringLiteral("title"), s.title}};
        o.insert(QStringLiteral("time"), s.when.isValid()
                                             ? QJsonValue(s.when.toUTC().toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null));
        if (!s.detail.isEmpty())
            o.insert(QStringLiteral("detail"), s.detail);
        if (s.warning)
            o.insert(QStringLiteral("warning"), true);
        a.append(o);
    }
    return a;
}

Timeline buildTimeline(const CaseData &d)
{
    Timeline t;
    QList<Step> steps;
    if (d.kind == CaseData::Kind::Job) {
        const kube::JobView job(d.job);
        steps.append({K::Submitted,
                      job.creationTimestamp(),
                      Timeline::tr("Submitted to queue %1").arg(job.queueName()),
                      {},
                      false});
        const kube::WorkloadView wl(d.workload);
        if (!d.workload.isEmpty()) {
            steps.append({K::Queued,
                          wl.creationTimestamp(),
                          Timeline::tr("Queued as workload %1").arg(wl.name()),
                          {},
                          false});
            for (const kube::Condition &c : wl.conditions()) {
                if (c.type == QLatin1String("QuotaReserved") && !c.isTrue()) {
                    steps.append({K::Queued, c.lastTransitionTime,
                                  Timeline::tr("Waiting for quota: %1").arg(c.reason), c.message,
                                  c.message.contains(QLatin1String("maximum capacity"))});
                } else if (c.type == QLatin1String("Admitted") && c.isTrue()) {
                    steps.append(
                        {K::Admitted, c.lastTransitionTime,
                         Timeline::tr("Admitted by ClusterQueue %1").arg(wl.clusterQueue()),
                         c.message, false});
                } else if ((c.type == QLatin1String("Evicted") ||
                            c.type == QLatin1String("Preempted")) &&
                           (c.isTrue() || c.message.startsWith(QLatin1String("Previously")))) {
                    steps.append({K::Evicted, c.lastTransitionTime,
                                  Timeline::tr("%1: %2").arg(c.type, c.reason), c.message, true});
                } else if (c.type == QLatin1String("Finished") && c.isTrue()) {
                    steps.append({K::Ended, c.lastTransitionTime,
                                  Timeline::tr("Workload finished: %1").arg(c.reason), c.message,
                                  c.reason != QLatin1String("Succeeded")});
                }
            }
        }
        for (const QJsonObject &p : d.pods)
            addPodSteps(d, p, steps);
        for (const kube::Condition &c : job.conditions()) {
            if ((c.type == QLatin1String("Complete") || c.type == QLatin1String("Failed")) &&
                c.isTrue())
                steps.append({K::Ended, c.lastTransitionTime,
                              Timeline::tr("Job %1: %2").arg(c.type, c.reason), c.message,
                              c.type == QLatin1String("Failed")});
        }
        QList<jobs::PodFacts> facts;
        for (const QJsonObject &p : d.pods) {
            const QString node = kube::PodView(p).nodeName();
            facts.append(
                jobs::podFacts(p, isVirtual(d, node), siteOf(d, node), d.nodes.contains(node)));
        }
        const jobs::JobStatus st = jobs::classifyJob(d.job, d.workload, facts);
        t.stateKey = QLatin1String(jobs::stateKey(st.state));
        t.stateText = jobs::stateName(st.state);
        t.cause = causeOfJob(st);
        t.reason = st.reason;
        t.message = st.message;
    } else if (!d.pods.isEmpty()) {
        const QJsonObject &pod = d.pods.first();
        steps.append({K::Submitted,
                      kube::ObjectView(pod).creationTimestamp(),
                      Timeline::tr("Session pod created"),
                      {},
                      false});
        addPodSteps(d, pod, steps);
        t.cause = causeOfSession(pod, &t.reason, &t.message);
        t.stateKey = kube::PodView(pod).phase().toLower();
        t.stateText = kube::PodView(pod).phase();
    }
    for (const QJsonObject &e : d.events) {
        const kube::EventView ev(e);
        const auto o = ev.involvedObject();
        steps.append({K::Event, ev.lastTimestamp(),
                      Timeline::tr("%1 %2: %3").arg(o.kind, o.name, ev.reason()), ev.message(),
                      ev.type() == QLatin1String("Warning")});
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
        if (a.when.isValid() != b.when.isValid())
            return a.when.isValid();
        return a.when < b.when;
    });
    t.steps = steps;
    for (auto it = d.pods.crbegin(); it != d.pods.crend(); ++it) {
        const QStringList lines = d.logs.value(kube::ObjectView(*it).name());
        if (!lines.isEmpty()) {
            t.logTail = lines;
            break;
        }
    }
    return t;
}

} // namespace plancia::support
