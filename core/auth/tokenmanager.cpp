#include "auth/tokenmanager.h"

#include "auth/oauth.h"
#include "log/logging.h"
#include "log/redact.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <algorithm>

namespace plancia {

using namespace std::chrono_literals;

namespace {

auto log()
{
    return logger("core.auth");
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(plancia::TokenManager)
};

} // namespace

TokenManager::TokenManager(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TokenManager::refresh);
}

TokenManager::~TokenManager() = default;

void TokenManager::setConfiguration(const OidcConfiguration &config, const QString &clientId)
{
    m_config = config;
    m_clientId = clientId;
}

std::chrono::milliseconds TokenManager::refreshDelay(std::chrono::milliseconds lifetime,
                                                     std::chrono::seconds skew)
{
    // 75% of the lifetime or a minute (plus skew) before expiry, whichever is earlier; never
    // before half of the lifetime (short-lived tokens) and never in less than a second.
    return renewalDelay(lifetime, skew);
}

QDateTime TokenManager::nextRefreshAt() const
{
    return m_timer.isActive() ? m_nextRefresh : QDateTime{};
}

void TokenManager::cancelRefresh()
{
    // The refresh's request (or oidc-agent job) lives in the scope: deleting it aborts the
    // request silently, so no stale answer can land after a clear() or a new login.
    delete m_refreshScope;
    m_refreshing = false;
}

void TokenManager::setTokens(const TokenResponse &tokens)
{
    cancelRefresh();
    const QDateTime previousRefreshExpiry = m_tokens.refreshExpiry;
    const QString previousRefresh = m_tokens.refreshToken;
    m_tokens = tokens;
    if (m_tokens.refreshToken.isEmpty())
        m_tokens.refreshToken = previousRefresh;
    if (!m_tokens.refreshExpiry.isValid())
        m_tokens.refreshExpiry = previousRefreshExpiry;
    m_obtainedAt = QDateTime::currentDateTimeUtc();
    m_failures = 0;
    for (const QString &s : {m_tokens.accessToken, m_tokens.refreshToken, m_tokens.idToken})
        addSecret(s);
    schedule();
}

void TokenManager::restoreFromRefreshToken(const QString &refreshToken)
{
    clear();
    addSecret(refreshToken);
    m_tokens.refreshToken = refreshToken;
    refresh();
}

void TokenManager::clear()
{
    cancelRefresh();
    m_timer.stop();
    m_tokens = {};
    m_usedRefreshToken.clear();
    m_obtainedAt = {};
    m_lastRefreshDone = {};
    const Error e = Error::make(Error::Kind::Unauthorized, Text::tr("You are not logged in."));
    settle(e);
}

void TokenManager::schedule()
{
    m_timer.stop();
    if (!m_tokens.accessExpiry.isValid() || !m_obtainedAt.isValid())
        return;
    const auto lifetime = std::chrono::milliseconds(m_obtainedAt.msecsTo(m_tokens.accessExpiry));
    const auto delay = refreshDelay(lifetime, m_skew);
    m_nextRefresh = m_obtainedAt.addMSecs(delay.count());
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_nextRefresh));
    m_timer.start(std::chrono::milliseconds(wait));
    log()->debug("access token valid until {}; refresh in {} ms",
                 m_tokens.accessExpiry.toString(Qt::ISODate).toStdString(), wait);
}

QString TokenManager::currentAccessToken() const
{
    if (m_tokens.accessToken.isEmpty() || !m_tokens.accessExpiry.isValid())
        return {};
    // A token within the skew margin of its expiry may be refused on arrival: treat it as
    // expired. The margin shrinks for short-lived tokens so that they stay usable.
    const qint64 lifetime = m_obtainedAt.isValid() ? m_obtainedAt.secsTo(m_tokens.accessExpiry) : 0;
    const qint64 margin = std::min<qint64>(m_skew.count(), std::max<qint64>(1, lifetime / 5));
    if (QDateTime::currentDateTimeUtc().addSecs(margin) >= m_tokens.accessExpiry)
        return {};
    return m_tokens.accessToken;
}

