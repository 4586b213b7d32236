// `plancia-cli s3 cp`: local <-> S3 on the profile's TransferEngine (files, folders and prefixes
// with --recursive), S3 -> S3 as server-side copies. The s3 group (s3command.cpp) calls
// s3CpOptions() and s3Cp().
#include "account.h"
#include "auth/session.h"
#include "cli.h"
#include "platform/platform.h"
#include "s3commands.h"
#include "storage/s3client.h"
#include "storage/transferengine.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace plancia::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::S3Cp)
};

using s3::TransferEngine;
using State = TransferEngine::State;

const auto kParallelOption = QStringLiteral("parallel");
const auto kLimitOption = QStringLiteral("limit-rate");

QString bytesText(double bytes)
{
    return QLocale::system().formattedDataSize(qint64(bytes), 1,
                                               QLocale::DataSizeTraditionalFormat);
}

QString stateKey(State s)
{
    switch (s) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Listing:
        return QStringLiteral("listing");
    case State::Running:
        return QStringLiteral("running");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Verifying:
        return QStringLiteral("verifying");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

// "12M", "1.5G", "800k" (bytes per second); 0 = none; -1 = not understood.
qint64 parseRate(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return 0;
    double mult = 1;
    const QChar last = t.back();
    if (last == QLatin1Char('k') || last == QLatin1Char('m') || last == QLatin1Char('g')) {
        mult = last == QLatin1Char('k')   ? 1024.0
               : last == QLatin1Char('m') ? 1048576.0
                                          : 1073741824.0;
        t.chop(1);
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok && v >= 0 ? qint64(v * mult) : -1;
}

// The one updating line on a terminal.
void progressLine(const TransferEngine::Totals &t, bool final, double seconds)
{
    const int files = t.done + t.failed + t.cancelled;
    const int all = files + t.queued + t.running;
    QString line = Tr::tr("%1 of %2 files, %3 of %4, %5/s")
                       .arg(files)
                       .arg(all)
                       .arg(bytesText(double(t.transferred)), bytesText(double(t.bytes)),
                            // The last line: the average rate of the whole copy.
                            bytesText(final && seconds > 0 ? double(t.transferred) / seconds
                                                           : t.bytesPerSecond));
    if (t.eta.count() >= 0 && !final)
        line += Tr::tr(", %1 s left").arg(t.eta.count());
    if (t.failed)
        line += Tr::tr(", %n failed", nullptr, t.failed);
    std::fprintf(stderr, "\r\033[K%s%s", line.toLocal8Bit().constData(), final ? "\n" : "");
    std::fflush(stderr);
}

int copyWithinS3(Context &context, Platform *platform, const S3Location &src, const S3Location &dst,
                 bool recursive)
{
    if (recursive || src.key.isEmpty() || src.key.endsWith(QLatin1Char('/')))
        return context.fail(ExitUsage,
                            Tr::tr("s3 cp from S3 to S3 copies one object; for a prefix use s3 mv "
                                   "or copy through a local folder."));
    QString dstKey = dst.key;
    if (dstKey.isEmpty() || dstKey.endsWith(QLatin1Char('/')))
        dstKey += src.key.mid(src.key.lastIndexOf(QLatin1Char('/')) + 1);
    std::optional<Result<bool>> result;
    platform->storage()
        ->copy(src.bucket, src.key, dst.bucket, dstKey, false, &context)
        ->then([&](const Result<bool> &r) { result = r; });
    if (!context.waitFor([&] { return result.has_value(); }))
        return ExitFailed;
    if (!result->ok())
        return context.fail(exitCodeFor(result->error()), result->error().message, result->error());
    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("done"), 1},
            {QStringLiteral("failed"), 0},
            {QStringLiteral("objects"),
             QJsonArray{QJsonObject{{QStringLiteral("bucket"), dst.bucket},
                                    {QStringLiteral("key"), dstKey},
                                    {QStringLiteral("state"), QStringLiteral("done")}}}}});
    }
    return ExitOk;
}

} // namespace

void s3CpOptions(QCommandLineParser &parser)
{
    parser.addOption({kParallelOption,
                      Tr::tr("cp: files transferred at once (default 8; parts of one file: 4)."),
                      Tr::tr("N")});
    parser.addOption({kLimitOption,
                      Tr::tr("cp: bandwidth limit over all transfers, e.g. 20M (bytes per "
                             "second; k, M, G)."),
                      Tr::tr("RATE")});
}

