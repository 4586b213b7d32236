#include "ssedecoder.h"

namespace plancia {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

Error tooLong(qsizetype max)
{
    return Error::make(
        Error::Kind::TooLarge,
        Error::tr("The server sent an event line longer than %1 MiB; the stream "
                  "was stopped.")
            .arg(max / (1024 * 1024)),
        QStringLiteral("event-stream decoder: no line end within %1 bytes").arg(max));
}

} // namespace

SseDecoder::SseDecoder(qsizetype maxLineBytes)
    : m_max(maxLineBytes)
{}

Result<QList<SseEvent>> SseDecoder::feed(QByteArrayView data)
{
    if (m_failed)
        return tooLong(m_max);
    QList<SseEvent> events;
    qsizetype i = 0;
    const qsizetype n = data.size();
    // Byte-wise only where a line ends; the line's bytes are appended in one go.
    while (i < n) {
        if (m_afterCr) {
            m_afterCr = false;
            if (data[i] == '\n') {
                ++i;
                continue;
            }
        }
        qsizetype end = i;
        while (end < n && data[end] != '\n' && data[end] != '\r')
            ++end;
        m_line.append(data.sliced(i, end - i));
        if (m_line.size() > m_max) {
            m_failed = true;
            m_line.clear();
            return tooLong(m_max);
        }
        if (end == n)
            break;
        m_afterCr = data[end] == '\r';
        i = end + 1;
        processLine(m_line, events);
        m_line.clear();
    }
    return events;
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (m_atStart) {
        m_atStart = false;
        if (line.startsWith(QByteArrayView(kBom)))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // a comment: keepalives look like this
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_idBuffer = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool digits = !value.isEmpty();
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (digits) {
            bool ok = false;
            const qlonglong ms = value.toLongLong(&ok);
            if (ok)
                m_retry = std::chrono::milliseconds(ms);
        }
    }
}

void SseDecoder::dispatch(QList<SseEvent> &out)
{
    m_lastEventId = m_idBuffer;
    if (!m_hasData) {
        // A blank line after no data (a keepalive, or only `event:`): nothing to dispatch.
        m_eventType.clear();
        return;
    }
    m_data.chop(1); // the '\n' after the last data line
    SseEvent event;
    if (!m_eventType.isEmpty())
        event.type = QString::fromUtf8(m_eventType);
    event.data = QString::fromUtf8(m_data);
    event.lastEventId = m_lastEventId;
    out.append(std::move(event));
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
}

void SseDecoder::reset()
{
    m_line.clear();
    m_afterCr = false;
    m_atStart = true;
    m_failed = false;
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
    m_idBuffer = m_lastEventId;
}

} // namespace plancia
