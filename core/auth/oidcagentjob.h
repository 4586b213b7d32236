#pragma once

#include "auth/oidcconfiguration.h"
#include "net/result.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

#include <chrono>

namespace plancia {

// Asks a running oidc-agent for an access token: `oidc-token -a --name Plancia -t 60 <account>`
// prints the token, the issuer and the expiry (epoch seconds), one per line. Emits exactly one
// finished() and deletes itself; start() never works synchronously.
class OidcAgentJob : public QObject
{
    Q_OBJECT

public:
    OidcAgentJob(QString account, std::chrono::seconds timeout, QObject *parent = nullptr);
    // Another program than `oidc-token` on PATH (tests).
    void setProgram(const QString &program) { m_program = program; }
    void start();

    // Parses the three-line `-a` output. Exposed for tests.
    static Result<TokenResponse> parseOutput(const QByteArray &out, const QDateTime &now);

Q_SIGNALS:
    void finished(const plancia::Result<plancia::TokenResponse> &result);

private:
    void finish(const Result<TokenResponse> &result);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);

    QString m_account;
    QString m_program = QStringLiteral("oidc-token");
    QProcess m_process;
    QTimer m_timeout;
    bool m_finished = false;
};

} // namespace plancia
