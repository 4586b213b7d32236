#pragma once

// Helpers for the transfer engine's tests against the sandbox's S3: its endpoint, CA and static
// credentials (the S3 admin keys `sandbox up` writes), a bucket of one's own, files with known
// content, and waiting for a transfer to end.
#include "net/httpclient.h"
#include "net/httpjob.h"
#include "storage/s3authorizer.h"
#include "storage/transferengine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace plancia::test {

struct S3Sandbox
{
    s3::Endpoint endpoint;
    QString caFile;
    AwsCredentials credentials;
    QString runDir;
    bool ok = false;

    static S3Sandbox load()
    {
        S3Sandbox s;
        s.runDir = qEnvironmentVariable("PLANCIA_SANDBOX_RUN_DIR");
        QFile f(QDir(s.runDir).filePath(QStringLiteral("state.json")));
        if (!f.open(QIODevice::ReadOnly))
            return s;
        const QJsonObject state = QJsonDocument::fromJson(f.readAll()).object();
        s.endpoint.url = QUrl(state.value(QStringLiteral("s3Endpoint")).toString());
        s.caFile = state.value(QStringLiteral("caFile")).toString();
        QFile c(state.value(QStringLiteral("s3AdminCredentials")).toString());
        if (!c.open(QIODevice::ReadOnly))
            return s;
        const QJsonObject creds = QJsonDocument::fromJson(c.readAll()).object();
        s.credentials.accessKeyId = creds.value(QStringLiteral("AccessKeyId")).toString();
        s.credentials.secretAccessKey = creds.value(QStringLiteral("SecretAccessKey")).toString();
        s.ok = s.endpoint.url.isValid() && s.credentials.isValid();
        return s;
    }

    CredentialsSource source() const
    {
        const AwsCredentials c = credentials;
        return [c](bool, QObject *context, std::function<void(Result<AwsCredentials>)> done) {
            QMetaObject::invokeMethod(
                context, [c, done] { done(c); }, Qt::QueuedConnection);
        };
    }

    // One signed S3 call outside the engine (bucket creation, checks); returns the status.
    int call(const QByteArray &method, const QString &path, QByteArray body = {}) const
    {
        HttpClient client;
        (void)client.addCaBundle(caFile);
        client.setAuthorizer(sigV4Authorizer(source(), sigv4::Scope{}));
        HttpRequest req;
        req.method = method;
        req.url = QUrl(endpoint.url.toString() + path);
        req.body = std::move(body);
        auto *job = client.createJob(req, &client);
        job->setTreatHttpErrorsAsErrors(false);
        int status = 0;
        bool done = false;
        QObject::connect(job, &HttpJob::finished, [&](const HttpResult &r) {
            status = r.ok() ? r->status : -1;
            done = true;
        });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            return -2;
        return status;
    }

    // Environment for aws-cli and rclone against this S3 (their own CA options are set by
    // the caller: AWS_CA_BUNDLE breaks rclone 1.60).
    QProcessEnvironment toolEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), credentials.accessKeyId);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), credentials.secretAccessKey);
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), endpoint.region);
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), caFile);
        return env;
    }
};

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// A file of `size` pseudo-random bytes (seeded), written in 1 MiB blocks.
inline bool writeRandomFile(const QString &path, qint64 size, quint32 seed = 1)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator rng(seed);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

// Waits until `id` is finished (done, failed, cancelled); returns its final item.
inline s3::TransferEngine::Item waitFinished(s3::TransferEngine &engine, s3::TransferEngine::Id id,
                                             int timeoutMs = 120000)
{
    using State = s3::TransferEngine::State;
    (void)QTest::qWaitFor(
        [&] {
            const State s = engine.item(id).state;
            return s == State::Done || s == State::Failed || s == State::Cancelled;
        },
        timeoutMs);
    return engine.item(id);
}

inline QString describe(const s3::TransferEngine::Item &item)
{
    return QStringLiteral("state %1, %2 (%3)")
        .arg(int(item.state))
        .arg(item.error.message, item.error.detail);
}

} // namespace plancia::test
