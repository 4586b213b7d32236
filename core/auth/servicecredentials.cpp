#include "auth/servicecredentials.h"

#include "auth/tokenmanager.h"
#include "log/logging.h"
#include "log/redact.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <algorithm>

namespace plancia {

namespace {

auto log()
{
    return logger("core.auth");
}

QUrl hubApi(const QUrl &hub, const QString &path)
{
    QString base = hub.toString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return QUrl(base + QStringLiteral("hub/api/") + path);
}

} // namespace

ServiceCredentials::ServiceCredentials(HttpClient *http, TokenManager *tokens, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
{
    for (QTimer *t : {&m_hub.timer, &m_sts.timer}) {
        t->setSingleShot(true);
        t->setTimerType(Qt::PreciseTimer);
    }
    m_hub.forceWindow = std::chrono::seconds(60);
    connect(&m_hub.timer, &QTimer::timeout, this, &ServiceCredentials::mintHubToken);
    connect(&m_sts.timer, &QTimer::timeout, this, &ServiceCredentials::assumeRole);
}

ServiceCredentials::~ServiceCredentials() = default;

void ServiceCredentials::clear(bool revoke)
{
    if (revoke && m_hub.value && !m_hubTokenId.isEmpty() && m_http && !m_username.isEmpty()) {
        HttpRequest req;
        req.method = QByteArrayLiteral("DELETE");
        req.url =
            hubApi(m_profile.hub.url,
                   QStringLiteral("users/%1/tokens/%2")
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_username)), m_hubTokenId));
        req.authenticate = false;
        req.header(QByteArrayLiteral("Authorization"), "token " + m_hub.value->toUtf8());
        req.timeout = std::chrono::seconds(10);
        auto *job = m_http->send(std::move(req), m_http);
        connect(job, &HttpJob::finished, m_http, [](const HttpResult &r) {
            if (r.ok())
                log()->info("hub API token revoked");
        });
    }
    const Error e = Error::make(Error::Kind::Unauthorized, tr("You are not logged in."));
    ++m_hub.generation;
    ++m_sts.generation;
    m_hub.pending = m_sts.pending = false;
    m_hub.timer.stop();
    m_sts.timer.stop();
    m_hub.value.reset();
    m_sts.value.reset();
    m_hub.expiry = m_sts.expiry = {};
    m_hubTokenId.clear();
    settle<QString>(m_hub, e, nullptr);
    settle<AwsCredentials>(m_sts, e, nullptr);
}

template<typename T>
bool ServiceCredentials::fresh(const Slot<T> &slot) const
{
    if (!slot.value)
        return false;
    if (!slot.expiry.isValid())
        return true;
    const qint64 lifetime = slot.obtained.secsTo(slot.expiry);
    const qint64 margin = std::min<qint64>(30, std::max<qint64>(1, lifetime / 5));
    return QDateTime::currentDateTimeUtc().addSecs(margin) < slot.expiry;
}

template<typename T>
void ServiceCredentials::request(Slot<T> &slot, QObject *context, bool force,
                                 std::function<void(const Result<T> &)> done,
                                 void (ServiceCredentials::*renew)())
{
    const bool justRenewed =
        slot.obtained.isValid() &&
        slot.obtained.msecsTo(QDateTime::currentDateTimeUtc()) < slot.forceWindow.count();
    if (!slot.pending && fresh(slot) && (!force || justRenewed)) {
        done(*slot.value);
        return;
    }
    slot.waiters.append({context, context != nullptr, std::move(done)});
    if (!slot.pending)
        (this->*renew)();
}

template<typename T>
void ServiceCredentials::settle(Slot<T> &slot, const Result<T> &result,
                                void (ServiceCredentials::*renew)())
{
    slot.pending = false;
    if (result.ok() && renew) {
        slot.value = result.value();
        slot.obtained = QDateTime::currentDateTimeUtc();
        if (slot.expiry.isValid()) {
            const auto lifetime = std::chrono::milliseconds(slot.obtained.msecsTo(slot.expiry));
            const auto delay = TokenManager::refreshDelay(lifetime, std::chrono::seconds(0));
            slot.timer.start(delay);
        }
        Q_EMIT changed();
    } else if (!result.ok() && renew && slot.value && fresh(slot)) {
        // Keep the still-valid credentials; try again a little later.
        slot.timer.start(std::chrono::seconds(5));
    }
    const auto waiters = std::exchange(slot.waiters, {});
    for (const auto &w : waiters) {
        if (w.hasContext && !w.context)
            continue;
        w.done(result);
    }
}

void ServiceCredentials::hubToken(QObject *context, bool forceRenew,
                                  std::function<void(const Result<QString> &)> done)
{
    request<QString>(m_hub, context, forceRenew, std::move(done),
                     &ServiceCredentials::mintHubToken);
}

void ServiceCredentials::stsCredentials(QObject *context, bool forceRenew,
                                        std::function<void(const Result<AwsCredentials> &)> done)
{
    request<AwsCredentials>(m_sts, context, forceRenew, std::move(done),
                            &ServiceCredentials::assumeRole);
}

