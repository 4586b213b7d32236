// The Usage page offscreen against a canned Prometheus (tests/support/testhttpserver.h): data
// in, series and axes out; the range picker sets the query range; stacked GPU-hours bars; the
// accounting table, its role filter, "no data" for CPU and the CSV exports; a Prometheus error
// in the banner, retried by itself until Prometheus answers again.

#include "common/charts/timeserieschart.h"
#include "common/errorbanner.h"
#include "metrics/prometheusclient.h"
#include "platform/platform.h"
#include "testhttpserver.h"
#include "testsupport.h"
#include "usage/accountingmodel.h"
#include "usage/accountingview.h"
#include "usage/rangepicker.h"
#include "usage/usagechartsview.h"
#include "usage/usagepage.h"

#include "common/placeholderview.h"

#include <QBarCategoryAxis>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QValueAxis>

#include <memory>

using namespace plancia;
using namespace plancia::ui;
using test::TestHttpServer;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01

QString param(const TestHttpServer::Request &r, const QString &key)
{
    const qsizetype q = r.path.indexOf('?');
    QByteArray form = r.method == "POST" ? r.body : r.path.mid(q + 1);
    form.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(form)).queryItemValue(key, QUrl::FullyDecoded);
}

QByteArray matrix(const QList<QPair<QString, QString>> &series, double start, double end,
                  double step, double value)
{
    QByteArray out = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (i)
            out += ',';
        out += QStringLiteral(R"({"metric":{"%1":"%2"},"values":[)")
                   .arg(series[i].first, series[i].second)
                   .toUtf8();
        int n = 0;
        for (double t = start; t <= end; t += step) {
            if (n++)
                out += ',';
            out += QStringLiteral(R"([%1,"%2"])").arg(qint64(t)).arg(value + double(i)).toUtf8();
        }
        out += "]}";
    }
    return out + "]}}";
}

QByteArray vector(const QString &label, const QList<QPair<QString, double>> &rows)
{
    QByteArray out = R"({"status":"success","data":{"resultType":"vector","result":[)";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i)
            out += ',';
        out += QStringLiteral(R"({"metric":{"%1":"%2"},"value":[1767225600,"%3"]})")
                   .arg(label, rows[i].first)
                   .arg(rows[i].second)
                   .toUtf8();
    }
    return out + "]}}";
}

// A Prometheus with the fleet's answers: utilisation per model, GPU-hours per user/project, the
// accounting vectors (no CPU series, as in the sandbox). `failing` answers Prometheus's error.
struct FakePrometheus
{
    TestHttpServer server;
    bool failing = false;

    FakePrometheus()
    {
        server.setHandler([this](const TestHttpServer::Request &r, TestHttpServer::Reply reply) {
            const QByteArray json = "application/json";
            if (failing) {
                reply.send(
                    422,
                    R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory"})",
                    {{"Content-Type", json}});
                return;
            }
            const QString q = param(r, QStringLiteral("query"));
            const bool project = q.contains(QStringLiteral("sum by (project)"));
            const QString label = project ? QStringLiteral("project") : QStringLiteral("user");
            if (r.path.contains("/api/v1/query_range")) {
                const double start = param(r, QStringLiteral("start")).toDouble();
                const double end = param(r, QStringLiteral("end")).toDouble();
                QString stepText = param(r, QStringLiteral("step")); // "900s"
                stepText.chop(1);
                const double step = std::max(1.0, stepText.toDouble());
                if (q.contains(QStringLiteral("allocated_accelerators"))) {
                    const QList<QPair<QString, QString>> groups =
                        project
                            ? QList<QPair<QString, QString>>{{label, QStringLiteral("flashsim")},
                                                             {label, QStringLiteral("cms-anomaly")}}
                            : QList<QPair<QString, QString>>{{label, QStringLiteral("mrossi")},
                                                             {label, QStringLiteral("gbianchi")},
                                                             {label, QStringLiteral("lverdi")}};
                    reply.send(200, matrix(groups, start, end, step, 4), {{"Content-Type", json}});
                } else {
                    reply.send(
                        200,
                        matrix({{QStringLiteral("modelName"), QStringLiteral("Tesla T4")},
                                {QStringLiteral("modelName"), QStringLiteral("NVIDIA A100")}},
                               start, end, step, 20),
                        {{"Content-Type", json}});
                }
                return;
            }
            if (q.contains(QStringLiteral("container_cpu_usage_seconds_total")) ||
                q.contains(QStringLiteral("resource=\"cpu\""))) {
                reply.send(200, vector(label, {}), {{"Content-Type", json}});
            } else if (q.contains(QStringLiteral("count_over_time"))) {
                reply.send(200,
                           project ? vector(label, {{QStringLiteral("flashsim"), 61.5}})
                                   : vector(label, {{QStringLiteral("mrossi"), 55},
                                                    {QStringLiteral("gbianchi"), 70}}),
                           {{"Content-Type", json}});
            } else {
                reply.send(200,
                           project ? vector(label, {{QStringLiteral("flashsim"), 30},
                                                    {QStringLiteral("cms-anomaly"), 12},
                                                    {QString(), 5}})
                                   : vector(label, {{QStringLiteral("mrossi"), 10.5},
                                                    {QStringLiteral("gbianchi"), 20},
                                                    {QStringLiteral("lverdi"), 3.25}}),
                           {{"Content-Type", json}});
            }
        });
    }
    QList<TestHttpServer::Request> ranges() const
    {
        QList<TestHttpServer::Request> out;
        for (const auto &r : server.requests()) {
            if (r.path.contains("/api/v1/query_range"))
                out << r;
        }
        return out;
    }
};

