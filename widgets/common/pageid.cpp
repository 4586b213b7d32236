#include "pageid.h"

namespace plancia::ui {

QList<PageId> allPages()
{
    return {PageId::Overview, PageId::Usage,   PageId::Storage, PageId::Sessions,
            PageId::Jobs,     PageId::Support, PageId::Tutor,   PageId::Settings};
}

QString pageKey(PageId page)
{
    switch (page) {
    case PageId::Overview:
        return QStringLiteral("overview");
    case PageId::Usage:
        return QStringLiteral("usage");
    case PageId::Storage:
        return QStringLiteral("storage");
    case PageId::Sessions:
        return QStringLiteral("sessions");
    case PageId::Jobs:
        return QStringLiteral("jobs");
    case PageId::Support:
        return QStringLiteral("support");
    case PageId::Tutor:
        return QStringLiteral("tutor");
    case PageId::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

std::optional<PageId> pageFromKey(const QString &key)
{
    for (PageId page : allPages()) {
        if (pageKey(page).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return page;
    }
    return std::nullopt;
}

QString pageIconName(PageId page)
{
    return pageKey(page);
}

} // namespace plancia::ui
