#include "auth/deviceflowjob.h"

#include "auth/oauth.h"
#include "log/logging.h"
#include "log/redact.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace plancia {

namespace {

constexpr int kSlowDownStepSeconds = 5;  // RFC 8628 §3.5
constexpr int kMaxTransientFailures = 3; // network hiccups tolerated while polling

auto log()
{
    return logger("core.auth");
}

} // namespace

DeviceFlowJob::DeviceFlowJob(HttpClient *client, Options options, QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    m_interval = m_options.defaultIntervalSeconds.value_or(5);
    m_pollTimer.setSingleShot(true);
    m_tickTimer.setInterval(1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceFlowJob::poll);
    connect(&m_tickTimer, &QTimer::timeout, this, &DeviceFlowJob::onTick);
}

DeviceFlowJob::~DeviceFlowJob() = default;

QUrl DeviceFlowJob::verificationUriComplete() const
{
    return m_verificationUriComplete.isValid() && !m_verificationUriComplete.isEmpty()
               ? m_verificationUriComplete
               : m_verificationUri;
}

int DeviceFlowJob::secondsLeft() const
{
    if (!m_expiresAt.isValid())
        return 0;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt)));
}

QString DeviceFlowJob::stateText(State state)
{
    switch (state) {
    case State::RequestingCode:
        return tr("Asking the identity provider for a login code…");
    case State::WaitingForApproval:
        return tr("Open the link, sign in and enter the code. Waiting for your approval…");
    case State::Approved:
        return tr("Approved. Logging you in…");
    case State::Expired:
        return tr("The code expired before it was approved. Start again to get a new code.");
    case State::Denied:
        return tr("The login was denied. If that was a mistake, start again.");
    case State::Failed:
        return tr("The login failed.");
    case State::Canceled:
        return tr("The login was canceled.");
    }
    return {};
}

void DeviceFlowJob::doStart()
{
    Q_EMIT statusChanged(m_state, 0);
    if (m_options.configuration.isValid())
        requestCode();
    else
        discover();
}

void DeviceFlowJob::doCancel()
{
    m_pollTimer.stop();
    m_tickTimer.stop();
    // The request in flight is a child of this job: it goes with it (silently).
    delete m_pending;
}

void DeviceFlowJob::finishWithError(const Error &error)
{
    Error e = error;
    if (e.kind == Error::Kind::Canceled)
        e.message = stateText(State::Canceled);
    fail(error.kind == Error::Kind::Canceled ? State::Canceled : State::Failed, e);
}

void DeviceFlowJob::discover()
{
    auto *job = new DiscoveryJob(m_client, m_options.issuer, this);
    connect(job, &DiscoveryJob::finished, this, [this](const Result<OidcConfiguration> &r) {
        if (!r.ok()) {
            fail(State::Failed, r.error());
            return;
        }
        m_options.configuration = r.value();
        requestCode();
    });
    job->start();
}

void DeviceFlowJob::requestCode()
{
    const QUrl endpoint = m_options.configuration.deviceAuthorizationEndpoint;
    if (endpoint.isEmpty() || !m_client) {
        fail(State::Failed, Error::make(Error::Kind::Unsupported,
                                        tr("The identity provider %1 does not offer device login.")
                                            .arg(m_options.issuer.toString())));
        return;
    }
    auto *job =
        m_client->createJob(oauthPost(endpoint, {{QStringLiteral("client_id"), m_options.clientId},
                                                 {QStringLiteral("scope"), m_options.scopes}}),
                            this);
    job->setTreatHttpErrorsAsErrors(false);
    m_pending = job;
    connect(job, &HttpJob::finished, this, [this](const HttpResult &r) {
        m_pending = nullptr;
        if (!r.ok()) {
            Error e = r.error();
            e.message = tr("Cannot ask for a login code: %1").arg(e.message);
            fail(State::Failed, e);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r->body).object();
        if (r->status != 200) {
            const OAuthError oe = parseOAuthError(r->body);
            fail(State::Failed,
                 Error::make(
                     Error::Kind::Auth,
                     tr("The identity provider refused to start a login: %1")
                         .arg(oe.description.isEmpty()
                                  ? (oe.error.isEmpty() ? Error::describeHttpStatus(r->status)
                                                        : oe.error)
                                  : oe.description),
                     oe.error, r->status));
            return;
        }
        m_deviceCode = o.value(QLatin1String("device_code")).toString();
        m_userCode = o.value(QLatin1String("user_code")).toString();
        QString uri = o.value(QLatin1String("verification_uri")).toString();
        if (uri.isEmpty()) // draft name still sent by some servers
            uri = o.value(QLatin1String("verification_url")).toString();
        m_verificationUri = QUrl(uri);
        m_verificationUriComplete =
            QUrl(o.value(QLatin1String("verification_uri_complete")).toString());
        const int expiresIn = o.value(QLatin1String("expires_in")).toInt(0);
        if (m_deviceCode.isEmpty() || m_userCode.isEmpty() || !m_verificationUri.isValid() ||
            uri.isEmpty() || expiresIn <= 0) {
            fail(State::Failed,
                 Error::make(Error::Kind::Parse,
                             tr("The identity provider's answer to the login request could not "
                                "be understood."),
                             redact(QString::fromUtf8(r->body.left(300)))));
            return;
        }
        addSecret(m_deviceCode);
        if (const int interval = o.value(QLatin1String("interval")).toInt(0); interval > 0)
            m_interval = interval;
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        log()->info("device code issued; expires in {} s, polling every {} s", expiresIn,
                    m_interval);
        setState(State::WaitingForApproval);
        Q_EMIT codeReceived(m_userCode, verificationUriComplete());
        m_tickTimer.start();
        m_pollTimer.start(m_interval * 1000);
    });
    job->start();
}

