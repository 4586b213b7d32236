// Skips on purpose, so that check_skip_reporting can see how CTest reports skips (see
// CMakeLists.txt here). PLANCIA_SKIPCHECK selects what happens:
//   init        initTestCase skips (how a missing prerequisite looks)
//   all         every function skips
//   some        one function passes, one skips
//   fail        one function fails, one skips
//   unexpected  one function passes, one skips as expected and one skips unexpectedly
// "fail" and "unexpected" do that only under check_skip_reporting (PLANCIA_SKIPCHECK_NESTED); in
// the suite itself they behave like "some", so that the suite passes.
#include <QtTest>

class TestSkipCheck : public QObject
{
    Q_OBJECT

    static QByteArray mode()
    {
        const QByteArray m = qgetenv("PLANCIA_SKIPCHECK");
        if ((m == "fail" || m == "unexpected") &&
            !qEnvironmentVariableIsSet("PLANCIA_SKIPCHECK_NESTED"))
            return "some";
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qgetenv("PLANCIA_SKIPCHECK").isEmpty(), "PLANCIA_SKIPCHECK is not set");
        if (mode() == "init")
            QSKIP("skips on purpose: a prerequisite is missing");
    }

    void skipsOnPurpose() { QSKIP("skips on purpose"); }

    void passesOrSkips()
    {
        if (mode() == "fail")
            QFAIL("fails on purpose (only under check_skip_reporting)");
        if (mode() == "all")
            QSKIP("skips on purpose");
        QCOMPARE(mode().isEmpty(), false);
    }

    void skipsInAllOrUnexpected()
    {
        if (mode() == "all")
            QSKIP("skips on purpose");
        if (mode() == "unexpected")
            QSKIP("skips on purpose, not listed in EXPECTED_SKIPS");
        QCOMPARE(mode().isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestSkipCheck)
#include "tst_skipcheck.moc"
