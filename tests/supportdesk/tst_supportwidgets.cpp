// The Support and Tutor pages offscreen, without servers: a case file opened read-only with no
// platform; the support page without a login holds no live table; the tutor page's rows sorted
// by need, the confirmation naming who is affected, and a declined one starting nothing.
#include "support/casefile.h"
#include "support/casefileview.h"
#include "support/supportpage.h"
#include "testsupport.h"
#include "tutor/tutorpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace plancia;
using namespace plancia::support;
using namespace plancia::ui;

class TestSupportWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void caseFileOpensWithoutPlatform()
    {
        CaseData d;
        d.kind = CaseData::Kind::Session;
        d.namespaceName = QStringLiteral("user-x");
        d.name = QStringLiteral("jupyter-x");
        d.pods = {QJsonObject{
            {"metadata", QJsonObject{{"name", "jupyter-x"},
                                     {"namespace", "user-x"},
                                     {"creationTimestamp", "2026-12-01T10:00:00Z"},
                                     {"labels", QJsonObject{{"component", "singleuser-server"}}}}},
            {"status", QJsonObject{{"phase", "Failed"}}}}};
        d.events = {
            QJsonObject{{"type", "Warning"},
                        {"reason", "BackOff"},
                        {"message", "Back-off restarting"},
                        {"lastTimestamp", "2026-12-01T10:01:00Z"},
                        {"involvedObject", QJsonObject{{"kind", "Pod"}, {"name", "jupyter-x"}}}}};
        d.logs.insert(QStringLiteral("jupyter-x"),
                      {QStringLiteral("JUPYTERHUB_API_TOKEN=0123456789abcdef0123456789abcdef"),
                       QStringLiteral("Traceback: boom")});
        QTemporaryDir dir;
        const QString path = dir.filePath("case.json");
        QVERIFY(writeCaseFile(path, caseFileJson(d, {})).ok());

        QWidget parent;
        SupportPage::openCaseFile(&parent, path);
        auto *dialog = parent.findChild<QDialog *>("caseFileDialog");
        QVERIFY(dialog);
        auto *view = dialog->findChild<CaseFileView *>();
        QVERIFY(view);
        QVERIFY(view->summaryLabel()->text().contains("jupyter-x"));
        QVERIFY(view->summaryLabel()->text().contains(causeName(FailureCause::SpawnFailed)));
        QVERIFY(view->timeline()->topLevelItemCount() >= 2);
        QCOMPARE(view->events()->topLevelItemCount(), 1);
        QVERIFY(view->logs()->toPlainText().contains("Traceback: boom"));
        QVERIFY(!view->logs()->toPlainText().contains("0123456789abcdef0123456789abcdef"));
        QVERIFY(view->raw()->isReadOnly());
        dialog->close();
    }

    void supportPageWithoutLogin()
    {
        SupportPage page;
        page.show();
        QVERIFY(!page.isLive());
        QVERIFY(!page.exportButton()->isEnabled());
        for (FailureCause c : allCauses())
            QVERIFY(!page.causeButton(int(c))->isEnabled());
    }

    void tutorPageSortsAndConfirms()
    {
        TutorPage page;
        QAbstractItemModelTester tester(page.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 600);
        page.show();
        Participant a;
        a.user = QStringLiteral("active1");
        a.server = Participant::Server::Running;
        a.idleSeconds = 10;
        Participant i1 = a;
        i1.user = QStringLiteral("idle1");
        i1.idleSeconds = 7200;
        Participant i2 = i1;
        i2.user = QStringLiteral("idle2");
        Participant n;
        n.user = QStringLiteral("nostart");
        page.room()->setParticipants({a, i1, n, i2});
        // The view's first rows are those who need help.
        auto *model = page.table()->model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("nostart"));
        QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("active1"));
        QCOMPARE(page.idleUsers(), (QStringList{"idle1", "idle2"}));
        // The confirmation names exactly who is affected; declined, nothing starts.
        QString asked;
        page.setConfirmer([&](const QString &q) {
            asked = q;
            return false;
        });
        QVERIFY(!page.runBulk(BulkServerJob::Action::Stop, page.idleUsers()));
        QVERIFY(asked.contains("idle1") && asked.contains("idle2"));
        QVERIFY(!asked.contains("active1") && !asked.contains("nostart"));
        QVERIFY(!page.isBulkRunning());
        QVERIFY(page.progressList()->count() == 0);
        // Selection drives "Stop selected".
        page.table()->selectRow(3);
        QCOMPARE(page.selectedUsers(), QStringList{"active1"});
    }
};

QTEST_MAIN(TestSupportWidgets)
#include "tst_supportwidgets.moc"
