// `plancia-cli s3 ls|cp|mv|rm|share|usage`: the object store through the same S3 client as the
// Storage page (core/storage/s3client). `cp` is the transfer engine's (s3cpcommand.cpp).
#include "account.h"
#include "auth/session.h"
#include "cli.h"
#include "commands.h"
#include "platform/platform.h"
#include "s3commands.h"
#include "storage/s3client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <optional>

#include <unistd.h>

namespace plancia::cli {

namespace {

using namespace s3;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::S3)
};

const auto kRecursiveOption = QStringLiteral("recursive");
const auto kYesOption = QStringLiteral("yes");
const auto kExpiresOption = QStringLiteral("expires");
const auto kCmd = QStringLiteral("s3");

// Runs an S3Job to its end in the context's event loop; nullopt on Ctrl+C.
template<typename T>
std::optional<Result<T>> run(Context &context, S3Job<T> *job)
{
    std::optional<Result<T>> out;
    job->then([&](const Result<T> &r) {
        out.emplace(r);
        context.wake();
    });
    if (!context.waitFor([&] { return out.has_value(); })) {
        job->cancel();
        return std::nullopt;
    }
    return out;
}

// stdout, written in large pieces (a listing of 100,000 keys is one write per page).
void writeOut(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

QByteArray csvField(const QString &s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace('"', "\"\"");
        b = '"' + b + '"';
    }
    return b;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// "1h", "30m", "2d", "45s", "3600" (seconds) -> seconds; 0 when not understood.
qint64 parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)([smhdw]?)$"));
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return 0;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok)
        return 0;
    const QString unit = m.captured(2);
    const qint64 mult = unit == QLatin1String("m")   ? 60
                        : unit == QLatin1String("h") ? 3600
                        : unit == QLatin1String("d") ? 86400
                        : unit == QLatin1String("w") ? 604800
                                                     : 1;
    return n * mult;
}

struct Env
{
    Platform *platform = nullptr;
    S3Client *s3 = nullptr;
};

// Logs in (silently) and gives the platform's S3 client; non-zero: the exit code.
int connectS3(Context &context, Env *env)
{
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
    env->platform = context.platform(Account::withRememberedAgent(*profile));
    env->s3 = env->platform->storage();
    return 0;
}

int failWith(Context &context, const Error &e)
{
    return context.fail(exitCodeFor(e), e.message, e);
}

QJsonObject failureJson(const DeleteFailure &f)
{
    return QJsonObject{{QStringLiteral("key"), f.key},
                       {QStringLiteral("code"), f.code},
                       {QStringLiteral("message"), f.message}};
}

// The objects that failed of a batch, on stderr (and in JSON); exit 1 when any.
int reportBatch(Context &context, const DeleteReport &report, const QString &verb,
                const QString &bucket, const QString &what)
{
    for (const DeleteFailure &f : report.failed)
        context.message(Tr::tr("Failed: s3://%1/%2: %3").arg(bucket, f.key, f.message));
    if (context.json()) {
        QJsonArray failed;
        for (const DeleteFailure &f : report.failed)
            failed.append(failureJson(f));
        context.printJson(
            QJsonObject{{verb, qint64(report.deleted.size())}, {QStringLiteral("failed"), failed}});
    } else {
        context.message(what);
    }
    return report.failed.isEmpty() ? int(ExitOk) : int(ExitFailed);
}

