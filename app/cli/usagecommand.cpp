// `plancia-cli usage`: who used what in a period (GPU-hours, CPU-hours, efficiency) per user or
// per project, the same accounting as the Usage page's (core/usage, Prometheus).
#include "account.h"
#include "auth/session.h"
#include "cli.h"
#include "commands.h"
#include "platform/platform.h"
#include "usage/accounting.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QTimeZone>

#include <cstdio>

namespace plancia::cli {

namespace {

using metrics::queries::GroupBy;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Usage)
};

const auto kFromOption = QStringLiteral("from");
const auto kToOption = QStringLiteral("to");
const auto kByOption = QStringLiteral("by");
const auto kTimeoutOption = QStringLiteral("timeout");

// YYYY-MM-DD (midnight UTC at its start; for --to, the end of that day: the day is included)
// or an ISO 8601 date-time (UTC unless it names its offset).
QDateTime parseDate(const QString &text, bool end)
{
    const QString t = text.trimmed();
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid() && t.size() == 10)
        return QDateTime(end ? day.addDays(1) : day, QTime(0, 0), QTimeZone::utc());
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(t, Qt::ISODate);
    if (!when.isValid())
        return {};
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeZone(QTimeZone::utc());
    return when.toUTC();
}

QJsonValue number(double v)
{
    return usage::hasData(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString numberText(double v, bool percent)
{
    if (!usage::hasData(v))
        return Tr::tr("no data");
    return percent ? Tr::tr("%1 %").arg(QString::number(v, 'f', 1)) : QString::number(v, 'f', 1);
}

void printText(Context &context, const QVector<usage::AccountingRow> &rows, GroupBy by)
{
    QList<QStringList> table{{by == GroupBy::Project ? Tr::tr("PROJECT") : Tr::tr("USER"),
                              Tr::tr("GPU-HOURS"), Tr::tr("CPU-HOURS"), Tr::tr("GPU EFF."),
                              Tr::tr("CPU EFF.")}};
    for (const usage::AccountingRow &r : rows) {
        const QString name =
            !r.name.isEmpty()
                ? r.name
                : (by == GroupBy::Project ? Tr::tr("(no project)") : Tr::tr("(other namespaces)"));
        table << QStringList{name, numberText(r.gpuHours, false), numberText(r.cpuHours, false),
                             numberText(r.gpuEfficiency, true), numberText(r.cpuEfficiency, true)};
    }
    QList<qsizetype> width(table.first().size(), 0);
    for (const QStringList &r : table) {
        for (qsizetype i = 0; i < r.size(); ++i)
            width[i] = std::max(width[i], r.at(i).size());
    }
    for (const QStringList &r : table) {
        QStringList cells{r.at(0).leftJustified(width[0])};
        for (qsizetype i = 1; i < r.size(); ++i)
            cells << r.at(i).rightJustified(width[i]);
        context.print(cells.join(QStringLiteral("  ")).trimmed());
    }
}

} // namespace

void usageOptions(QCommandLineParser &parser)
{
    parser.addOption({kFromOption,
                      Tr::tr("Start of the period: YYYY-MM-DD (UTC) or an ISO 8601 date-time "
                             "(default: 30 days before --to)."),
                      Tr::tr("DATE")});
    parser.addOption({kToOption,
                      Tr::tr("End of the period: YYYY-MM-DD (that day included) or an ISO 8601 "
                             "date-time (default: now)."),
                      Tr::tr("DATE")});
    parser.addOption({kByOption, Tr::tr("Rows per user (default) or per project."),
                      Tr::tr("user|project"), QStringLiteral("user")});
    parser.addOption({kTimeoutOption,
                      Tr::tr("Give up after SECONDS waiting for Prometheus (default 120)."),
                      Tr::tr("SECONDS"), QStringLiteral("120")});
}

int runUsage(Context &context, const QCommandLineParser &parser)
{
    const QString cmd = QStringLiteral("usage");
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(Tr::tr("usage takes no arguments."), cmd);
    const QString byText = parser.value(kByOption);
    if (byText != QLatin1String("user") && byText != QLatin1String("project"))
        return context.usageError(Tr::tr("--by must be user or project, not \"%1\".").arg(byText),
                                  cmd);
    const GroupBy by = byText == QLatin1String("project") ? GroupBy::Project : GroupBy::User;
    const QDateTime to = parser.isSet(kToOption) ? parseDate(parser.value(kToOption), true)
                                                 : QDateTime::currentDateTimeUtc();
    if (!to.isValid())
        return context.usageError(
            Tr::tr("--to: \"%1\" is not a date (YYYY-MM-DD or an ISO 8601 date-time).")
                .arg(parser.value(kToOption)),
            cmd);
    const QDateTime from =
        parser.isSet(kFromOption) ? parseDate(parser.value(kFromOption), false) : to.addDays(-30);
    if (!from.isValid())
        return context.usageError(
            Tr::tr("--from: \"%1\" is not a date (YYYY-MM-DD or an ISO 8601 date-time).")
                .arg(parser.value(kFromOption)),
            cmd);
    if (!(from < to))
        return context.usageError(Tr::tr("The period must end after it starts."), cmd);
    bool ok = false;
    const int timeout = parser.value(kTimeoutOption).toInt(&ok);
    if (!ok || timeout <= 0)
        return context.usageError(Tr::tr("--timeout needs a number of seconds."), cmd);

    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    Session *session = nullptr;
    if (const int rc = Account::restore(context, *profile, &session))
        return rc;
    Platform *platform = context.platform(Account::withRememberedAgent(*profile));

    usage::AccountingRequest request;
    request.by = by;
    request.from = from;
    request.to = to;
    if (!profile->kubernetes.namespaceTemplate.isEmpty())
        request.namespaceTemplate = profile->kubernetes.namespaceTemplate;
    std::optional<Result<usage::AccountingReport>> result;
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &context, [&] {
        timedOut = true;
        context.wake();
    });
    auto *job = new usage::AccountingJob(platform->metrics(), request, &context);
    QObject::connect(job, &usage::AccountingJob::finished, &context,
                     [&](const Result<usage::AccountingReport> &r) {
                         result.emplace(r);
                         context.wake();
                     });
    job->start();
    deadline.start(timeout * 1000);
    if (!context.waitFor([&] { return timedOut || result.has_value(); }))
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!result) {
        return context.fail(
            ExitFailed, Tr::tr("Prometheus did not answer within %n seconds.", nullptr, timeout));
    }
    if (!result->ok())
        return context.fail(exitCodeFor(result->error()), result->error().message, result->error());
    const usage::AccountingReport &report = result->value();
    for (const QString &w : report.warnings)
        context.message(Tr::tr("Warning: %1").arg(w));
    // The same courtesy filter as the app's (Prometheus itself is not filtered per user).
    const QVector<usage::AccountingRow> rows =
        usage::visibleRows(report.rows, by, usage::Viewer::from(session->user()));
    switch (context.output()) {
    case OutputMode::Json: {
        QJsonArray out;
        const QString key = metrics::queries::groupLabel(by);
        for (const usage::AccountingRow &r : rows) {
            out.append(QJsonObject{{key, r.name},
                                   {QStringLiteral("gpuHours"), number(r.gpuHours)},
                                   {QStringLiteral("cpuHours"), number(r.cpuHours)},
                                   {QStringLiteral("gpuEfficiency"), number(r.gpuEfficiency)},
                                   {QStringLiteral("cpuEfficiency"), number(r.cpuEfficiency)}});
        }
        context.printJson(out);
        break;
    }
    case OutputMode::Csv: {
        const QByteArray csv = usage::accountingCsv(rows, by);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
        break;
    }
    case OutputMode::Text:
        context.message(Tr::tr("From %1 to %2 (UTC).")
                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        printText(context, rows, by);
        break;
    }
    return ExitOk;
}

} // namespace plancia::cli