void TokenManager::accessToken(QObject *context, bool forceRefresh, TokenCallback done)
{
    const QString token = currentAccessToken();
    // After a 401, a token that a refresh produced in the last two seconds is already the
    // answer to that 401 (several requests fail together): do not burn another refresh on it.
    const bool justRefreshed = m_lastRefreshDone.isValid() &&
                               m_lastRefreshDone.msecsTo(QDateTime::currentDateTimeUtc()) < 2000;
    if (!token.isEmpty() && !m_refreshing && (!forceRefresh || justRefreshed)) {
        // Asynchronously, as when a refresh is needed: callers see one behaviour.
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, token, done = std::move(done)] {
                if (!hasContext || guard)
                    done(token);
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.append(Waiter{context, context != nullptr, std::move(done)});
    refresh();
}

void TokenManager::refresh()
{
    if (m_refreshing)
        return;
    m_timer.stop();
    if (m_external) {
        m_refreshing = true;
        ++m_refreshCount;
        m_refreshScope = new QObject(this);
        m_external(m_refreshScope, [this](const Result<TokenResponse> &r) { finishRefresh(r); });
        return;
    }
    if (m_tokens.refreshToken.isEmpty()) {
        settle(Error::make(Error::Kind::Unauthorized,
                           Text::tr("Your login has expired. Please log in again.")));
        Q_EMIT refreshFailed(Error::make(Error::Kind::Unauthorized,
                                         Text::tr("Your login has expired. Please log in again.")),
                             true);
        return;
    }
    if (!m_client || !m_config.isValid()) {
        settle(
            Error::make(Error::Kind::Config, Text::tr("The identity provider is not known yet.")));
        return;
    }
    if (m_tokens.refreshToken == m_usedRefreshToken) {
        // A rotated refresh token must never be replayed: the server would revoke the grant.
        const Error e = Error::make(Error::Kind::Internal,
                                    Text::tr("Your login cannot be renewed. Please log in again."),
                                    QStringLiteral("refusing to reuse a spent refresh token"));
        settle(e);
        Q_EMIT refreshFailed(e, true);
        return;
    }
    m_refreshing = true;
    ++m_refreshCount;
    const QString spent = m_tokens.refreshToken;
    m_usedRefreshToken = spent;
    log()->info("refreshing the access token");
    m_refreshScope = new QObject(this);
    auto *job = m_client->createJob(
        oauthPost(m_config.tokenEndpoint,
                  {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("refresh_token"), spent},
                   {QStringLiteral("client_id"), m_clientId}}),
        m_refreshScope);
    job->setTreatHttpErrorsAsErrors(false);
    connect(job, &HttpJob::finished, m_refreshScope, [this](const HttpResult &r) {
        if (!r.ok() || r->status >= 500) {
            // Whether the server spent the token is unknown; trying it once more is the only
            // way to keep the login, and a server that rotated will answer invalid_grant.
            m_usedRefreshToken.clear();
            Error e = r.ok() ? Error::make(Error::kindForHttpStatus(r->status),
                                           Error::describeHttpStatus(r->status), {}, r->status)
                             : r.error();
            e.message = Text::tr("Cannot renew your login: %1").arg(e.message);
            finishRefresh(e);
            return;
        }
        if (r->status != 200) {
            const OAuthError oe = parseOAuthError(r->body);
            Error e = Error::make(Error::Kind::Unauthorized,
                                  Text::tr("Your login has expired or was revoked. Please log in "
                                           "again."),
                                  oe.error + QLatin1Char(' ') + oe.description, r->status);
            finishRefresh(e);
            return;
        }
        auto parsed = parseTokenResponse(r->body, QDateTime::currentDateTimeUtc());
        if (parsed.ok() && parsed->refreshToken.isEmpty())
            m_usedRefreshToken.clear(); // the server does not rotate: the token stays valid
        finishRefresh(parsed);
    });
    job->start();
}

