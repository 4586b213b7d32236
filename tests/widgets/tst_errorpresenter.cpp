#include "common/errorbanner.h"
#include "common/errorpresenter.h"
#include "testsupport.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

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
        QCOMPARE(box->informativeText(), e.message);
        QCOMPARE(box->text(), ErrorPresenter::headline(Error::Kind::Config));
        box->close();
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
