// The tutor view with 1,000 participants: every round reads the hub's users as the app does
// (support::HubUsersJob over HTTP, pages of 200, from a fake hub in a thread of its own that
// makes a fresh answer each round), builds the participants with new idle times and GPU figures
// and hands them to the TutorRoom model shown in a sorted QTableView (offscreen, painted).
// Rounds come every second here (ten times the app's 10 s); the order changes every round.
// A 5 ms heartbeat records the longest event-loop gap (target 50 ms).
// PLANCIA_BENCH_TUTOR_SECONDS=N (default 10), PLANCIA_BENCH_TUTOR_PEOPLE=N (default 1000);
// PLANCIA_BENCH_STRICT=1 makes the target an assertion.
#include "heartbeat.h"
#include "net/httpclient.h"
#include "support/tutorroom.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <atomic>

#include <cstdio>

using namespace plancia;
using namespace plancia::support;

namespace {

// One page of GET /hub/api/users in JupyterHub 2's pagination form.
QByteArray hubAnswer(int people, int round, int offset, int limit)
{
    QJsonArray users;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *rng = QRandomGenerator::global();
    const int end = std::min(people, offset + limit);
    for (int i = offset; i < end; ++i) {
        const QString name = QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0'));
        const bool running = (i + round) % 7 != 0;
        const QString act =
            now.addSecs(-qint64(rng->bounded(7200))).toString(Qt::ISODateWithMs) + u'Z';
        QJsonObject servers;
        if (running)
            servers.insert(QString(),
                           QJsonObject{{"name", ""},
                                       {"ready", true},
                                       {"pending", QJsonValue()},
                                       {"url", QStringLiteral("/user/%1/").arg(name)},
                                       {"started", now.addSecs(-7200).toString(Qt::ISODate)},
                                       {"last_activity", act},
                                       {"user_options", QJsonObject{{"profile", "t4"}}}});
        users.append(QJsonObject{{"name", name},
                                 {"admin", false},
                                 {"groups", QJsonArray{"event"}},
                                 {"pending", QJsonValue()},
                                 {"last_activity", act},
                                 {"servers", servers}});
    }
    QJsonObject pagination{{"offset", offset}, {"limit", limit}, {"total", people}};
    pagination.insert("next", end < people
                                  ? QJsonValue(QJsonObject{{"offset", end}, {"limit", limit}})
                                  : QJsonValue());
    return QJsonDocument(QJsonObject{{"items", users}, {"_pagination", pagination}})
        .toJson(QJsonDocument::Compact);
}

// The fake hub: its answers are made in its own thread, as a real hub's are elsewhere.
class HubSide : public QObject
{
public:
    test::TestHttpServer *server = nullptr;
    std::atomic<int> round{0};
    int people = 1000;
    void setUp()
    {
        server = new test::TestHttpServer(this);
        server->setHandler(
            [this](const test::TestHttpServer::Request &r, test::TestHttpServer::Reply reply) {
                const QUrlQuery q(QUrl(QString::fromUtf8(r.path)).query());
                reply.send(200,
                           hubAnswer(people, round, q.queryItemValue("offset").toInt(),
                                     q.queryItemValue("limit").toInt()),
                           {{"Content-Type", "application/json"}});
            });
        if (!server->listen())
            qFatal("cannot listen");
    }
};

} // namespace

class BenchTutor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void rounds()
    {
        const int seconds =
            qEnvironmentVariableIsSet("PLANCIA_BENCH_TUTOR_SECONDS")
                ? std::max(1, qEnvironmentVariableIntValue("PLANCIA_BENCH_TUTOR_SECONDS"))
                : 10;
        const int people =
            qEnvironmentVariableIsSet("PLANCIA_BENCH_TUTOR_PEOPLE")
                ? std::max(10, qEnvironmentVariableIntValue("PLANCIA_BENCH_TUTOR_PEOPLE"))
                : 1000;
        TutorRoom room;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&room);
        proxy.setSortRole(TutorRoom::SortRole);
        proxy.setDynamicSortFilter(true);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(TutorRoom::FlagsColumn, Qt::AscendingOrder);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QThread thread;
        thread.start();
        HubSide hub;
        hub.people = people;
        hub.moveToThread(&thread);
        QMetaObject::invokeMethod(
            &hub, [&] { hub.setUp(); }, Qt::BlockingQueuedConnection);
        HttpClient http;

        bench::Heartbeat beat;
        int round = 0;
        qint64 longestRound = 0;
        QTimer timer;
        timer.setInterval(1000);
        QElapsedTimer t;
        connect(&timer, &QTimer::timeout, this, [&] {
            t.start();
            hub.round = round;
            auto *job = new HubUsersJob(&http, hub.server->url(), QStringLiteral("event"), this);
            connect(job, &HubUsersJob::finished, this, [&](const Result<QList<HubUser>> &r) {
                QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
                const QList<HubUser> &users = r.value();
                QVERIFY(users.size() == people);
                QVector<Participant> next;
                next.reserve(users.size());
                auto *rng = QRandomGenerator::global();
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (const HubUser &u : users) {
                    Participant p;
                    p.user = u.name;
                    p.server = u.server ? Participant::Server::Running : Participant::Server::None;
                    p.lastActivity = u.lastActivity;
                    p.idleSeconds = u.lastActivity.secsTo(now);
                    p.gpuUtil = p.server == Participant::Server::Running ? rng->bounded(100.0) : -1;
                    p.runningJobs = int(rng->bounded(3));
                    p.failingJobs = rng->bounded(50) == 0 ? 1 : 0;
                    next.append(p);
                }
                room.setParticipants(std::move(next));
                longestRound = std::max(longestRound, t.elapsed());
                ++round;
            });
            job->start();
        });
        beat.start();
        timer.start();
        QTest::qWait(seconds * 1000 + 200);
        timer.stop();
        QTest::qWait(50);
        const qint64 gap = beat.stop();
        QCOMPARE(room.rowCount(), people);
        QVERIFY(round >= seconds - 1);
        // Those who need help first in the view.
        QVERIFY(proxy.index(0, 0).data(TutorRoom::UrgencyRole).toInt() <=
                proxy.index(proxy.rowCount() - 1, 0).data(TutorRoom::UrgencyRole).toInt());
        std::printf(
            "%d participants, a round every second for %d s (%d rounds; the app: every 10 s)\n",
            people, seconds, round);
        std::printf("  longest round (hub users over HTTP in pages, build, model update) %lld ms\n",
                    qlonglong(longestRound));
        std::printf("  longest event-loop gap %lld ms (target <= 50)\n", qlonglong(gap));
        std::printf("FIGURE tutor_gap_ms %lld\nFIGURE tutor_round_ms %lld\n", qlonglong(gap),
                    qlonglong(longestRound));
        std::fflush(stdout);
        if (qEnvironmentVariableIsSet("PLANCIA_BENCH_STRICT"))
            QVERIFY(gap <= 50);
        QMetaObject::invokeMethod(
            &hub, [&] { delete hub.server; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

QTEST_MAIN(BenchTutor)
#include "bench_tutor.moc"