int runLs(Context &context, const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() > 1)
        return context.usageError(Tr::tr("s3 ls takes at most one s3://BUCKET/PREFIX."), kCmd);
    std::optional<S3Location> where;
    if (!args.isEmpty()) {
        where = parseS3Location(args.first());
        if (!where)
            return context.usageError(
                Tr::tr("\"%1\" is not an s3://BUCKET/PREFIX location.").arg(args.first()), kCmd);
    }
    Env env;
    if (const int rc = connectS3(context, &env))
        return rc;

    if (!where) {
        const auto r = run(context, env.s3->buckets(env.platform->knownBuckets(), &context));
        if (!r)
            return context.fail(ExitFailed, Tr::tr("Canceled."));
        if (!r->ok())
            return failWith(context, r->error());
        switch (context.output()) {
        case OutputMode::Json: {
            QJsonArray out;
            for (const Bucket &b : r->value())
                out.append(QJsonObject{
                    {QStringLiteral("name"), b.name},
                    {QStringLiteral("created"),
                     b.created.isValid() ? QJsonValue(isoUtc(b.created)) : QJsonValue()},
                    {QStringLiteral("origin"), b.origin}});
            context.printJson(out);
            break;
        }
        case OutputMode::Csv: {
            QByteArray out = "name,created,origin\n";
            for (const Bucket &b : r->value())
                out += csvField(b.name) + ',' + isoUtc(b.created).toUtf8() + ',' +
                       csvField(b.origin) + '\n';
            writeOut(out);
            break;
        }
        case OutputMode::Text: {
            QByteArray out;
            for (const Bucket &b : r->value()) {
                const QString created =
                    b.created.isValid()
                        ? b.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QStringLiteral("                   ");
                out += (created + QStringLiteral("  ") + b.name + QStringLiteral("  (") + b.origin +
                        QStringLiteral(")\n"))
                           .toUtf8();
            }
            writeOut(out);
            break;
        }
        }
        return ExitOk;
    }

    const bool recursive = parser.isSet(kRecursiveOption);
    const OutputMode mode = context.output();
    if (mode == OutputMode::Csv)
        writeOut("key,size,lastModified,etag,storageClass\n");
    // Text and CSV stream page by page; JSON is one document at the end.
    auto page = [mode](const Listing &l) {
        if (mode == OutputMode::Json)
            return;
        QByteArray out;
        out.reserve(l.objects.size() * 80);
        if (mode == OutputMode::Text) {
            for (const QString &p : l.commonPrefixes)
                out += "                           PRE " + p.toUtf8() + '\n';
            // Local time as aws-cli shows it; the zone's offset looked up once per page.
            const int offset = l.objects.isEmpty()
                                   ? 0
                                   : l.objects.first().lastModified.toLocalTime().offsetFromUtc();
            char line[64];
            for (const Object &o : l.objects) {
                const QDateTime t = o.lastModified.addSecs(offset);
                const QDate d = t.date();
                const QTime tm = t.time();
                const int n = std::snprintf(
                    line, sizeof line, "%04d-%02d-%02d %02d:%02d:%02d %14lld ", d.year(), d.month(),
                    d.day(), tm.hour(), tm.minute(), tm.second(), static_cast<long long>(o.size));
                out.append(line, n);
                out += o.key.toUtf8();
                out += '\n';
            }
        } else {
            for (const QString &p : l.commonPrefixes)
                out += csvField(p) + ",,,,\n";
            for (const Object &o : l.objects)
                out += csvField(o.key) + ',' + QByteArray::number(o.size) + ',' +
                       isoUtc(o.lastModified).toLatin1() + ',' + o.etag + ',' +
                       csvField(o.storageClass) + '\n';
        }
        writeOut(out);
    };
    const auto r =
        run(context, env.s3->listAll(where->bucket, where->key, recursive, &context, page));
    if (!r)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!r->ok())
        return failWith(context, r->error());
    if (mode == OutputMode::Json) {
        QJsonArray objects;
        for (const Object &o : r->value().objects)
            objects.append(QJsonObject{{QStringLiteral("key"), o.key},
                                       {QStringLiteral("size"), o.size},
                                       {QStringLiteral("lastModified"), isoUtc(o.lastModified)},
                                       {QStringLiteral("etag"), QString::fromLatin1(o.etag)},
                                       {QStringLiteral("storageClass"), o.storageClass}});
        QJsonArray prefixes;
        for (const QString &p : r->value().commonPrefixes)
            prefixes.append(p);
        context.printJson(QJsonObject{{QStringLiteral("bucket"), where->bucket},
                                      {QStringLiteral("prefix"), where->key},
                                      {QStringLiteral("prefixes"), prefixes},
                                      {QStringLiteral("objects"), objects}});
    }
    return ExitOk;
}

QString asPrefix(QString key)
{
    if (!key.isEmpty() && !key.endsWith(QLatin1Char('/')))
        key += QLatin1Char('/');
    return key;
}

