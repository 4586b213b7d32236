#include "usage/accountingview.h"

#include "platform/platform.h"
#include "usage/accountingmodel.h"
#include "usage/rangepicker.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace plancia::ui {

using metrics::queries::GroupBy;

AccountingView::AccountingView(QWidget *parent)
    : QWidget(parent)
    , m_byLabel(new QLabel(this))
    , m_by(new QComboBox(this))
    , m_rangePicker(new RangePicker(this))
    , m_csv(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_scopeNote(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_model(new usage::AccountingModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_by->setObjectName(QStringLiteral("accountingBy"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_status->setObjectName(QStringLiteral("accountingStatus"));
    m_byLabel->setBuddy(m_by);
    m_by->addItem(QString(), int(GroupBy::User));
    m_by->addItem(QString(), int(GroupBy::Project));
    m_status->setWordWrap(true);
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setEnabled(false); // secondary text
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(usage::AccountingModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(usage::AccountingModel::GpuHours, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_byLabel);
    bar->addWidget(m_by);
    bar->addSpacing(12);
    bar->addWidget(m_rangePicker);
    bar->addStretch();
    bar->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scopeNote);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    retranslate();
    connect(m_by, &QComboBox::currentIndexChanged, this, &AccountingView::reload);
    connect(m_rangePicker, &RangePicker::rangeChanged, this, &AccountingView::reload);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = m_savePath(this, tr("Export accounting as CSV"),
                                        QStringLiteral("plancia-accounting-%1.csv")
                                            .arg(QDate::currentDate().toString(Qt::ISODate)),
                                        tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    setState(State::Idle);
}

AccountingView::~AccountingView() = default;

void AccountingView::setPlatform(Platform *platform)
{
    m_platform = platform;
    delete m_scope;
    m_scope = nullptr;
    m_model->clear();
    m_dirty = true;
    setState(State::Idle);
}

void AccountingView::setViewer(const usage::Viewer &viewer)
{
    m_model->setViewer(viewer);
    updateNotes();
}

void AccountingView::setGroupBy(GroupBy by)
{
    m_by->setCurrentIndex(m_by->findData(int(by)));
}

GroupBy AccountingView::groupBy() const
{
    return GroupBy(m_by->currentData().toInt());
}

void AccountingView::ensureLoaded()
{
    if (m_dirty)
        reload();
}

void AccountingView::reload()
{
    delete m_scope;
    m_scope = nullptr;
    if (!m_platform || !m_platform->metrics()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    usage::AccountingRequest request;
    request.by = groupBy();
    request.from = m_from = m_rangePicker->from();
    request.to = m_to = m_rangePicker->to();
    const QString tmpl = m_platform->profile().kubernetes.namespaceTemplate;
    if (!tmpl.isEmpty())
        request.namespaceTemplate = tmpl;
    m_scope = new QObject(this);
    setState(State::Loading, tr("Loading…"));
    auto *job = new usage::AccountingJob(m_platform->metrics(), request, m_scope);
    connect(job, &usage::AccountingJob::finished, this, &AccountingView::onReport);
    job->start();
}

void AccountingView::onReport(const Result<usage::AccountingReport> &r)
{
    if (!r.ok()) {
        m_error = r.error();
        setState(State::Failed, r.error().message);
        Q_EMIT failed(r.error());
        return;
    }
    m_model->setReport(r.value());
    QStringList notes = r->warnings;
    if (!r->cpuHoursAvailable || !r->cpuEfficiencyAvailable)
        notes << tr("Prometheus has no CPU series for this period (no kube-state-metrics CPU "
                    "requests or cAdvisor usage): CPU columns show \"no data\".");
    if (m_model->rowCount() == 0)
        notes.prepend(tr("No usage in this period."));
    setState(State::Loaded, notes.join(QLatin1Char('\n')));
    Q_EMIT loaded();
}

void AccountingView::setState(State state, const QString &status)
{
    m_state = state;
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_csv->setEnabled(state == State::Loaded && m_model->rowCount() > 0);
    updateNotes();
}

void AccountingView::updateNotes()
{
    const usage::Viewer &v = m_model->viewer();
    if (v.admin)
        m_scopeNote->setText(tr("You are in the admin group: everyone's usage is shown."));
    else if (groupBy() == GroupBy::Project)
        m_scopeNote->setText(tr("Your projects' usage is shown."));
    else
        m_scopeNote->setText(tr("Your own usage is shown."));
    if (m_state != State::Loaded || m_model->rowCount() == 0) {
        m_totals->clear();
        return;
    }
    const usage::AccountingRow t = m_model->totals();
    const auto number = [](double x) {
        return usage::hasData(x) ? QLocale().toString(x, 'f', 1) : tr("no data");
    };
    m_totals->setText(
        tr("Total: %1 GPU-hours, %2 CPU-hours (%n rows)", nullptr, m_model->rowCount())
            .arg(number(t.gpuHours), number(t.cpuHours)));
}

QString AccountingView::statusText() const
{
    return m_status->text();
}

QString AccountingView::scopeText() const
{
    return m_scopeNote->text();
}

QString AccountingView::totalsText() const
{
    return m_totals->text();
}

bool AccountingView::exportCsv(const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_model->csv()) < 0 ||
        !f.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, f.errorString()));
        m_status->setVisible(true);
        return false;
    }
    return true;
}

void AccountingView::retranslate()
{
    m_byLabel->setText(tr("&Per:"));
    m_by->setItemText(0, tr("User"));
    m_by->setItemText(1, tr("Project"));
    m_csv->setText(tr("Export CSV…"));
    updateNotes();
}

void AccountingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace plancia::ui
