#include "storage/stscredentials.h"

#include "log/logging.h"
#include "log/redact.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <QXmlStreamReader>

namespace plancia {

namespace {

auto log()
{
    return logger("core.s3");
}

} // namespace

StsCredentialsProvider::StsCredentialsProvider(HttpClient *http, Settings settings,
                                               AccessTokenSource accessToken, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_settings(std::move(settings))
    , m_accessToken(std::move(accessToken))
    , m_creds(this, [this] { assumeRole(); })
{}

StsCredentialsProvider::~StsCredentialsProvider() = default;

void StsCredentialsProvider::setSessionName(const QString &username)
{
    const QString name =
        (QStringLiteral("plancia-") + (username.isEmpty() ? QStringLiteral("user") : username))
            .left(64);
    if (name == m_sessionName)
        return;
    clear();
    m_sessionName = name;
}

void StsCredentialsProvider::credentials(QObject *context, bool forceRenew,
                                         std::function<void(const Result<AwsCredentials> &)> done)
{
    m_creds.get(context, forceRenew, std::move(done));
}

void StsCredentialsProvider::clear()
{
    const bool had = m_creds.value().has_value();
    m_creds.clear(Error::make(Error::Kind::Unauthorized, tr("You are not logged in.")));
    if (had)
        Q_EMIT changed();
}

void StsCredentialsProvider::assumeRole()
{
    QObject *scope = m_creds.renewalScope();
    if (!m_http || m_settings.endpoint.isEmpty()) {
        m_creds.settle(Error::make(Error::Kind::Config,
                                   tr("S3 credentials are not configured (no STS endpoint in the "
                                      "profile).")));
        return;
    }
    m_accessToken(false, scope, [this, scope](const Result<QString> &access) {
        if (!access.ok()) {
            m_creds.settle(access.error());
            return;
        }
        const QList<QPair<QString, QString>> fields = {
            {QStringLiteral("Action"), QStringLiteral("AssumeRoleWithWebIdentity")},
            {QStringLiteral("Version"), QStringLiteral("2011-06-15")},
            {QStringLiteral("RoleArn"), m_settings.roleArn},
            {QStringLiteral("RoleSessionName"), m_sessionName},
            {QStringLiteral("DurationSeconds"), QString::number(m_settings.durationSeconds)},
            {QStringLiteral("WebIdentityToken"), access.value()},
        };
        QByteArray body;
        for (const auto &f : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
        }
        // The token travels in the body, never in a URL that could end up in a log.
        HttpRequest req = HttpRequest::post(m_settings.endpoint, body,
                                            QByteArrayLiteral("application/x-www-form-urlencoded"));
        req.authenticate = false;
        req.idempotent = true; // assuming a role has no side effect worth guarding
        ++m_renewals;
        auto *job = m_http->createJob(std::move(req), scope);
        job->setTreatHttpErrorsAsErrors(false);
        connect(job, &HttpJob::finished, scope, [this](const HttpResult &r) {
            if (!r.ok()) {
                Error e = r.error();
                e.message = tr("Cannot get S3 credentials: %1").arg(e.message);
                m_creds.settle(e);
                return;
            }
            auto creds = parseResponse(r->body);
            if (!creds.ok()) {
                Error e = creds.error();
                e.httpStatus = r->status;
                m_creds.settle(e);
                return;
            }
            for (const QString &s :
                 {creds->secretAccessKey, creds->sessionToken, creds->accessKeyId})
                addSecret(s);
            log()->info("S3 credentials obtained; valid until {}",
                        creds->expiration.toString(Qt::ISODate).toStdString());
            m_creds.settle(creds, creds->expiration);
            Q_EMIT changed();
        });
        job->start();
    });
}

Result<AwsCredentials> StsCredentialsProvider::parseResponse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    AwsCredentials c;
    QString errorCode;
    QString errorMessage;
    QStringList path;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path << reader.name().toString();
            const QString name = path.last();
            const bool inCredentials =
                path.size() >= 3 && path.at(path.size() - 2) == QLatin1String("Credentials") &&
                path.at(path.size() - 3) == QLatin1String("AssumeRoleWithWebIdentityResult");
            if (inCredentials) {
                const QString text = reader.readElementText();
                path.removeLast();
                if (name == QLatin1String("AccessKeyId"))
                    c.accessKeyId = text;
                else if (name == QLatin1String("SecretAccessKey"))
                    c.secretAccessKey = text;
                else if (name == QLatin1String("SessionToken"))
                    c.sessionToken = text;
                else if (name == QLatin1String("Expiration"))
                    c.expiration = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
            } else if (path.size() >= 2 && path.at(path.size() - 2) == QLatin1String("Error")) {
                const QString text = reader.readElementText();
                path.removeLast();
                if (name == QLatin1String("Code"))
                    errorCode = text;
                else if (name == QLatin1String("Message"))
                    errorMessage = text;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (!errorCode.isEmpty()) {
        const bool badToken = errorCode == QLatin1String("InvalidIdentityToken") ||
                              errorCode == QLatin1String("ExpiredTokenException");
        return Error::make(badToken ? Error::Kind::Unauthorized : Error::Kind::Auth,
                           tr("The storage service refused to issue credentials: %1")
                               .arg(errorMessage.isEmpty() ? errorCode : errorMessage),
                           errorCode);
    }
    if (reader.hasError()) {
        return Error::make(Error::Kind::Parse,
                           tr("The storage service's credentials could not be read."),
                           reader.errorString());
    }
    if (!c.isValid() || c.sessionToken.isEmpty() || !c.expiration.isValid()) {
        return Error::make(Error::Kind::Parse,
                           tr("The storage service's answer holds no complete credentials."));
    }
    return c;
}

} // namespace plancia
