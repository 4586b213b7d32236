#pragma once

#include "auth/session.h"
#include "auth/tokenmanager.h"
#include "jupyter/hubtokenprovider.h"
#include "platform/platform.h"
#include "storage/stscredentials.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace plancia::test {

struct CollectedSecrets
{
    QStringList values; // every secret seen during the run
    QStringList names;
};

// The IAM access and refresh tokens now, the hub token and the STS secret key and session token.
inline bool collectSecrets(Platform &platform, CollectedSecrets &out, QObject *ctx)
{
    Session &session = *platform.session();
    auto add = [&out](const QString &name, const QString &v) {
        if (!v.isEmpty() && !out.values.contains(v)) {
            out.values << v;
            out.names << name;
        }
    };
    add(QStringLiteral("access token"), session.tokenManager()->currentAccessToken());
    add(QStringLiteral("refresh token"), session.tokenManager()->refreshToken());
    add(QStringLiteral("ID token"), session.tokenManager()->idToken());
    bool hubDone = false;
    bool stsDone = false;
    platform.hubTokens()->token(ctx, false, [&](const Result<QString> &h) {
        if (h.ok())
            add(QStringLiteral("hub token"), h.value());
        hubDone = h.ok();
    });
    platform.stsCredentials()->credentials(ctx, false, [&](const Result<AwsCredentials> &c) {
        if (c.ok()) {
            add(QStringLiteral("STS secret key"), c->secretAccessKey);
            add(QStringLiteral("STS session token"), c->sessionToken);
        }
        stsDone = c.ok();
    });
    return QTest::qWaitFor([&] { return hubDone && stsDone; }, 20000);
}

// Files under the test's HOME (logs, settings, caches, keyrings) holding any secret.
inline QStringList secretHits(const CollectedSecrets &secrets)
{
    QStringList hits;
    const QString home = QDir::homePath();
    for (int i = 0; i < secrets.values.size(); ++i) {
        for (const QString &f : filesContaining(home, secrets.values.at(i).toUtf8()))
            hits << secrets.names.at(i) + QStringLiteral(" in ") + f;
    }
    return hits;
}

// Proves that the grep finds a secret when one is there (so a clean result means something).
inline bool grepFindsPlantedSecret()
{
    const QString path = QDir::home().filePath(QStringLiteral("planted-secret.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("xx planted-secret-value-4711 xx");
    f.close();
    const bool found =
        filesContaining(QDir::homePath(), "planted-secret-value-4711").contains(path);
    QFile::remove(path);
    return found;
}

} // namespace plancia::test
