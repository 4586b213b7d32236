// core/support without servers: causes from job states and session pods, the case file's
// redaction (planted secrets of every kind), the timeline's order and steps, the tutor room's
// flags, order and JSON.
#include "support/casefile.h"
#include "support/failurecause.h"
#include "support/timeline.h"
#include "support/tutorroom.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plancia;
using namespace plancia::support;

class TestSupportCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void causesOfJobs()
    {
        jobs::JobStatus s;
        s.state = jobs::JobState::Failed;
        s.reason = QStringLiteral("OOMKilled");
        QCOMPARE(causeOfJob(s), FailureCause::OomKilled);
        s.reason = QStringLiteral("ProviderFailed");
        QCOMPARE(causeOfJob(s), FailureCause::OffloadRefused);
        s.reason = QStringLiteral("SlurmJobTimeout");
        QCOMPARE(causeOfJob(s), FailureCause::SlurmTimeout);
        s.reason = QStringLiteral("BackoffLimitExceeded");
        QCOMPARE(causeOfJob(s), FailureCause::Other);
        s.state = jobs::JobState::Evicted;
        s.reason = QStringLiteral("Preempted");
        QCOMPARE(causeOfJob(s), FailureCause::Evicted);
        s.state = jobs::JobState::Pending;
        s.reason = QStringLiteral("Pending");
        s.message = QStringLiteral("couldn't assign flavors to pod set main: insufficient quota "
                                   "for nvidia.com/gpu in flavor gpu-a100, request > maximum "
                                   "capacity (8 > 5)");
        QCOMPARE(causeOfJob(s), FailureCause::QuotaNever);
        s.message =
            QStringLiteral("insufficient unused quota for nvidia.com/gpu in flavor gpu-a100");
        QCOMPARE(causeOfJob(s), FailureCause::None);
        s.state = jobs::JobState::Admitted;
        s.reason = QStringLiteral("ImagePullBackOff");
        QCOMPARE(causeOfJob(s), FailureCause::ImagePull);
        s.state = jobs::JobState::Running;
        s.reason.clear();
        QCOMPARE(causeOfJob(s), FailureCause::None);
        for (FailureCause c : allCauses()) {
            QCOMPARE(causeFromKey(QLatin1String(causeKey(c))), std::optional(c));
            QVERIFY(!causeName(c).isEmpty());
        }
    }

    void causesOfSessions()
    {
        const QJsonObject pull =
            QJsonDocument::fromJson(JSON({
                "metadata" : {
                    "name" : "jupyter-a",
                    "namespace" : "user-a",
                    "labels" : {"component" : "singleuser-server"}
                },
                "status" : {
                    "phase" : "Pending",
                    "containerStatuses" : [ {
                        "name" : "notebook",
                        "state" : {"waiting" : {"reason" : "ErrImagePull", "message" : "not found"}}
                    } ]
                }
            })).object();
        QVERIFY(isNotebookPod(pull));
        QString reason;
        QCOMPARE(causeOfSession(pull, &reason), FailureCause::ImagePull);
        QCOMPARE(reason, QStringLiteral("ErrImagePull"));
        const QJsonObject failed =
            QJsonDocument::fromJson(JSON({
                "metadata" : {"name" : "jupyter-b", "labels" : {"component" : "singleuser-server"}},
                "status" : {
                    "phase" : "Failed",
                    "containerStatuses" : [ {
                        "name" : "notebook",
                        "state" : {"terminated" : {"reason" : "Error", "exitCode" : 1}}
                    } ]
                }
            })).object();
        QCOMPARE(causeOfSession(failed), FailureCause::SpawnFailed);
        const QJsonObject running =
            QJsonDocument::fromJson(JSON({
                "metadata" : {"name" : "jupyter-c", "labels" : {"component" : "singleuser-server"}},
                "status" : {"phase" : "Running"}
            })).object();
        QCOMPARE(causeOfSession(running), FailureCause::None);
    }

    void redactionRemovesPlantedSecrets()
    {
        const QString hub = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        const QString aws = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        const QString akid = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        const QString bearer = QStringLiteral("abcdefghijklmnop.qrstuvwxyz");
        QJsonObject o{
            {"env",
             QJsonArray{QJsonObject{{"name", "JUPYTERHUB_API_TOKEN"}, {"value", hub}},
                        QJsonObject{{"name", "MY_PASSWORD"}, {"value", "hunter2hunter2"}},
                        QJsonObject{{"name", "PLAIN"}, {"value", "visible-value"}},
                        QJsonObject{{"name", "FROM_SECRET"},
                                    {"valueFrom",
                                     QJsonObject{{"secretKeyRef",
                                                  QJsonObject{{"name", "s3"}, {"key", "k"}}}}}}}},
            {"command",
             QJsonArray{"sh", "-c",
                        QStringLiteral(
                            "curl -H 'Authorization: Bearer %1' x; export AWS_SECRET_ACCESS_KEY=%2")
                            .arg(bearer, aws)}},
            {"annotations",
             QJsonObject{{"kubectl.kubernetes.io/last-applied-configuration", "{\"env\": \"x\"}"},
                         {"note", QStringLiteral("key %1 and %2").arg(akid, jwt)}}},
            {"log", QJsonArray{QStringLiteral("HUB=%1").arg(hub), "an ordinary line"}},
            {"containerID", QStringLiteral("containerd://%1").arg(QString(64, QLatin1Char('e')))},
            {"sessionToken", "abc"},
        };
        int n = 0;
        const QByteArray out = QJsonDocument(redactCaseValue(o, &n).toObject()).toJson();
        for (const QString &s : {hub, jwt, aws, akid, bearer, QStringLiteral("hunter2hunter2")})
            QVERIFY2(!out.contains(s.toUtf8()), qPrintable(s));
        QVERIFY(out.contains("visible-value"));
        QVERIFY(out.contains("an ordinary line"));
        QVERIFY(out.contains("secretKeyRef"));
        // A 64-hex container id is no token.
        QVERIFY(out.contains(
            QStringLiteral("containerd://%1").arg(QString(64, QLatin1Char('e'))).toUtf8()));
        QVERIFY(n >= 7);
    }

    void timelineInOrder()
    {
        CaseData d;
        d.namespaceName = QStringLiteral("user-a");
        d.name = QStringLiteral("j");
        d.job = QJsonDocument::fromJson(JSON({
                    "metadata" : {
                        "name" : "j",
                        "namespace" : "user-a",
                        "uid" : "u1",
                        "creationTimestamp" : "2026-12-01T10:00:00Z",
                        "labels" : {"kueue.x-k8s.io/queue-name" : "offload-queue"}
                    },
                    "spec" : {
                        "template" : {
                            "spec" : {
                                "containers" : [ {
                                    "name" : "main",
                                    "image" : "i",
                                    "env" : [ {"name" : "API_TOKEN", "value" : "s3cr3t-s3cr3t"} ]
                                } ]
                            }
                        }
                    },
                    "status" : {
                        "conditions" : [ {
                            "type" : "Failed",
                            "status" : "True",
                            "reason" : "BackoffLimitExceeded",
                            "lastTransitionTime" : "2026-12-01T10:05:00Z"
                        } ]
                    }
                })).object();
        d.workload = QJsonDocument::fromJson(JSON({
                         "metadata" : {
                             "name" : "job-j-abcde",
                             "namespace" : "user-a",
                             "creationTimestamp" : "2026-12-01T10:00:01Z",
                             "ownerReferences" : [ {"kind" : "Job", "name" : "j", "uid" : "u1"} ]
                         },
                         "status" : {
                             "admission" : {"clusterQueue" : "offloading"},
                             "conditions" : [
                                 {
                                     "type" : "QuotaReserved",
                                     "status" : "True",
                                     "lastTransitionTime" : "2026-12-01T10:00:02Z"
                                 },
                                 {
                                     "type" : "Admitted",
                                     "status" : "True",
                                     "lastTransitionTime" : "2026-12-01T10:00:02Z"
                                 }
                             ]
                         }
                     })).object();
        d.pods = {QJsonDocument::fromJson(JSON({
                      "metadata" : {
                          "name" : "j-x1",
                          "namespace" : "user-a",
                          "creationTimestamp" : "2026-12-01T10:00:03Z"
                      },
                      "spec" : {"nodeName" : "vk"},
                      "status" : {
                          "phase" : "Failed",
                          "reason" : "ProviderFailed",
                          "conditions" : [ {
                              "type" : "PodScheduled",
                              "status" : "True",
                              "lastTransitionTime" : "2026-12-01T10:00:04Z"
                          } ],
                          "containerStatuses" : [ {
                              "name" : "main",
                              "state" : {
                                  "terminated" : {
                                      "reason" : "ProviderFailed",
                                      "exitCode" : 1,
                                      "startedAt" : "2026-12-01T10:01:00Z",
                                      "finishedAt" : "2026-12-01T10:04:00Z"
                                  }
                              }
                          } ]
                      }
                  })).object()};
        d.nodes.insert(QStringLiteral("vk"),
                       QJsonDocument::fromJson(JSON({
                           "metadata" : {
                               "name" : "vk",
                               "labels" : {
                                   "virtual-node.interlink/type" : "virtual-kubelet",
                                   "type" : "virtual-kubelet",
                                   "interlink.ai-infn/site" : "Podman VM"
                               }
                           }
                       })).object());
        d.logs.insert(QStringLiteral("j-x1"), {QStringLiteral("2026-12-01T10:01:00Z hello")});
        const Timeline t = buildTimeline(d);
        QCOMPARE(t.cause, FailureCause::OffloadRefused);
        QStringList keys;
        for (const TimelineStep &s : t.steps)
            keys << QLatin1String(stepKey(s.kind));
        QCOMPARE(keys.first(), QStringLiteral("submitted"));
        QVERIFY(keys.indexOf("admitted") < keys.indexOf("offloaded"));
        QVERIFY(keys.indexOf("offloaded") < keys.indexOf("running"));
        QVERIFY(keys.indexOf("running") < keys.lastIndexOf("ended"));
        QCOMPARE(t.logTail, QStringList{QStringLiteral("2026-12-01T10:01:00Z hello")});
        for (int i = 1; i < t.steps.size(); ++i)
            QVERIFY(!t.steps.at(i).when.isValid() || t.steps.at(i - 1).when <= t.steps.at(i).when);
        // And the case file of it: summary, redacted env.
        const QJsonObject cf = caseFileJson(d, {});
        QCOMPARE(cf.value("summary").toObject().value("cause").toString(),
                 QStringLiteral("offloadRefused"));
        QVERIFY(!QJsonDocument(cf).toJson().contains("s3cr3t-s3cr3t"));
        QTemporaryDir dir;
        QVERIFY(writeCaseFile(dir.filePath("c.json"), cf).ok());
        QCOMPARE(readCaseFile(dir.filePath("c.json")).value().value("name").toString(),
                 QStringLiteral("j"));
        {
            QFile bad(dir.filePath("bad.json"));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write(JSON({"format" : "other"}));
        }
        QVERIFY(!readCaseFile(dir.filePath("bad.json")).ok());
        QVERIFY(!readCaseFile(dir.filePath("missing.json")).ok());
    }

    void tutorFlagsAndOrder()
    {
        TutorRoom room;
        QAbstractItemModelTester tester(&room,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        room.setIdleMinutes(30);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Participant idle;
        idle.user = QStringLiteral("idle");
        idle.server = Participant::Server::Running;
        idle.idleSeconds = 3600;
        Participant busyGpu = idle;
        busyGpu.user = QStringLiteral("busygpu");
        busyGpu.gpuUtil = 80;
        Participant active;
        active.user = QStringLiteral("active");
        active.server = Participant::Server::Running;
        active.idleSeconds = 60;
        Participant none;
        none.user = QStringLiteral("none");
        Participant stuck;
        stuck.user = QStringLiteral("stuck");
        stuck.server = Participant::Server::Starting;
        stuck.serverStarted = now.addSecs(-3600);
        Participant failing = active;
        failing.user = QStringLiteral("failing");
        failing.failingJobs = 2;
        failing.runningJobs = 0;
        room.setParticipants({active, idle, busyGpu, none, stuck, failing});
        QStringList order;
        for (const Participant &p : room.participants())
            order << p.user;
        QCOMPARE(order, (QStringList{"failing", "stuck", "none", "idle", "busygpu", "active"}));
        QVERIFY(room.participant("idle")->flags & Participant::Idle);
        QVERIFY(!(room.participant("busygpu")->flags & Participant::Idle));
        QVERIFY(room.participant("none")->flags & Participant::NotStarted);
        QVERIFY(room.participant("stuck")->flags & Participant::Stuck);
        const QJsonObject j = room.participant("idle")->toJson();
        for (const char *k : {"user", "server", "idleSeconds", "gpuUtil", "jobs", "flags"})
            QVERIFY2(j.contains(QLatin1String(k)), k);
        QCOMPARE(j.value("flags").toArray(), QJsonArray{"idle"});
        QVERIFY(j.value("gpuUtil").isNull());
        QCOMPARE(room.rowCount(), 6);
        // Same people, new figures: updated in place.
        QSignalSpy reset(&room, &QAbstractItemModel::modelReset);
        QVector<Participant> again = room.participants();
        again[0].lastError = QStringLiteral("x");
        room.setParticipants(again);
        QCOMPARE(reset.count(), 0);
        room.setIdleMinutes(120);
        QVERIFY(!(room.participant("idle")->flags & Participant::Idle));

        // Same people in a new order (someone went idle): no reset, and a selection stays with
        // the people selected.
        QItemSelectionModel selection(&room);
        const auto rowOf = [&](const QString &user) {
            for (int r = 0; r < room.rowCount(); ++r) {
                if (room.index(r, 0).data(TutorRoom::UserNameRole).toString() == user)
                    return r;
            }
            return -1;
        };
        selection.select(room.index(rowOf("active"), 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.select(room.index(rowOf("none"), 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVector<Participant> reordered = room.participants();
        for (Participant &p : reordered) {
            if (p.user == QLatin1String("active"))
                p.idleSeconds = 4 * 3600; // idle now: moves up
        }
        const int activeBefore = rowOf("active");
        room.setParticipants(reordered);
        QCOMPARE(reset.count(), 0);
        QVERIFY(rowOf("active") != activeBefore);
        QStringList picked;
        for (const QModelIndex &i : selection.selectedRows())
            picked << i.data(TutorRoom::UserNameRole).toString();
        picked.sort();
        QCOMPARE(picked, (QStringList{"active", "none"}));
        // Someone new: a reset.
        reordered.append(Participant{});
        reordered.last().user = QStringLiteral("late");
        room.setParticipants(reordered);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(room.rowCount(), 7);
    }

    void hubUsersParse()
    {
        const QJsonArray users = QJsonDocument::fromJson(JSON([
                                     {
                                         "name" : "hack01",
                                         "groups" : ["hackathon-2026"],
                                         "admin" : false,
                                         "pending" : null,
                                         "last_activity" : "2026-12-01T10:00:00.000000Z",
                                         "servers" : {
                                             "" : {
                                                 "name" : "",
                                                 "ready" : true,
                                                 "pending" : null,
                                                 "url" : "/user/hack01/",
                                                 "started" : "2026-12-01T09:00:00Z",
                                                 "last_activity" : "2026-12-01T11:00:00Z"
                                             }
                                         }
                                     },
                                     {
                                         "name" : "hack02",
                                         "groups" : ["hackathon-2026"],
                                         "pending" : "spawn",
                                         "servers" : {}
                                     }
                                 ])).array();
        const auto parsed = parseHubUsers(users, QUrl("https://hub.example/"));
        QCOMPARE(parsed.size(), 2);
        QVERIFY(parsed.at(0).server.has_value());
        QCOMPARE(parsed.at(0).lastActivity, QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC));
        QCOMPARE(parsed.at(1).pending, QStringLiteral("spawn"));
    }
};

QTEST_MAIN(TestSupportCore)
#include "tst_supportcore.moc"
