#include "jobspage.h"

namespace plancia::ui {

JobsPage::JobsPage(QWidget *parent)
    : PlaceholderPage(PageId::Jobs, parent)
{
    retranslate();
}

QString JobsPage::title() const
{
    return tr("Jobs");
}

QString JobsPage::subtitle() const
{
    return tr("Batch jobs that run in the cluster or are offloaded to remote sites.");
}

QString JobsPage::disconnectedText() const
{
    return tr("Log in to see your batch jobs, their queue and where they run.");
}

QString JobsPage::plannedText() const
{
    return tr("Here you will turn a notebook into batch jobs, submit them to the queue and watch "
              "them run in the cluster or offloaded to remote HPC sites.");
}

} // namespace plancia::ui
