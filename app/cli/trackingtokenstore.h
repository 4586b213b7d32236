#pragma once

#include "auth/tokenstore.h"

namespace plancia {

// The system keychain (the desktop app's entry: service "plancia", key issuer|subject) with a
// count of the operations still running. A short-lived process must not exit while the rotated
// refresh token is still on its way to the keychain: the old one is already spent at the IAM.
class TrackingTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit TrackingTokenStore(QObject *parent = nullptr);

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool isPersistent() const override { return m_inner->isPersistent(); }

    int pending() const { return m_pending; }

Q_SIGNALS:
    // pending() dropped to 0.
    void idle();

private:
    void begin() { ++m_pending; }
    void end();

    TokenStore *m_inner;
    int m_pending = 0;
};

} // namespace plancia
