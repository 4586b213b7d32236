// The Storage page on a real Platform against the sandbox's RadosGW, logged in as mrossi: the
// buckets come (own bucket user-mrossi opened first), its top level is listed with the first
// rows within 300 ms of opening, a folder opens, a file uploaded through the page's queue (the
// TransferEngine) appears in the table when done, the page deletes it again (confirmation,
// DeleteObjects), and the transfers panel shows the upload as done.

#include "authsandbox.h"
#include "common/errorbanner.h"
#include "platform/platform.h"
#include "storage/bucketmodel.h"
#include "storage/objectproxymodel.h"
#include "storage/objectview.h"
#include "storage/storagepage.h"
#include "storage/transfersmodel.h"
#include "storage/transferspanel.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace plancia;
using namespace plancia::ui;

class TstStoragePageSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Platform> m_platform;

    static QStringList rowNames(StoragePage &page)
    {
        QStringList out;
        const QModelIndex root = page.objectView()->rootIndex();
        for (int r = 0; r < page.objectProxy()->rowCount(root); ++r)
            out << page.objectProxy()->index(r, 0, root).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PLANCIA_TEST_HOME"), "run through CTest");
        auto profile = test::sandboxProfile();
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toLogString()));
        m_platform = std::make_unique<Platform>(profile.value());
        QVERIFY(test::scriptedLogin(*m_platform->session(), QStringLiteral("mrossi")));
    }

    void browseUploadDelete()
    {
        StoragePage page;
        page.resize(1200, 800);
        page.setPlatform(m_platform.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy first(&page, &StoragePage::firstRowsShown);
        page.setConnected(true);
        QTRY_VERIFY_WITH_TIMEOUT(page.bucketCombo()->count() > 0, 30000);
        QCOMPARE(page.currentBucket(), QStringLiteral("user-mrossi"));
        QVERIFY(first.wait(30000));
        const qint64 firstMs = first.at(0).at(1).toLongLong();
        qInfo("FIGURE storage_sandbox_first_rows_ms %lld", firstMs);
        QVERIFY2(firstMs <= 300, qPrintable(QString::number(firstMs)));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->status({}).complete, 30000);
        qInfo("top level: %d rows, %d pages, shown %s", page.model()->rowCount(),
              page.model()->status({}).pages, qPrintable(rowNames(page).join(QLatin1Char(','))));
        QVERIFY2(rowNames(page).contains(QStringLiteral("README.md")),
                 qPrintable(rowNames(page).join(',')));
        QVERIFY(rowNames(page).contains(QStringLiteral("notes")));
        QVERIFY(!page.errorBanner()->isVisible());

        // A folder with odd keys.
        page.openPrefix(QStringLiteral("notes/"));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.model()->status(page.model()->indexForKey(QStringLiteral("notes/"))).complete,
            30000);
        QVERIFY2(rowNames(page).contains(QStringLiteral("a+b=c.txt")),
                 qPrintable(rowNames(page).join(',')));
        QVERIFY(rowNames(page).contains(QStringLiteral("émoji 🚀.txt")));

        // Upload into a run folder of its own.
        const QString run =
            QStringLiteral("tst-page-%1/")
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        page.openPrefix(run);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->status(page.model()->indexForKey(run)).complete,
                                 30000);
        QCOMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 0);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hello world.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
        f.close();
        page.uploadPaths({file}, run);
        TransfersModel *transfers = page.transfersPanel()->model();
        QTRY_COMPARE(transfers->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(transfers->itemAt(0).state == TransferQueue::State::Done ||
                                     transfers->itemAt(0).state == TransferQueue::State::Failed,
                                 60000);
        QVERIFY2(transfers->itemAt(0).state == TransferQueue::State::Done,
                 qPrintable(TransfersModel::stateText(transfers->itemAt(0))));
        QTRY_VERIFY_WITH_TIMEOUT(rowNames(page).contains(QStringLiteral("hello world.txt")), 30000);

        // Delete it through the page.
        page.selectKeys({run + QStringLiteral("hello world.txt")});
        page.deleteAction()->trigger();
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("hello world.txt")));
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(rowNames(page).isEmpty(), 30000);
        // Listed again: the object is really gone.
        page.model()->reload(page.model()->indexForKey(run));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->status(page.model()->indexForKey(run)).complete,
                                 30000);
        QCOMPARE(rowNames(page), QStringList());
    }

    void anotherUsersBucketIsRefusedInWords()
    {
        StoragePage page;
        page.setPlatform(m_platform.get());
        page.show();
        page.setConnected(true);
        QTRY_VERIFY_WITH_TIMEOUT(page.bucketCombo()->count() > 0, 30000);
        page.openBucket(QStringLiteral("user-gbianchi"));
        QTRY_VERIFY_WITH_TIMEOUT(page.errorBanner()->isVisible(), 30000);
        QVERIFY(page.errorBanner()->headline().contains(QStringLiteral("could not be listed")));
        QVERIFY2(!page.errorBanner()->message().isEmpty(), "the reason in words");
        qInfo("refused: %s", qPrintable(page.errorBanner()->message()));
    }
};

QTEST_MAIN(TstStoragePageSandbox)
#include "tst_storagepage_sandbox.moc"