void TokenManager::finishRefresh(const Result<TokenResponse> &result)
{
    // Called from within the scope's request: let it go after this, not during.
    if (m_refreshScope)
        m_refreshScope->deleteLater();
    m_refreshScope = nullptr;
    m_refreshing = false;
    if (!result.ok()) {
        const Error &e = result.error();
        const bool fatal = e.kind == Error::Kind::Unauthorized || e.kind == Error::Kind::Auth;
        ++m_failures;
        log()->warn("token refresh failed ({}): {}", fatal ? "fatal" : "will retry",
                    e.toLogString().toStdString());
        settle(e);
        if (!fatal) {
            // Retry soon, sooner than the token's end if possible.
            const int delay = std::min(30, 2 << std::min(m_failures, 4));
            m_nextRefresh = QDateTime::currentDateTimeUtc().addSecs(delay);
            m_timer.start(std::chrono::seconds(delay));
        }
        Q_EMIT refreshFailed(e, fatal);
        return;
    }
    const bool rotated =
        !result->refreshToken.isEmpty() && result->refreshToken != m_tokens.refreshToken;
    setTokens(result.value());
    m_lastRefreshDone = QDateTime::currentDateTimeUtc();
    log()->info("renewed the access token{}; valid until {}",
                rotated ? " and rotated the refresh token" : "",
                m_tokens.accessExpiry.toString(Qt::ISODate).toStdString());
    if (rotated)
        Q_EMIT refreshTokenRotated();
    Q_EMIT tokensChanged();
    settle(m_tokens.accessToken);
}

void TokenManager::settle(const Result<QString> &result)
{
    // Delivered from the event loop, never from inside accessToken() or clear(): a caller's
    // callback never runs before the call that asked for it has returned.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (waiters.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this,
        [waiters, result] {
            for (const Waiter &w : waiters) {
                if (w.hasContext && !w.context)
                    continue;
                w.done(result);
            }
        },
        Qt::QueuedConnection);
}

void TokenManager::revokeAndClear(std::function<void(const Status &)> done)
{
    const QString refresh = m_tokens.refreshToken;
    const QString access = m_tokens.accessToken;
    const QUrl endpoint = m_config.revocationEndpoint;
    const QString clientId = m_clientId;
    clear();
    if (endpoint.isEmpty() || !m_client || m_external) {
        QMetaObject::invokeMethod(
            this, [done] { done(Ok{}); }, Qt::QueuedConnection);
        return;
    }
    struct Pending
    {
        int left = 0;
        Status status = Ok{};
        std::function<void(const Status &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    const QList<QPair<QString, QString>> tokens = {{refresh, QStringLiteral("refresh_token")},
                                                   {access, QStringLiteral("access_token")}};
    for (const auto &[token, hint] : tokens) {
        if (token.isEmpty())
            continue;
        ++pending->left;
        auto *job = m_client->send(oauthPost(endpoint, {{QStringLiteral("token"), token},
                                                        {QStringLiteral("token_type_hint"), hint},
                                                        {QStringLiteral("client_id"), clientId}}),
                                   this);
        connect(job, &HttpJob::finished, this, [pending, hint](const HttpResult &r) {
            if (!r.ok()) {
                log()->warn("revoking the {} failed: {}", hint.toStdString(),
                            r.error().toLogString().toStdString());
                pending->status = r.error();
            } else {
                log()->info("{} revoked", hint.toStdString());
            }
            if (--pending->left == 0)
                pending->done(pending->status);
        });
    }
    if (pending->left == 0)
        QMetaObject::invokeMethod(
            this, [pending] { pending->done(Ok{}); }, Qt::QueuedConnection);
}

} // namespace plancia