void DeviceFlowJob::poll()
{
    if (isFinished() || !m_client)
        return;
    if (secondsLeft() <= 0) {
        fail(State::Expired, Error::make(Error::Kind::Auth, stateText(State::Expired)));
        return;
    }
    ++m_polls;
    auto *job = m_client->createJob(
        oauthPost(m_options.configuration.tokenEndpoint,
                  {{QStringLiteral("grant_type"),
                    QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                   {QStringLiteral("device_code"), m_deviceCode},
                   {QStringLiteral("client_id"), m_options.clientId}}),
        this);
    job->setTreatHttpErrorsAsErrors(false);
    m_pending = job;
    connect(job, &HttpJob::finished, this, &DeviceFlowJob::onPollAnswer);
    job->start();
}

void DeviceFlowJob::onPollAnswer(const HttpResult &r)
{
    m_pending = nullptr;
    if (!r.ok() || r->status >= 500) {
        // A dropped connection is not the user's fault: try again at the next interval.
        if (++m_transientFailures > kMaxTransientFailures) {
            Error e = r.ok() ? Error::make(Error::kindForHttpStatus(r->status),
                                           Error::describeHttpStatus(r->status), {}, r->status)
                             : r.error();
            e.message =
                tr("Lost contact with the identity provider while waiting: %1").arg(e.message);
            fail(State::Failed, e);
            return;
        }
        m_pollTimer.start(m_interval * 1000);
        return;
    }
    m_transientFailures = 0;
    if (r->status == 200) {
        auto tokens = parseTokenResponse(r->body, QDateTime::currentDateTimeUtc());
        if (!tokens.ok()) {
            Error e = tokens.error();
            e.message = tr("The identity provider's answer could not be understood.");
            fail(State::Failed, e);
            return;
        }
        succeed(std::move(tokens).value());
        return;
    }
    const OAuthError oe = parseOAuthError(r->body);
    if (oe.error == QLatin1String("authorization_pending")) {
        m_pollTimer.start(m_interval * 1000);
        return;
    }
    if (oe.error == QLatin1String("slow_down")) {
        m_interval += kSlowDownStepSeconds;
        log()->info("slow_down: polling every {} s", m_interval);
        Q_EMIT statusChanged(m_state, secondsLeft());
        m_pollTimer.start(m_interval * 1000);
        return;
    }
    if (oe.error == QLatin1String("expired_token")) {
        fail(State::Expired,
             Error::make(Error::Kind::Auth, stateText(State::Expired), oe.description, r->status));
        return;
    }
    if (oe.error == QLatin1String("access_denied")) {
        fail(State::Denied,
             Error::make(Error::Kind::Auth, stateText(State::Denied), oe.description, r->status));
        return;
    }
    if (oe.error.isEmpty()) {
        fail(State::Failed,
             Error::make(Error::Kind::Parse,
                         tr("The identity provider's answer could not be understood (HTTP %1).")
                             .arg(r->status),
                         redact(QString::fromUtf8(r->body.left(300))), r->status));
        return;
    }
    const QString why = oe.description.isEmpty() ? oe.error : oe.description;
    fail(State::Failed,
         Error::make(Error::Kind::Auth, tr("The identity provider refused the login: %1").arg(why),
                     oe.error, r->status));
}

void DeviceFlowJob::onTick()
{
    if (isFinished())
        return;
    const int left = secondsLeft();
    Q_EMIT statusChanged(m_state, left);
    if (left <= 0 && !m_pending) {
        fail(State::Expired, Error::make(Error::Kind::Auth, stateText(State::Expired)));
    }
}

void DeviceFlowJob::setState(State state)
{
    m_state = state;
    Q_EMIT statusChanged(state, secondsLeft());
}

void DeviceFlowJob::fail(State state, Error error)
{
    if (isFinished())
        return;
    doCancel();
    m_error = error;
    if (state != State::Canceled)
        log()->warn("device login ended: {}", error.toLogString().toStdString());
    m_state = state;
    Q_EMIT statusChanged(state, secondsLeft());
    finishWith(error);
}

void DeviceFlowJob::succeed(TokenResponse tokens)
{
    if (isFinished())
        return;
    doCancel();
    log()->info("device login approved after {} polls", m_polls);
    m_state = State::Approved;
    Q_EMIT statusChanged(State::Approved, secondsLeft());
    finishWith(std::move(tokens));
}

} // namespace plancia
