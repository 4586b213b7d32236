#include "usage/usagechartsview.h"

#include "common/charts/timeserieschart.h"
#include "metrics/queries.h"
#include "platform/platform.h"
#include "usage/rangepicker.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaEnum>
#include <QPushButton>
#include <QVBoxLayout>

namespace plancia::ui {

using metrics::queries::GroupBy;

namespace {

struct LineQuery
{
    QString promql;
    QStringList nameKeys;
    bool percent;
};

LineQuery lineQuery(UsageChartsView::Kind kind)
{
    namespace q = metrics::queries;
    const QString model = QStringLiteral("modelName"), profile = QStringLiteral("GPU_I_PROFILE"),
                  host = QStringLiteral("Hostname");
    switch (kind) {
    case UsageChartsView::Kind::UtilisationPerNode:
        return {q::gpuUtilisationPerNode(), {host}, true};
    case UsageChartsView::Kind::MemoryPerModel:
        return {q::gpuMemoryUsedPerModel(), {model, profile}, false};
    case UsageChartsView::Kind::MemoryPerGpu:
        return {q::gpuMemoryUsedPerGpu(),
                {host, QStringLiteral("gpu"), profile, QStringLiteral("GPU_I_ID")},
                false};
    default:
        return {q::gpuUtilisationPerModel(), {model, profile}, true};
    }
}

bool isBars(UsageChartsView::Kind kind)
{
    return kind == UsageChartsView::Kind::GpuHoursPerUser ||
           kind == UsageChartsView::Kind::GpuHoursPerProject;
}

} // namespace

UsageChartsView::UsageChartsView(QWidget *parent)
    : QWidget(parent)
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_rangePicker(new RangePicker(this))
    , m_png(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_chart(new TimeSeriesChart(this))
{
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_png->setObjectName(QStringLiteral("exportPng"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_kindLabel->setBuddy(m_kind);
    for (int i = 0; i <= int(Kind::GpuHoursPerProject); ++i)
        m_kind->addItem(QString());
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kindLabel);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(m_rangePicker);
    bar->addStretch();
    bar->addWidget(m_png);
    bar->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);
    m_chart->setMinimumHeight(240);
    retranslate();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &UsageChartsView::reload);
    connect(m_rangePicker, &RangePicker::rangeChanged, this, &UsageChartsView::reload);
    connect(m_png, &QPushButton::clicked, this, [this] { askAndExport(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { askAndExport(false); });
    setState(State::Idle);
}

UsageChartsView::~UsageChartsView() = default;

void UsageChartsView::setPlatform(Platform *platform)
{
    m_platform = platform;
    delete m_scope;
    m_scope = nullptr;
    m_chart->clear();
    m_dirty = true;
    setState(State::Idle);
}

void UsageChartsView::setViewer(const usage::Viewer &viewer)
{
    m_viewer = viewer;
    m_dirty = true;
}

void UsageChartsView::setKind(Kind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

UsageChartsView::Kind UsageChartsView::kind() const
{
    return Kind(m_kind->currentIndex());
}

void UsageChartsView::ensureLoaded()
{
    if (m_dirty)
        reload();
}

int UsageChartsView::chartWidth() const
{
    // Before the first layout the plot area is not known: a typical width, never a huge one.
    const int columns = m_chart->plotColumns();
    return columns >= 100 ? columns : std::max(400, m_chart->width() - 80);
}

void UsageChartsView::reload()
{
    delete m_scope; // whatever was in flight lands nowhere
    m_scope = nullptr;
    if (!m_platform || !m_platform->metrics()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    const QDateTime from = m_rangePicker->from();
    const QDateTime to = m_rangePicker->to();
    if (!(from < to)) {
        setState(State::Failed, tr("The period must end after it starts."));
        return;
    }
    m_scope = new QObject(this);
    setState(State::Loading, tr("Loading…"));
    metrics::PrometheusClient *prom = m_platform->metrics();
    if (isBars(kind())) {
        const auto bucket = usage::barBucketFor(from, to);
        metrics::queries::Accounting a;
        a.by = kind() == Kind::GpuHoursPerProject ? GroupBy::Project : GroupBy::User;
        const QString tmpl = m_platform->profile().kubernetes.namespaceTemplate;
        if (!tmpl.isEmpty())
            a.namespaceTemplate = tmpl;
        m_range = usage::barRange(from, to, bucket);
        auto *job = prom->queryRange(metrics::queries::gpuHours(a, bucket), m_range, m_scope);
        connect(job, &metrics::QueryJob::finished, this,
                [this, bucket](const Result<metrics::QueryResult> &r) { onBars(r, bucket); });
        return;
    }
    m_range = metrics::rangeFor(from, to, chartWidth());
    const double gapMs = 2.0 * double(m_range.step.count()) * 1000.0;
    auto *job = prom->queryRange(lineQuery(kind()).promql, m_range, m_scope);
    connect(job, &metrics::QueryJob::finished, this,
            [this, gapMs](const Result<metrics::QueryResult> &r) { onLines(r, gapMs); });
}

void UsageChartsView::onLines(const Result<metrics::QueryResult> &r, double gapMs)
{
    if (!r.ok()) {
        m_error = r.error();
        setState(State::Failed, r.error().message);
        Q_EMIT failed(r.error());
        return;
    }
    const LineQuery q = lineQuery(kind());
    QVector<metrics::Series> series = r->matrix;
    for (metrics::Series &s : series)
        s.name = metrics::seriesName(s.labels, q.nameKeys);
    std::sort(series.begin(), series.end(),
              [](const metrics::Series &a, const metrics::Series &b) { return a.name < b.name; });
    m_chart->setValueTitle(q.percent ? tr("Utilisation (%)") : tr("Memory used (MiB)"));
    m_chart->setValueUnit(q.percent ? tr("%") : tr("MiB"));
    if (q.percent)
        m_chart->setValueRange(0, 100);
    else
        m_chart->setValueRange(0, 0);
    m_chart->setSeries(std::move(series), gapMs);
    m_chart->setTimeWindow(double(m_range.start.toMSecsSinceEpoch()),
                           double(m_range.end.toMSecsSinceEpoch()));
    setState(State::Loaded, m_chart->series().isEmpty()
                                ? tr("Prometheus has no data for this period.")
                                : QString());
    Q_EMIT loaded();
}

void UsageChartsView::onBars(const Result<metrics::QueryResult> &r, std::chrono::seconds bucket)
{
    if (!r.ok()) {
        m_error = r.error();
        setState(State::Failed, r.error().message);
        Q_EMIT failed(r.error());
        return;
    }
    const GroupBy by = kind() == Kind::GpuHoursPerProject ? GroupBy::Project : GroupBy::User;
    metrics::BarTable table = usage::barsFromMatrix(r->matrix, by, bucket, m_viewer);
    m_chart->setValueTitle(bucket.count() > 86400 ? tr("GPU-hours per week")
                                                  : tr("GPU-hours per day"));
    m_chart->setValueUnit(tr("GPU-hours"));
    m_chart->setValueRange(0, 0);
    const bool empty = table.sets.isEmpty();
    m_chart->setBars(std::move(table));
    setState(State::Loaded, empty ? tr("No GPU-hours in this period.") : QString());
    Q_EMIT loaded();
}

void UsageChartsView::setState(State state, const QString &status)
{
    m_state = state;
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    const bool data = state == State::Loaded && m_chart->mode() != TimeSeriesChart::Mode::Empty;
    m_png->setEnabled(data);
    m_csv->setEnabled(data);
}

QString UsageChartsView::statusText() const
{
    return m_status->text();
}

bool UsageChartsView::exportPng(const QString &path)
{
    QString error;
    if (m_chart->exportPng(path, &error))
        return true;
    m_status->setText(error);
    m_status->setVisible(true);
    return false;
}

bool UsageChartsView::exportCsv(const QString &path)
{
    QString error;
    if (m_chart->exportCsv(path, &error))
        return true;
    m_status->setText(error);
    m_status->setVisible(true);
    return false;
}

void UsageChartsView::askAndExport(bool png)
{
    const QString base =
        QStringLiteral("plancia-%1-%2")
            .arg(QString::fromLatin1(QMetaEnum::fromType<Kind>().key(int(kind()))).toLower(),
                 QDate::currentDate().toString(Qt::ISODate));
    const QString path = png ? m_savePath(this, tr("Export chart as PNG"),
                                          base + QStringLiteral(".png"), tr("PNG images (*.png)"))
                             : m_savePath(this, tr("Export chart data as CSV"),
                                          base + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    png ? exportPng(path) : exportCsv(path);
}

void UsageChartsView::retranslate()
{
    m_kindLabel->setText(tr("&Show:"));
    m_kind->setItemText(int(Kind::UtilisationPerModel), tr("GPU utilisation per model"));
    m_kind->setItemText(int(Kind::UtilisationPerNode), tr("GPU utilisation per node"));
    m_kind->setItemText(int(Kind::MemoryPerModel), tr("GPU memory used per model"));
    m_kind->setItemText(int(Kind::MemoryPerGpu), tr("GPU memory used per GPU"));
    m_kind->setItemText(int(Kind::GpuHoursPerUser), tr("GPU-hours per user"));
    m_kind->setItemText(int(Kind::GpuHoursPerProject), tr("GPU-hours per project"));
    m_png->setText(tr("Export PNG…"));
    m_csv->setText(tr("Export CSV…"));
}

void UsageChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace plancia::ui
