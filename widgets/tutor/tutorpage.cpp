#include "tutorpage.h"

namespace plancia::ui {

TutorPage::TutorPage(QWidget *parent)
    : PlaceholderPage(PageId::Tutor, parent)
{
    retranslate();
}

QString TutorPage::title() const
{
    return tr("Tutor");
}

QString TutorPage::subtitle() const
{
    return tr("Follow the participants of a training event.");
}

QString TutorPage::disconnectedText() const
{
    return tr("Log in with a tutor account to see your event's participants.");
}

QString TutorPage::plannedText() const
{
    return tr("Here tutors will see each participant's server, idle time, GPU use and storage, and "
              "start or stop servers in bulk.");
}

} // namespace plancia::ui
