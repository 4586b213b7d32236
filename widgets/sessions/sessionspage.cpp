#include "sessionspage.h"

namespace plancia::ui {

SessionsPage::SessionsPage(QWidget *parent)
    : PlaceholderPage(PageId::Sessions, parent)
{
    retranslate();
}

QString SessionsPage::title() const
{
    return tr("Sessions");
}

QString SessionsPage::subtitle() const
{
    return tr("Your JupyterLab servers: start, stop and open them.");
}

QString SessionsPage::disconnectedText() const
{
    return tr("Log in to see your JupyterLab servers and start one with the right profile.");
}

QString SessionsPage::plannedText() const
{
    return tr("Here you will start and stop JupyterLab servers with the GPU profile you need, "
              "follow their start-up and open them in the browser.");
}

} // namespace plancia::ui