int runMv(Context &context, const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 2)
        return context.usageError(Tr::tr("s3 mv needs a source and a destination, both s3://."),
                                  kCmd);
    const auto src = parseS3Location(args.at(0));
    const auto dst = parseS3Location(args.at(1));
    if (!src || !dst)
        return context.usageError(
            Tr::tr("s3 mv moves within the object store: both must be s3://BUCKET/KEY (use "
                   "s3 cp for local files)."),
            kCmd);
    const bool recursive = parser.isSet(kRecursiveOption);
    if (!recursive && src->key.isEmpty())
        return context.usageError(Tr::tr("Moving a whole bucket needs --recursive."), kCmd);
    Env env;
    if (const int rc = connectS3(context, &env))
        return rc;
    if (recursive) {
        const QString from = asPrefix(src->key);
        const QString to = asPrefix(dst->key);
        const auto r =
            run(context, env.s3->movePrefix(src->bucket, from, dst->bucket, to, &context));
        if (!r)
            return context.fail(ExitFailed, Tr::tr("Canceled."));
        if (!r->ok())
            return failWith(context, r->error());
        return reportBatch(
            context, r->value(), QStringLiteral("moved"), src->bucket,
            Tr::tr("Moved %n object(s) to s3://%1/%2.", nullptr, int(r->value().deleted.size()))
                .arg(dst->bucket, to));
    }
    QString dstKey = dst->key;
    if (dstKey.isEmpty() || dstKey.endsWith(QLatin1Char('/')))
        dstKey += src->key.section(QLatin1Char('/'), -1);
    const auto r =
        run(context, env.s3->copy(src->bucket, src->key, dst->bucket, dstKey, true, &context));
    if (!r)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!r->ok())
        return failWith(context, r->error());
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("moved"), 1}, {QStringLiteral("failed"), QJsonArray()}});
    else
        context.message(Tr::tr("Moved s3://%1/%2 to s3://%3/%4.")
                            .arg(src->bucket, src->key, dst->bucket, dstKey));
    return ExitOk;
}

bool confirm(Context &context, const QString &question)
{
    context.message(question + QStringLiteral(" [y/N]"));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") ||
           answer == Tr::tr("y") || answer == Tr::tr("yes");
}

int runRm(Context &context, const QStringList &args, const QCommandLineParser &parser)
{
    if (args.isEmpty())
        return context.usageError(Tr::tr("s3 rm needs at least one s3://BUCKET/KEY."), kCmd);
    const bool recursive = parser.isSet(kRecursiveOption);
    QList<S3Location> targets;
    for (const QString &a : args) {
        const auto l = parseS3Location(a);
        if (!l)
            return context.usageError(Tr::tr("\"%1\" is not an s3://BUCKET/KEY location.").arg(a),
                                      kCmd);
        if (!recursive && (l->key.isEmpty() || l->key.endsWith(QLatin1Char('/'))))
            return context.usageError(
                Tr::tr("\"%1\" is a prefix: removing everything under it needs --recursive.")
                    .arg(a),
                kCmd);
        targets << *l;
    }
    Env env;
    if (const int rc = connectS3(context, &env))
        return rc;
    DeleteReport total;
    for (const S3Location &t : std::as_const(targets)) {
        DeleteReport report;
        if (recursive) {
            const QString prefix = t.key.isEmpty() ? QString() : t.key;
            const auto listed = run(context, env.s3->listAll(t.bucket, prefix, true, &context));
            if (!listed)
                return context.fail(ExitFailed, Tr::tr("Canceled."));
            if (!listed->ok())
                return failWith(context, listed->error());
            QStringList keys;
            for (const Object &o : listed->value().objects)
                keys << o.key;
            if (keys.isEmpty()) {
                context.message(Tr::tr("Nothing under s3://%1/%2.").arg(t.bucket, prefix));
                continue;
            }
            // On a terminal, ask; scripts (no terminal) and --yes do not.
            if (!parser.isSet(kYesOption) && ::isatty(STDIN_FILENO) &&
                !confirm(context,
                         Tr::tr("Remove %n object(s) under s3://%1/%2?", nullptr, int(keys.size()))
                             .arg(t.bucket, prefix)))
                return context.fail(ExitFailed, Tr::tr("Nothing was removed."));
            const auto r = run(context, env.s3->remove(t.bucket, keys, &context));
            if (!r)
                return context.fail(ExitFailed, Tr::tr("Canceled."));
            if (!r->ok())
                return failWith(context, r->error());
            report = r->value();
        } else {
            // One object: HEAD first, so that a missing key is an error (DeleteObjects says
            // nothing about keys that do not exist).
            const auto h = run(context, env.s3->head(t.bucket, t.key, &context));
            if (!h)
                return context.fail(ExitFailed, Tr::tr("Canceled."));
            if (!h->ok()) {
                report.failed.append(DeleteFailure{
                    t.key, h->error().detail.section(QLatin1Char(' '), 1, 1), h->error().message});
            } else {
                const auto r = run(context, env.s3->remove(t.bucket, {t.key}, &context));
                if (!r)
                    return context.fail(ExitFailed, Tr::tr("Canceled."));
                if (!r->ok())
                    return failWith(context, r->error());
                report = r->value();
            }
        }
        for (DeleteFailure f : report.failed) {
            f.key = QStringLiteral("s3://%1/%2").arg(t.bucket, f.key);
            total.failed << f;
        }
        total.deleted += report.deleted;
    }
    for (const DeleteFailure &f : std::as_const(total.failed))
        context.message(Tr::tr("Failed: %1: %2").arg(f.key, f.message));
    if (context.json()) {
        QJsonArray failed;
        for (const DeleteFailure &f : std::as_const(total.failed))
            failed.append(failureJson(f));
        context.printJson(QJsonObject{{QStringLiteral("removed"), qint64(total.deleted.size())},
                                      {QStringLiteral("failed"), failed}});
    } else {
        context.message(Tr::tr("Removed %n object(s).", nullptr, int(total.deleted.size())));
    }
    return total.failed.isEmpty() ? int(ExitOk) : int(ExitFailed);
}

