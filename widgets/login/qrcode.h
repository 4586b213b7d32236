#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>

namespace plancia::ui {

// A QR code of `text` (libqrencode, error correction M) with the standard 4-module quiet zone,
// each module `moduleSize` pixels. A null image when the text does not fit or the build has no
// libqrencode.
QImage qrCodeImage(const QByteArray &text, int moduleSize = 4, QColor dark = Qt::black,
                   QColor light = Qt::white);
bool qrCodeAvailable();

} // namespace plancia::ui
