#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace plancia {

// Splits a byte stream into lines, for newline-delimited streams: Kubernetes watches (one JSON
// object per line) and pod log follow. Feed it HttpJob::chunk() pieces as they come; a line may
// be split anywhere across pieces. Lines end at '\n'; a '\r' before it is dropped. Lines are
// returned as bytes (a multi-byte UTF-8 character is never split, since '\n' is not part of one).
class LineDecoder
{
public:
    // A line longer than `maxLineBytes` (no '\n' seen) is an error: the stream is not what the
    // caller thinks it is, and buffering it would grow without bound.
    explicit LineDecoder(qsizetype maxLineBytes = 64 * 1024 * 1024);

    // The lines completed by `data`, in order. After an error, feed() keeps returning it.
    Result<QList<QByteArray>> feed(QByteArrayView data);
    // End of stream: the last line if the stream did not end with '\n' (a log without a final
    // newline); nothing if it did. Resets the decoder.
    std::optional<QByteArray> finish();
    // Forgets any partial line (e.g. before reconnecting a watch).
    void reset();

    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer already known to hold no '\n'
    qsizetype m_max;
    bool m_failed = false;
};

} // namespace plancia
