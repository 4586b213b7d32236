#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace plancia::bench {

// Records the longest gap between two 5 ms heartbeats of the event loop while it runs: the
// longest the loop was blocked.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    // The longest gap so far, the current one included.
    qint64 longest() const { return std::max(m_longest, m_clock.elapsed()); }
    // Stops and returns longest().
    qint64 stop()
    {
        m_timer.stop();
        return longest();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace plancia::bench
