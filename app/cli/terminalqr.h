#pragma once

#include <QByteArray>
#include <QString>

namespace plancia::cli {

// A QR code of `text` drawn with Unicode half blocks, two modules rows per line, with the 4-module
// quiet zone, in explicit black and white (so it scans on dark and light terminals alike). Empty
// when the build has no libqrencode or the text does not fit.
QString terminalQrCode(const QByteArray &text);

} // namespace plancia::cli
