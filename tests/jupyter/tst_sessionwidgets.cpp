// The Sessions page's widgets offscreen: a card per server state, the start dialog offering only
// the accelerators free now and what it says when the chosen one becomes taken.
#include "sessions/sessioncard.h"
#include "sessions/startdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace plancia;
using namespace plancia::jupyter;
using namespace plancia::ui;

namespace {

availability::ModelAvailability
model(const QString &id, const QString &name, int total, int used,
      availability::AcceleratorKind kind = availability::AcceleratorKind::Gpu)
{
    availability::ModelAvailability m;
    m.model.id = id;
    m.model.name = name;
    m.model.kind = kind;
    m.total = total;
    m.used = used;
    return m;
}

availability::Snapshot snapshot(int t4Used, int a30Used)
{
    availability::Snapshot s;
    s.models = {model("t4", "NVIDIA T4", 8, t4Used), model("a30", "NVIDIA A30", 1, a30Used),
                model("a100", "NVIDIA A100", 4, 4),
                model("u50", "AMD U50", 2, 0, availability::AcceleratorKind::Fpga)};
    return s;
}

QStringList items(QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemData(i).toString();
    return out;
}

const QStringList kImages{"img-cpu", "img-cuda"};

} // namespace

class TstSessionWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runningCard()
    {
        SessionCard card;
        SessionsModel::Row row;
        row.server.name = "analysis";
        row.server.state = HubServer::State::Running;
        row.server.profile.image = "img-cuda";
        row.server.profile.cpu = 4;
        row.server.profile.memory = "8G";
        row.server.profile.acceleratorModel = "t4";
        row.server.profile.acceleratorCount = 1;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        row.server.started = now.addSecs(-1200);
        row.server.lastActivity = now.addSecs(-600);
        row.cullAt = row.server.lastActivity.addSecs(3600);
        card.setRow(row, now);
        card.show();
        QCOMPARE(card.stateLabel()->text(), QStringLiteral("Running"));
        QVERIFY(card.openButton()->isVisible());
        QVERIFY(card.stopButton()->isVisible());
        QVERIFY(!card.startAgainButton()->isVisible());
        QVERIFY(!card.progressBar()->isVisible());
        QVERIFY(card.cullLabel()->isVisible());
        QVERIFY2(card.cullLabel()->text().contains("in 50 min"),
                 qPrintable(card.cullLabel()->text()));
        QCOMPARE(card.cullLabel()->property("secondsLeft").toLongLong(), 3000);
        QVERIFY(card.findChildren<QLabel *>().size() > 3);
        bool found = false;
        for (QLabel *l : card.findChildren<QLabel *>())
            found = found || l->text().contains("4 CPU · 8G · 1× t4");
        QVERIFY(found);
        QString opened;
        connect(&card, &SessionCard::openRequested, [&](const QString &n) { opened = n; });
        card.openButton()->click();
        QCOMPARE(opened, QStringLiteral("analysis"));
    }

    void startingCard()
    {
        SessionCard card;
        SessionsModel::Row row;
        row.server.state = HubServer::State::Starting;
        row.progress = 30;
        row.messages = {"Requesting gpu:t4:1", "Pod scheduled on hub-t4-1"};
        card.setRow(row, QDateTime::currentDateTimeUtc());
        card.show();
        QCOMPARE(card.stateLabel()->text(), QStringLiteral("Starting"));
        QVERIFY(card.progressBar()->isVisible());
        QCOMPARE(card.progressBar()->value(), 30);
        QVERIFY(card.messagesLabel()->text().endsWith("Pod scheduled on hub-t4-1"));
        QVERIFY(!card.openButton()->isVisible());
        QVERIFY(card.stopButton()->isVisible());
        QVERIFY(!card.cullLabel()->isVisible());
    }

    void failedNamedCard()
    {
        SessionCard card;
        SessionsModel::Row row;
        row.server.name = "big";
        row.server.state = HubServer::State::Stopped;
        row.error = "This profile needs a GPU that is taken: 2x NVIDIA A30 is taken";
        card.setRow(row, QDateTime::currentDateTimeUtc());
        card.show();
        QCOMPARE(card.stateLabel()->text(), QStringLiteral("Failed to start"));
        QVERIFY(card.findChild<QLabel *>("error")->isVisible());
        QVERIFY(card.startAgainButton()->isVisible());
        QVERIFY(card.deleteButton()->isVisible());
        QVERIFY(!card.openButton()->isVisible());
    }

    void timeLeft()
    {
        QCOMPARE(SessionCard::timeLeftText(30), QStringLiteral("any moment now"));
        QCOMPARE(SessionCard::timeLeftText(600), QStringLiteral("in 10 min"));
        QCOMPARE(SessionCard::timeLeftText(3900), QStringLiteral("in 1 h 5 min"));
    }

    void dialogOffersOnlyFreeModels()
    {
        StartDialog d(kImages);
        d.setSnapshot(snapshot(3, 0));
        // A100 (all in use) and the FPGA are not offered; T4 with 5 free, A30 with 1.
        QCOMPARE(items(d.acceleratorBox()), (QStringList{"", "t4", "a30"}));
        QVERIFY(d.acceleratorBox()->itemText(1).contains("5 free"));
        d.acceleratorBox()->setCurrentIndex(1);
        Q_EMIT d.acceleratorBox()->activated(1);
        QCOMPARE(d.countBox()->maximum(), 5);
        d.countBox()->setValue(2);
        QVERIFY(d.canStart());
        const SessionProfile p = d.profile();
        QCOMPARE(p.gpuField(), QStringLiteral("gpu:t4:2"));
        QCOMPARE(p.image, QStringLiteral("img-cpu"));
    }

    void dialogWhenTheChoiceBecomesTaken()
    {
        StartDialog d(kImages);
        d.show();
        d.setSnapshot(snapshot(3, 0));
        const int a30 = d.acceleratorBox()->findData("a30");
        d.acceleratorBox()->setCurrentIndex(a30);
        Q_EMIT d.acceleratorBox()->activated(a30);
        QVERIFY(d.canStart());
        // Someone else takes the A30 while the dialog is open.
        d.setSnapshot(snapshot(3, 1));
        QCOMPARE(d.acceleratorBox()->currentData().toString(), QStringLiteral("a30"));
        QVERIFY(d.acceleratorBox()->currentText().contains("taken now"));
        QVERIFY(!d.canStart());
        QVERIFY(d.problemLabel()->isVisible());
        QVERIFY(d.problemLabel()->text().startsWith("Every NVIDIA A30 has just been taken"));
        QVERIFY(!d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        // It frees up again: offered and startable.
        d.setSnapshot(snapshot(3, 0));
        QVERIFY(d.canStart());
        QCOMPARE(d.profile().gpuField(), QStringLiteral("gpu:a30:1"));
    }

    void dialogRemembersAndRefusesBusyNames()
    {
        StartDialog d(kImages);
        d.setSnapshot(snapshot(0, 0));
        SessionProfile last;
        last.image = "img-cuda";
        last.cpu = 8;
        last.memory = "8G";
        last.acceleratorModel = "t4";
        last.acceleratorCount = 2;
        d.setProfile(last);
        QCOMPARE(d.profile(), last);
        d.setBusyNames({"", "lab"});
        QVERIFY(!d.canStart());
        QVERIFY(d.problem().contains("give this one a name"));
        d.setServerName("lab");
        QVERIFY(d.problem().contains("lab is already running"));
        d.setServerName("lab2");
        QVERIFY(d.canStart());
    }
};

QTEST_MAIN(TstSessionWidgets)
#include "tst_sessionwidgets.moc"
