#include "common/languagemanager.h"
#include "common/profilelistmodel.h"
#include "config/profilestore.h"
#include "log/logging.h"
#include "settings/profilesettings.h"
#include "settings/settingspage.h"
#include "shelltestfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTextDocumentFragment>
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

    // The page names the folder profiles are read from, the one the store reads; a profile from
    // elsewhere is marked as from a file, so list and sentence agree.
    void namesTheFolderItReadsAndMarksFiles()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        test::writeProfiles(dir);
        ProfileStore store;
        store.setDirectory(dir.path());
        store.reload();
        const QString file = elsewhere.filePath(QStringLiteral("sandbox.json"));
        test::writeFile(file, test::profileJson("sandbox", "Local sandbox"));
        QVERIFY(store.addFile(file).ok());
        ui::ProfileListModel model(&store);
        ui::LanguageManager languages;
        ui::SettingsPage page(&store, &model, &languages);
        auto *profiles = page.profileSettings();
        auto *folder = profiles->findChild<QLabel *>(QStringLiteral("profilesFolder"));
        QVERIFY(folder);
        const QString shown = QTextDocumentFragment::fromHtml(folder->text()).toPlainText();
        QVERIFY2(shown.split(QLatin1Char('\n'))
                     .contains(QDir::toNativeSeparators(dir.path()) + QLatin1Char('.')),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("from a file")));
        QAbstractItemModel *list = profiles->view()->model();
        QCOMPARE(list->rowCount(), 3);
        for (int row = 0; row < list->rowCount(); ++row) {
            const QString path =
                list->index(row, ui::ProfileListModel::FileColumn).data().toString();
            const bool inFolder =
                QFileInfo(path).absolutePath() == QFileInfo(dir.path()).absoluteFilePath();
            const QString name = list->index(row, 0).data().toString();
            QCOMPARE(name.endsWith(QStringLiteral("(from a file)")), !inFolder);
            QCOMPARE(list->index(row, 0).data(ui::ProfileListModel::FromFileRole).toBool(),
                     !inFolder);
        }
        QCOMPARE(store.directory(), dir.path());
    }

    // No file manager (xdg-open: no method available): the buttons say so and offer the path.
    void openFolderButtonsOfferThePathWhenNothingOpensIt()
    {
        QTemporaryDir dir;
        ProfileStore store;
        store.setDirectory(dir.filePath(QStringLiteral("profiles")));
        ui::ProfileListModel model(&store);
        ui::LanguageManager languages;
        ui::SettingsPage page(&store, &model, &languages);
        QList<QUrl> asked;
        page.setUrlOpener([&asked](const QUrl &url) {
            asked << url;
            return false;
        });
        page.show();
        struct Case
        {
            const char *button;
            QString path;
        };
        const QList<Case> cases{
            {"openProfilesFolder", store.directory()},
            {"openLogFolder", QFileInfo(logFilePath()).absolutePath()},
        };
        for (const Case &c : cases) {
            asked.clear();
            auto *button = page.findChild<QPushButton *>(QLatin1String(c.button));
            QVERIFY(button && button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(asked, QList<QUrl>{QUrl::fromLocalFile(c.path)});
            QPointer<QMessageBox> box;
            QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("cannotOpen"))) &&
                        box->isVisible());
            QVERIFY(QTextDocumentFragment::fromHtml(box->informativeText())
                        .toPlainText()
                        .contains(QDir::toNativeSeparators(c.path)));
            QApplication::clipboard()->clear();
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("copy")),
                              Qt::LeftButton);
            QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(c.path));
            QTRY_VERIFY(!box);
        }
        // The profiles folder is created for the person to put files in.
        QVERIFY(QFileInfo(store.directory()).isDir());
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
