#include "supportpage.h"

namespace plancia::ui {

SupportPage::SupportPage(QWidget *parent)
    : PlaceholderPage(PageId::Support, parent)
{
    retranslate();
}

QString SupportPage::title() const
{
    return tr("Support");
}

QString SupportPage::subtitle() const
{
    return tr("Find a user's failing job and see why it failed.");
}

QString SupportPage::disconnectedText() const
{
    return tr("Log in with a support account to search jobs across namespaces.");
}

QString SupportPage::plannedText() const
{
    return tr("Here support staff will find any user's jobs across namespaces and read their "
              "events, logs and the exact specification that ran.");
}

} // namespace plancia::ui
