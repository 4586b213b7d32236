#include "storagepage.h"

namespace plancia::ui {

StoragePage::StoragePage(QWidget *parent)
    : PlaceholderPage(PageId::Storage, parent)
{
    retranslate();
}

QString StoragePage::title() const
{
    return tr("Storage");
}

QString StoragePage::subtitle() const
{
    return tr("Your S3 buckets: browse them and move datasets in and out.");
}

QString StoragePage::disconnectedText() const
{
    return tr("Log in to see your buckets and move datasets in and out of them.");
}

QString StoragePage::plannedText() const
{
    return tr("Here you will browse your S3 buckets, upload and download datasets, and follow "
              "transfers that resume after an interruption.");
}

} // namespace plancia::ui
