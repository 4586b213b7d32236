#include "trackingtokenstore.h"

#include <QPointer>

namespace plancia {

TrackingTokenStore::TrackingTokenStore(QObject *parent)
    : TokenStore(parent)
    , m_inner(new KeychainTokenStore(QStringLiteral("plancia"), this))
{}

void TrackingTokenStore::end()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void TrackingTokenStore::read(const QString &key, ReadDone done)
{
    begin();
    QPointer<TrackingTokenStore> self(this);
    m_inner->read(key, [self, done = std::move(done)](const Result<std::optional<QString>> &r) {
        done(r);
        if (self)
            self->end();
    });
}

void TrackingTokenStore::write(const QString &key, const QString &secret, WriteDone done)
{
    begin();
    QPointer<TrackingTokenStore> self(this);
    m_inner->write(key, secret, [self, done = std::move(done)](const Status &s) {
        done(s);
        if (self)
            self->end();
    });
}

void TrackingTokenStore::remove(const QString &key, WriteDone done)
{
    begin();
    QPointer<TrackingTokenStore> self(this);
    m_inner->remove(key, [self, done = std::move(done)](const Status &s) {
        done(s);
        if (self)
            self->end();
    });
}

} // namespace plancia
