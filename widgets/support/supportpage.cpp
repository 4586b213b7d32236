#include "supportpage.h"

#include "casefileview.h"
#include "common/errorbanner.h"
#include "common/errorpresenter.h"
#include "support/casedata.h"
#include "support/casefile.h"
#include "support/supportfilter.h"
#include "support/supportindex.h"
#include "supportpage_parts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace plancia::ui {

using support::FailureCause;
using support::SupportIndex;

SupportPage::SupportPage(QWidget *parent)
    : Page(PageId::Support, parent)
    , m_filter(new support::SupportFilter(this))
    , m_user(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_cause(new QComboBox(this))
    , m_where(new QLineEdit(this))
    , m_accelerator(new QLineEdit(this))
    , m_since(new QComboBox(this))
    , m_failingOnly(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_case(new CaseFileView(this))
    , m_export(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    auto *filters = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_state),
                       static_cast<QWidget *>(m_cause), static_cast<QWidget *>(m_where),
                       static_cast<QWidget *>(m_accelerator), static_cast<QWidget *>(m_since),
                       static_cast<QWidget *>(m_failingOnly)})
        filters->addWidget(w);
    filters->addStretch();
    body()->addLayout(filters);

    auto *causes = new QHBoxLayout;
    for (FailureCause c : support::allCauses()) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setProperty("cause", int(c));
        connect(b, &QToolButton::toggled, this, [this, c](bool on) {
            const int i = m_cause->findData(int(c));
            m_cause->setCurrentIndex(on ? i : 0);
        });
        m_causeButtons.append(b);
        causes->addWidget(b);
    }
    causes->addStretch();
    causes->addWidget(m_status);
    body()->addLayout(causes);

    m_filter->setDynamicSortFilter(true);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SupportIndex::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupportPage::onSelection);

    auto *right = new QWidget(this);
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->addWidget(m_case, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    rv->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    body()->addWidget(split, 1);

    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &SupportPage::onExport);
    connect(m_open, &QPushButton::clicked, this, &SupportPage::onOpen);
    connect(m_user, &QLineEdit::textChanged, m_filter, &support::SupportFilter::setUser);
    connect(m_where, &QLineEdit::textChanged, m_filter, &support::SupportFilter::setWhere);
    connect(m_accelerator, &QLineEdit::textChanged, m_filter,
            &support::SupportFilter::setAccelerator);
    connect(m_failingOnly, &QCheckBox::toggled, m_filter, &support::SupportFilter::setFailingOnly);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(m_state->currentData().toString()); });
    connect(m_cause, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant d = m_cause->currentData();
        m_filter->setCause(d.isValid() ? std::optional(FailureCause(d.toInt())) : std::nullopt);
        for (QToolButton *b : std::as_const(m_causeButtons)) {
            const QSignalBlocker block(b);
            b->setChecked(d.isValid() && b->property("cause").toInt() == d.toInt());
        }
    });
    connect(m_since, &QComboBox::currentIndexChanged, this, [this] {
        const int hours = m_since->currentData().toInt();
        m_filter->setCreatedAfter(
            hours > 0 ? QDateTime::currentDateTimeUtc().addSecs(-3600LL * hours) : QDateTime());
    });
    retranslate();
}

SupportPage::~SupportPage() = default;

QString SupportPage::title() const
{
    return tr("Support");
}

QString SupportPage::subtitle() const
{
    return tr("Every namespace's jobs and sessions: find a failing one and see why.");
}

void SupportPage::retranslate()
{
    Page::retranslate();
    m_user->setPlaceholderText(tr("User or namespace"));
    m_where->setPlaceholderText(tr("Node or site"));
    m_accelerator->setPlaceholderText(tr("Accelerator"));
    m_failingOnly->setText(tr("Failing only"));
    const int state = std::max(0, m_state->currentIndex());
    m_state->clear();
    m_state->addItem(tr("Any state"), QString());
    for (const auto &[key, text] : supportStateChoices())
        m_state->addItem(text, key);
    m_state->setCurrentIndex(state);
    const int cause = std::max(0, m_cause->currentIndex());
    m_cause->clear();
    m_cause->addItem(tr("Any cause"));
    for (FailureCause c : support::allCauses())
        m_cause->addItem(support::causeName(c), int(c));
    m_cause->setCurrentIndex(cause);
    const int since = std::max(0, m_since->currentIndex());
    m_since->clear();
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Last hour"), 1);
    m_since->addItem(tr("Last 24 hours"), 24);
    m_since->addItem(tr("Last 7 days"), 24 * 7);
    m_since->setCurrentIndex(since);
    m_export->setText(tr("Export case file…"));
    m_open->setText(tr("Open case file…"));
    updateCounts();
}

QToolButton *SupportPage::causeButton(int cause) const
{
    for (QToolButton *b : m_causeButtons) {
        if (b->property("cause").toInt() == cause)
            return b;
    }
    return nullptr;
}

void SupportPage::setPlatform(Platform *platform)
{
    if (platform != this->platform())
        dropIndex();
    Page::setPlatform(platform);
    if (isVisible())
        ensureIndex();
}

void SupportPage::setConnected(bool connected)
{
    Page::setConnected(connected);
    if (!connected)
        dropIndex();
    else if (isVisible())
        ensureIndex();
}

void SupportPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    ensureIndex();
}

