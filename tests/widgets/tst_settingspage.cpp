#include "common/languagemanager.h"
#include "common/profilelistmodel.h"
#include "config/profilestore.h"
#include "log/logging.h"
#include "settings/profilesettings.h"
#include "settings/settingspage.h"
#include "shelltestfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace plancia;

class TstSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initShellTest(); }

    void showsProfilesImportsAndReportsBrokenFiles()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        test::writeProfiles(dir);
        ProfileStore store;
        store.setDirectory(dir.path());
        store.reload();
        ui::ProfileListModel model(&store);
        ui::LanguageManager languages;
        ui::SettingsPage page(&store, &model, &languages);
        page.show();
        auto *profiles = page.profileSettings();
        QCOMPARE(profiles->view()->model()->rowCount(), 2);
        QCOMPARE(profiles->problemTexts().size(), 1);

        const QString good = elsewhere.filePath(QStringLiteral("gamma.json"));
        test::writeFile(good, test::profileJson("gamma", "Gamma Site"));
        QVERIFY(profiles->importFile(good));
        QCOMPARE(profiles->view()->model()->rowCount(), 3);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("gamma.json"))));

        // A failed import was asked for by the person: it is shown in a message box.
        const QString bad = elsewhere.filePath(QStringLiteral("bad.json"));
        test::writeFile(bad, "{ not json");
        QVERIFY(!profiles->importFile(bad));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = profiles->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->informativeText().contains(QStringLiteral("bad.json")));
        QPointer<QMessageBox> guard(box);
        box->close();
        QTRY_VERIFY(!guard);
        QCOMPARE(profiles->view()->model()->rowCount(), 3);

        // The reasons follow a language switch.
        QVERIFY(!profiles->problemTexts().first().contains(QStringLiteral("obbligatorio")));
        languages.setLanguage(QStringLiteral("it"));
        QVERIFY2(profiles->problemTexts().first().contains(QStringLiteral("obbligatorio")),
                 qPrintable(profiles->problemTexts().first()));
        languages.setLanguage(QStringLiteral("en"));
    }

    void languageSelectorAndLogLocation()
    {
        QTemporaryDir dir;
        ProfileStore store;
        store.setDirectory(dir.path());
        ui::ProfileListModel model(&store);
        ui::LanguageManager languages;
        languages.setLanguage({});
        ui::SettingsPage page(&store, &model, &languages);
        QComboBox *box = page.languageBox();
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemText(1), QStringLiteral("English"));
        QCOMPARE(box->itemText(2), QStringLiteral("Italiano"));
        QCOMPARE(box->currentIndex(), 0);
        Q_EMIT box->activated(2);
        QCOMPARE(languages.language(), QStringLiteral("it"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("it"));
        // Widgets are told of the new language by a posted LanguageChange event.
        QTRY_COMPARE(box->itemText(0), QStringLiteral("Predefinita di sistema"));
        QCOMPARE(page.title(), QStringLiteral("Impostazioni"));
        QCOMPARE(box->currentIndex(), 2);
        languages.setLanguage(QStringLiteral("en"));
        QCOMPARE(box->currentIndex(), 1);

        auto *log = page.findChild<QLineEdit *>(QStringLiteral("logPath"));
        QVERIFY(log);
        QCOMPARE(log->text(), QDir::toNativeSeparators(logFilePath()));
        QVERIFY(!log->text().isEmpty());
    }
};

QTEST_MAIN(TstSettingsPage)
#include "tst_settingspage.moc"
