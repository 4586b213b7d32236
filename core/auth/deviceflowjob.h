#pragma once

#include "auth/oidcconfiguration.h"
#include "net/httprequest.h"
#include "net/job.h"
#include "net/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace plancia {

class HttpClient;
class HttpJob;

// OAuth 2.0 Device Authorization Grant (RFC 8628) as a job: discovers the issuer when needed,
// asks for a device code, then polls the token endpoint at the server's `interval` (5 s when
// the server sends none, as INDIGO IAM does), adding 5 s on `slow_down`. Reports progress with
// statusChanged(state, secondsLeft) - once per second while waiting - and ends with exactly one
// finished(). A Job: start() never works synchronously, cancel() ends it as Canceled, it deletes
// itself after finished(), and deleting it stops the polling silently.
class DeviceFlowJob : public ResultJob<TokenResponse>
{
    Q_OBJECT

public:
    enum class State {
        RequestingCode,
        WaitingForApproval,
        Approved,
        Expired,
        Denied,
        Failed,
        Canceled,
    };
    Q_ENUM(State)

    struct Options
    {
        QUrl issuer;
        QString clientId;
        QString scopes;
        // Skips discovery when valid.
        OidcConfiguration configuration;
        // Overrides the 5 s default polling interval (tests).
        std::optional<int> defaultIntervalSeconds;
    };

    DeviceFlowJob(HttpClient *client, Options options, QObject *parent = nullptr);
    ~DeviceFlowJob() override;

    State state() const { return m_state; }
    QString userCode() const { return m_userCode; }
    QUrl verificationUri() const { return m_verificationUri; }
    // verification_uri_complete when the server sent it, else verification_uri.
    QUrl verificationUriComplete() const;
    int secondsLeft() const;
    int intervalSeconds() const { return m_interval; }
    int pollCount() const { return m_polls; }
    const OidcConfiguration &configuration() const { return m_options.configuration; }
    // The error of a failed job (also in finished()).
    const Error &error() const { return m_error; }

    // A translated sentence describing a state, for the dialog.
    static QString stateText(State state);

Q_SIGNALS:
    void statusChanged(plancia::DeviceFlowJob::State state, int secondsLeft);
    // The user code and verification link are known.
    void codeReceived(const QString &userCode, const QUrl &verificationUri);
    void finished(const plancia::Result<plancia::TokenResponse> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void finishWithError(const Error &error) override;
    void emitFinished(const Result<TokenResponse> &result) override { Q_EMIT finished(result); }

private:
    void discover();
    void requestCode();
    void poll();
    void onPollAnswer(const Result<HttpResponse> &answer);
    void onTick();
    void setState(State state);
    void fail(State state, Error error);
    void succeed(TokenResponse tokens);

    QPointer<HttpClient> m_client;
    Options m_options;
    State m_state = State::RequestingCode;
    QString m_deviceCode;
    QString m_userCode;
    QUrl m_verificationUri;
    QUrl m_verificationUriComplete;
    QDateTime m_expiresAt;
    int m_interval = 5;
    int m_polls = 0;
    int m_transientFailures = 0;
    QTimer m_pollTimer;
    QTimer m_tickTimer;
    QPointer<HttpJob> m_pending;
    Error m_error;
};

} // namespace plancia
