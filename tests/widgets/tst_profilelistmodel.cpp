#include "common/profilelistmodel.h"
#include "config/profilestore.h"
#include "shelltestfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace plancia;

class TstProfileListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void followsTheStore()
    {
        QTemporaryDir dir;
        ProfileStore store;
        store.setDirectory(dir.path());
        store.reload();
        ui::ProfileListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ui::ProfileListModel::ColumnCount));

        test::writeProfiles(dir);
        store.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Alpha Platform"));
        QCOMPARE(model.index(1, ui::ProfileListModel::NameColumn).data().toString(),
                 QStringLiteral("beta"));
        QVERIFY(model.index(1, ui::ProfileListModel::FileColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("beta.json")));
        QCOMPARE(model.index(0, 2).data(ui::ProfileListModel::NameRole).toString(),
                 QStringLiteral("alpha"));
        QCOMPARE(model.rowOf(QStringLiteral("beta")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());

        QVERIFY(!model.index(0, 0).data(ui::ProfileListModel::FromFileRole).toBool());

        // A profile from a file elsewhere is listed with the folder's, marked.
        QTemporaryDir elsewhere;
        const QString file = elsewhere.filePath(QStringLiteral("outside.json"));
        test::writeFile(file, test::profileJson("outside", "Outside"));
        QVERIFY(store.addFile(file).ok());
        QCOMPARE(model.rowCount(), 3);
        const int outside = model.rowOf(QStringLiteral("outside"));
        QVERIFY(outside >= 0);
        QCOMPARE(model.index(outside, 0).data().toString(),
                 QStringLiteral("Outside (from a file)"));
        QVERIFY(model.index(outside, 0).data(ui::ProfileListModel::FromFileRole).toBool());
        QVERIFY(model.isFromFile(model.profileAt(outside)));
        QCOMPARE(model.index(outside, ui::ProfileListModel::NameColumn).data().toString(),
                 QStringLiteral("outside"));

        QFile::remove(dir.filePath(QStringLiteral("alpha.json")));
        store.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.profileAt(0).name, QStringLiteral("beta"));
    }
};

QTEST_MAIN(TstProfileListModel)
#include "tst_profilelistmodel.moc"
