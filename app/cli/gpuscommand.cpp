// `plancia-cli gpus`: which accelerators are free now, per model and node, the offload sites and
// the batch queues, from the same availability feed as the Overview page.
#include "account.h"
#include "auth/session.h"
#include "availability/availabilityfeed.h"
#include "availability/availabilityjson.h"
#include "cli.h"
#include "commands.h"
#include "platform/platform.h"

#include <QJsonArray>
#include <QTimer>

namespace plancia::cli {

namespace {

using namespace availability;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Gpus)
};

const auto kTimeoutOption = QStringLiteral("timeout");

QString countText(int n)
{
    return n < 0 ? QStringLiteral("?") : QString::number(n);
}

QString nodesText(const ModelAvailability &m)
{
    QStringList parts;
    for (const NodeShare &n : m.nodes) {
        if (n.used < 0)
            parts << Tr::tr("%1 (%2)").arg(n.node).arg(n.total);
        else if (!n.schedulable)
            parts << Tr::tr("%1 (%2/%3 free, not schedulable)").arg(n.node).arg(0).arg(n.total);
        else
            parts << Tr::tr("%1 (%2/%3 free)").arg(n.node).arg(n.free()).arg(n.total);
    }
    return parts.join(QStringLiteral(", "));
}

// Columns padded to their widest cell.
QStringList table(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> width;
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (width.size() <= i)
                width << 0;
            width[i] = std::max(width[i], r.at(i).size());
        }
    }
    QStringList out;
    for (const QStringList &r : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < r.size(); ++i) {
            const bool last = i == r.size() - 1;
            const bool right = i < rightAligned.size() && rightAligned.at(i);
            cells << (right ? r.at(i).rightJustified(width[i])
                            : (last ? r.at(i) : r.at(i).leftJustified(width[i])));
        }
        out << cells.join(QStringLiteral("  "));
    }
    return out;
}

void printText(Context &context, const Snapshot &s)
{
    QList<QStringList> rows{{Tr::tr("MODEL"), Tr::tr("KIND"), Tr::tr("FREE"), Tr::tr("IN USE"),
                             Tr::tr("TOTAL"), Tr::tr("YOURS"), Tr::tr("NODES")}};
    for (const ModelAvailability &m : s.models) {
        const QString name = m.model.kind == AcceleratorKind::MigSlice
                                 ? QStringLiteral("  ") + m.model.name
                                 : m.model.name;
        rows << QStringList{name,
                            QLatin1String(kindKey(m.model.kind)),
                            countText(m.free()),
                            countText(m.used),
                            QString::number(m.total),
                            QString::number(m.ownUsed),
                            nodesText(m)};
    }
    for (const QString &line : table(rows, {false, false, true, true, true, true, false}))
        context.print(line);

    if (!s.sites.isEmpty()) {
        context.print({});
        QList<QStringList> sites{{Tr::tr("OFFLOAD SITE"), Tr::tr("NODE"), Tr::tr("STATE"),
                                  Tr::tr("YOUR PODS"), Tr::tr("OFFERS")}};
        for (const OffloadSite &site : s.sites) {
            QStringList offers{Tr::tr("%1 CPU").arg(site.cpu)};
            for (const auto &a : site.accelerators)
                offers << Tr::tr("%1× %2").arg(a.second).arg(a.first);
            sites << QStringList{site.name, site.node,
                                 site.ready ? Tr::tr("connected") : Tr::tr("disconnected"),
                                 QString::number(site.userPods), offers.join(QStringLiteral(", "))};
        }
        for (const QString &line : table(sites, {false, false, false, true, false}))
            context.print(line);
    }
    if (!s.queues.isEmpty()) {
        context.print({});
        QList<QStringList> queues{{Tr::tr("QUEUE"), Tr::tr("KIND"), Tr::tr("PENDING"),
                                   Tr::tr("ADMITTED"), Tr::tr("COHORT / CLUSTER QUEUE")}};
        for (const QueueStatus &q : s.queues) {
            const bool cluster = q.kind == QueueStatus::Kind::Cluster;
            queues << QStringList{cluster ? q.name : q.namespaceName + QLatin1Char('/') + q.name,
                                  cluster ? QStringLiteral("ClusterQueue")
                                          : QStringLiteral("LocalQueue"),
                                  QString::number(q.pending), QString::number(q.admitted),
                                  cluster ? q.cohort : q.clusterQueue};
        }
        for (const QString &line : table(queues, {false, false, true, true, false}))
            context.print(line);
    }
    context.print({});
    context.print(Tr::tr("Yours: %1 running sessions, %2 running job pods, %3 pending, %4 "
                         "offloaded.")
                      .arg(s.user.sessions)
                      .arg(s.user.jobPods)
                      .arg(s.user.pendingPods)
                      .arg(s.user.offloaded));
}

} // namespace

void gpusOptions(QCommandLineParser &parser)
{
    parser.addOption({kTimeoutOption,
                      Tr::tr("Give up after SECONDS waiting for the cluster (default 60)."),
                      Tr::tr("SECONDS"), QStringLiteral("60")});
}

int runGpus(Context &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(Tr::tr("gpus takes no arguments."), QStringLiteral("gpus"));
    bool ok = false;
    const int timeout = parser.value(kTimeoutOption).toInt(&ok);
    if (!ok || timeout <= 0) {
        return context.usageError(Tr::tr("--timeout needs a number of seconds."),
                                  QStringLiteral("gpus"));
    }
    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    Session *session = nullptr;
    if (const int rc = Account::restore(context, *profile, &session))
        return rc;
    Platform *platform = context.platform(Account::withRememberedAgent(*profile));

    AvailabilityFeed feed(platform);
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &context, [&] {
        timedOut = true;
        context.wake();
    });
    QObject::connect(&feed, &AvailabilityFeed::changed, &context, [&] { context.wake(); });
    feed.start();
    deadline.start(timeout * 1000);
    // Ready, and the Prometheus cross-check answered (or failed) when there is one.
    if (!context.waitFor([&] {
            return timedOut ||
                   (feed.state() != AvailabilityFeed::State::Loading && !feed.crossCheckPending());
        }))
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (feed.state() == AvailabilityFeed::State::Failed)
        return context.fail(exitCodeFor(feed.nodesError()), feed.problems().value(0).message,
                            feed.nodesError());
    if (feed.state() == AvailabilityFeed::State::Loading) {
        return context.fail(
            ExitFailed, Tr::tr("The cluster did not answer within %n seconds.", nullptr, timeout));
    }
    const Snapshot &s = feed.snapshot();
    const QList<AvailabilityFeed::Problem> problems = feed.problems();
    for (const auto &p : problems)
        context.message(Tr::tr("Warning: %1").arg(p.message));
    if (context.json()) {
        QJsonObject o = toJson(s);
        QJsonArray warnings;
        for (const auto &p : problems)
            warnings.append(p.message);
        o.insert(QStringLiteral("warnings"), warnings);
        context.printJson(o);
    } else {
        printText(context, s);
    }
    return ExitOk;
}

} // namespace plancia::cli
