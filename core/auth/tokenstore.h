#pragma once

#include "net/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace plancia {

// Where the refresh token is persisted (and nothing else). Keys are `issuer|subject`.
// Operations are asynchronous; "not found" is an empty optional, not an error.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(const Result<std::optional<QString>> &)>;
    using WriteDone = std::function<void(const Status &)>;

    using QObject::QObject;

    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
    // False when the backend is known to be missing (e.g. no Secret Service on the bus).
    virtual bool isPersistent() const = 0;

    static QString keyFor(const QString &issuer, const QString &subject)
    {
        return issuer + QLatin1Char('|') + subject;
    }
};

// The system keychain through QtKeychain, insecure fallback off: a missing keychain is an error
// (Error::Kind::Keychain), never a plain-text file.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit KeychainTokenStore(QString service = QStringLiteral("plancia"),
                                QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};

// Keeps secrets in memory only: the fallback when no keychain exists, and for unit tests.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool isPersistent() const override { return false; }
    int writeCount() const { return m_writes; }
    bool contains(const QString &key) const { return m_values.contains(key); }

private:
    QHash<QString, QString> m_values;
    int m_writes = 0;
};

} // namespace plancia