int runShare(Context &context, const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 1)
        return context.usageError(Tr::tr("s3 share needs one s3://BUCKET/KEY."), kCmd);
    const auto where = parseS3Location(args.first());
    if (!where || where->key.isEmpty() || where->key.endsWith(QLatin1Char('/')))
        return context.usageError(Tr::tr("s3 share needs an object, s3://BUCKET/KEY."), kCmd);
    const QString expiresText =
        parser.isSet(kExpiresOption) ? parser.value(kExpiresOption) : QStringLiteral("1h");
    const qint64 seconds = parseDuration(expiresText);
    if (seconds < 1 || seconds > kMaxPresignSeconds)
        return context.usageError(
            Tr::tr("--expires must be a duration from 1s to 7d (such as 30m, 1h, 2d), not "
                   "\"%1\".")
                .arg(expiresText),
            kCmd);
    Env env;
    if (const int rc = connectS3(context, &env))
        return rc;
    // The object must exist (a link to nothing helps nobody).
    const auto h = run(context, env.s3->head(where->bucket, where->key, &context));
    if (!h)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!h->ok())
        return failWith(context, h->error());
    const auto p = run(context, env.s3->presignGet(where->bucket, where->key,
                                                   std::chrono::seconds(seconds), &context));
    if (!p)
        return context.fail(ExitFailed, Tr::tr("Canceled."));
    if (!p->ok())
        return failWith(context, p->error());
    const auto &link = p->value();
    const qint64 granted = QDateTime::currentDateTimeUtc().secsTo(link.expires);
    if (granted + 5 < seconds)
        context.message(Tr::tr("The link expires at %1, earlier than asked: the temporary S3 "
                               "credentials that sign it end then.")
                            .arg(dateTimeText(link.expires)));
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("url"), QString::fromUtf8(link.url.toEncoded())},
                        {QStringLiteral("expires"), isoUtc(link.expires)}});
    } else {
        context.print(QString::fromUtf8(link.url.toEncoded()));
        context.message(Tr::tr("Valid until %1.").arg(dateTimeText(link.expires)));
    }
    return ExitOk;
}

QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

