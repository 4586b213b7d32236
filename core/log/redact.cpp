#include "redact.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace plancia {

namespace {

struct Rule
{
    QRegularExpression re;
    QString replacement;
};

const std::vector<Rule> &rules()
{
    static const std::vector<Rule> r = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        // Names whose values are secrets, in JSON ("name": "v"), form/query (name=v) and
        // XML (<Name>v</Name>) spellings.
        const QString names = QStringLiteral(
            "access_token|refresh_token|id_token|device_code|client_secret|code_verifier|"
            "subject_token|token|password|secret|assertion|WebIdentityToken|SessionToken|"
            "SecretAccessKey|aws_secret_access_key|aws_session_token|X-Amz-Signature|"
            "X-Amz-Security-Token|X-Amz-Credential|Signature|sig");
        std::vector<Rule> v;
        // Header lines: "Authorization: Bearer x", "x-amz-security-token: y", cookies.
        v.push_back({QRegularExpression(
                         QStringLiteral("\\b(authorization|proxy-authorization|x-amz-security-"
                                        "token|cookie|set-cookie)(\\s*[:=]\\s*)[^\\r\\n]+"),
                         ci),
                     QStringLiteral("\\1\\2[redacted]")});
        // JSON members.
        v.push_back(
            {QRegularExpression(
                 QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*\"").arg(names), ci),
             QStringLiteral("\\1[redacted]\"")});
        // XML elements.
        v.push_back(
            {QRegularExpression(
                 QStringLiteral("<(SecretAccessKey|SessionToken|WebIdentityToken)>[^<]*<"), ci),
             QStringLiteral("<\\1>[redacted]<")});
        // Form fields and URL query parameters.
        v.push_back(
            {QRegularExpression(QStringLiteral("(^|[?&;\\s])((?:%1)=)[^&\\s\"']*").arg(names), ci),
             QStringLiteral("\\1\\2[redacted]")});
        // Bearer/token schemes anywhere in free text.
        v.push_back(
            {QRegularExpression(QStringLiteral("\\b(bearer|token)\\s+[A-Za-z0-9._~+/=-]{8,}"), ci),
             QStringLiteral("\\1 [redacted]")});
        // SigV4 Authorization header contents, if seen without the header name.
        v.push_back({QRegularExpression(QStringLiteral("(Signature=)[0-9a-f]{16,}"), ci),
                     QStringLiteral("\\1[redacted]")});
        // Bare JWTs (header.payload.signature, base64url, starting with '{"').
        v.push_back({QRegularExpression(QStringLiteral(
                         "eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*")),
                     QStringLiteral("[redacted-jwt]")});
        for (auto &rule : v)
            rule.re.optimize();
        return v;
    }();
    return r;
}

QMutex s_secretsMutex;
QSet<QString> s_secrets;

} // namespace

void addSecret(const QString &secret)
{
    if (secret.size() < 8)
        return;
    QMutexLocker lock(&s_secretsMutex);
    s_secrets.insert(secret);
}

void removeSecret(const QString &secret)
{
    QMutexLocker lock(&s_secretsMutex);
    s_secrets.remove(secret);
}

void clearSecrets()
{
    QMutexLocker lock(&s_secretsMutex);
    s_secrets.clear();
}

QString redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&s_secretsMutex);
        for (const auto &secret : std::as_const(s_secrets)) {
            if (out.contains(secret))
                out.replace(secret, kRedacted.toString());
        }
    }
    for (const auto &rule : rules())
        out.replace(rule.re, rule.replacement);
    return out;
}

std::string redact(std::string_view text)
{
    return redact(QString::fromUtf8(text.data(), qsizetype(text.size()))).toStdString();
}

} // namespace plancia
