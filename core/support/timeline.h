#pragma once

#include "support/casedata.h"
#include "support/failurecause.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace plancia::support {

// One step of a job's life as support staff read it.
struct TimelineStep
{
    enum class Kind {
        Submitted,
        Queued,    // waiting for quota (Kueue's reason and message)
        Admitted,  // quota reserved and admitted by a ClusterQueue
        Evicted,   // evicted or preempted
        Placed,    // a pod bound to a cluster node
        Offloaded, // a pod bound to a virtual node (an offload site)
        Running,
        Ended,     // succeeded or failed
        Event,     // an event of the Job, its Workload or a pod
        Condition, // a condition that is none of the above
    };
    Kind kind = Kind::Event;
    QDateTime when;
    QString title;  // "Queued: Pending", "Offloaded to CINECA Leonardo"
    QString detail; // the long text
    bool warning = false;
};
const char *stepKey(TimelineStep::Kind kind); // "submitted", "queued", ... (JSON, CLI)

struct Timeline
{
    Q_DECLARE_TR_FUNCTIONS(plancia::support::Timeline)

public:
    QList<TimelineStep> steps; // in time order (steps without a time last)
    QString stateKey;          // jobs::stateKey() of the job now
    QString stateText;
    FailureCause cause = FailureCause::None;
    QString reason;
    QString message;
    QStringList logTail; // the last lines of the newest pod's log

    QJsonArray stepsJson() const;
};

// The timeline of a job (or session) from what CaseDataJob read.
Timeline buildTimeline(const CaseData &data);

} // namespace plancia::support
