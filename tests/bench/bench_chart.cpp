// From a Prometheus reply of 30 days x 5-minute steps x 64 GPU series (552,960 points) to a
// painted chart, with a 5 ms heartbeat timer recording the longest event-loop gap meanwhile;
// then, in the same run, Qt Charts alone fed every undecimated point, for contrast.
//
//   ctest --test-dir <build> -R bench_chart -V          (one run)
//   PLANCIA_BENCH_CHART_RUNS=5 ctest ... -R bench_chart -V

#include "common/charts/timeserieschart.h"
#include "metrics/prometheusclient.h"
#include "metrics/promparse.h"
#include "testsupport.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace plancia;

// Figures go to stdout directly: Qt's messages are routed into the test's log file.
#define SAY(...) (std::printf(__VA_ARGS__), std::printf("\n"), std::fflush(stdout))

namespace {

constexpr int kSeries = 64;
constexpr int kStep = 300;
constexpr int kPoints = 30 * 86400 / kStep; // 8640
constexpr QSize kSize(1200, 700);

QByteArray makeReply()
{
    QByteArray out;
    out.reserve(kSeries * kPoints * 22 + 4096);
    out += "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
    const qint64 t0 = 1767225600; // 2026-01-01
    QRandomGenerator rng(42);
    for (int s = 0; s < kSeries; ++s) {
        if (s)
            out += ',';
        out += QStringLiteral("{\"metric\":{\"Hostname\":\"hub-a100-%1\",\"gpu\":\"%2\","
                              "\"modelName\":\"NVIDIA A100 80GB PCIe\",\"UUID\":\"GPU-%3\"},"
                              "\"values\":[")
                   .arg(s / 8)
                   .arg(s % 8)
                   .arg(s)
                   .toUtf8();
        double v = 50;
        for (int i = 0; i < kPoints; ++i) {
            if (i)
                out += ',';
            v = std::clamp(v + (rng.generateDouble() - 0.5) * 20, 0.0, 100.0);
            out += '[';
            out += QByteArray::number(t0 + qint64(i) * kStep);
            out += ",\"";
            out += QByteArray::number(std::round(v * 10) / 10, 'g', 4);
            out += "\"]";
        }
        out += "]}";
    }
    out += "]}}";
    return out;
}

// The longest gap between two 5 ms heartbeats while it runs.
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
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

class BenchChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void chart();
};

void BenchChart::chart()
{
    const QByteArray reply = makeReply();
    const int runs = std::max(1, qEnvironmentVariableIntValue("PLANCIA_BENCH_CHART_RUNS"));
    SAY("reply: %d series x %d points = %d points, %.1f MB of JSON", kSeries, kPoints,
        kSeries * kPoints, reply.size() / 1e6);

    for (int run = 0; run < runs; ++run) {
        // --- Plancia: threaded parse, decimation for the plot width, paint.
        ui::TimeSeriesChart view;
        view.resize(kSize);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Heartbeat beat;
        QElapsedTimer total;
        qint64 parsedAt = 0, fedAt = 0;
        QImage painted;
        beat.start();
        total.start();
        QFutureWatcher<Result<metrics::QueryResult>> watcher;
        bool done = false;
        qsizetype drawn = 0;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, [&] {
            auto r = watcher.future().takeResult();
            parsedAt = total.elapsed();
            if (!r.ok())
                return;
            view.setSeries(std::move(r.value().matrix), 2.0 * kStep * 1000);
            drawn = 0;
            for (int i = 0; i < kSeries; ++i)
                drawn += view.drawnPointCount(i);
            fedAt = total.elapsed();
            // One paint of the view, as the screen would get it.
            painted = view.grab().toImage();
            done = true;
        });
        watcher.setFuture(metrics::parseQueryResponseInBackground(reply, 200));
        QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
        const qint64 ours = total.elapsed();
        // Let the heartbeat see the event loop after the paint.
        QTest::qWait(20);
        const qint64 gap = beat.stop();
        QVERIFY(!painted.isNull());
        QCOMPARE(view.series().size(), kSeries);
        const int columns = view.decimatedColumns();
        QVERIFY(drawn <= qsizetype(kSeries) * (2 * columns + 2));

        // --- Peer: Qt Charts alone with every point (QLineSeries::replace, then paint).
        const auto parsed = metrics::parseQueryResponse(reply);
        QVERIFY(parsed.ok());
        QChartView peer;
        peer.resize(kSize);
        peer.chart()->setAnimationOptions(QChart::NoAnimation);
        peer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&peer));
        beat.start();
        QElapsedTimer peerClock;
        peerClock.start();
        auto *x = new QDateTimeAxis;
        auto *y = new QValueAxis;
        peer.chart()->addAxis(x, Qt::AlignBottom);
        peer.chart()->addAxis(y, Qt::AlignLeft);
        qsizetype peerPoints = 0;
        for (const auto &s : parsed->matrix) {
            QList<QPointF> pts;
            pts.reserve(s.size());
            for (qsizetype i = 0; i < s.size(); ++i)
                pts.append(QPointF(s.t[i], s.v[i]));
            peerPoints += pts.size();
            auto *ls = new QLineSeries;
            peer.chart()->addSeries(ls);
            ls->attachAxis(x);
            ls->attachAxis(y);
            ls->replace(pts);
        }
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(parsed->matrix[0].t.first())),
                    QDateTime::fromMSecsSinceEpoch(qint64(parsed->matrix[0].t.last())));
        y->setRange(0, 100);
        const QImage peerImage = peer.grab().toImage();
        const qint64 theirs = peerClock.elapsed();
        QTest::qWait(20);
        const qint64 peerGap = beat.stop();
        QVERIFY(!peerImage.isNull());

        SAY("run %d/%d                      Plancia (decimated)   Qt Charts alone (undecimated)",
            run + 1, runs);
        SAY("  points handed to Qt Charts  %10lld            %10lld", qlonglong(drawn),
            qlonglong(peerPoints));
        SAY("  reply -> painted            %10lld ms         %10lld ms", qlonglong(ours),
            qlonglong(theirs));
        SAY("    of which parse (thread)   %10lld ms", qlonglong(parsedAt));
        SAY("    decimate + feed           %10lld ms", qlonglong(fedAt - parsedAt));
        SAY("    paint                     %10lld ms", qlonglong(ours - fedAt));
        SAY("  longest event-loop gap      %10lld ms         %10lld ms", qlonglong(gap),
            qlonglong(peerGap));
        SAY("  targets: <= 500 ms %s, gap <= 50 ms %s", ours <= 500 ? "met" : "MISSED",
            gap <= 50 ? "met" : "MISSED");
        if (qEnvironmentVariableIsSet("PLANCIA_BENCH_STRICT")) {
            QVERIFY(ours <= 500);
            QVERIFY(gap <= 50);
        }
    }
}

QTEST_MAIN(BenchChart)
#include "bench_chart.moc"
