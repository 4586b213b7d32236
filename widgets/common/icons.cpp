#include "icons.h"

#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace plancia::ui {

namespace {

QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile f(QStringLiteral(":/icons/%1.svg").arg(name));
        it = cache.insert(name, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    return *it;
}

} // namespace

QPixmap linePixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio)
{
    QByteArray svg = svgSource(name);
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    const int px = qRound(size * devicePixelRatio);
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter p(&image);
        p.setOpacity(color.alphaF());
        renderer.render(&p);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon lineIcon(const QString &name, const QColor &color, const QColor &selected)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        for (qreal dpr : {1.0, 2.0}) {
            icon.addPixmap(linePixmap(name, color, size, dpr), QIcon::Normal);
            if (selected.isValid()) {
                icon.addPixmap(linePixmap(name, selected, size, dpr), QIcon::Selected);
                icon.addPixmap(linePixmap(name, selected, size, dpr), QIcon::Active);
            }
        }
    }
    return icon;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/plancia.svg"));
}

} // namespace plancia::ui
