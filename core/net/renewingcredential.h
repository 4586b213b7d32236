#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>

#include <chrono>
#include <functional>
#include <optional>

namespace plancia {

// When to renew a credential that lasts `lifetime`: at 75% of it or a minute (plus `skew`)
// before its end, whichever is earlier; never before half of it (short-lived credentials) and
// never in less than a second.
inline std::chrono::milliseconds renewalDelay(std::chrono::milliseconds lifetime,
                                              std::chrono::seconds skew = {})
{
    using namespace std::chrono_literals;
    const auto threeQuarters = lifetime * 3 / 4;
    const auto beforeExpiry =
        lifetime - 60000ms - std::chrono::duration_cast<std::chrono::milliseconds>(skew);
    auto delay = std::min(threeQuarters, beforeExpiry);
    delay = std::max(delay, lifetime / 2);
    return std::max<std::chrono::milliseconds>(delay, 1000ms);
}

// A credential derived from another one (a hub API token, STS credentials), held in memory,
// renewed before it expires and on demand after a refusal. Concurrent requests while a renewal
// runs wait for that one renewal. Every answer is delivered asynchronously, also a cached one.
//
// The owner supplies `renew`: it starts the renewal and reports through settle(). A renewal the
// owner abandons (clear()) is cut off by deleting its scope object: anything parented to
// renewalScope() (jobs, callbacks' contexts) goes with it, so no stale answer can land.
template<typename T>
class RenewingCredential
{
public:
    using Done = std::function<void(const Result<T> &)>;

    RenewingCredential(QObject *owner, std::function<void()> renew)
        : m_owner(owner)
        , m_renew(std::move(renew))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, owner, [this] { startRenewal(); });
    }
    ~RenewingCredential() { delete m_scope; }

    // A forced renewal (after a refusal) of a credential younger than this is ignored: the
    // refusal was about the request (a missing scope, say), not about the credential.
    void setForceWindow(std::chrono::milliseconds window) { m_forceWindow = window; }

    void get(QObject *context, bool force, Done done)
    {
        const bool justRenewed =
            m_obtained.isValid() &&
            m_obtained.msecsTo(QDateTime::currentDateTimeUtc()) < m_forceWindow.count();
        if (!m_scope && fresh() && (!force || justRenewed)) {
            deliver(context, std::move(done), *m_value);
            return;
        }
        m_waiters.append({context, context != nullptr, std::move(done)});
        if (!m_scope)
            startRenewal();
    }

    // The renewal in progress; parent its jobs to this. Null when none runs.
    QObject *renewalScope() const { return m_scope; }
    bool isRenewing() const { return m_scope != nullptr; }

    // Ends the renewal in progress with `result`. `expiry` may be invalid (never expires).
    void settle(const Result<T> &result, const QDateTime &expiry = {})
    {
        if (m_scope) {
            m_scope->deleteLater();
            m_scope = nullptr;
        }
        if (result.ok()) {
            m_value = result.value();
            m_obtained = QDateTime::currentDateTimeUtc();
            m_expiry = expiry;
            ++m_renewals;
            if (m_expiry.isValid())
                m_timer.start(
                    renewalDelay(std::chrono::milliseconds(m_obtained.msecsTo(m_expiry))));
        } else if (fresh()) {
            // Keep the still-valid credential; try again a little later.
            m_timer.start(std::chrono::seconds(5));
        }
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &w : waiters) {
            if (w.hasContext && !w.context)
                continue;
            w.done(result);
        }
    }

    // Forgets the credential; waiters get `why`; a renewal in progress is abandoned.
    void clear(const Error &why)
    {
        m_timer.stop();
        delete m_scope;
        m_scope = nullptr;
        m_value.reset();
        m_expiry = {};
        m_obtained = {};
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &w : waiters) {
            if (!w.hasContext || w.context)
                deliver(w.context ? w.context.data() : nullptr, w.done, why);
        }
    }

    const std::optional<T> &value() const { return m_value; }
    QDateTime expiry() const { return m_expiry; }
    int renewals() const { return m_renewals; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };

    bool fresh() const
    {
        if (!m_value)
            return false;
        if (!m_expiry.isValid())
            return true;
        const qint64 lifetime = m_obtained.secsTo(m_expiry);
        const qint64 margin = std::min<qint64>(30, std::max<qint64>(1, lifetime / 5));
        return QDateTime::currentDateTimeUtc().addSecs(margin) < m_expiry;
    }

    void startRenewal()
    {
        if (m_scope)
            return;
        m_timer.stop();
        m_scope = new QObject(m_owner);
        m_renew();
    }

    void deliver(QObject *context, Done done, Result<T> value)
    {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
            m_owner,
            [guard, hasContext, done = std::move(done), value = std::move(value)] {
                if (hasContext && !guard)
                    return;
                done(value);
            },
            Qt::QueuedConnection);
    }

    QObject *m_owner;
    std::function<void()> m_renew;
    QPointer<QObject> m_scope;
    std::optional<T> m_value;
    QDateTime m_obtained;
    QDateTime m_expiry;
    QList<Waiter> m_waiters;
    QTimer m_timer;
    std::chrono::milliseconds m_forceWindow{1000};
    int m_renewals = 0;
};

} // namespace plancia
