#include "linedecoder.h"

namespace plancia {

namespace {

QByteArray withoutCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

Error tooLong(qsizetype max)
{
    return Error::make(Error::Kind::TooLarge,
                       Error::tr("The server sent a line longer than %1 MiB; the stream was "
                                 "stopped.")
                           .arg(max / (1024 * 1024)),
                       QStringLiteral("line decoder: no newline within %1 bytes").arg(max));
}

} // namespace

LineDecoder::LineDecoder(qsizetype maxLineBytes)
    : m_max(maxLineBytes)
{}

Result<QList<QByteArray>> LineDecoder::feed(QByteArrayView data)
{
    if (m_failed)
        return tooLong(m_max);
    m_buffer.append(data);
    QList<QByteArray> lines;
    qsizetype start = 0;
    // Only the new bytes are searched: a long line that arrives in many pieces costs linear time.
    qsizetype from = m_scanned;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', from);
        if (nl < 0)
            break;
        lines.append(withoutCr(m_buffer.sliced(start, nl - start)));
        start = nl + 1;
        from = start;
    }
    if (start > 0)
        m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > m_max) {
        m_failed = true;
        m_buffer.clear();
        m_scanned = 0;
        return tooLong(m_max);
    }
    return lines;
}

std::optional<QByteArray> LineDecoder::finish()
{
    std::optional<QByteArray> last;
    if (!m_buffer.isEmpty() && !m_failed)
        last = withoutCr(m_buffer);
    reset();
    return last;
}

void LineDecoder::reset()
{
    m_buffer.clear();
    m_scanned = 0;
    m_failed = false;
}

} // namespace plancia
