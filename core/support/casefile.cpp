#include "casefile.h"

#include "log/redact.h"
#include "support/timeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace plancia::support {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::support::CaseFile)
};

const QString kFormat = QStringLiteral("plancia-casefile");
const QString kRedacted = QStringLiteral("[redacted]");

const QRegularExpression &secretName()
{
    static const QRegularExpression re(
        QStringLiteral("token|secret|passw|credential|authorization|api[-_]?key|access[-_]?key|"
                       "private[-_]?key|cookie|signature"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

struct TextRule
{
    QRegularExpression re;
    QString replacement;
};

const QList<TextRule> &textRules()
{
    static const QList<TextRule> rules = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QList<TextRule> r;
        // NAME=value / NAME: value of secret-named variables (JUPYTERHUB_API_TOKEN=..., export
        // AWS_SECRET_ACCESS_KEY=...), anywhere in a line (scripts, logs, commands).
        r.append({QRegularExpression(
                      QStringLiteral("\\b([A-Za-z0-9_.-]*(?:token|secret|passw|credential|api_?key|"
                                     "access_?key|private_?key)[A-Za-z0-9_.-]*)(\\s*[=:]\\s*)"
                                     "(\"[^\"]*\"|'[^']*'|[^\\s\"',;]+)"),
                      ci),
                  QStringLiteral("\\1\\2[redacted]")});
        // AWS/RadosGW access key ids.
        r.append({QRegularExpression(QStringLiteral("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b")),
                  QStringLiteral("[redacted-key]")});
        // JupyterHub API tokens (32 hex digits) and other bare hex secrets of that size; longer
        // digests (sha256 image ids, container ids) are left alone by the word boundaries.
        r.append({QRegularExpression(QStringLiteral("\\b[0-9a-f]{32}\\b")),
                  QStringLiteral("[redacted-token]")});
        for (auto &x : r)
            x.re.optimize();
        return r;
    }();
    return rules;
}

QJsonObject stripped(QJsonObject o)
{
    QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    meta.remove(QLatin1String("managedFields"));
    o.insert(QStringLiteral("metadata"), meta);
    return o;
}

QJsonArray array(const QList<QJsonObject> &items, bool strip)
{
    QJsonArray a;
    for (const QJsonObject &o : items)
        a.append(strip ? stripped(o) : o);
    return a;
}

} // namespace

QString redactCaseText(const QString &text)
{
    QString out = redact(text);
    for (const TextRule &r : textRules())
        out.replace(r.re, r.replacement);
    return out;
}

QJsonValue redactCaseValue(const QJsonValue &value, int *count)
{
    auto changed = [count] {
        if (count)
            ++*count;
    };
    switch (value.type()) {
    case QJsonValue::String: {
        const QString s = value.toString();
        const QString r = redactCaseText(s);
        if (r != s)
            changed();
        return r;
    }
    case QJsonValue::Array: {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = redactCaseValue(a.at(i), count);
        return a;
    }
    case QJsonValue::Object: {
        QJsonObject o = value.toObject();
        // An env entry {"name": "HUB_TOKEN", "value": "..."}: the name decides.
        const QString envName = o.value(QLatin1String("name")).toString();
        const bool secretEnv = o.contains(QLatin1String("value")) && !envName.isEmpty() &&
                               envName.contains(secretName());
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            if (key == QLatin1String("kubectl.kubernetes.io/last-applied-configuration") ||
                (secretEnv && key == QLatin1String("value")) ||
                (key.contains(secretName()) && (it.value().isString() || it.value().isDouble()))) {
                if (it.value().toString() != kRedacted) {
                    it.value() = kRedacted;
                    changed();
                }
                continue;
            }
            it.value() = redactCaseValue(it.value(), count);
        }
        return o;
    }
    default:
        return value;
    }
}

QJsonObject caseFileJson(const CaseData &data, const CaseFileInfo &info)
{
    const Timeline t = buildTimeline(data);
    const bool isJob = data.kind == CaseData::Kind::Job;
    QJsonObject summary{{QStringLiteral("state"), t.stateKey},
                        {QStringLiteral("stateText"), t.stateText},
                        {QStringLiteral("cause"), QLatin1String(causeKey(t.cause))},
                        {QStringLiteral("causeText"), causeName(t.cause)},
                        {QStringLiteral("reason"), t.reason},
                        {QStringLiteral("message"), t.message}};
    QJsonObject logs;
    for (auto it = data.logs.cbegin(); it != data.logs.cend(); ++it)
        logs.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonArray podStatuses;
    for (const QJsonObject &p : data.pods) {
        const QJsonObject meta = p.value(QLatin1String("metadata")).toObject();
        podStatuses.append(QJsonObject{
            {QStringLiteral("name"), meta.value(QLatin1String("name"))},
            {QStringLiteral("node"),
             p.value(QLatin1String("spec")).toObject().value(QLatin1String("nodeName"))},
            {QStringLiteral("status"), p.value(QLatin1String("status"))}});
    }
    QJsonObject out{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), 1},
        {QStringLiteral("kind"), isJob ? QStringLiteral("job") : QStringLiteral("session")},
        {QStringLiteral("namespace"), data.namespaceName},
        {QStringLiteral("name"), data.name},
        {QStringLiteral("platform"), info.platform},
        {QStringLiteral("generatedBy"), info.generatedBy},
        {QStringLiteral("collected"), data.collected.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("timeline"), t.stepsJson()},
        {QStringLiteral("podStatuses"), podStatuses},
        {QStringLiteral("events"), array(data.events, true)},
        {QStringLiteral("logs"), logs},
        {QStringLiteral("transferFailures"), info.transferFailures},
        {QStringLiteral("problems"), QJsonArray::fromStringList(data.problems)},
    };
    if (isJob) {
        out.insert(QStringLiteral("job"), stripped(data.job));
        out.insert(QStringLiteral("workload"), data.workload.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(stripped(data.workload)));
    }
    out.insert(QStringLiteral("pods"), array(data.pods, true));
    int n = 0;
    QJsonObject redacted = redactCaseValue(out, &n).toObject();
    redacted.insert(QStringLiteral("redactedValues"), n);
    return redacted;
}

Status writeCaseFile(const QString &path, const QJsonObject &caseFile)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::Internal,
                           Tr::tr("Cannot write the case file %1: %2").arg(path, f.errorString()));
    }
    f.write(QJsonDocument(caseFile).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        return Error::make(Error::Kind::Internal,
                           Tr::tr("Cannot write the case file %1: %2").arg(path, f.errorString()));
    }
    return Ok{};
}

Result<QJsonObject> readCaseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("Cannot open %1: %2").arg(path, f.errorString()));
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 * 1024 * 1024), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::make(
            Error::Kind::Parse,
            Tr::tr("%1 is not a case file (not JSON at offset %2).").arg(path).arg(pe.offset),
            pe.errorString());
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != kFormat) {
        return Error::make(Error::Kind::Parse, Tr::tr("%1 is not a Plancia case file.").arg(path));
    }
    return o;
}

} // namespace plancia::support
