#include "page.h"

#include "errorbanner.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace plancia::ui {

Page::Page(PageId id, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_body(new QVBoxLayout)
{
    setObjectName(pageKey(id) + QStringLiteral("Page"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    theme::makeTitle(m_title);
    theme::makeSecondary(m_subtitle);
    m_subtitle->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(16);
    layout->addWidget(m_banner);
    m_body->setSpacing(16);
    layout->addLayout(m_body, 1);
}

void Page::setPlatform(Platform *platform)
{
    m_platform = platform;
}

void Page::setConnected(bool connected)
{
    m_connected = connected;
}

void Page::retranslate()
{
    m_title->setText(title());
    m_subtitle->setText(subtitle());
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace plancia::ui
