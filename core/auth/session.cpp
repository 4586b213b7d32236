#include "auth/session.h"

#include "auth/claims.h"
#include "auth/oidcagentjob.h"
#include "auth/servicecredentials.h"
#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "log/logging.h"
#include "log/redact.h"
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
    , m_services(new ServiceCredentials(m_http, m_tokens, this))
    , m_warningTimer(new QTimer(this))
{
    if (!m_profile.caFile.isEmpty()) {
        if (const Status s = m_http->addCaBundle(m_profile.caFile); !s.ok())
            log()->warn("{}", s.error().toLogString().toStdString());
    }
    m_tokens->setClockSkew(m_options.clockSkew);
    m_services->setProfile(m_profile);
    m_services->setHubTokenLifetime(m_options.hubTokenLifetime);
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
                    error.kind == Error::Kind::Config;
                if ((!fatal && !agentUnreachable) || m_state != State::LoggedIn)
                    return;
                // The refresh token is dead: the user has to log in again, but nothing else is
                // dropped (open pages keep their data).
                fail(error);
            });
    connect(m_services, &ServiceCredentials::changed, this, &Session::credentialsChanged);

    if (m_profile.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent) {
        m_tokens->setExternalSource(
            [this](QObject *context, std::function<void(const Result<TokenResponse> &)> done) {
                auto *job = new OidcAgentJob(m_profile.iam.oidcAgentAccount,
                                             m_options.oidcAgentTimeout, context);
                if (!m_options.oidcTokenProgram.isEmpty())
                    job->setProgram(m_options.oidcTokenProgram);
                connect(job, &OidcAgentJob::finished, context, std::move(done));
                job->start();
            });
    }
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

