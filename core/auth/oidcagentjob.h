#pragma once

#include "auth/oidcconfiguration.h"
#include "net/job.h"
#include "net/result.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

#include <chrono>

namespace plancia {

// Asks a running oidc-agent for an access token: `oidc-token -a --name Plancia -t 60 <account>`
// prints the token, the issuer and the expiry (epoch seconds), one per line. A Job: one
// finished(), self-deletion, start() never synchronous; cancel() or deletion kills the process.
class OidcAgentJob : public ResultJob<TokenResponse>
{
    Q_OBJECT

public:
    OidcAgentJob(QString account, std::chrono::seconds timeout, QObject *parent = nullptr);
    ~OidcAgentJob() override;
    // Another program than `oidc-token` on PATH (tests).
    void setProgram(const QString &program) { m_program = program; }

    // Parses the three-line `-a` output. Exposed for tests.
    static Result<TokenResponse> parseOutput(const QByteArray &out, const QDateTime &now);

Q_SIGNALS:
    void finished(const plancia::Result<plancia::TokenResponse> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<TokenResponse> &result) override { Q_EMIT finished(result); }

private:
    void finish(const Result<TokenResponse> &result);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);

    QString m_account;
    QString m_program = QStringLiteral("oidc-token");
    QProcess m_process;
    QTimer m_timeout;
};

} // namespace plancia
