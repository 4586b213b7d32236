#include "auth/session.h"

#include "auth/claims.h"
#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "log/logging.h"
#include "net/httpjob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSettings>

#include <algorithm>

namespace plancia {

namespace {

auto log()
{
    return logger("core.auth");
}

} // namespace

Session::Session(Profile profile, QObject *parent)
    : Session(std::move(profile), Options{}, parent)
{}

Session::Session(Profile profile, Options options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_http(new HttpClient(this))
    , m_tokens(new TokenManager(m_http, this))
    , m_store(m_options.store ? m_options.store
                              : new KeychainTokenStore(QStringLiteral("plancia"), this))
    , m_warningTimer(new QTimer(this))
{
    if (!m_profile.caFile.isEmpty()) {
        if (const Status s = m_http->addCaBundle(m_profile.caFile); !s.ok())
            log()->warn("{}", s.error().toLogString().toStdString());
    }
    m_tokens->setClockSkew(m_options.clockSkew);
    m_warningTimer->setSingleShot(true);
    connect(m_warningTimer, &QTimer::timeout, this, &Session::checkRefreshExpiry);

    connect(m_tokens, &TokenManager::tokensChanged, this, [this] {
        Q_EMIT credentialsChanged();
        checkRefreshExpiry();
    });
    connect(m_tokens, &TokenManager::refreshTokenRotated, this, &Session::persistRefreshToken);
    connect(m_tokens, &TokenManager::refreshFailed, this,
            [this](const plancia::Error &error, bool fatal) {
                // An unreachable oidc-agent (stopped, or its socket gone) is not fixed by
                // retrying: say so now, while the current token still works, instead of
                // failing page by page once it has expired.
                const bool agentUnreachable =
                    m_profile.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent &&
                    error.kind == Error::Kind::Unavailable;
                if ((!fatal && !agentUnreachable) || m_state != State::LoggedIn)
                    return;
                // The refresh token is dead: the user has to log in again, but nothing else is
                // dropped (open pages keep their data).
                fail(error);
            });
    if (m_profile.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent)
        installOidcAgentSource();
}

Session::~Session() = default;

QDateTime Session::accessTokenExpiry() const
{
    return m_tokens->accessExpiry();
}

QDateTime Session::refreshTokenExpiry() const
{
    if (m_tokens->refreshExpiry().isValid())
        return m_tokens->refreshExpiry();
    if (m_profile.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent || !m_user.isValid())
        return {};
    QSettings settings;
    const QDateTime login = settings.value(settingsKey("loginTime")).toDateTime();
    if (!login.isValid())
        return {};
    return login.addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(m_options.assumedRefreshLifetime).count());
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    log()->info("session state: {}", QMetaEnum::fromType<State>().valueToKey(int(state)));
    Q_EMIT stateChanged(state);
}

void Session::fail(const plancia::Error &error)
{
    m_lastError = error;
    log()->warn("session: {}", error.toLogString().toStdString());
    Q_EMIT errorOccurred(error);
    setState(State::Error);
}

QString Session::settingsKey(const char *name) const
{
    const QByteArray issuer = m_profile.iam.issuer.toString().toUtf8().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return m_options.settingsGroup + QLatin1Char('/') + QString::fromLatin1(issuer) +
           QLatin1Char('/') + QLatin1String(name);
}

QString Session::lastSubject() const
{
    QSettings settings;
    return settings.value(settingsKey("lastSubject")).toString();
}

void Session::setLastSubject(const QString &subject, const QDateTime &loginTime)
{
    QSettings settings;
    if (subject.isEmpty()) {
        settings.remove(settingsKey("lastSubject"));
        settings.remove(settingsKey("loginTime"));
    } else {
        settings.setValue(settingsKey("lastSubject"), subject);
        if (loginTime.isValid())
            settings.setValue(settingsKey("loginTime"), loginTime);
    }
}

QObject *Session::beginOperation()
{
    endOperations();
    m_operation = new QObject(this);
    return m_operation;
}

void Session::endOperations()
{
    // Its jobs are its children: deleting it aborts them, and callbacks bound to it are dropped.
    delete m_operation;
}

void Session::withConfiguration(std::function<void(const Result<OidcConfiguration> &)> done)
{
    QObject *scope = m_operation ? m_operation.data() : this;
    if (m_config.isValid()) {
        QMetaObject::invokeMethod(
            scope, [this, done = std::move(done)] { done(m_config); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new DiscoveryJob(m_http, m_profile.iam.issuer, scope);
    connect(job, &DiscoveryJob::finished, scope,
            [this, done = std::move(done)](const Result<OidcConfiguration> &r) {
                if (r.ok()) {
                    m_config = r.value();
                    m_tokens->setConfiguration(m_config, m_profile.iam.clientId);
                }
                done(r);
            });
    job->start();
}

DeviceFlowJob *Session::startDeviceLogin()
{
    if (m_login)
        m_login->cancel();
    QObject *scope = beginOperation();
    DeviceFlowJob::Options o;
    o.issuer = m_profile.iam.issuer;
    o.clientId = m_profile.iam.clientId;
    o.scopes = m_profile.iam.scopes;
    o.configuration = m_config;
    o.defaultIntervalSeconds = m_options.deviceFlowIntervalSeconds;
    // Parented to the Session, not to the scope: the dialog holds it and cancels it.
    auto *job = new DeviceFlowJob(m_http, o, this);
    m_login = job;
    connect(job, &DeviceFlowJob::finished, scope, [this, job](const Result<TokenResponse> &r) {
        if (!r.ok()) {
            m_lastError = r.error();
            if (r.error().kind != Error::Kind::Canceled)
                Q_EMIT errorOccurred(r.error());
            setState(m_tokens->hasTokens() ? State::LoggedIn : State::LoggedOut);
            return;
        }
        m_config = job->configuration();
        m_tokens->setConfiguration(m_config, m_profile.iam.clientId);
        setLastSubject({}, {});
        onLoginTokens(r.value(), true);
    });
    setState(State::LoggingIn);
    job->start();
    return job;
}

void Session::onLoginTokens(const TokenResponse &tokens, bool persist)
{
    m_tokens->setTokens(tokens);
    loginAs(tokens, persist, false,
            tr("The identity provider did not say who you are (no subject)."));
}

void Session::loginAs(const TokenResponse &tokens, bool persist, bool mustBeLastSubject,
                      const QString &refusal)
{
    fetchUser(tokens, [this, persist, mustBeLastSubject, refusal](UserInfo user) {
        if (!user.isValid() || (mustBeLastSubject && user.subject != lastSubject())) {
            failLogin(Error::make(Error::Kind::Auth, refusal));
            return;
        }
        finishLogin(std::move(user), persist);
    });
}

void Session::failLogin(const plancia::Error &error)
{
    m_tokens->clear();
    fail(error);
    finishRestore(false);
}

void Session::endRestore(const plancia::Error &error)
{
    m_lastError = error;
    Q_EMIT errorOccurred(error);
    setState(State::LoggedOut);
    finishRestore(false);
}

void Session::fetchUser(const TokenResponse &tokens, std::function<void(UserInfo)> done)
{
    // The ID token (or a JWT access token) already carries the claims; userinfo fills gaps.
    UserInfo user = userInfoFromClaims(jwtPayload(tokens.idToken), m_options.roleMapping);
    const UserInfo fromAccess =
        userInfoFromClaims(jwtPayload(tokens.accessToken), m_options.roleMapping);
    user = mergeUserInfo(user, fromAccess, m_options.roleMapping);
    const bool complete = user.isValid() && !user.username.isEmpty() && !user.groups.isEmpty();
    // Bound to the operation in flight: a logout or a new login drops the answer.
    QObject *scope = m_operation ? m_operation.data() : this;
    if (complete || m_config.userinfoEndpoint.isEmpty()) {
        QMetaObject::invokeMethod(
            scope, [done = std::move(done), user] { done(user); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest req = HttpRequest::get(m_config.userinfoEndpoint);
    req.authenticate = false;
    req.header(QByteArrayLiteral("Authorization"), "Bearer " + tokens.accessToken.toUtf8());
    auto *job = m_http->send(std::move(req), scope);
    connect(job, &HttpJob::finished, scope,
            [this, user, done = std::move(done)](const HttpResult &r) {
                if (!r.ok()) {
                    log()->warn("userinfo failed: {}", r.error().toLogString().toStdString());
                    done(user);
                    return;
                }
                const UserInfo more = userInfoFromClaims(QJsonDocument::fromJson(r->body).object(),
                                                         m_options.roleMapping);
                if (user.isValid() && more.isValid() && more.subject != user.subject) {
                    done(UserInfo{}); // a different user's answer: refuse
                    return;
                }
                done(mergeUserInfo(user, more, m_options.roleMapping));
            });
}

void Session::finishLogin(UserInfo user, bool persist)
{
    const bool changed = user.subject != m_user.subject || user.username != m_user.username ||
                         user.groups != m_user.groups;
    m_user = std::move(user);
    const bool freshLogin = lastSubject() != m_user.subject;
    setLastSubject(m_user.subject, freshLogin ? QDateTime::currentDateTimeUtc() : QDateTime{});
    if (persist)
        persistRefreshToken();
    m_lastError = {};
    m_warnedExpiry = false;
    QStringList roles;
    for (Role r : sortedRoles(m_user.roles))
        roles << roleName(r);
    log()->info("logged in as {} ({})", m_user.username.toStdString(),
                roles.join(QStringLiteral(", ")).toStdString());
    setState(State::LoggedIn);
    if (changed)
        Q_EMIT userChanged();
    Q_EMIT credentialsChanged();
    checkRefreshExpiry();
    finishRestore(true);
}

void Session::finishRestore(bool loggedIn)
{
    if (!m_restoring)
        return;
    m_restoring = false;
    Q_EMIT restoreFinished(loggedIn);
}

void Session::restore()
{
    if (m_state == State::LoggingIn || m_state == State::LoggedIn) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT restoreFinished(m_state == State::LoggedIn); },
            Qt::QueuedConnection);
        return;
    }
    m_restoring = true;
    beginOperation();
    if (m_profile.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent) {
        loginWithOidcAgent();
        return;
    }
    if (lastSubject().isEmpty()) {
        QMetaObject::invokeMethod(
            m_operation, [this] { finishRestore(false); }, Qt::QueuedConnection);
        return;
    }
    restoreFromKeychain();
}

void Session::logout()
{
    endOperations();
    if (m_login)
        m_login->cancel();
    const QString subject = m_user.isValid() ? m_user.subject : lastSubject();
    Q_EMIT loggingOut();
    m_warningTimer->stop();
    auto pending = std::make_shared<int>(2);
    QPointer<Session> self(this);
    auto step = [self, pending] {
        if (--*pending == 0 && self)
            Q_EMIT self->logoutFinished();
    };
    m_tokens->revokeAndClear([self, step](const Status &s) {
        if (self && !s.ok()) {
            Error e = s.error();
            e.message = tr("Logged out, but the identity provider could not be told to revoke "
                           "the login: %1")
                            .arg(e.message);
            Q_EMIT self->errorOccurred(e);
        }
        step();
    });
    if (!subject.isEmpty() && m_profile.iam.tokenSource != Profile::Iam::TokenSource::OidcAgent) {
        m_store->remove(TokenStore::keyFor(m_profile.iam.issuer.toString(), subject),
                        [self, step](const Status &s) {
                            if (self && !s.ok())
                                self->noteKeychainError(s.error());
                            step();
                        });
    } else {
        QMetaObject::invokeMethod(this, step, Qt::QueuedConnection);
    }
    setLastSubject({}, {});
    const bool hadUser = m_user.isValid();
    m_user = {};
    m_lastError = {};
    setState(State::LoggedOut);
    if (hadUser)
        Q_EMIT userChanged();
    Q_EMIT credentialsChanged();
}

void Session::checkRefreshExpiry()
{
    m_warningTimer->stop();
    if (m_state != State::LoggedIn)
        return;
    const QDateTime expiry = refreshTokenExpiry();
    if (!expiry.isValid())
        return;
    const QDateTime warnAt = expiry.addSecs(
        -std::chrono::duration_cast<std::chrono::seconds>(m_options.refreshWarningLead).count());
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(warnAt);
    if (wait <= 0) {
        if (!m_warnedExpiry) {
            m_warnedExpiry = true;
            Q_EMIT refreshExpiryWarning(expiry);
        }
        return;
    }
    // QTimer takes an int: look again at most daily.
    m_warningTimer->start(std::chrono::milliseconds(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

} // namespace plancia
