#pragma once

#include "auth/deviceflowjob.h"
#include "common/errorpresenter.h"

#include <QDialog>
#include <QImage>
#include <QPointer>
#include <QUrl>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace plancia {
class Session;
}

namespace plancia::ui {

// The device login (RFC 8628): shows the user code large, selectable and copyable, the
// verification link (opens the browser) and its QR code, a countdown, and what the login is
// doing. Accepts when the Session is logged in; Cancel stops the login.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // `session` may be nullptr (then attach() a job yourself, e.g. in tests).
    explicit LoginDialog(Session *session, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Starts a device login on the Session and shows it.
    void start();
    // Shows a running device-flow job (does not take ownership).
    void attach(DeviceFlowJob *job);

    DeviceFlowJob::State state() const { return m_state; }
    QString userCode() const;
    QUrl link() const { return m_link; }
    QString statusText() const;
    QString countdownText() const;
    QImage qrImage() const { return m_qr; }
    bool canRetry() const;
    // "Get a new code" when the code expired or was refused, "Try again" when the identity
    // provider could not be reached or failed.
    QString retryText() const;
    bool isCodeVisible() const;

    // What opens the link in a browser (default: the desktop's). When it cannot, the dialog
    // says so and offers to copy the link.
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void onStatus(DeviceFlowJob::State state, int secondsLeft);
    void onCode(const QString &code, const QUrl &link);
    void onFinished(const Result<TokenResponse> &result);
    void copyCode();
    void openLink();
    void cancelLogin();
    void updateCountdown(int secondsLeft);
    void fitToContents();

    QPointer<Session> m_session;
    UrlOpener m_opener = systemUrlOpener();
    // Which parts were shown when the dialog last fitted itself to them.
    int m_shownParts = -1;
    QPointer<DeviceFlowJob> m_job;
    DeviceFlowJob::State m_state = DeviceFlowJob::State::RequestingCode;
    QString m_errorText;
    QUrl m_link;
    QImage m_qr;
    int m_totalSeconds = 0;
    int m_secondsLeft = 0;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_stepOpen = nullptr;
    QLabel *m_linkLabel = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_stepCode = nullptr;
    QLabel *m_codeLabel = nullptr;
    QToolButton *m_copyButton = nullptr;
    QLabel *m_qrLabel = nullptr;
    QLabel *m_qrCaption = nullptr;
    QWidget *m_codePanel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_countdown = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace plancia::ui
