#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace plancia::ui::theme {

// The few colours the shell uses beyond the platform palette. The sidebar is always dark so the
// accent reads the same on light and dark desktops.
inline const QColor sidebarBackground{0x18, 0x22, 0x2f};
inline const QColor sidebarText{0xc5, 0xd0, 0xdc};
inline const QColor sidebarMuted{0x7d, 0x8b, 0x9a};
inline const QColor accent{0x2f, 0x6f, 0xed};
inline const QColor warning{0xb2, 0x6a, 0x00};
inline const QColor warningBackground{0xff, 0xf4, 0xe0};
inline const QColor ok{0x1f, 0x9d, 0x55};
inline const QColor muted{0x6b, 0x77, 0x85};

// Style sheet for the navigation sidebar (object names: "sidebar", "sidebarList").
QString sidebarStyleSheet();
// The one prominent action of a view (object name "primaryButton").
QString primaryButtonStyleSheet();
// Status bar: a hairline on top, no frames around its items.
QString statusBarStyleSheet();
// A label styled as a page title / section heading / secondary text.
void makeTitle(QLabel *label);
void makeHeading(QLabel *label);
void makeSecondary(QLabel *label);
// A framed "card" container for grouped content on a page.
void makeCard(QWidget *widget);

} // namespace plancia::ui::theme