int runUsageOf(Context &context, const QStringList &args)
{
    if (args.size() > 1)
        return context.usageError(Tr::tr("s3 usage takes at most one s3://BUCKET[/PREFIX]."), kCmd);
    std::optional<S3Location> where;
    if (!args.isEmpty()) {
        where = parseS3Location(args.first());
        if (!where) {
            // A bare bucket name is fine too.
            if (!args.first().contains(QLatin1Char('/')))
                where = S3Location{args.first(), {}};
            else
                return context.usageError(
                    Tr::tr("\"%1\" is not an s3://BUCKET location.").arg(args.first()), kCmd);
        }
    }
    Env env;
    if (const int rc = connectS3(context, &env))
        return rc;
    QList<S3Location> targets;
    if (where) {
        targets << *where;
    } else {
        const auto b = run(context, env.s3->buckets(env.platform->knownBuckets(), &context));
        if (!b)
            return context.fail(ExitFailed, Tr::tr("Canceled."));
        if (!b->ok())
            return failWith(context, b->error());
        for (const Bucket &bucket : b->value())
            targets << S3Location{bucket.name, {}};
    }
    QList<Usage> rows;
    QList<QPair<QString, Error>> failures;
    for (const S3Location &t : std::as_const(targets)) {
        const auto u = run(context, env.s3->usage(t.bucket, &context, t.key));
        if (!u)
            return context.fail(ExitFailed, Tr::tr("Canceled."));
        if (!u->ok()) {
            failures.append({t.bucket, u->error()});
            context.message(Tr::tr("Failed: s3://%1: %2").arg(t.bucket, u->error().message));
            continue;
        }
        rows << u->value();
    }
    switch (context.output()) {
    case OutputMode::Json: {
        QJsonArray out;
        for (const Usage &u : std::as_const(rows))
            out.append(QJsonObject{{QStringLiteral("bucket"), u.bucket},
                                   {QStringLiteral("objects"), u.objects},
                                   {QStringLiteral("bytes"), u.bytes}});
        for (const auto &f : std::as_const(failures))
            out.append(QJsonObject{{QStringLiteral("bucket"), f.first},
                                   {QStringLiteral("error"), f.second.message}});
        context.printJson(out);
        break;
    }
    case OutputMode::Csv: {
        QByteArray out = "bucket,objects,bytes\n";
        for (const Usage &u : std::as_const(rows))
            out += csvField(u.bucket) + ',' + QByteArray::number(u.objects) + ',' +
                   QByteArray::number(u.bytes) + '\n';
        writeOut(out);
        break;
    }
    case OutputMode::Text: {
        qsizetype width = 6;
        for (const Usage &u : std::as_const(rows))
            width = std::max(width, u.bucket.size());
        context.print(Tr::tr("BUCKET").leftJustified(width) + QStringLiteral("  ") +
                      Tr::tr("OBJECTS").rightJustified(10) + QStringLiteral("  ") +
                      Tr::tr("SIZE").rightJustified(10));
        for (const Usage &u : std::as_const(rows))
            context.print(u.bucket.leftJustified(width) + QStringLiteral("  ") +
                          QString::number(u.objects).rightJustified(10) + QStringLiteral("  ") +
                          bytesText(u.bytes).rightJustified(10));
        break;
    }
    }
    if (!failures.isEmpty())
        return rows.isEmpty() && failures.size() == 1 ? exitCodeFor(failures.first().second)
                                                      : int(ExitFailed);
    return ExitOk;
}

} // namespace

std::optional<S3Location> parseS3Location(const QString &text)
{
    if (!text.startsWith(QLatin1String("s3://")))
        return std::nullopt;
    const QString rest = text.mid(5);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    S3Location l;
    l.bucket = slash < 0 ? rest : rest.left(slash);
    l.key = slash < 0 ? QString() : rest.mid(slash + 1);
    if (l.bucket.isEmpty())
        return std::nullopt;
    return l;
}

void s3Options(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 Tr::tr("ls, cp, mv, rm, share or usage."),
                                 QStringLiteral("ls|cp|mv|rm|share|usage"));
    parser.addPositionalArgument(QStringLiteral("location"),
                                 Tr::tr("s3://BUCKET/KEY or PREFIX (and a local path for cp)."),
                                 QStringLiteral("[ARGS...]"));
    parser.addOption({{QStringLiteral("r"), kRecursiveOption},
                      Tr::tr("ls: every key under the prefix (no folders); mv, rm, cp: every "
                             "object under the prefix.")});
    parser.addOption(
        {{QStringLiteral("y"), kYesOption},
         Tr::tr("rm --recursive: do not ask for confirmation (it asks only on a terminal).")});
    parser.addOption({kExpiresOption,
                      Tr::tr("share: how long the link works, 1s to 7d (default 1h; no longer "
                             "than the temporary S3 credentials)."),
                      Tr::tr("DURATION")});
    s3CpOptions(parser);
}

int runS3(Context &context, const QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(Tr::tr("s3 needs a subcommand: ls, cp, mv, rm, share or usage."),
                                  kCmd);
    const QString sub = args.takeFirst();
    if (context.output() == OutputMode::Csv && sub != QLatin1String("ls") &&
        sub != QLatin1String("usage"))
        return context.usageError(Tr::tr("--output csv is only for s3 ls and s3 usage."), kCmd);
    if (sub == QLatin1String("ls"))
        return runLs(context, args, parser);
    if (sub == QLatin1String("cp"))
        return s3Cp(context, args, parser);
    if (sub == QLatin1String("mv"))
        return runMv(context, args, parser);
    if (sub == QLatin1String("rm"))
        return runRm(context, args, parser);
    if (sub == QLatin1String("share"))
        return runShare(context, args, parser);
    if (sub == QLatin1String("usage"))
        return runUsageOf(context, args);
    return context.usageError(
        Tr::tr("Unknown s3 subcommand \"%1\": ls, cp, mv, rm, share or usage.").arg(sub), kCmd);
}

} // namespace plancia::cli
