#include "kube/kubestatus.h"

#include "log/redact.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plancia::kube {

namespace {

const QLatin1String kStatusMarker("Status: ");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<KubeStatus> KubeStatus::parse(const QJsonObject &json)
{
    if (str(json, "kind") != QLatin1String("Status"))
        return std::nullopt;
    KubeStatus s;
    s.code = json.value(QLatin1String("code")).toInt();
    s.reason = str(json, "reason");
    s.message = str(json, "message");
    const QJsonObject details = json.value(QLatin1String("details")).toObject();
    s.name = str(details, "name");
    s.kind = str(details, "kind");
    for (const QJsonValue &v : details.value(QLatin1String("causes")).toArray()) {
        const QJsonObject c = v.toObject();
        s.causes.append(Cause{str(c, "field"), str(c, "message"), str(c, "reason")});
    }
    return s;
}

QJsonObject KubeStatus::toJson() const
{
    QJsonArray cs;
    for (const Cause &c : causes) {
        cs.append(QJsonObject{{QStringLiteral("field"), c.field},
                              {QStringLiteral("message"), c.message},
                              {QStringLiteral("reason"), c.reason}});
    }
    QJsonObject details{{QStringLiteral("causes"), cs}};
    if (!name.isEmpty())
        details.insert(QStringLiteral("name"), name);
    if (!kind.isEmpty())
        details.insert(QStringLiteral("kind"), kind);
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("status"), QStringLiteral("Failure")},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("details"), details}};
}

std::optional<KubeStatus> KubeStatus::fromError(const Error &error)
{
    const qsizetype at = error.detail.indexOf(kStatusMarker);
    if (at < 0)
        return std::nullopt;
    const QByteArray json = error.detail.mid(at + kStatusMarker.size()).toUtf8();
    return parse(QJsonDocument::fromJson(json).object());
}

Error errorFromStatus(const KubeStatus &status, const QString &where)
{
    const int code = status.code;
    Error::Kind kind = Error::kindForHttpStatus(code);
    if (status.reason == QLatin1String("Expired") || status.reason == QLatin1String("Gone"))
        kind = Error::Kind::Gone;
    const QString message =
        status.message.isEmpty() ? Error::describeHttpStatus(code) : status.message;
    QString detail = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    detail += QStringLiteral("HTTP %1 %2; ").arg(code).arg(status.reason);
    detail += kStatusMarker +
              QString::fromUtf8(QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact));
    return Error::make(kind, message, redact(detail), code);
}

Error errorFromResponse(const HttpResponse &response, const QString &where)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (pe.error == QJsonParseError::NoError) {
        if (auto s = KubeStatus::parse(doc.object())) {
            if (s->code == 0)
                s->code = response.status;
            return errorFromStatus(*s, where);
        }
    }
    QString detail = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    detail += QStringLiteral("HTTP %1: ").arg(response.status) +
              QString::fromUtf8(response.body.left(512));
    return Error::make(Error::kindForHttpStatus(response.status),
                       Error::describeHttpStatus(response.status), redact(detail), response.status);
}

} // namespace plancia::kube
