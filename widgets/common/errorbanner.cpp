#include "errorbanner.h"

#include "errorpresenter.h"
#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace plancia::ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_retryButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#errorBanner { background: %1; border: 1px solid %2;"
                                 " border-radius: 6px; } #errorBanner QLabel { color: #3b2a00; }")
                      .arg(theme::warningBackground.name(), theme::warning.name()));
    m_icon->setPixmap(
        linePixmap(QStringLiteral("warning"), theme::warning, 20, devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignTop);
    theme::makeHeading(m_headline);
    for (QLabel *l : {m_headline, m_message, m_detail}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setTextFormat(Qt::RichText);
    m_detail->setVisible(false);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(lineIcon(QStringLiteral("close"), theme::warning));
    m_retryButton->setVisible(false);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_headline);
    text->addWidget(m_message);
    text->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detailsButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch();
    text->addLayout(buttons);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 10, 8, 8);
    row->addWidget(m_icon);
    row->addLayout(text, 1);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_detailsButton, &QToolButton::toggled, m_detail, &QLabel::setVisible);
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT dismissed();
    });
    retranslate();
    setVisible(false);
}

void ErrorBanner::showError(const QString &headline, const Error &error)
{
    m_headline->setText(headline);
    m_messageText = error.message;
    m_message->setText(ErrorPresenter::wrapKeepingPaths(error.message));
    m_detail->setText(error.detail);
    m_detailsButton->setVisible(!error.detail.isEmpty());
    m_detailsButton->setChecked(false);
    setVisible(true);
}

void ErrorBanner::clear()
{
    m_headline->clear();
    m_messageText.clear();
    m_message->clear();
    m_detail->clear();
    setVisible(false);
}

void ErrorBanner::setRetryEnabled(bool enabled)
{
    m_retryButton->setVisible(enabled);
}

QString ErrorBanner::headline() const
{
    return m_headline->text();
}

QString ErrorBanner::message() const
{
    return m_messageText;
}

QString ErrorBanner::detail() const
{
    return m_detail->text();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ErrorBanner::retranslate()
{
    m_detailsButton->setText(tr("Details"));
    m_retryButton->setText(tr("Try again"));
    m_closeButton->setToolTip(tr("Dismiss"));
}

} // namespace plancia::ui
