#include "common/errorbanner.h"
#include "common/errorpresenter.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QWidget>

namespace {

QString plain(const QString &richText)
{
    return QTextDocumentFragment::fromHtml(richText).toPlainText();
}

} // namespace

using namespace plancia;
using namespace plancia::ui;

class TstErrorPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void pageErrorsGoInline()
    {
        QWidget page;
        auto *banner = new ErrorBanner(&page);
        page.show();
        QVERIFY(!banner->isVisible());
        const Error e =
            Error::make(Error::Kind::Network, QStringLiteral("Cannot reach hub: refused"),
                        QStringLiteral("GET https://hub/api/user"));
        ErrorPresenter::showInline(banner, e);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->headline(), ErrorPresenter::headline(Error::Kind::Network));
        QCOMPARE(banner->message(), e.message);
        QCOMPARE(banner->detail(), e.detail);
        // Inline means inline: no dialog.
        QVERIFY(!page.findChild<QMessageBox *>());
        QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
        banner->clear();
        QVERIFY(!banner->isVisible());
    }

    void actionErrorsUseAMessageBox()
    {
        QWidget window;
        window.show();
        const Error e = Error::make(Error::Kind::Config, QStringLiteral("iam.issuer: missing"));
        QPointer<QMessageBox> box =
            ErrorPresenter::showForAction(&window, QStringLiteral("Import"), e);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowTitle(), QStringLiteral("Import"));
        QCOMPARE(plain(box->informativeText()), e.message);
        QCOMPARE(box->text(), ErrorPresenter::headline(Error::Kind::Config));
        box->close();
        QTRY_VERIFY(!box);
    }

    // A long path in a message is never split across lines: the box grows to hold it whole.
    void pathsAreNotSplit()
    {
        const QString path = QStringLiteral(
            "/home/researcher/.cache/plancia/sandbox/run-2026-12-01/profiles/sandbox-profile.json");
        const QString message =
            QStringLiteral("The platform profile %1 is not valid JSON:\nsandbox-profile.json, "
                           "line 3, column 14: a ',' or '}' is missing")
                .arg(path);
        const QString html = ErrorPresenter::wrapKeepingPaths(message);
        QCOMPARE(plain(html).simplified(), message.simplified());
        QVERIFY(plain(html).split(QLatin1Char('\n')).contains(path));
        QVERIFY(html.contains(QStringLiteral("<div style=\"white-space:pre\">") + path +
                              QStringLiteral("</div>")));
        QVERIFY(!ErrorPresenter::wrapKeepingPaths(QStringLiteral("read and/or write"))
                     .contains(QStringLiteral("white-space")));
        QVERIFY(ErrorPresenter::wrapKeepingPaths(QStringLiteral("see https://a.example/x?y=1"))
                    .contains(QStringLiteral("pre\">https://a.example/x?y=1</div>")));
        QCOMPARE(plain(ErrorPresenter::wrapKeepingPaths(QStringLiteral("<b>&amp;"))),
                 QStringLiteral("<b>&amp;"));

        QWidget window;
        window.resize(900, 600);
        window.show();
        QPointer<QMessageBox> box = ErrorPresenter::showForAction(
            &window, QStringLiteral("Open"), Error::make(Error::Kind::Config, message));
        QTRY_VERIFY(box && box->isVisible());
        auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
        QVERIFY(label);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        const int pathWidth = label->fontMetrics().horizontalAdvance(path);
        QTRY_VERIFY2(
            label->width() >= pathWidth,
            qPrintable(
                QStringLiteral("label %1 px, path %2 px").arg(label->width()).arg(pathWidth)));
        box->close();
        QTRY_VERIFY(!box);
    }

    // Nothing could open a folder or link: the person is told, and can copy it.
    void cannotOpenOffersToCopy()
    {
        QWidget window;
        window.show();
        const QUrl folder = QUrl::fromLocalFile(QStringLiteral("/tmp/some folder/logs"));
        QList<QUrl> asked;
        const UrlOpener works = [&asked](const QUrl &url) {
            asked << url;
            return true;
        };
        QVERIFY(ErrorPresenter::openOrOfferCopy(&window, works, folder));
        QCOMPARE(asked, QList<QUrl>{folder});
        QVERIFY(!window.findChild<QMessageBox *>());

        const UrlOpener fails = [](const QUrl &) {
            return false;
        };
        QVERIFY(!ErrorPresenter::openOrOfferCopy(&window, fails, folder));
        QPointer<QMessageBox> box;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("cannotOpen"))) &&
                    box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("No program could open the folder."));
        QVERIFY(plain(box->informativeText()).contains(QStringLiteral("/tmp/some folder/logs")));
        auto *copy = box->findChild<QPushButton *>(QStringLiteral("copy"));
        QVERIFY(copy);
        QCOMPARE(copy->text(), QStringLiteral("Copy path"));
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("/tmp/some folder/logs"));
        QTRY_VERIFY(!box);

        const QUrl link(QStringLiteral("https://iam.example.org/device?user_code=ABCD-EFGH"));
        QVERIFY(!ErrorPresenter::openOrOfferCopy(&window, fails, link));
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("cannotOpen"))) &&
                    box->isVisible());
        QCOMPARE(box->findChild<QPushButton *>(QStringLiteral("copy"))->text(),
                 QStringLiteral("Copy link"));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("copy")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), link.toString());
        QTRY_VERIFY(!box);
    }

    void everyKindHasAHeadline()
    {
        for (int k = 0; k <= int(Error::Kind::Internal); ++k)
            QVERIFY(!ErrorPresenter::headline(Error::Kind(k)).isEmpty());
    }
};

QTEST_MAIN(TstErrorPresenter)
#include "tst_errorpresenter.moc"
