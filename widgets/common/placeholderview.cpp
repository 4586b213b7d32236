#include "placeholderview.h"

#include "icons.h"
#include "theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace plancia::ui {

PlaceholderView::PlaceholderView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    m_heading->setObjectName(QStringLiteral("placeholderHeading"));
    m_text->setObjectName(QStringLiteral("placeholderText"));
    theme::makeHeading(m_heading);
    theme::makeSecondary(m_text);
    for (QLabel *l : {m_icon, m_heading, m_text})
        l->setAlignment(Qt::AlignHCenter);
    // Full width with centred lines: a word-wrapped label given only its size hint (as a
    // centred layout item would be) wraps too early and clips.
    m_text->setWordWrap(true);
    m_button->setVisible(false);
    m_button->setObjectName(QStringLiteral("primaryButton"));
    m_button->setStyleSheet(theme::primaryButtonStyleSheet());
    m_button->setCursor(Qt::PointingHandCursor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 0, 48, 0);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_heading, 0, Qt::AlignHCenter);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_button, &QPushButton::clicked, this, &PlaceholderView::buttonClicked);
}

void PlaceholderView::setIcon(const QString &iconName)
{
    QColor c = theme::muted;
    c.setAlphaF(0.7);
    m_icon->setPixmap(linePixmap(iconName, c, 56, devicePixelRatioF()));
}

void PlaceholderView::setHeading(const QString &text)
{
    m_heading->setText(text);
}

void PlaceholderView::setText(const QString &text)
{
    m_text->setText(text);
}

void PlaceholderView::setButtonText(const QString &text)
{
    m_button->setText(text);
    m_button->setVisible(!text.isEmpty());
}

QString PlaceholderView::heading() const
{
    return m_heading->text();
}

QString PlaceholderView::text() const
{
    return m_text->text();
}

} // namespace plancia::ui