void ServiceCredentials::mintHubToken()
{
    if (m_hub.pending)
        return;
    m_hub.timer.stop();
    if (!m_http || !m_tokens || m_username.isEmpty() || m_profile.hub.url.isEmpty()) {
        settle<QString>(m_hub,
                        Error::make(Error::Kind::Config,
                                    tr("JupyterHub is not configured, or you are not logged in.")),
                        &ServiceCredentials::mintHubToken);
        return;
    }
    m_hub.pending = true;
    const quint64 generation = m_hub.generation;
    m_tokens->accessToken(this, false, [this, generation](const Result<QString> &access) {
        if (generation != m_hub.generation)
            return;
        if (!access.ok()) {
            settle<QString>(m_hub, access.error(), &ServiceCredentials::mintHubToken);
            return;
        }
        QJsonObject auth{{QStringLiteral("access_token"), access.value()}};
        QJsonObject body{{QStringLiteral("auth"), auth},
                         {QStringLiteral("note"), QStringLiteral("plancia")},
                         {QStringLiteral("expires_in"), qint64(m_hubLifetime.count())}};
        HttpRequest req = HttpRequest::post(
            hubApi(m_profile.hub.url,
                   QStringLiteral("users/%1/tokens")
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_username)))),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json"));
        req.authenticate = false;
        req.maxRetries = 0;
        ++m_hub.renewals;
        auto *job = m_http->send(std::move(req), this);
        connect(job, &HttpJob::finished, this, [this, generation](const HttpResult &r) {
            if (generation != m_hub.generation)
                return;
            if (!r.ok()) {
                Error e = r.error();
                e.message = tr("JupyterHub did not accept your login: %1").arg(e.message);
                settle<QString>(m_hub, e, &ServiceCredentials::mintHubToken);
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(r->body).object();
            const QString token = o.value(QLatin1String("token")).toString();
            if (token.isEmpty()) {
                settle<QString>(
                    m_hub,
                    Error::make(Error::Kind::Parse, tr("JupyterHub's answer holds no token.")),
                    &ServiceCredentials::mintHubToken);
                return;
            }
            addSecret(token);
            m_hubTokenId = o.value(QLatin1String("id")).toString();
            QDateTime expiry = QDateTime::fromString(
                o.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
            if (!expiry.isValid())
                expiry = QDateTime::currentDateTimeUtc().addSecs(m_hubLifetime.count());
            m_hub.expiry = expiry.toUTC();
            log()->info("hub API token minted; valid until {}",
                        m_hub.expiry.toString(Qt::ISODate).toStdString());
            settle<QString>(m_hub, token, &ServiceCredentials::mintHubToken);
        });
    });
}

void ServiceCredentials::assumeRole()
{
    if (m_sts.pending)
        return;
    m_sts.timer.stop();
    if (!m_http || !m_tokens || m_profile.s3.sts.endpoint.isEmpty()) {
        settle<AwsCredentials>(
            m_sts,
            Error::make(Error::Kind::Config, tr("S3 credentials are not configured (no STS "
                                                "endpoint in the profile).")),
            &ServiceCredentials::assumeRole);
        return;
    }
    m_sts.pending = true;
    const quint64 generation = m_sts.generation;
    m_tokens->accessToken(this, false, [this, generation](const Result<QString> &access) {
        if (generation != m_sts.generation)
            return;
        if (!access.ok()) {
            settle<AwsCredentials>(m_sts, access.error(), &ServiceCredentials::assumeRole);
            return;
        }
        QUrlQuery form;
        const QString session = QStringLiteral("plancia-") +
                                (m_username.isEmpty() ? QStringLiteral("user") : m_username);
        const QList<QPair<QString, QString>> fields = {
            {QStringLiteral("Action"), QStringLiteral("AssumeRoleWithWebIdentity")},
            {QStringLiteral("Version"), QStringLiteral("2011-06-15")},
            {QStringLiteral("RoleArn"), m_profile.s3.sts.roleArn},
            {QStringLiteral("RoleSessionName"), session.left(64)},
            {QStringLiteral("DurationSeconds"), QString::number(m_profile.s3.sts.durationSeconds)},
            {QStringLiteral("WebIdentityToken"), access.value()},
        };
        QByteArray body;
        for (const auto &f : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
        }
        // The token travels in the body, never in a URL that could end up in a log.
        HttpRequest req = HttpRequest::post(m_profile.s3.sts.endpoint, body,
                                            QByteArrayLiteral("application/x-www-form-urlencoded"));
        req.authenticate = false;
        req.idempotent = true; // assuming a role has no side effect worth guarding
        ++m_sts.renewals;
        auto *job = m_http->createJob(std::move(req), this);
        job->setTreatHttpErrorsAsErrors(false);
        connect(job, &HttpJob::finished, this, [this, generation](const HttpResult &r) {
            if (generation != m_sts.generation)
                return;
            if (!r.ok()) {
                Error e = r.error();
                e.message = tr("Cannot get S3 credentials: %1").arg(e.message);
                settle<AwsCredentials>(m_sts, e, &ServiceCredentials::assumeRole);
                return;
            }
            auto creds = parseStsResponse(r->body);
            if (creds.ok()) {
                for (const QString &s :
                     {creds->secretAccessKey, creds->sessionToken, creds->accessKeyId})
                    addSecret(s);
                m_sts.expiry = creds->expiration;
                log()->info("S3 credentials obtained; valid until {}",
                            creds->expiration.toString(Qt::ISODate).toStdString());
            } else if (r->status != 200) {
                Error e = creds.error();
                e.httpStatus = r->status;
                settle<AwsCredentials>(m_sts, e, &ServiceCredentials::assumeRole);
                return;
            }
            settle<AwsCredentials>(m_sts, creds, &ServiceCredentials::assumeRole);
        });
        job->start();
    });
}

Result<AwsCredentials> ServiceCredentials::parseStsResponse(const QByteArray &xml)
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
