#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace plancia::ui {

// The main window's pages, in sidebar order; Ctrl+1.. follow this order.
enum class PageId { Overview, Usage, Storage, Sessions, Jobs, Support, Tutor, Settings };

QList<PageId> allPages();
// Stable, untranslated key used in settings and on the command line ("jobs").
QString pageKey(PageId page);
std::optional<PageId> pageFromKey(const QString &key);
// The sidebar's icon for a page (a name under :/icons).
QString pageIconName(PageId page);

} // namespace plancia::ui
