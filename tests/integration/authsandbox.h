#pragma once

// Helpers for tests against the auth sandbox (a sandbox of its own with short token lifetimes,
// see CMakeLists.txt): its profile and state, the IAM's loopback test routes, a scripted login.

#include "auth/deviceflowjob.h"
#include "auth/session.h"
#include "config/profile.h"
#include "net/httpclient.h"
#include "net/httpjob.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace plancia::test {

inline QString sandboxRunDir()
{
    return qEnvironmentVariable("PLANCIA_SANDBOX_RUN_DIR");
}

inline QJsonObject sandboxState()
{
    QFile f(QDir(sandboxRunDir()).filePath(QStringLiteral("state.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline Result<Profile> sandboxProfile()
{
    return loadProfile(QDir(sandboxRunDir()).filePath(QStringLiteral("profile.json")));
}

// Runs one request to completion (no authorizer unless the client has one).
inline HttpResult runRequest(HttpClient &client, HttpRequest req, int timeoutMs = 20000)
{
    auto *job = client.createJob(std::move(req), &client);
    job->setTreatHttpErrorsAsErrors(false);
    std::optional<HttpResult> result;
    QObject::connect(job, &HttpJob::finished, [&](const HttpResult &r) { result.emplace(r); });
    job->start();
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return Error::make(Error::Kind::Timeout, QStringLiteral("test: no answer"));
    return *result;
}

// POST {issuer}__test/<route> with a JSON body; returns the HTTP status (0 on failure).
inline int iamTestRoute(const Profile &profile, const QString &route, const QJsonObject &body)
{
    HttpClient client;
    (void)client.addCaBundle(profile.caFile); // the sandbox CA (HTTPS)
    HttpRequest req =
        HttpRequest::post(QUrl(profile.iam.issuer.toString() + QStringLiteral("__test/") + route),
                          QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    req.authenticate = false;
    const auto r = runRequest(client, req);
    return r.ok() ? r->status : 0;
}

inline QString waitForUserCode(DeviceFlowJob *job, int timeoutMs = 20000)
{
    QString code;
    QObject::connect(job, &DeviceFlowJob::codeReceived,
                     [&code](const QString &c, const QUrl &) { code = c; });
    if (!QTest::qWaitFor([&] { return !code.isEmpty(); }, timeoutMs))
        return {};
    return code;
}

// Device login approved through the IAM's test route; true when the session is logged in.
inline bool scriptedLogin(Session &session, const QString &username, int timeoutMs = 30000)
{
    auto *job = session.startDeviceLogin();
    const QString code = waitForUserCode(job);
    if (code.isEmpty())
        return false;
    if (iamTestRoute(
            session.profile(), QStringLiteral("approve"),
            {{QStringLiteral("user_code"), code}, {QStringLiteral("username"), username}}) != 200)
        return false;
    return QTest::qWaitFor([&] { return session.state() == Session::State::LoggedIn; }, timeoutMs);
}

} // namespace plancia::test
