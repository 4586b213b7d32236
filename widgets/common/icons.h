#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace plancia::ui {

// The app's monochrome line icons (resources/icons/*.svg) are drawn in `currentColor` and
// tinted here, so they follow the palette instead of shipping one file per colour.
QPixmap linePixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio);
// `selected` (if valid) is used for the Selected and Active modes, e.g. on an accent background.
QIcon lineIcon(const QString &name, const QColor &color, const QColor &selected = {});
QIcon appIcon();

} // namespace plancia::ui
