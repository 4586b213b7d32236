// The tutor view with 1,000 participants: every round parses a hub users answer of 1,000 users
// (support::parseHubUsers), builds the participants with new idle times and GPU figures and
// hands them to the TutorRoom model shown in a sorted QTableView (offscreen, painted). Rounds
// come every second here (ten times the app's 10 s), one in five reorders the room (a reset).
// A 5 ms heartbeat records the longest event-loop gap (target 50 ms).
// PLANCIA_BENCH_TUTOR_SECONDS=N (default 10), PLANCIA_BENCH_TUTOR_PEOPLE=N (default 1000);
// PLANCIA_BENCH_STRICT=1 makes the target an assertion.
#include "heartbeat.h"
#include "support/tutorroom.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace plancia;
using namespace plancia::support;

namespace {

QByteArray hubAnswer(int people, int round)
{
    QJsonArray users;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < people; ++i) {
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
    return QJsonDocument(users).toJson(QJsonDocument::Compact);
}

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

        bench::Heartbeat beat;
        int round = 0;
        qint64 longestRound = 0;
        QTimer timer;
        timer.setInterval(1000);
        connect(&timer, &QTimer::timeout, this, [&] {
            QElapsedTimer t;
            t.start();
            const QByteArray body = hubAnswer(people, round);
            const QList<HubUser> users =
                parseHubUsers(QJsonDocument::fromJson(body).array(), QUrl("https://hub.example/"));
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
        std::printf("  longest round (parse hub JSON, build, model update) %lld ms\n",
                    qlonglong(longestRound));
        std::printf("  longest event-loop gap %lld ms (target <= 50)\n", qlonglong(gap));
        std::printf("FIGURE tutor_gap_ms %lld\nFIGURE tutor_round_ms %lld\n", qlonglong(gap),
                    qlonglong(longestRound));
        std::fflush(stdout);
        if (qEnvironmentVariableIsSet("PLANCIA_BENCH_STRICT"))
            QVERIFY(gap <= 50);
    }
};

QTEST_MAIN(BenchTutor)
#include "bench_tutor.moc"
