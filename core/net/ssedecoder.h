#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace plancia {

// One dispatched Server-Sent Event.
struct SseEvent
{
    QString type = QStringLiteral("message"); // the `event:` field, "message" when absent
    QString data;                             // `data:` lines joined with '\n'
    QString lastEventId;                      // the last `id:` seen so far in the stream

    bool operator==(const SseEvent &) const = default;
};

// Parses a text/event-stream (JupyterHub's spawn progress) as the WHATWG HTML standard's
// "event stream interpretation" says: lines end at CRLF, LF or CR; a leading BOM is dropped;
// `:` starts a comment (keepalives); a blank line dispatches the event being built, and an
// event without data is not dispatched; `data:` lines are joined with '\n'; `id:` persists
// across events; `retry:` with only digits sets the reconnection time; unknown fields are
// ignored; an event cut off by the end of the stream is dropped. Feed it HttpJob::chunk()
// pieces as they come; a piece may end anywhere, also between a CR and its LF or inside a
// UTF-8 character.
// https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
class SseDecoder
{
public:
    explicit SseDecoder(qsizetype maxLineBytes = 16 * 1024 * 1024);

    // The events completed by `data`, in order. After an error, feed() keeps returning it.
    Result<QList<SseEvent>> feed(QByteArrayView data);
    // The latest valid `retry:` value, if the server sent one.
    std::optional<std::chrono::milliseconds> reconnectionTime() const { return m_retry; }
    // The last event ID of the last dispatched event (or blank line), to send as Last-Event-ID
    // when reconnecting.
    QString lastEventId() const { return m_lastEventId; }
    // For a new connection: forgets a partial line and the event being built. The last event
    // ID and the reconnection time stay: a reconnect resumes from them.
    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_line;
    qsizetype m_max;
    bool m_afterCr = false; // the previous byte was a CR: a LF right after it is not a new line
    bool m_atStart = true;  // no byte of the stream seen yet (BOM check)
    bool m_failed = false;
    QByteArray m_data; // data buffer, UTF-8, each line followed by '\n'
    QByteArray m_eventType;
    bool m_hasData = false;
    QString m_idBuffer;    // the last `id:` field
    QString m_lastEventId; // m_idBuffer as of the last blank line
    std::optional<std::chrono::milliseconds> m_retry;
};

} // namespace plancia
