#include "login/qrcode.h"

#ifdef PLANCIA_HAVE_QRENCODE
#include <qrencode.h>
#endif

#include <memory>

namespace plancia::ui {

bool qrCodeAvailable()
{
#ifdef PLANCIA_HAVE_QRENCODE
    return true;
#else
    return false;
#endif
}

QImage qrCodeImage(const QByteArray &text, int moduleSize, QColor dark, QColor light)
{
#ifdef PLANCIA_HAVE_QRENCODE
    if (text.isEmpty() || moduleSize < 1)
        return {};
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int modules = code->width + 2 * quiet;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(light);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            const int px = (x + quiet) * moduleSize;
            const int py = (y + quiet) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(py + dy));
                for (int dx = 0; dx < moduleSize; ++dx)
                    line[px + dx] = dark.rgb();
            }
        }
    }
    return image;
#else
    Q_UNUSED(text)
    Q_UNUSED(moduleSize)
    Q_UNUSED(dark)
    Q_UNUSED(light)
    return {};
#endif
}

} // namespace plancia::ui
