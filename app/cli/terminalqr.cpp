#include "terminalqr.h"

#ifdef PLANCIA_HAVE_QRENCODE
#include <qrencode.h>
#endif

#include <memory>

namespace plancia::cli {

QString terminalQrCode(const QByteArray &text)
{
#ifdef PLANCIA_HAVE_QRENCODE
    if (text.isEmpty())
        return {};
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_L), &QRcode_free);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int width = code->width;
    const int size = width + 2 * quiet;
    auto dark = [&](int x, int y) {
        x -= quiet;
        y -= quiet;
        if (x < 0 || y < 0 || x >= width || y >= width)
            return false;
        return (code->data[y * width + x] & 1) != 0;
    };
    // Foreground white, background black: a character cell's upper and lower half are the
    // light modules of two rows.
    const QString begin = QStringLiteral("\033[40;97m");
    const QString reset = QStringLiteral("\033[0m");
    QString out;
    for (int y = 0; y < size; y += 2) {
        out += begin;
        for (int x = 0; x < size; ++x) {
            const bool top = !dark(x, y);
            const bool bottom = y + 1 < size && !dark(x, y + 1);
            if (top && bottom)
                out += QChar(0x2588); // full block
            else if (top)
                out += QChar(0x2580); // upper half block
            else if (bottom)
                out += QChar(0x2584); // lower half block
            else
                out += QLatin1Char(' ');
        }
        out += reset + QLatin1Char('\n');
    }
    return out;
#else
    Q_UNUSED(text)
    return {};
#endif
}

} // namespace plancia::cli