void SupportPage::dropIndex()
{
    if (m_caseJob)
        m_caseJob->cancel();
    m_filter->setSourceModel(nullptr);
    delete m_index.data();
    m_case->clear();
    m_currentCase = {};
    m_export->setEnabled(false);
    updateCounts();
}

void SupportPage::ensureIndex()
{
    // Only when seen by someone logged in: the informers over every namespace are not started
    // for people who never open the page (the main window hides it from them anyway).
    if (m_index || !platform() || !isConnected())
        return;
    m_index = new SupportIndex(this);
    m_index->setPlatform(platform());
    m_filter->setSourceModel(m_index);
    connect(m_index, &SupportIndex::countsChanged, this, &SupportPage::updateCounts);
    connect(m_index, &SupportIndex::synced, this, &SupportPage::updateCounts);
    connect(m_index, &SupportIndex::sourceErrorChanged, this, [this](const QString &e) {
        if (e.isEmpty())
            errorBanner()->clear();
        else
            ErrorPresenter::showInline(errorBanner(), Error::make(Error::Kind::Forbidden, e));
        updateCounts();
    });
    for (int c = 0; c < SupportIndex::ColumnCount; ++c)
        m_table->resizeColumnToContents(c);
    updateCounts();
}

void SupportPage::updateCounts()
{
    for (QToolButton *b : std::as_const(m_causeButtons)) {
        const auto c = FailureCause(b->property("cause").toInt());
        const int n = m_index ? m_index->count(c) : 0;
        b->setText(tr("%1: %2 %3")
                       .arg(support::causeName(c))
                       .arg(n)
                       .arg(m_index ? sparkline(m_index->trend(c, 24)) : QString()));
        b->setToolTip(tr("%1 now; the bars are the failures per hour of the last 24 hours. "
                         "Click to show only these.")
                          .arg(n));
        b->setEnabled(m_index != nullptr);
    }
    if (!m_index)
        m_status->setText(isConnected() ? QString() : tr("Log in with a support account."));
    else if (!m_index->sourceError().isEmpty())
        m_status->setText(tr("Not available"));
    else if (!m_index->hasSynced())
        m_status->setText(tr("Loading every namespace…"));
    else
        m_status->setText(
            tr("%n failing of %1", nullptr, m_index->failingTotal()).arg(m_index->rowCount()));
}

bool SupportPage::selectRow(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_filter->rowCount())
        return false;
    m_table->selectRow(proxyRow);
    m_table->setCurrentIndex(m_filter->index(proxyRow, 0));
    return true;
}

void SupportPage::onSelection()
{
    if (m_caseJob)
        m_caseJob->cancel();
    m_currentCase = {};
    m_export->setEnabled(false);
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_index || !platform()) {
        m_case->clear();
        return;
    }
    const QModelIndex src = m_filter->mapToSource(current);
    const support::SupportRow row = m_index->row(src.row());
    m_case->clear();
    m_case->summaryLabel()->setText(tr("Reading %1/%2…").arg(row.namespaceName, row.name));
    auto *job = new support::CaseDataJob(platform()->kube(),
                                         row.kind == support::SupportRow::Kind::Job
                                             ? support::CaseData::Kind::Job
                                             : support::CaseData::Kind::Session,
                                         row.namespaceName, row.name, this);
    m_caseJob = job;
    connect(job, &support::CaseDataJob::finished, this, [this](const Result<support::CaseData> &r) {
        if (!r.ok()) {
            if (r.error().kind != Error::Kind::Canceled)
                m_case->summaryLabel()->setText(r.error().message);
            return;
        }
        support::CaseFileInfo info;
        info.platform = platform() ? platform()->profile().name : QString();
        if (platform() && platform()->session())
            info.generatedBy = platform()->session()->user().username;
        m_currentCase = support::caseFileJson(r.value(), info);
        m_case->setCaseFile(m_currentCase);
        m_export->setEnabled(true);
    });
    job->start();
}

bool SupportPage::exportCaseFile(const QString &path)
{
    if (m_currentCase.isEmpty())
        return false;
    const Status s = support::writeCaseFile(path, m_currentCase);
    if (!s.ok()) {
        ErrorPresenter::showForAction(this, tr("Export the case file"), s.error());
        return false;
    }
    return true;
}

void SupportPage::onExport()
{
    if (m_currentCase.isEmpty())
        return;
    const QString name = QStringLiteral("case-%1-%2.json")
                             .arg(m_currentCase.value(QLatin1String("namespace")).toString(),
                                  m_currentCase.value(QLatin1String("name")).toString());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export case file"), name, tr("Case files (*.json)"));
    if (!path.isEmpty())
        exportCaseFile(path);
}

void SupportPage::onOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open case file"), QString(),
                                                      tr("Case files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openCaseFile(this, path);
}

void SupportPage::openCaseFile(QWidget *parent, const QString &path)
{
    const auto cf = support::readCaseFile(path);
    if (!cf.ok()) {
        ErrorPresenter::showForAction(parent, tr("Open the case file"), cf.error());
        return;
    }
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("caseFileDialog"));
    dialog->setWindowTitle(tr("Case file — %1").arg(QFileInfo(path).fileName()));
    auto *v = new QVBoxLayout(dialog);
    auto *view = new CaseFileView(dialog);
    view->setCaseFile(cf.value());
    v->addWidget(view, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    v->addWidget(box);
    dialog->resize(900, 620);
    dialog->show();
}

} // namespace plancia::ui
