#include "failurecause.h"

#include "kube/views.h"

namespace plancia::support {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::support::FailureCause)
};

bool isImagePull(const QString &reason)
{
    return reason == QLatin1String("ErrImagePull") || reason == QLatin1String("ImagePullBackOff") ||
           reason == QLatin1String("InvalidImageName") ||
           reason == QLatin1String("ErrImageNeverPull");
}

} // namespace

const char *causeKey(FailureCause cause)
{
    switch (cause) {
    case FailureCause::None:
        return "";
    case FailureCause::OomKilled:
        return "oomKilled";
    case FailureCause::ImagePull:
        return "imagePull";
    case FailureCause::Evicted:
        return "evicted";
    case FailureCause::OffloadRefused:
        return "offloadRefused";
    case FailureCause::SlurmTimeout:
        return "slurmTimeout";
    case FailureCause::QuotaNever:
        return "quotaNever";
    case FailureCause::SpawnFailed:
        return "spawnFailed";
    case FailureCause::Other:
        return "other";
    }
    return "";
}

std::optional<FailureCause> causeFromKey(const QString &key)
{
    for (FailureCause c : allCauses()) {
        if (key.compare(QLatin1String(causeKey(c)), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString causeName(FailureCause cause)
{
    switch (cause) {
    case FailureCause::None:
        return {};
    case FailureCause::OomKilled:
        return Tr::tr("Out of memory (OOMKilled)");
    case FailureCause::ImagePull:
        return Tr::tr("Image pull failed");
    case FailureCause::Evicted:
        return Tr::tr("Evicted or preempted");
    case FailureCause::OffloadRefused:
        return Tr::tr("Offload site refused");
    case FailureCause::SlurmTimeout:
        return Tr::tr("Slurm time limit");
    case FailureCause::QuotaNever:
        return Tr::tr("Quota never available");
    case FailureCause::SpawnFailed:
        return Tr::tr("Session did not start");
    case FailureCause::Other:
        return Tr::tr("Other failure");
    }
    return {};
}

QList<FailureCause> allCauses()
{
    return {FailureCause::OomKilled,      FailureCause::ImagePull,    FailureCause::Evicted,
            FailureCause::OffloadRefused, FailureCause::SlurmTimeout, FailureCause::QuotaNever,
            FailureCause::SpawnFailed,    FailureCause::Other};
}

FailureCause causeOfJob(const jobs::JobStatus &status)
{
    using jobs::JobState;
    const QString &r = status.reason;
    switch (status.state) {
    case JobState::Failed:
        if (r == QLatin1String("OOMKilled"))
            return FailureCause::OomKilled;
        if (r == QLatin1String("ProviderFailed"))
            return FailureCause::OffloadRefused;
        if (r == QLatin1String("SlurmJobTimeout"))
            return FailureCause::SlurmTimeout;
        if (isImagePull(r))
            return FailureCause::ImagePull;
        return FailureCause::Other;
    case JobState::Evicted:
        return FailureCause::Evicted;
    case JobState::Pending:
        // Kueue: "insufficient quota for X in flavor Y, request > maximum capacity (8 > 5)".
        if (status.message.contains(QLatin1String("maximum capacity")))
            return FailureCause::QuotaNever;
        return FailureCause::None;
    case JobState::Admitted:
    case JobState::Running:
    case JobState::Offloaded:
        return isImagePull(r) ? FailureCause::ImagePull : FailureCause::None;
    default:
        return FailureCause::None;
    }
}

bool isNotebookPod(const QJsonObject &pod)
{
    const QJsonObject labels =
        pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
    return labels.value(QLatin1String("component")).toString() ==
           QLatin1String("singleuser-server");
}

FailureCause causeOfSession(const QJsonObject &pod, QString *reason, QString *message)
{
    const kube::PodView v(pod);
    auto set = [&](const QString &r, const QString &m) {
        if (reason)
            *reason = r;
        if (message)
            *message = m;
    };
    for (const kube::ContainerStatus &cs : v.containerStatuses()) {
        if (cs.state == kube::ContainerStatus::State::Waiting && isImagePull(cs.reason)) {
            set(cs.reason, cs.message);
            return FailureCause::ImagePull;
        }
        if (cs.state == kube::ContainerStatus::State::Waiting &&
            (cs.reason == QLatin1String("CrashLoopBackOff") ||
             cs.reason == QLatin1String("CreateContainerConfigError") ||
             cs.reason == QLatin1String("CreateContainerError"))) {
            set(cs.reason, cs.message);
            return FailureCause::SpawnFailed;
        }
    }
    if (v.phase() == QLatin1String("Failed")) {
        QString r = v.reason();
        for (const kube::ContainerStatus &cs : v.containerStatuses()) {
            if (r.isEmpty() && cs.state == kube::ContainerStatus::State::Terminated)
                r = cs.reason;
        }
        set(r.isEmpty() ? QStringLiteral("Failed") : r,
            v.status().value(QLatin1String("message")).toString());
        return r == QLatin1String("OOMKilled") ? FailureCause::OomKilled
                                               : FailureCause::SpawnFailed;
    }
    set({}, {});
    return FailureCause::None;
}

} // namespace plancia::support