int s3Cp(Context &context, const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 2)
        return context.usageError(Tr::tr("s3 cp needs a source and a destination."),
                                  QStringLiteral("s3"));
    const bool recursive = parser.isSet(QStringLiteral("recursive"));
    const auto src = parseS3Location(args.at(0));
    const auto dst = parseS3Location(args.at(1));
    if (!src && !dst)
        return context.usageError(Tr::tr("s3 cp: one side must be an s3:// location."),
                                  QStringLiteral("s3"));
    int parallel = 8;
    if (parser.isSet(kParallelOption)) {
        bool ok = false;
        parallel = parser.value(kParallelOption).toInt(&ok);
        if (!ok || parallel < 1 || parallel > 64)
            return context.usageError(Tr::tr("--parallel takes a number from 1 to 64."),
                                      QStringLiteral("s3"));
    }
    const qint64 limit = parseRate(parser.value(kLimitOption));
    if (limit < 0)
        return context.usageError(Tr::tr("--limit-rate takes a rate such as 20M."),
                                  QStringLiteral("s3"));
    if (!src && !QFileInfo::exists(args.at(0)))
        return context.fail(ExitFailed, Tr::tr("%1 does not exist.").arg(args.at(0)));
    if (!src && QFileInfo(args.at(0)).isDir() && !recursive)
        return context.usageError(
            Tr::tr("%1 is a folder: copy it with --recursive.").arg(args.at(0)),
            QStringLiteral("s3"));

    const auto profile = context.chooseProfile();
    if (!profile)
        return ExitFailed;
    if (!profile->s3.endpoint.isValid())
        return context.fail(ExitFailed,
                            Tr::tr("The profile \"%1\" has no S3 endpoint (setting s3.endpoint).")
                                .arg(profile->name));
    Session *session = nullptr;
    if (const int rc = Account::restore(context, *profile, &session))
        return rc;
    Platform *platform = context.platform(Account::withRememberedAgent(*profile));
    if (src && dst)
        return copyWithinS3(context, platform, *src, *dst, recursive);

    TransferEngine *engine = platform->transfers();
    engine->setParallelTransfers(parallel);
    if (limit > 0)
        engine->setBandwidthLimit(limit);
    const TransferEngine::Id id =
        src ? engine->download(src->bucket, src->key, args.at(1), recursive)
            : engine->upload(args.at(0), dst->bucket, dst->key);

    const bool tty = !context.json() && ::isatty(STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    qint64 lastLine = -1000;
    QObject::connect(engine, &TransferEngine::totalsChanged, &context, [&] {
        if (tty && clock.elapsed() - lastLine >= 100) {
            lastLine = clock.elapsed();
            progressLine(engine->totals(), false, 0);
        }
        context.wake();
    });
    QObject::connect(engine, &TransferEngine::idle, &context, &Context::wake);
    auto finished = [&] {
        const State s = engine->item(id).state;
        return s == State::Done || s == State::Failed || s == State::Cancelled;
    };
    if (!context.waitFor(finished)) {
        if (tty)
            std::fprintf(stderr, "\n");
        // Interrupted: a multipart upload's state stays saved (a later cp continues it).
        return context.fail(ExitFailed, Tr::tr("Interrupted."));
    }
    const TransferEngine::Totals totals = engine->totals();
    if (tty)
        progressLine(totals, true, double(clock.elapsed()) / 1000.0);

    const QList<TransferEngine::Item> items = engine->items();
    QJsonArray objects;
    int failed = 0, done = 0;
    bool refused = false;
    qint64 bytes = 0;
    for (const TransferEngine::Item &item : items) {
        const bool isParent = item.id == id && recursive;
        if (isParent || (item.id != id && item.parent != id))
            continue;
        if (item.state == State::Done) {
            ++done;
            bytes += std::max<qint64>(0, item.size);
        } else {
            ++failed;
            refused = refused || item.error.kind == Error::Kind::Forbidden;
            context.message(Tr::tr("%1: %2").arg(
                src ? item.key : item.localPath,
                item.error.message.isEmpty() ? stateKey(item.state) : item.error.message));
        }
        if (context.json()) {
            QJsonObject o{
                {QStringLiteral("bucket"), item.bucket},
                {QStringLiteral("key"), item.key},
                {QStringLiteral("localPath"), item.localPath},
                {QStringLiteral("direction"), item.direction == TransferEngine::Direction::Upload
                                                  ? QStringLiteral("upload")
                                                  : QStringLiteral("download")},
                {QStringLiteral("size"), item.size},
                {QStringLiteral("state"), stateKey(item.state)},
                {QStringLiteral("verified"), item.verifiedWith.isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(item.verifiedWith)}};
            if (item.nameMapped)
                o.insert(QStringLiteral("nameMapped"), true);
            if (item.state != State::Done)
                o.insert(QStringLiteral("error"), item.error.message);
            objects.append(o);
        }
    }
    // A prefix with nothing under it, or a folder without files.
    const TransferEngine::Item top = engine->item(id);
    if (top.state == State::Failed && done + failed == 0) {
        ++failed;
        refused = top.error.kind == Error::Kind::Forbidden;
        context.message(top.error.message);
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("done"), done},
                                      {QStringLiteral("failed"), failed},
                                      {QStringLiteral("bytes"), bytes},
                                      {QStringLiteral("seconds"), seconds},
                                      {QStringLiteral("objects"), objects}});
    }
    if (failed == 0)
        return ExitOk;
    return refused ? ExitRefused : ExitFailed;
}

} // namespace plancia::cli
