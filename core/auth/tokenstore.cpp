#include "auth/tokenstore.h"

#include "log/logging.h"

#include <qt6keychain/keychain.h>

namespace plancia {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(plancia::TokenStore)
};

Error keychainError(const QKeychain::Job *job)
{
    QString message;
    // Without a session bus (no Secret Service), QtKeychain answers OtherError "Could not
    // connect": that is a missing keychain too, not a failing one.
    const bool noBus = job->error() == QKeychain::OtherError &&
                       job->errorString().contains(QLatin1String("connect"), Qt::CaseInsensitive);
    switch (noBus ? QKeychain::NoBackendAvailable : job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        message = Text::tr("No system keychain is available, so your login cannot be remembered: "
                           "you will have to log in again next time.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        message = Text::tr("Access to the system keychain was denied.");
        break;
    default:
        message = Text::tr("The system keychain failed: %1").arg(job->errorString());
        break;
    }
    return Error::make(
        Error::Kind::Keychain, message,
        QStringLiteral("QtKeychain error %1: %2").arg(int(job->error())).arg(job->errorString()));
}

template<typename J>
J *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new J(service, parent);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never a plain-text file in the home directory instead of the keychain.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : TokenStore(parent)
    , m_service(std::move(service))
{}

void KeychainTokenStore::read(const QString &key, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (rj->error() == QKeychain::EntryNotFound) {
            done(std::optional<QString>{});
            return;
        }
        if (rj->error() != QKeychain::NoError) {
            done(keychainError(rj));
            return;
        }
        done(std::optional<QString>(rj->textData()));
    });
    job->start();
}

void KeychainTokenStore::write(const QString &key, const QString &secret, WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(keychainError(j));
        else
            done(Ok{});
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &key, WriteDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(keychainError(j));
        else
            done(Ok{});
    });
    job->start();
}

void MemoryTokenStore::read(const QString &key, ReadDone done)
{
    std::optional<QString> value;
    if (auto it = m_values.constFind(key); it != m_values.constEnd())
        value = *it;
    QMetaObject::invokeMethod(
        this, [done = std::move(done), value] { done(value); }, Qt::QueuedConnection);
}

void MemoryTokenStore::write(const QString &key, const QString &secret, WriteDone done)
{
    m_values.insert(key, secret);
    ++m_writes;
    QMetaObject::invokeMethod(
        this, [done = std::move(done)] { done(Ok{}); }, Qt::QueuedConnection);
}

void MemoryTokenStore::remove(const QString &key, WriteDone done)
{
    m_values.remove(key);
    QMetaObject::invokeMethod(
        this, [done = std::move(done)] { done(Ok{}); }, Qt::QueuedConnection);
}

} // namespace plancia
