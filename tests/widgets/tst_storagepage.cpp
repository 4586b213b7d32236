// The Storage page offscreen against in-memory backends (storagefakes.h): the bucket model
// under QAbstractItemModelTester (lazy per-prefix fetch, continuation pages, sort, filter), the
// transfers panel's model (rows, batched progress, errors in words, clear finished), the delete
// confirmation naming the keys, file URLs dropped on the table starting uploads, a drag out
// handing over file URLs once its downloads are done, keyboard navigation, the "not connected"
// state, and 100,000 keys listed in pages with the event loop's longest gap measured.

#include "../bench/heartbeat.h"
#include "common/errorbanner.h"
#include "common/placeholderview.h"
#include "storage/bucketmodel.h"
#include "storage/objectproxymodel.h"
#include "storage/objectview.h"
#include "storage/storagepage.h"
#include "storage/transfersmodel.h"
#include "storage/transferspanel.h"
#include "storagefakes.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace plancia;
using namespace plancia::ui;
using test::FakeQueue;
using test::FakeStorage;

namespace {

QStringList names(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, 0, parent).data().toString();
    return out;
}

void seed(FakeStorage &s)
{
    s.put(QStringLiteral("data"), QStringLiteral("a/1.txt"), 100);
    s.put(QStringLiteral("data"), QStringLiteral("a/b/2.txt"), 200);
    s.put(QStringLiteral("data"), QStringLiteral("a/big.bin"), 5000);
    s.put(QStringLiteral("data"), QStringLiteral("c.bin"), 30);
    s.put(QStringLiteral("data"), QStringLiteral("d/"), 0); // a folder marker
    s.put(QStringLiteral("data"), QStringLiteral("e file.txt"), 7);
    s.put(QStringLiteral("other"), QStringLiteral("x"), 1);
}

} // namespace

class TestStoragePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelFetchesLazilyPerPrefix()
    {
        FakeStorage store;
        seed(store);
        BucketModel model;
        model.setSource(&store);
        model.setBucket(QStringLiteral("data"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(store.calls.isEmpty()); // nothing until asked
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE(model.rowCount(), 4);
        // Folders first in a page (as common prefixes come), then objects; the "d/" marker is
        // the folder "d" itself.
        QCOMPARE(names(model), (QStringList{"a", "d", "c.bin", "e file.txt"}));
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex a = model.index(0, 0);
        QVERIFY(BucketModel::isFolder(a));
        QCOMPARE(BucketModel::keyOf(a), QStringLiteral("a/"));
        QVERIFY(model.hasChildren(a)); // not listed yet: it may have some
        QCOMPARE(model.rowCount(a), 0);
        QVERIFY(model.canFetchMore(a));
        QCOMPARE(store.calls.size(), 1); // a/ was not listed with its parent
        model.fetchMore(a);
        QTRY_COMPARE(model.rowCount(a), 3);
        QCOMPARE(names(model, a), (QStringList{"b", "1.txt", "big.bin"}));
        QCOMPARE(
            model.index(2, BucketModel::SizeColumn, a).data(BucketModel::SizeRole).toLongLong(),
            5000);
        QVERIFY(!model.index(2, BucketModel::SizeColumn, a).data().toString().isEmpty());
        QVERIFY(!model.index(1, BucketModel::TypeColumn, a).data().toString().isEmpty());
        // An empty folder has no arrow once listed.
        const QModelIndex d = model.index(1, 0);
        model.fetchMore(d);
        QTRY_VERIFY(model.status(d).complete);
        QVERIFY(!model.hasChildren(d));
        QVERIFY(!model.canFetchMore(d));
        QStringList prefixes;
        for (const auto &c : store.calls) {
            QCOMPARE(c.maxKeys, 1000); // the first page is S3's largest: 1000 keys
            prefixes << c.prefix;
        }
        QCOMPARE(prefixes, (QStringList{QString(), "a/", "d/"}));

        // The same walk under QAbstractItemModelTester (which fetches what it walks).
        BucketModel tested;
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setSource(&store);
        tested.setBucket(QStringLiteral("data"));
        if (tested.canFetchMore({}))
            tested.fetchMore({});
        QTRY_COMPARE(tested.rowCount(), 4);
        const QModelIndex ta = tested.index(0, 0);
        if (tested.canFetchMore(ta))
            tested.fetchMore(ta);
        QTRY_COMPARE(tested.rowCount(ta), 3);
        const QModelIndex tb = tested.index(0, 0, ta);
        if (tested.canFetchMore(tb))
            tested.fetchMore(tb);
        QTRY_COMPARE(tested.rowCount(tb), 1);
        tested.removeKeys({QStringLiteral("a/1.txt"), QStringLiteral("c.bin")});
        QCOMPARE(names(tested, ta), (QStringList{"b", "big.bin"}));
        QCOMPARE(names(tested), (QStringList{"a", "d", "e file.txt"}));
        tested.addFolder(QStringLiteral("new/deeper/"));
        QVERIFY(tested.indexForKey(QStringLiteral("new/deeper/")).isValid());
        QCOMPARE(BucketModel::keyOf(tested.ensureFolder(QStringLiteral("new/deeper"))),
                 QStringLiteral("new/deeper/"));
    }

    void modelFollowsContinuationPages()
    {
        FakeStorage store;
        store.putMany(QStringLiteral("data"), QString(), 25);
        BucketModel model; // (the tester would fetch on its own: it watches autoModel below)
        model.setSource(&store);
        model.setBucket(QStringLiteral("data"));
        model.setPageSize(10);
        model.setAutoContinue(false);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(store.calls.size(), 1);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(store.calls.at(1).token, store.keys(QStringLiteral("data")).at(9));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 25);
        QTRY_VERIFY(model.status({}).complete);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.status({}).pages, 3);
        QCOMPARE(names(model), store.keys(QStringLiteral("data")));

        // By itself: one fetchMore, every page.
        BucketModel autoModel;
        QAbstractItemModelTester tester2(&autoModel,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        autoModel.setPageSize(10);
        autoModel.setSource(&store);
        autoModel.setBucket(QStringLiteral("data"));
        QSignalSpy finished(&autoModel, &BucketModel::listingFinished);
        QSignalSpy pages(&autoModel, &BucketModel::pageLoaded);
        autoModel.fetchMore({}); // (or the tester did)
        QVERIFY(finished.wait(5000));
        QCOMPARE(autoModel.rowCount(), 25);
        QCOMPARE(pages.size(), 3);

        // Reload drops the rows and lists again from the first page.
        autoModel.reload({});
        QCOMPARE(autoModel.rowCount(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(autoModel.rowCount(), 25);
    }

    void modelReportsListingErrors()
    {
        FakeStorage store;
        seed(store);
        store.fail = Error::make(Error::Kind::Forbidden,
                                 QStringLiteral("Access denied by the bucket policy."));
        BucketModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&store);
        model.setBucket(QStringLiteral("data"));
        QSignalSpy failed(&model, &BucketModel::listingFailed);
        model.fetchMore({});
        QVERIFY(failed.wait(5000));
        QVERIFY(model.status({}).failed);
        QVERIFY(!model.canFetchMore({})); // no retry loop from the views
        QCOMPARE(failed.at(0).at(1).value<Error>().message,
                 QStringLiteral("Access denied by the bucket policy."));
        model.reload({});
        QTRY_COMPARE(model.rowCount(), 4);
    }

    void proxySortsFoldersFirstAndFilters()
    {
        FakeStorage store;
        seed(store);
        BucketModel model;
        model.setSource(&store);
        model.setBucket(QStringLiteral("data"));
        ObjectProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 4);
        const QModelIndex a = model.index(0, 0);
        model.fetchMore(a);
        QTRY_COMPARE(model.rowCount(a), 3);

        proxy.setFolder(a);
        // (proxy indexes do not survive a sort: mapped again each time)
        auto pa = [&] {
            return proxy.mapFromSource(a);
        };
        proxy.sort(BucketModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy, pa()), (QStringList{"b", "big.bin", "1.txt"}));
        proxy.sort(BucketModel::SizeColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy, pa()), (QStringList{"b", "1.txt", "big.bin"}));
        proxy.sort(BucketModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy, {}), (QStringList{"d", "a", "e file.txt", "c.bin"}));

        // The filter applies to the open folder only; its parents stay.
        proxy.setFilterText(QStringLiteral("TXT"));
        QCOMPARE(names(proxy, pa()), (QStringList{"1.txt"}));
        QCOMPARE(proxy.rowCount({}), 4);
        proxy.setFolder({});
        QCOMPARE(names(proxy, {}), (QStringList{"e file.txt"}));
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount({}), 4);

        // Rows arriving while sorted and filtered go to their place.
        proxy.setFilterText(QStringLiteral(".bin"));
        store.put(QStringLiteral("data"), QStringLiteral("z.bin"), 1);
        QSignalSpy finished(&model, &BucketModel::listingFinished);
        model.reload({});
        QVERIFY(finished.wait(5000));
        QCOMPARE(names(proxy, {}), (QStringList{"z.bin", "c.bin"}));
    }

    void transfersModelFollowsTheQueue()
    {
        FakeQueue queue;
        TransfersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(&queue);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalsText(), QStringLiteral("No transfers."));

        const auto up =
            queue.add(TransferQueue::Direction::Upload, QStringLiteral("data"),
                      QStringLiteral("in/big.bin"), QStringLiteral("/tmp/big.bin"), 1000);
        const auto down = queue.add(TransferQueue::Direction::Download, QStringLiteral("data"),
                                    QStringLiteral("out/"), QStringLiteral("/tmp/out"), 400);
        queue.add(TransferQueue::Direction::Download, QStringLiteral("data"),
                  QStringLiteral("out/f1"), QStringLiteral("/tmp/out/f1"), 200, down);
        QCOMPARE(model.rowCount(), 2); // the folder's file is in its folder's row
        QCOMPARE(model.index(0, TransfersModel::NameColumn).data().toString(),
                 QStringLiteral("big.bin"));
        QCOMPARE(model.index(0, TransfersModel::DirectionColumn).data().toString(),
                 QStringLiteral("Upload"));
        QCOMPARE(model.index(1, TransfersModel::DirectionColumn).data().toString(),
                 QStringLiteral("Download"));
        QCOMPARE(model.index(0, TransfersModel::StateColumn).data().toString(),
                 QStringLiteral("Queued"));

        // Progress is batched: one dataChanged for many changes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 1; i <= 5; ++i)
            queue.set(up, TransferQueue::State::Running, i * 100, {}, 2.5e6,
                      std::chrono::seconds(90));
        QCOMPARE(changed.size(), 0);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data(TransfersModel::ProgressRole).toInt(), 500);
        QVERIFY(model.index(0, TransfersModel::RateColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("/s")));
        QCOMPARE(model.index(0, TransfersModel::EtaColumn).data().toString(),
                 QStringLiteral("2 min"));
        QCOMPARE(model.index(0, TransfersModel::StateColumn).data().toString(),
                 QStringLiteral("Running"));
        QVERIFY(model.totalsText().contains(QStringLiteral("1 running")));

        queue.set(
            down, TransferQueue::State::Failed, 100,
            Error::make(Error::Kind::Forbidden, QStringLiteral("You may not read this bucket.")));
        model.flush();
        QCOMPARE(model.index(1, TransfersModel::StateColumn).data().toString(),
                 QStringLiteral("Failed: You may not read this bucket."));
        QVERIFY(model.index(1, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("You may not read this bucket.")));
        QVERIFY(model.totalsText().contains(QStringLiteral("1 failed")));

        queue.set(up, TransferQueue::State::Done, 1000);
        model.flush();
        QCOMPARE(model.index(0, 0).data(TransfersModel::ProgressRole).toInt(), 1000);
        QCOMPARE(model.index(0, TransfersModel::RateColumn).data().toString(), QString());

        // Unknown size: a busy bar.
        const auto unknown = queue.add(TransferQueue::Direction::Download, QStringLiteral("data"),
                                       QStringLiteral("p/"), QStringLiteral("/tmp/p"), -1);
        queue.set(unknown, TransferQueue::State::Running, 0);
        model.flush();
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(TransfersModel::ProgressRole).toInt(),
                 -1);
        Q_UNUSED(unknown);

        model.clearFinished();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TransfersModel::NameColumn).data().toString(),
                 QStringLiteral("p/"));
    }

    void transfersPanelActsOnSelectedRows()
    {
        FakeQueue queue;
        TransfersPanel panel;
        panel.setQueue(&queue);
        const auto a = queue.add(TransferQueue::Direction::Upload, QStringLiteral("data"),
                                 QStringLiteral("k"), QStringLiteral("/tmp/a"), 10);
        queue.set(a, TransferQueue::State::Running, 5);
        panel.model()->flush();
        QVERIFY(!panel.pauseAction()->isEnabled());
        panel.view()->selectionModel()->select(panel.model()->index(0, 0),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
        QVERIFY(panel.pauseAction()->isEnabled());
        panel.pauseAction()->trigger();
        QCOMPARE(queue.item(a).state, TransferQueue::State::Paused);
        panel.model()->flush();
        QVERIFY(panel.resumeAction()->isEnabled());
        panel.resumeAction()->trigger();
        QCOMPARE(queue.item(a).state, TransferQueue::State::Running);
        panel.pauseAllAction()->trigger();
        QCOMPARE(queue.pausedAll, 1);
        panel.cancelAction()->trigger();
        QCOMPARE(queue.item(a).state, TransferQueue::State::Cancelled);
        panel.model()->flush();
        QVERIFY(panel.clearFinishedAction()->isEnabled());
        QVERIFY(panel.totalsLabel()->text().contains(QStringLiteral("1 cancelled")));
        panel.clearFinishedAction()->trigger();
        QCOMPARE(panel.model()->rowCount(), 0);

        // The bandwidth limit: applied to the queue, remembered for the next one.
        const int five = panel.limitCombo()->findData(qint64(5000000));
        QVERIFY(five > 0);
        QCOMPARE(panel.limitCombo()->currentIndex(), 0);
        panel.limitCombo()->setCurrentIndex(five);
        Q_EMIT panel.limitCombo()->activated(five);
        QCOMPARE(queue.limit, 5000000);
        FakeQueue next;
        TransfersPanel again;
        again.setQueue(&next);
        QCOMPARE(next.limit, 5000000);
        QCOMPARE(again.limitCombo()->currentData().toLongLong(), 5000000);
        QSettings().remove(QString::fromLatin1(TransfersPanel::LimitKey));
    }

    void notConnectedShowsThePlaceholder()
    {
        FakeStorage store;
        seed(store);
        FakeQueue queue;
        StoragePage page;
        page.setBackends(&store, &queue);
        QVERIFY(page.showsPlaceholder());
        QCOMPARE(page.placeholder()->heading(), QStringLiteral("Not connected"));
        QSignalSpy login(&page, &Page::loginRequested);
        page.placeholder()->button()->click();
        QCOMPARE(login.size(), 1);
        page.setConnected(true);
        QVERIFY(!page.showsPlaceholder());
        QTRY_COMPARE(page.bucketCombo()->count(), 2);
        QTRY_COMPARE(page.currentBucket(), QStringLiteral("data"));
        page.setConnected(false);
        QVERIFY(page.showsPlaceholder());
        QCOMPARE(page.bucketCombo()->count(), 0);
    }

    void browsesWithTheKeyboard()
    {
        FakeStorage store;
        seed(store);
        FakeQueue queue;
        StoragePage page;
        page.resize(1000, 700);
        page.setBackends(&store, &queue);
        page.setConnected(true);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 4);
        // Sorted by name, folders first: a, d, c.bin, e file.txt.
        page.objectView()->setFocus();
        page.objectView()->setCurrentIndex(
            page.objectView()->model()->index(0, 0, page.objectView()->rootIndex()));
        QTest::keyClick(page.objectView(), Qt::Key_Return);
        QCOMPARE(page.currentPrefix(), QStringLiteral("a/"));
        QTRY_COMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 3);
        QTRY_VERIFY(page.statusLabel()->text().contains(QStringLiteral("3 item")));
        // The tree shows where we are.
        QCOMPARE(BucketModel::keyOf(page.folderView()->currentIndex()), QStringLiteral("a/"));
        QTest::keyClick(page.objectView(), Qt::Key_Backspace);
        QCOMPARE(page.currentPrefix(), QString());
        QTest::keyClick(page.objectView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.filterEdit()->hasFocus());
        QTest::keyClicks(page.filterEdit(), QStringLiteral("bin"));
        QCOMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 1);
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("1 match")));
        // Backspace in the filter edits the filter, it does not go up.
        page.openPrefix(QStringLiteral("a/"));
        QTRY_COMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 3);
        QCOMPARE(page.filterEdit()->text(), QString()); // a new folder starts unfiltered
        QTest::keyClicks(page.filterEdit(), QStringLiteral("xy"));
        QTest::keyClick(page.filterEdit(), Qt::Key_Backspace);
        QCOMPARE(page.filterEdit()->text(), QStringLiteral("x"));
        QCOMPARE(page.currentPrefix(), QStringLiteral("a/"));

        // Shortcuts are there and say so.
        QCOMPARE(page.uploadAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
        QCOMPARE(page.newFolderAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QCOMPARE(page.renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
        QCOMPARE(page.deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));

        // Ctrl+U asks for files and uploads them into the open folder.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1,2\n");
        f.close();
        page.setChooser([file](QWidget *, StoragePage::Choice c) {
            return c == StoragePage::Choice::Files ? QStringList{file} : QStringList{};
        });
        page.objectView()->setFocus();
        QTest::keyClick(page.objectView(), Qt::Key_U, Qt::ControlModifier);
        QCOMPARE(queue.items().size(), 1);
        QCOMPARE(queue.items().at(0).key, QStringLiteral("a/"));
        QCOMPARE(queue.items().at(0).localPath, file);
        QCOMPARE(page.transfersPanel()->model()->rowCount(), 1);
        // Done: the folder is listed again and the object is there.
        store.put(QStringLiteral("data"), QStringLiteral("a/x.csv"), 4);
        queue.set(queue.items().at(0).id, TransferQueue::State::Done, 4);
        page.filterEdit()->clear();
        QTRY_COMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 4);
    }

    void deleteConfirmsNamingTheKeys()
    {
        FakeStorage store;
        seed(store);
        FakeQueue queue;
        StoragePage page;
        page.setBackends(&store, &queue);
        page.setConnected(true);
        page.show();
        QTRY_COMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 4);
        page.selectKeys(
            {QStringLiteral("a/"), QStringLiteral("c.bin"), QStringLiteral("e file.txt")});
        QCOMPARE(page.selectedKeys().size(), 3);
        QVERIFY(page.deleteAction()->isEnabled());
        page.deleteAction()->trigger();
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("3 item")));
        QVERIFY(box->text().contains(QStringLiteral("data")));
        const QString info = box->informativeText();
        QVERIFY2(info.contains(QStringLiteral("a/")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("c.bin")));
        QVERIFY(info.contains(QStringLiteral("e file.txt")));
        QVERIFY(info.contains(QStringLiteral("everything in it")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        // Cancel deletes nothing.
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QVERIFY(store.removedKeys.isEmpty());
        page.selectKeys(
            {QStringLiteral("a/"), QStringLiteral("c.bin"), QStringLiteral("e file.txt")});
        page.deleteAction()->trigger();
        box = page.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QTRY_VERIFY(box && box->isVisible());
        QPushButton *yes = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                yes = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(yes);
        yes->click();
        QTRY_COMPARE(store.removedKeys, (QStringList{"c.bin", "e file.txt"}));
        QCOMPARE(store.removedPrefixes, QStringList{QStringLiteral("a/")});
        QTRY_COMPARE(names(*page.objectProxy(), page.objectView()->rootIndex()),
                     QStringList{QStringLiteral("d")});
        QVERIFY(!store.keys(QStringLiteral("data")).contains(QStringLiteral("a/b/2.txt")));
    }

    void droppedFilesStartUploads()
    {
        FakeStorage store;
        seed(store);
        FakeQueue queue;
        StoragePage page;
        page.resize(1000, 700);
        page.setBackends(&store, &queue);
        page.setConnected(true);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 4);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("one.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        const QString folder = dir.filePath(QStringLiteral("set"));
        QVERIFY(QDir().mkpath(folder));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file), QUrl::fromLocalFile(folder),
                      QUrl(QStringLiteral("https://example.org/not-a-file"))});
        QWidget *viewport = page.objectView()->viewport();
        // Dropped on empty space below the rows: into the open folder (the top level).
        const QPoint at(viewport->width() / 2, viewport->height() - 5);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(queue.items().size(), 2);
        QCOMPARE(queue.items().at(0).localPath, QFileInfo(file).absoluteFilePath());
        QCOMPARE(queue.items().at(0).key, QString());
        QCOMPARE(queue.items().at(0).bucket, QStringLiteral("data"));
        QCOMPARE(queue.items().at(1).localPath, QFileInfo(folder).absoluteFilePath());
        QCOMPARE(queue.items().at(1).key, QStringLiteral("set/"));

        // Dropped on a folder row: into that folder.
        const QModelIndex aRow =
            page.objectView()->model()->index(0, 0, page.objectView()->rootIndex());
        QCOMPARE(aRow.data().toString(), QStringLiteral("a"));
        const QPoint onA = page.objectView()->visualRect(aRow).center();
        QMimeData one;
        one.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter2(onA, Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter2);
        QDragMoveEvent move2(onA, Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move2);
        QDropEvent drop2(QPointF(onA), Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop2);
        QVERIFY(drop2.isAccepted());
        QCOMPARE(queue.items().size(), 3);
        QCOMPARE(queue.items().at(2).key, QStringLiteral("a/"));
    }

    void dragOutHandsOverDownloadedFiles()
    {
        FakeStorage store;
        seed(store);
        FakeQueue queue;
        queue.completeDownloads = true;
        StoragePage page;
        page.setBackends(&store, &queue);
        page.setConnected(true);
        QTRY_COMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 4);
        page.selectKeys({QStringLiteral("c.bin"), QStringLiteral("a/")});
        std::unique_ptr<DragOutMimeData> mime(page.objectView()->dragData());
        QVERIFY(mime);
        QVERIFY(mime->hasUrls());
        mime->start();
        QCOMPARE(queue.items().size(), 2);
        QVERIFY(queue.recursives.value(queue.items().at(1).id)); // the folder: recursive
        QVERIFY(mime->stagingDir().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
        // The drop asks for the URLs: they come once the downloads are done.
        const QList<QUrl> urls = mime->urls();
        QCOMPARE(urls.size(), 2);
        for (const QUrl &u : urls) {
            QVERIFY(u.isLocalFile());
            QVERIFY2(QFileInfo::exists(u.toLocalFile()), qPrintable(u.toLocalFile()));
            QVERIFY(u.toLocalFile().startsWith(mime->stagingDir()));
        }
        QCOMPARE(QFileInfo(urls.at(0).toLocalFile()).fileName(), QStringLiteral("c.bin"));
        // Inside the app it still reads as keys, not as local files to upload.
        QVERIFY(mime->hasFormat(QString::fromLatin1(BucketModel::MimeType)));
    }

    void renameNewFolderAndLink()
    {
        FakeStorage store;
        seed(store);
        FakeQueue queue;
        StoragePage page;
        page.setBackends(&store, &queue);
        page.setConnected(true);
        page.show();
        QTRY_COMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 4);

        page.newFolderAction()->trigger();
        auto *nf = page.findChild<QInputDialog *>(QStringLiteral("newFolderDialog"));
        QVERIFY(nf);
        nf->setTextValue(QStringLiteral("fresh"));
        nf->accept();
        QTRY_COMPARE(store.folders, QStringList{QStringLiteral("fresh/")});
        QTRY_VERIFY(names(*page.objectProxy(), page.objectView()->rootIndex())
                        .contains(QStringLiteral("fresh")));

        page.selectKeys({QStringLiteral("c.bin")});
        page.renameAction()->trigger();
        auto *rn = page.findChild<QInputDialog *>(QStringLiteral("renameDialog"));
        QVERIFY(rn);
        QCOMPARE(rn->textValue(), QStringLiteral("c.bin"));
        rn->setTextValue(QStringLiteral("renamed.bin"));
        rn->accept();
        QTRY_COMPARE(store.moves.size(), 1);
        QCOMPARE(store.moves.at(0),
                 qMakePair(QStringLiteral("c.bin"), QStringLiteral("renamed.bin")));
        QTRY_VERIFY(names(*page.objectProxy(), page.objectView()->rootIndex())
                        .contains(QStringLiteral("renamed.bin")));

        page.selectKeys({QStringLiteral("e file.txt")});
        page.copyLink(std::chrono::hours(24));
        QTRY_COMPARE(store.presigns, 1);
        QTRY_VERIFY(
            QApplication::clipboard()->text().contains(QStringLiteral("X-Amz-Expires=86400")));
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("copied")));

        page.usageAction()->trigger();
        QTRY_VERIFY(page.usageLabel()->text().contains(QStringLiteral("7 object")));
        QVERIFY(page.bucketCombo()->currentText().startsWith(QStringLiteral("data (")));
    }

    void listingErrorGoesToTheBanner()
    {
        FakeStorage store;
        seed(store);
        store.fail = Error::make(Error::Kind::Forbidden,
                                 QStringLiteral("Access denied by the bucket policy."));
        FakeQueue queue;
        StoragePage page;
        page.setBackends(&store, &queue);
        page.setConnected(true);
        page.show();
        QTRY_VERIFY(page.errorBanner()->isVisible());
        QVERIFY(page.errorBanner()->headline().contains(QStringLiteral("could not be listed")));
        QCOMPARE(page.errorBanner()->message(),
                 QStringLiteral("Access denied by the bucket policy."));
        Q_EMIT page.errorBanner()->retryRequested();
        QTRY_COMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 4);
        QVERIFY(!page.errorBanner()->isVisible());
    }

    // The page painted with a bucket open and transfers running (what docs/screenshots shows
    // when the sandbox is not at hand): written to the test's home, and to
    // $PLANCIA_SCREENSHOT_DIR as storage.png and storage-transfers.png when that is set.
    void paintsABucketAndTransfers()
    {
        FakeStorage store;
        const QString b = QStringLiteral("user-mrossi");
        const QDateTime t =
            QDateTime::fromString(QStringLiteral("2026-11-28T10:15:00Z"), Qt::ISODate);
        store.put(b, QStringLiteral("README.md"), 44, t);
        for (const char *k :
             {"notes/meeting notes 2026-03-14.md", "notes/a+b=c.txt", "notes/100% done.txt",
              "notes/issue #42.txt", "notes/perché_così.txt", "notes/émoji 🚀.txt",
              "deep/a/b/leaf.txt", "checkpoints/model-best.pt"})
            store.put(b, QString::fromUtf8(k), 1200, t);
        for (int i = 0; i < 6; ++i)
            store.put(b,
                      QStringLiteral("notebooks/analysis-%1.ipynb").arg(i, 2, 10, QLatin1Char('0')),
                      72 + i, t.addSecs(i * 3600));
        for (int i = 0; i < 40; ++i)
            store.put(b,
                      QStringLiteral("results/run-%1/metrics.json").arg(i, 3, 10, QLatin1Char('0')),
                      40, t);
        store.put(b, QStringLiteral("train-2026.csv"), 48'213'771, t.addDays(1));
        store.put(b, QStringLiteral("events.parquet"), 5'242'880, t.addDays(2));
        store.put(b, QStringLiteral("plot.png"), 184'220, t.addDays(2));
        store.put(QStringLiteral("proj-flashsim"), QStringLiteral("README.md"), 30, t);
        FakeQueue queue;
        StoragePage page;
        page.resize(1280, 760);
        page.setBackends(&store, &queue);
        page.setConnected(true);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.bucketCombo()->count(), 2);
        page.openBucket(b);
        QCOMPARE(page.bucketCombo()->currentData().toString(), b);
        QTRY_VERIFY(page.model()->status({}).complete);
        const QModelIndex deep = page.folderView()->model()->index(1, 0);
        QCOMPARE(deep.data().toString(), QStringLiteral("deep"));
        page.folderView()->expand(deep); // lists deep/ (lazily, as a person's click would)
        QTRY_COMPARE(page.folderView()->model()->rowCount(deep), 1);
        page.openPrefix(QStringLiteral("notes/"));
        QTRY_VERIFY(
            page.model()->status(page.model()->indexForKey(QStringLiteral("notes/"))).complete);
        page.openPrefix(QString());
        page.usageAction()->trigger();
        QTRY_VERIFY(!page.usageLabel()->text().isEmpty());
        page.selectKeys({QStringLiteral("train-2026.csv")});
        QTest::qWait(100);
        const QString dir = qEnvironmentVariable("PLANCIA_SCREENSHOT_DIR", QDir::homePath());
        const QImage browser = page.grab().toImage();
        QVERIFY(!browser.isNull());
        QVERIFY(browser.save(QDir(dir).filePath(QStringLiteral("storage.png"))));

        using D = TransferQueue::Direction;
        using S = TransferQueue::State;
        const auto up =
            queue.add(D::Upload, b, QStringLiteral("dataset-2026.bin"),
                      QStringLiteral("/home/mrossi/data/dataset-2026.bin"), 400'000'000);
        queue.set(up, S::Running, 148'000'000, {}, 19.8e6, std::chrono::seconds(13));
        const auto down = queue.add(D::Download, b, QStringLiteral("results/"),
                                    QStringLiteral("/home/mrossi/Downloads/results"), 1600);
        queue.set(down, S::Running, 640, {}, 5200, std::chrono::seconds(1));
        const auto done = queue.add(D::Upload, b, QStringLiteral("plot.png"),
                                    QStringLiteral("/home/mrossi/plot.png"), 184'220);
        queue.set(done, S::Done, 184'220);
        const auto failed =
            queue.add(D::Download, QStringLiteral("user-gbianchi"), QStringLiteral("README.md"),
                      QStringLiteral("/home/mrossi/Downloads"), -1);
        queue.set(failed, S::Failed, 0,
                  Error::make(
                      Error::Kind::Forbidden,
                      QStringLiteral("Access denied: you may not read the bucket user-gbianchi.")));
        const auto queued = queue.add(D::Upload, b, QStringLiteral("checkpoints/"),
                                      QStringLiteral("/home/mrossi/checkpoints"), 2'100'000'000);
        Q_UNUSED(queued);
        page.transfersPanel()->model()->flush();
        QTest::qWait(100);
        const QImage transfers = page.grab().toImage();
        QVERIFY(transfers.save(QDir(dir).filePath(QStringLiteral("storage-transfers.png"))));
        QCOMPARE(page.transfersPanel()->model()->rowCount(), 5);
    }

    void hundredThousandKeysInPagesWithoutBlocking()
    {
        FakeStorage store;
        store.putMany(QStringLiteral("big"), QString(), 100000);
        store.delayMs = 2; // a fast server: pages come back to back
        FakeQueue queue;
        StoragePage page;
        page.resize(1200, 800);
        page.setBackends(&store, &queue);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy first(&page, &StoragePage::firstRowsShown);
        QSignalSpy finished(page.model(), &BucketModel::listingFinished);
        bench::Heartbeat beat;
        QElapsedTimer clock;
        beat.start();
        clock.start();
        page.setConnected(true);
        QVERIFY(first.wait(5000));
        const qint64 firstMs = first.at(0).at(1).toLongLong();
        QVERIFY(finished.wait(60000));
        const qint64 total = clock.elapsed();
        // A paint of the full table, inside the measurement.
        page.objectView()->viewport()->repaint();
        QTest::qWait(20);
        const qint64 gap = beat.stop();
        QCOMPARE(page.model()->rowCount(), 100000);
        QCOMPARE(page.objectProxy()->rowCount(page.objectView()->rootIndex()), 100000);
        QCOMPARE(page.model()->status({}).pages, 100);
        qInfo("FIGURE storage_first_rows_ms %lld", firstMs);
        qInfo("FIGURE storage_100k_listing_ms %lld", total);
        qInfo("FIGURE storage_100k_longest_gap_ms %lld", gap);
        QVERIFY2(firstMs <= 300, qPrintable(QString::number(firstMs)));
        QVERIFY2(gap < 250,
                 qPrintable(QStringLiteral("the event loop was blocked for %1 ms").arg(gap)));
        // Sorted by name, the first row is the first key; by size descending, the largest.
        const QModelIndex root = page.objectView()->rootIndex();
        QCOMPARE(page.objectProxy()->index(0, 0, root).data().toString(),
                 QStringLiteral("obj-000000.dat"));
        beat.start();
        page.objectView()->sortByColumn(BucketModel::SizeColumn, Qt::DescendingOrder);
        const qint64 sortGap = beat.stop();
        qInfo("FIGURE storage_100k_sort_ms %lld", sortGap);
        QCOMPARE(page.objectProxy()->index(0, 0, root).data().toString(),
                 QStringLiteral("obj-099999.dat"));
        // Typed in one burst: filtered once, after the typing.
        beat.start();
        QTest::keyClicks(page.filterEdit(), QStringLiteral("99999"));
        QTRY_COMPARE(page.objectProxy()->rowCount(root), 1);
        const qint64 filterGap = beat.stop();
        qInfo("FIGURE storage_100k_filter_longest_gap_ms %lld", filterGap);
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("1 match")));
    }
};

QTEST_MAIN(TestStoragePage)
#include "tst_storagepage.moc"
