#include "placeholderpage.h"

#include "placeholderview.h"

#include <QVBoxLayout>

namespace plancia::ui {

PlaceholderPage::PlaceholderPage(PageId id, QWidget *parent)
    : Page(id, parent)
    , m_placeholder(new PlaceholderView(this))
{
    m_placeholder->setIcon(pageIconName(id));
    body()->addWidget(m_placeholder, 1);
    connect(m_placeholder, &PlaceholderView::buttonClicked, this, &Page::loginRequested);
}

void PlaceholderPage::setConnected(bool connected)
{
    Page::setConnected(connected);
    retranslate();
}

void PlaceholderPage::retranslate()
{
    Page::retranslate();
    if (isConnected()) {
        m_placeholder->setHeading(tr("Coming soon"));
        m_placeholder->setText(plannedText());
        m_placeholder->setButtonText({});
    } else {
        m_placeholder->setHeading(tr("Not connected"));
        m_placeholder->setText(disconnectedText());
        m_placeholder->setButtonText(tr("Log in…"));
    }
}

} // namespace plancia::ui