usage::Viewer admin()
{
    return {QStringLiteral("dferri"), {QStringLiteral("ml-infn")}, true};
}
usage::Viewer researcher()
{
    return {QStringLiteral("mrossi"),
            {QStringLiteral("ml-infn-users"), QStringLiteral("flashsim")},
            false};
}

} // namespace

class TstUsagePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakePrometheus> m_prom;
    std::unique_ptr<Platform> m_platform;
    std::unique_ptr<UsagePage> m_page;

    void makePage(const usage::Viewer &viewer)
    {
        m_page.reset();
        m_platform.reset();
        m_prom = std::make_unique<FakePrometheus>();
        QVERIFY(m_prom->server.listen());
        Profile profile;
        profile.name = QStringLiteral("test");
        profile.prometheus.url = m_prom->server.url(QStringLiteral("/"));
        profile.kubernetes.namespaceTemplate = QStringLiteral("user-{username}");
        m_platform = std::make_unique<Platform>(profile);
        m_page = std::make_unique<UsagePage>();
        m_page->resize(1000, 700);
        m_page->setRetryDelays(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        m_page->charts()->rangePicker()->setClock([] { return kNow; });
        m_page->accounting()->rangePicker()->setClock([] { return kNow; });
        m_page->setPlatform(m_platform.get());
        m_page->overrideViewer(viewer);
        m_page->setConnected(true);
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup()
    {
        m_page.reset();
        m_platform.reset();
        m_prom.reset();
    }

    void notConnectedShowsPlaceholder()
    {
        UsagePage page;
        QVERIFY(page.showsPlaceholder());
        QSignalSpy login(&page, &Page::loginRequested);
        page.placeholder()->findChild<QPushButton *>()->click();
        QCOMPARE(login.count(), 1);
    }

    void chartDataInSeriesAndAxesOut()
    {
        makePage(admin());
        m_page->show();
        UsageChartsView *charts = m_page->charts();
        QTRY_COMPARE(charts->state(), UsageChartsView::State::Loaded);
        TimeSeriesChart *chart = charts->chart();
        QCOMPARE(chart->mode(), TimeSeriesChart::Mode::Lines);
        QCOMPARE(chart->series().size(), 2);
        QCOMPARE(chart->series()[0].name, QStringLiteral("NVIDIA A100"));
        QCOMPARE(chart->series()[1].name, QStringLiteral("Tesla T4"));
        // The default period: the last 7 days, at the step that fits the width.
        const auto ranges = m_prom->ranges();
        QCOMPARE(ranges.size(), 1);
        const metrics::Range &range = charts->lastRange();
        QCOMPARE(range.end, kNow);
        QCOMPARE(range.start, kNow.addDays(-7));
        QCOMPARE(param(ranges[0], QStringLiteral("step")),
                 QStringLiteral("%1s").arg(range.step.count()));
        QVERIFY(7 * 86400 / range.step.count() + 1 <= qint64(std::max(400, chart->width())));
        QCOMPARE(param(ranges[0], QStringLiteral("start")).toDouble(),
                 double(kNow.addDays(-7).toSecsSinceEpoch()));
        QCOMPARE(chart->timeAxis()->min(), kNow.addDays(-7).toLocalTime());
        QCOMPARE(chart->timeAxis()->max(), kNow.toLocalTime());
        QCOMPARE(chart->valueAxis()->min(), 0.0);
        QCOMPARE(chart->valueAxis()->max(), 100.0);
        QVERIFY(chart->hoverText(double(kNow.addDays(-1).toMSecsSinceEpoch()))
                    .contains(QStringLiteral("Tesla T4")));
        QVERIFY(charts->exportPngButton()->isEnabled());
        // Legend toggles.
        chart->setSeriesVisible(0, false);
        QVERIFY(!chart->isSeriesVisible(0));

        // Per node: another named query, the node as the name.
        charts->setKind(UsageChartsView::Kind::UtilisationPerNode);
        QTRY_COMPARE(m_prom->ranges().size(), 2);
        QVERIFY(param(m_prom->ranges()[1], QStringLiteral("query"))
                    .startsWith(QStringLiteral("avg by (Hostname)")));
    }

    void rangePickerSetsQueryRange()
    {
        makePage(admin());
        m_page->show();
        UsageChartsView *charts = m_page->charts();
        QTRY_COMPARE(charts->state(), UsageChartsView::State::Loaded);
        charts->rangePicker()->setPreset(RangePicker::Preset::Day);
        QTRY_COMPARE(m_prom->ranges().size(), 2);
        QCOMPARE(param(m_prom->ranges()[1], QStringLiteral("start")).toDouble(),
                 double(kNow.addSecs(-86400).toSecsSinceEpoch()));
        charts->rangePicker()->setPreset(RangePicker::Preset::Month);
        QTRY_COMPARE(m_prom->ranges().size(), 3);
        QCOMPARE(param(m_prom->ranges()[2], QStringLiteral("start")).toDouble(),
                 double(kNow.addDays(-30).toSecsSinceEpoch()));
        const QDateTime from = QDateTime(QDate(2025, 12, 1), QTime(8, 0), Qt::UTC);
        const QDateTime to = QDateTime(QDate(2025, 12, 3), QTime(20, 0), Qt::UTC);
        charts->rangePicker()->setCustomRange(from.toLocalTime(), to.toLocalTime());
        QTRY_COMPARE(m_prom->ranges().size(), 4);
        QCOMPARE(param(m_prom->ranges()[3], QStringLiteral("start")).toDouble(),
                 double(from.toSecsSinceEpoch()));
        QCOMPARE(param(m_prom->ranges()[3], QStringLiteral("end")).toDouble(),
                 double(to.toSecsSinceEpoch()));
        QVERIFY(charts->rangePicker()->fromEdit()->isEnabled());
        QTRY_COMPARE(charts->state(), UsageChartsView::State::Loaded);
        QCOMPARE(charts->chart()->timeAxis()->min(), from.toLocalTime());
    }

    void gpuHoursAsStackedBarsFilteredForTheViewer()
    {
        makePage(researcher());
        m_page->show();
        UsageChartsView *charts = m_page->charts();
        charts->setKind(UsageChartsView::Kind::GpuHoursPerUser);
        QTRY_COMPARE(charts->chart()->mode(), TimeSeriesChart::Mode::StackedBars);
        QTRY_COMPARE(charts->state(), UsageChartsView::State::Loaded);
        const auto &bars = charts->chart()->bars();
        QCOMPARE(bars.categories.size(), 7); // a bar per day of the week
        QCOMPARE(bars.categories.first(), QStringLiteral("2025-12-25"));
        // A researcher sees only their own segment.
        QCOMPARE(bars.sets.size(), 1);
        QCOMPARE(bars.sets[0].name, QStringLiteral("mrossi"));
        QCOMPARE(bars.sets[0].values.value(0), 4.0);
        QCOMPARE(param(m_prom->ranges().last(), QStringLiteral("step")), QStringLiteral("86400s"));
        QCOMPARE(charts->chart()->categoryAxis()->count(), 7);
        // An admin sees everyone's; 30 days are bars per week.
        m_page->overrideViewer(admin());
        charts->rangePicker()->setPreset(RangePicker::Preset::Month);
        QTRY_COMPARE(charts->state(), UsageChartsView::State::Loaded);
        QTRY_COMPARE(charts->chart()->bars().sets.size(), 3);
        QCOMPARE(param(m_prom->ranges().last(), QStringLiteral("step")), QStringLiteral("604800s"));
    }

    void chartCsvExport()
    {
        makePage(admin());
        QTemporaryDir dir;
        QString asked;
        m_page->charts()->setSavePathProvider(
            [&](QWidget *, const QString &, const QString &name, const QString &) {
                asked = name;
                return dir.filePath(name);
            });
        m_page->show();
        QTRY_COMPARE(m_page->charts()->state(), UsageChartsView::State::Loaded);
        m_page->charts()->exportCsvButton()->click();
        QVERIFY(asked.endsWith(QStringLiteral(".csv")));
        QFile f(dir.filePath(asked));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QCOMPARE(csv, m_page->charts()->chart()->csv());
        QVERIFY(csv.startsWith("series,time,timestamp,value\r\n"));
        QVERIFY(csv.contains("Tesla T4,"));
        m_page->charts()->exportPngButton()->click();
        QVERIFY(asked.endsWith(QStringLiteral(".png")));
        QVERIFY(QFileInfo(dir.filePath(asked)).size() > 1000);
    }

    void accountingTableRoleFilterAndCsv()
    {
        makePage(researcher());
        m_page->show();
        m_page->tabs()->setCurrentWidget(m_page->accounting());
        AccountingView *acc = m_page->accounting();
        QTRY_COMPARE(acc->state(), AccountingView::State::Loaded);
        // The period is the picker's (7 days by default) and the queries ask at its end.
        QCOMPARE(acc->lastTo(), kNow);
        QCOMPARE(acc->lastFrom(), kNow.addDays(-7));
        // A researcher: only their own row; CPU without data says so.
        usage::AccountingModel *model = acc->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("mrossi"));
        QCOMPARE(model->index(0, usage::AccountingModel::GpuHours).data().toString(),
                 QLocale().toString(10.5, 'f', 1));
        QCOMPARE(model->index(0, usage::AccountingModel::CpuHours).data().toString(),
                 QStringLiteral("no data"));
        QCOMPARE(model->index(0, usage::AccountingModel::GpuEfficiency).data().toString(),
                 QStringLiteral("%1 %").arg(QLocale().toString(55.0, 'f', 1)));
        QVERIFY(acc->statusText().contains(QStringLiteral("no data")));
        QVERIFY(acc->scopeText().contains(QStringLiteral("Your own")));
        // By project: their projects only.
        acc->setGroupBy(metrics::queries::GroupBy::Project);
        QTRY_COMPARE(acc->state(), AccountingView::State::Loaded);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("flashsim"));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Project"));

        // An admin sees everyone, sortable by the numbers.
        m_page->overrideViewer(admin());
        acc->setGroupBy(metrics::queries::GroupBy::User);
        QTRY_COMPARE(acc->state(), AccountingView::State::Loaded);
        QTRY_COMPARE(model->rowCount(), 3);
        acc->view()->sortByColumn(usage::AccountingModel::GpuHours, Qt::DescendingOrder);
        QCOMPARE(acc->proxy()->index(0, 0).data().toString(), QStringLiteral("gbianchi"));
        QCOMPARE(acc->proxy()->index(2, 0).data().toString(), QStringLiteral("lverdi"));
        acc->view()->sortByColumn(usage::AccountingModel::GpuHours, Qt::AscendingOrder);
        QCOMPARE(acc->proxy()->index(0, 0).data().toString(), QStringLiteral("lverdi"));
        QVERIFY(acc->totalsText().contains(QLocale().toString(33.75, 'f', 1)));

        QTemporaryDir dir;
        acc->setSavePathProvider([&](QWidget *, const QString &, const QString &name,
                                     const QString &) { return dir.filePath(name); });
        acc->exportCsvButton()->click();
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile f(dir.filePath(files.first()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("user,gpuHours,cpuHours,gpuEfficiency,cpuEfficiency\r\n"
                                         "gbianchi,20,,70,\r\n"
                                         "lverdi,3.25,,,\r\n"
                                         "mrossi,10.5,,55,\r\n"));
    }

    void prometheusErrorInBannerAndRecovery()
    {
        makePage(admin());
        m_prom->failing = true;
        m_page->show();
        QTRY_COMPARE(m_page->charts()->state(), UsageChartsView::State::Failed);
        QVERIFY(!m_page->errorBanner()->isHidden());
        QVERIFY2(m_page->errorBanner()->message().contains(QStringLiteral("too many samples")),
                 qPrintable(m_page->errorBanner()->message()));
        // It retries by itself, with a growing delay, while visible.
        const int before = m_prom->server.requestCount();
        QTRY_VERIFY(m_prom->server.requestCount() >= before + 2);
        QVERIFY(m_page->nextRetryDelay() > std::chrono::milliseconds(50));
        // Hidden: no more retries.
        m_page->hide();
        QVERIFY(!m_page->retryPending());
        m_page->show();
        // Prometheus is back: the next retry clears the banner.
        m_prom->failing = false;
        QTRY_COMPARE(m_page->charts()->state(), UsageChartsView::State::Loaded);
        QVERIFY(m_page->errorBanner()->isHidden());
        QVERIFY(!m_page->retryPending());
        QCOMPARE(m_page->charts()->chart()->series().size(), 2);
    }
};

QTEST_MAIN(TstUsagePage)
#include "tst_usagepage.moc"