void Session::withConfiguration(std::function<void(const Result<OidcConfiguration> &)> done)
{
    if (m_config.isValid()) {
        done(m_config);
        return;
    }
    auto *job = new DiscoveryJob(m_http, m_profile.iam.issuer, this);
    connect(job, &DiscoveryJob::finished, this,
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
    ++m_generation;
    DeviceFlowJob::Options o;
    o.issuer = m_profile.iam.issuer;
    o.clientId = m_profile.iam.clientId;
    o.scopes = m_profile.iam.scopes;
    o.configuration = m_config;
    o.defaultIntervalSeconds = m_options.deviceFlowIntervalSeconds;
    auto *job = new DeviceFlowJob(m_http, o, this);
    m_login = job;
    const quint64 generation = m_generation;
    connect(job, &DeviceFlowJob::finished, this,
            [this, job, generation](const Result<TokenResponse> &r) {
                if (generation != m_generation)
                    return;
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
    const quint64 generation = m_generation;
    fetchUser(tokens, [this, persist, generation](UserInfo user) {
        if (generation != m_generation)
            return;
        if (!user.isValid()) {
            m_tokens->clear();
            fail(Error::make(Error::Kind::Auth,
                             tr("The identity provider did not say who you are (no subject).")));
            finishRestore(false);
            return;
        }
        finishLogin(std::move(user), persist);
    });
}

void Session::fetchUser(const TokenResponse &tokens, std::function<void(UserInfo)> done)
{
    // The ID token (or a JWT access token) already carries the claims; userinfo fills gaps.
    UserInfo user = userInfoFromClaims(jwtPayload(tokens.idToken), m_options.roleMapping);
    const UserInfo fromAccess =
        userInfoFromClaims(jwtPayload(tokens.accessToken), m_options.roleMapping);
    user = mergeUserInfo(user, fromAccess, m_options.roleMapping);
    const bool complete = user.isValid() && !user.username.isEmpty() && !user.groups.isEmpty();
    if (complete || m_config.userinfoEndpoint.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), user] { done(user); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest req = HttpRequest::get(m_config.userinfoEndpoint);
    req.authenticate = false;
    req.header(QByteArrayLiteral("Authorization"), "Bearer " + tokens.accessToken.toUtf8());
    auto *job = m_http->send(std::move(req), this);
    connect(job, &HttpJob::finished, this,
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
    m_services->setUsername(m_user.username);
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

void Session::noteKeychainError(const plancia::Error &error)
{
    m_keychainAvailable = false;
    log()->warn("{}", error.toLogString().toStdString());
    if (!m_keychainWarned) {
        m_keychainWarned = true;
        Q_EMIT keychainUnavailable(error.message);
    }
}

void Session::persistRefreshToken()
{
    const QString refresh = m_tokens->refreshToken();
    if (refresh.isEmpty() || !m_user.isValid() || !m_keychainAvailable ||
        m_profile.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent)
        return;
    const QString key = TokenStore::keyFor(m_profile.iam.issuer.toString(), m_user.subject);
    QPointer<Session> self(this);
    m_store->write(key, refresh, [self](const Status &s) {
        if (!self)
            return;
        if (!s.ok())
            self->noteKeychainError(s.error());
    });
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
    if (m_profile.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent) {
        loginWithOidcAgent();
        return;
    }
    if (lastSubject().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finishRestore(false); }, Qt::QueuedConnection);
        return;
    }
    restoreFromKeychain();
}

void Session::restoreFromKeychain()
{
    const QString subject = lastSubject();
    const QString key = TokenStore::keyFor(m_profile.iam.issuer.toString(), subject);
    const quint64 generation = ++m_generation;
    setState(State::LoggingIn);
    QPointer<Session> self(this);
    m_store->read(key, [self, key, generation](const Result<std::optional<QString>> &r) {
        if (!self || generation != self->m_generation)
            return;
        if (!r.ok()) {
            self->noteKeychainError(r.error());
            self->setState(State::LoggedOut);
            self->finishRestore(false);
            return;
        }
        if (!r.value()) {
            log()->info("no stored login for this profile");
            self->setState(State::LoggedOut);
            self->finishRestore(false);
            return;
        }
        addSecret(*r.value());
        const QString refresh = *r.value();
        self->withConfiguration([self, refresh, key,
                                 generation](const Result<OidcConfiguration> &c) {
            if (!self || generation != self->m_generation)
                return;
            if (!c.ok()) {
                self->fail(c.error());
                self->finishRestore(false);
                return;
            }
            self->m_tokens->restoreFromRefreshToken(refresh);
            self->m_tokens->accessToken(
                self, false, [self, key, generation](const Result<QString> &t) {
                    if (!self || generation != self->m_generation)
                        return;
                    if (!t.ok()) {
                        if (t.error().kind == Error::Kind::Unauthorized) {
                            // The stored token is dead (expired or revoked): forget it.
                            self->m_store->remove(key, [](const Status &) {});
                            self->setLastSubject({}, {});
                            self->m_lastError = t.error();
                            Q_EMIT self->errorOccurred(t.error());
                            self->setState(State::LoggedOut);
                        } else {
                            // Offline or the IAM is down: keep the stored login for the next
                            // restore() and stop retrying in the background.
                            self->m_tokens->clear();
                            self->m_lastError = t.error();
                            Q_EMIT self->errorOccurred(t.error());
                            self->setState(State::LoggedOut);
                        }
                        self->finishRestore(false);
                        return;
                    }
                    TokenResponse current;
                    current.accessToken = t.value();
                    current.idToken = self->m_tokens->idToken();
                    self->fetchUser(current, [self, generation](UserInfo user) {
                        if (!self || generation != self->m_generation)
                            return;
                        if (!user.isValid() || user.subject != self->lastSubject()) {
                            self->m_tokens->clear();
                            self->fail(Error::make(Error::Kind::Auth,
                                                   tr("The stored login belongs to someone else; "
                                                      "please log in again.")));
                            self->finishRestore(false);
                            return;
                        }
                        self->finishLogin(std::move(user), true);
                    });
                });
        });
    });
}

void Session::loginWithOidcAgent()
{
    const quint64 generation = ++m_generation;
    setState(State::LoggingIn);
    if (!m_tokens->hasTokens() &&
        m_profile.iam.tokenSource != Profile::Iam::TokenSource::OidcAgent) {
        // A device-flow profile asked for the agent explicitly: use it for this session.
        m_profile.iam.tokenSource = Profile::Iam::TokenSource::OidcAgent;
    }
    m_tokens->clear();
    m_tokens->setExternalSource([this](QObject *context,
                                       std::function<void(const Result<TokenResponse> &)> done) {
        auto *job =
            new OidcAgentJob(m_profile.iam.oidcAgentAccount, m_options.oidcAgentTimeout, context);
        if (!m_options.oidcTokenProgram.isEmpty())
            job->setProgram(m_options.oidcTokenProgram);
        connect(job, &OidcAgentJob::finished, context, std::move(done));
        job->start();
    });
    QPointer<Session> self(this);
    withConfiguration([self, generation](const Result<OidcConfiguration> &c) {
        if (!self || generation != self->m_generation)
            return;
        if (!c.ok()) // userinfo will be missing; the JWT's claims may be enough
            log()->warn("discovery failed: {}", c.error().toLogString().toStdString());
        self->m_tokens->accessToken(self, true, [self, generation](const Result<QString> &t) {
            if (!self || generation != self->m_generation)
                return;
            if (!t.ok()) {
                self->m_lastError = t.error();
                Q_EMIT self->errorOccurred(t.error());
                self->setState(State::LoggedOut);
                self->finishRestore(false);
                return;
            }
            TokenResponse current;
            current.accessToken = t.value();
            self->fetchUser(current, [self, generation](UserInfo user) {
                if (!self || generation != self->m_generation)
                    return;
                if (!user.isValid()) {
                    self->m_tokens->clear();
                    self->fail(Error::make(Error::Kind::Auth,
                                           tr("oidc-agent's token does not say who you are.")));
                    self->finishRestore(false);
                    return;
                }
                self->finishLogin(std::move(user), false);
            });
        });
    });
}

void Session::logout()
{
    ++m_generation;
    if (m_login)
        m_login->cancel();
    const QString subject = m_user.isValid() ? m_user.subject : lastSubject();
    m_services->clear(true);
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

Authorizer Session::kubernetesAuthorizer()
{
    QPointer<Session> self(this);
    return
        [self](bool force, QObject *context, std::function<void(const Result<QByteArray> &)> done) {
            if (!self) {
                done(Error::make(Error::Kind::Canceled, tr("The session is gone.")));
                return;
            }
            self->accessToken(context, force, [done](const Result<QString> &t) {
                if (!t.ok())
                    done(t.error());
                else
                    done(QByteArray("Bearer " + t.value().toUtf8()));
            });
        };
}

Authorizer Session::prometheusAuthorizer()
{
    if (!m_profile.prometheus.useBearer)
        return {};
    return kubernetesAuthorizer();
}

Authorizer Session::hubAuthorizer()
{
    QPointer<Session> self(this);
    return
        [self](bool force, QObject *context, std::function<void(const Result<QByteArray> &)> done) {
            if (!self) {
                done(Error::make(Error::Kind::Canceled, tr("The session is gone.")));
                return;
            }
            if (self->m_state != State::LoggedIn && !self->m_tokens->hasTokens()) {
                done(Error::make(Error::Kind::Unauthorized, tr("You are not logged in.")));
                return;
            }
            self->m_services->hubToken(context, force, [done](const Result<QString> &t) {
                if (!t.ok())
                    done(t.error());
                else
                    done(QByteArray("token " + t.value().toUtf8()));
            });
        };
}

void Session::configureHubClient(HttpClient *client)
{
    client->setAuthorizer(hubAuthorizer());
    client->setForbiddenMeansStaleCredentials(true);
}

void Session::invalidateHubToken()
{
    m_services->hubToken(this, true, [](const Result<QString> &) {});
}

void Session::s3Credentials(QObject *context, bool forceRefresh,
                            std::function<void(const Result<AwsCredentials> &)> done)
{
    if (m_state != State::LoggedIn && !m_tokens->hasTokens()) {
        done(Error::make(Error::Kind::Unauthorized, tr("You are not logged in.")));
        return;
    }
    m_services->stsCredentials(context, forceRefresh, std::move(done));
}

void Session::accessToken(QObject *context, bool forceRefresh,
                          std::function<void(const Result<QString> &)> done)
{
    if (!m_tokens->hasTokens() && !m_tokens->isRefreshing()) {
        done(Error::make(Error::Kind::Unauthorized, tr("You are not logged in.")));
        return;
    }
    m_tokens->accessToken(context, forceRefresh, std::move(done));
}

} // namespace plancia
