#include "login/logindialog.h"

#include "auth/session.h"
#include "login/qrcode.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace plancia::ui {

namespace {

QString clock(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

bool isRetryableWithNewCode(DeviceFlowJob::State s)
{
    return s == DeviceFlowJob::State::Expired || s == DeviceFlowJob::State::Denied;
}

bool isTerminal(DeviceFlowJob::State s)
{
    return s == DeviceFlowJob::State::Expired || s == DeviceFlowJob::State::Denied ||
           s == DeviceFlowJob::State::Failed || s == DeviceFlowJob::State::Canceled;
}

} // namespace

LoginDialog::LoginDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("loginDialog"));
    setModal(true);
    buildUi();
    retranslate();
    onStatus(DeviceFlowJob::State::RequestingCode, 0);
    if (m_session) {
        connect(m_session, &Session::stateChanged, this, [this](Session::State s) {
            if (s == Session::State::LoggedIn)
                accept();
        });
    }
}

LoginDialog::~LoginDialog()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void LoginDialog::buildUi()
{
    setMinimumWidth(620);
    auto *root = new QVBoxLayout(this);
    root->setObjectName(QStringLiteral("loginLayout"));
    root->setContentsMargins(24, 20, 24, 18);
    root->setSpacing(12);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    root->addWidget(m_title);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    root->addWidget(m_intro);

    m_codePanel = new QFrame(this);
    m_codePanel->setObjectName(QStringLiteral("codePanel"));
    m_codePanel->setStyleSheet(QStringLiteral("#codePanel { border: 1px solid palette(mid); "
                                              "border-radius: 8px; background: palette(base); }"));
    auto *panel = new QHBoxLayout(m_codePanel);
    panel->setContentsMargins(18, 16, 18, 16);
    panel->setSpacing(24);

    auto *steps = new QVBoxLayout;
    steps->setSpacing(8);
    m_stepOpen = new QLabel(m_codePanel);
    m_stepOpen->setStyleSheet(QStringLiteral("font-weight: 600;"));
    steps->addWidget(m_stepOpen);
    m_linkLabel = new QLabel(m_codePanel);
    m_linkLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_linkLabel->setOpenExternalLinks(false);
    m_linkLabel->setWordWrap(true);
    connect(m_linkLabel, &QLabel::linkActivated, this, [this] { openLink(); });
    steps->addWidget(m_linkLabel);
    m_openButton = new QPushButton(m_codePanel);
    m_openButton->setObjectName(QStringLiteral("openBrowser"));
    m_openButton->setAutoDefault(false);
    connect(m_openButton, &QPushButton::clicked, this, &LoginDialog::openLink);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openButton);
    openRow->addStretch();
    steps->addLayout(openRow);
    steps->addSpacing(10);

    m_stepCode = new QLabel(m_codePanel);
    m_stepCode->setStyleSheet(QStringLiteral("font-weight: 600;"));
    steps->addWidget(m_stepCode);
    auto *codeRow = new QHBoxLayout;
    m_codeLabel = new QLabel(m_codePanel);
    m_codeLabel->setObjectName(QStringLiteral("userCode"));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(std::max(22.0, font().pointSizeF() * 2.6));
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    m_codeLabel->setFont(codeFont);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_codeLabel->setCursor(Qt::IBeamCursor);
    codeRow->addWidget(m_codeLabel);
    m_copyButton = new QToolButton(m_codePanel);
    m_copyButton->setObjectName(QStringLiteral("copyCode"));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_copyButton, &QToolButton::clicked, this, &LoginDialog::copyCode);
    codeRow->addWidget(m_copyButton);
    codeRow->addStretch();
    steps->addLayout(codeRow);
    steps->addStretch();
    panel->addLayout(steps, 1);

    auto *qrColumn = new QVBoxLayout;
    m_qrLabel = new QLabel(m_codePanel);
    m_qrLabel->setObjectName(QStringLiteral("qrCode"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setFixedSize(180, 180);
    qrColumn->addWidget(m_qrLabel, 0, Qt::AlignHCenter);
    m_qrCaption = new QLabel(m_codePanel);
    m_qrCaption->setAlignment(Qt::AlignCenter);
    m_qrCaption->setWordWrap(true);
    m_qrCaption->setMaximumWidth(180);
    QFont small = m_qrCaption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_qrCaption->setFont(small);
    qrColumn->addWidget(m_qrCaption);
    qrColumn->addStretch();
    panel->addLayout(qrColumn);
    root->addWidget(m_codePanel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    root->addWidget(m_status);

    auto *countdownRow = new QHBoxLayout;
    m_countdown = new QProgressBar(this);
    m_countdown->setTextVisible(false);
    m_countdown->setFixedHeight(6);
    countdownRow->addWidget(m_countdown, 1);
    m_countdownLabel = new QLabel(this);
    m_countdownLabel->setObjectName(QStringLiteral("countdown"));
    countdownRow->addWidget(m_countdownLabel);
    root->addLayout(countdownRow);
    // Extra height (the person enlarged the dialog) goes below the parts, not between them.
    root->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retry"));
    connect(m_retryButton, &QPushButton::clicked, this, &LoginDialog::start);
    buttons->addWidget(m_retryButton);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoginDialog::cancelLogin);
    buttons->addWidget(m_cancelButton);
    root->addLayout(buttons);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Log in"));
    const QString platform = m_session ? m_session->profile().displayName : QString();
    m_title->setText(platform.isEmpty() ? tr("Log in")
                                        : tr("Log in to %1").arg(platform.toHtmlEscaped()));
    m_intro->setText(tr("Sign in with your institutional account in a web browser, on this "
                        "computer or on your phone. Plancia never sees your password."));
    m_stepOpen->setText(tr("1. Open this page"));
    m_stepCode->setText(tr("2. Enter this code"));
    m_openButton->setText(tr("Open in browser"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the code to the clipboard"));
    m_qrCaption->setText(tr("Or scan with your phone"));
    m_retryButton->setText(retryText());
    m_cancelButton->setText(isTerminal(m_state) ? tr("Close") : tr("Cancel"));
    onStatus(m_state, m_secondsLeft);
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::start()
{
    if (!m_session)
        return;
    m_errorText.clear();
    m_link = {};
    m_qr = {};
    m_codeLabel->clear();
    m_totalSeconds = 0;
    attach(m_session->startDeviceLogin());
}

void LoginDialog::attach(DeviceFlowJob *job)
{
    if (m_job)
        m_job->disconnect(this);
    m_job = job;
    if (!job)
        return;
    connect(job, &DeviceFlowJob::statusChanged, this, &LoginDialog::onStatus);
    connect(job, &DeviceFlowJob::codeReceived, this, &LoginDialog::onCode);
    connect(job, &DeviceFlowJob::finished, this, &LoginDialog::onFinished);
    onStatus(job->state(), job->secondsLeft());
    if (!job->userCode().isEmpty())
        onCode(job->userCode(), job->verificationUriComplete());
}

void LoginDialog::onCode(const QString &code, const QUrl &link)
{
    m_codeLabel->setText(code);
    m_link = link;
    const QString shown = link.toDisplayString();
    // A long link may wrap, but after the '?' only: never inside the code ("GSFP-" / "VWRM").
    // Qt's line breaker ignores white-space:nowrap in a label, so the shown text (not the link)
    // gets a zero-width space after '?' and non-breaking hyphens in the query.
    QString display = shown;
    if (const qsizetype query = display.indexOf(QLatin1Char('?')); query >= 0) {
        QString tail = display.mid(query + 1);
        tail.replace(QLatin1Char('-'), QChar(0x2011));
        display = display.left(query + 1) + QChar(0x200B) + tail;
    }
    const QString html = display.toHtmlEscaped();
    m_linkLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(QString::fromUtf8(link.toEncoded()).toHtmlEscaped(), html));
    m_linkLabel->setToolTip(shown);
    m_qr = qrCodeImage(link.toEncoded(), 4);
    if (!m_qr.isNull()) {
        m_qrLabel->setPixmap(QPixmap::fromImage(m_qr).scaled(m_qrLabel->size(), Qt::KeepAspectRatio,
                                                             Qt::FastTransformation));
    }
    if (m_job)
        m_totalSeconds = m_job->secondsLeft();
    onStatus(m_state, m_job ? m_job->secondsLeft() : 0);
}

void LoginDialog::onStatus(DeviceFlowJob::State state, int secondsLeft)
{
    m_state = state;
    m_secondsLeft = secondsLeft;
    const bool waiting = state == DeviceFlowJob::State::WaitingForApproval;
    const bool hasCode = !m_codeLabel->text().isEmpty();
    m_codePanel->setEnabled(waiting || state == DeviceFlowJob::State::Approved);
    // No empty code panel while the code is being asked for, nor when the server failed.
    m_codePanel->setVisible(hasCode);
    m_qrLabel->setVisible(!m_qr.isNull());
    m_qrCaption->setVisible(!m_qr.isNull());
    m_copyButton->setEnabled(hasCode && waiting);
    m_openButton->setEnabled(hasCode && waiting);
    QString text = DeviceFlowJob::stateText(state);
    if (state == DeviceFlowJob::State::Failed && !m_errorText.isEmpty())
        text = m_errorText;
    m_status->setText(text);
    const bool bad = state == DeviceFlowJob::State::Expired ||
                     state == DeviceFlowJob::State::Denied || state == DeviceFlowJob::State::Failed;
    m_status->setStyleSheet(bad ? QStringLiteral("color: #b3261e; font-weight: 600;")
                                : QStringLiteral("font-weight: 600;"));
    m_retryButton->setVisible(m_session && bad);
    m_retryButton->setText(retryText());
    m_cancelButton->setText(isTerminal(state) ? tr("Close") : tr("Cancel"));
    updateCountdown(secondsLeft);
    fitToContents();
}

void LoginDialog::fitToContents()
{
    // A part shown or hidden: the dialog takes the height its parts need, so that hidden parts
    // leave no gaps. Only then: a countdown tick must not undo the person's own resizing.
    const int parts =
        (m_codePanel->isVisibleTo(this) ? 1 : 0) | (m_qrLabel->isVisibleTo(this) ? 2 : 0) |
        (m_countdown->isVisibleTo(this) ? 4 : 0) | (m_retryButton->isVisibleTo(this) ? 8 : 0);
    if (parts == m_shownParts)
        return;
    m_shownParts = parts;
    // After the event loop turn: fonts and style sheets just set must be applied first, or the
    // wrapped labels are measured too short and clipped.
    QTimer::singleShot(0, this, [this] {
        layout()->invalidate();
        layout()->activate();
        const int width = qMax(minimumWidth(), this->width());
        const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                                         : layout()->totalSizeHint().height();
        resize(width, qMax(height, layout()->totalMinimumSize().height()));
    });
}

void LoginDialog::updateCountdown(int secondsLeft)
{
    const bool waiting = m_state == DeviceFlowJob::State::WaitingForApproval;
    m_countdown->setVisible(waiting && m_totalSeconds > 0);
    m_countdownLabel->setVisible(waiting && m_totalSeconds > 0);
    if (!waiting || m_totalSeconds <= 0)
        return;
    m_countdown->setRange(0, m_totalSeconds);
    m_countdown->setValue(secondsLeft);
    m_countdownLabel->setText(tr("Code expires in %1").arg(clock(secondsLeft)));
}

void LoginDialog::onFinished(const Result<TokenResponse> &result)
{
    if (!result.ok())
        m_errorText = result.error().message;
    onStatus(m_state, 0);
}

void LoginDialog::copyCode()
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_codeLabel->text());
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(1500, this, [this] { m_copyButton->setText(tr("Copy")); });
}

void LoginDialog::openLink()
{
    if (m_link.isValid())
        ErrorPresenter::openOrOfferCopy(this, m_opener, m_link);
}

void LoginDialog::cancelLogin()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    reject();
}

QString LoginDialog::userCode() const
{
    return m_codeLabel->text();
}

QString LoginDialog::statusText() const
{
    return m_status->text();
}

QString LoginDialog::countdownText() const
{
    return m_countdownLabel->isVisibleTo(this) ? m_countdownLabel->text() : QString();
}

bool LoginDialog::canRetry() const
{
    return m_retryButton->isVisibleTo(this);
}

QString LoginDialog::retryText() const
{
    return isRetryableWithNewCode(m_state) ? tr("Get a new code") : tr("Try again");
}

bool LoginDialog::isCodeVisible() const
{
    return m_codePanel->isVisibleTo(this) && !m_codeLabel->text().isEmpty();
}

} // namespace plancia::ui
