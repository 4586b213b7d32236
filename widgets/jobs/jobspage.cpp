#include "jobspage.h"

#include "clonedialog.h"
#include "common/errorbanner.h"
#include "common/notifier.h"
#include "common/placeholderview.h"
#include "jobdetailpane.h"
#include "jobs/jobcheck.h"
#include "jobs/joblogs.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobsubmitter.h"
#include "jobs/jobyaml.h"
#include "jobs/notebookclone.h"
#include "jobsfilterproxy.h"
#include "kube/informer.h"
#include "logview.h"
#include "submitdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace plancia::ui {

using jobs::JobsModel;
using jobs::JobState;

namespace {
bool askQuestion(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

QString keyOf(const QString &ns, const QString &name)
{
    return ns + QLatin1Char('/') + name;
}
} // namespace

JobsPage::JobsPage(QWidget *parent)
    : Page(PageId::Jobs, parent)
    , m_model(new JobsModel(this))
    , m_proxy(new JobsFilterProxy(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderView(this))
    , m_main(new QWidget(this))
    , m_search(new QLineEdit(m_main))
    , m_state(new QComboBox(m_main))
    , m_accelerator(new QComboBox(m_main))
    , m_site(new QComboBox(m_main))
    , m_newJob(new QPushButton(m_main))
    , m_clone(new QPushButton(m_main))
    , m_cancel(new QPushButton(m_main))
    , m_resubmit(new QPushButton(m_main))
    , m_split(new QSplitter(Qt::Horizontal, m_main))
    , m_table(new QTableView(m_split))
    , m_detail(new JobDetailPane(m_split))
    , m_confirm(askQuestion)
{
    m_placeholder->setIcon(pageIconName(PageId::Jobs));
    connect(m_placeholder, &PlaceholderView::buttonClicked, this, &Page::loginRequested);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobsModel::AgeColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(JobsModel::NameColumn, 200);
    m_table->setColumnWidth(JobsModel::ReasonColumn, 180);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("jobsSearch"));
    m_state->setObjectName(QStringLiteral("jobsStateFilter"));
    m_accelerator->setObjectName(QStringLiteral("jobsAcceleratorFilter"));
    m_site->setObjectName(QStringLiteral("jobsSiteFilter"));
    m_split->addWidget(m_table);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_detail->hide();

    auto *filters = new QHBoxLayout;
    auto addLabelled = [this, filters](QWidget *w, int stretch) {
        auto *l = new QLabel(m_main);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w, stretch);
        return l;
    };
    addLabelled(m_search, 2)->setObjectName(QStringLiteral("searchLabel"));
    addLabelled(m_state, 0)->setObjectName(QStringLiteral("stateLabel"));
    addLabelled(m_accelerator, 0)->setObjectName(QStringLiteral("acceleratorLabel"));
    addLabelled(m_site, 0)->setObjectName(QStringLiteral("siteLabel"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newJob);
    actions->addWidget(m_clone);
    actions->addStretch(1);
    actions->addWidget(m_resubmit);
    actions->addWidget(m_cancel);
    auto *ml = new QVBoxLayout(m_main);
    ml->setContentsMargins(0, 0, 0, 0);
    ml->addLayout(actions);
    ml->addLayout(filters);
    ml->addWidget(m_split, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_main);
    body()->addWidget(m_stack, 1);

    for (int g = int(JobsFilterProxy::StateGroup::All);
         g <= int(JobsFilterProxy::StateGroup::Failed); ++g)
        m_state->addItem(QString(), g);
    m_accelerator->addItem(QString(), QString());
    m_accelerator->addItem(QString(), QLatin1String(JobsFilterProxy::kCpuOnly));
    m_site->addItem(QString(), QString());

    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobsFilterProxy::setSearchText);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateGroup(JobsFilterProxy::StateGroup(m_state->currentData().toInt()));
    });
    connect(m_accelerator, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAccelerator(m_accelerator->currentData().toString()); });
    connect(m_site, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSite(m_site->currentData().toString()); });
    connect(m_newJob, &QPushButton::clicked, this, &JobsPage::openSubmitDialog);
    connect(m_clone, &QPushButton::clicked, this, &JobsPage::openCloneDialog);
    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancelSelected);
    connect(m_resubmit, &QPushButton::clicked, this, &JobsPage::resubmitSelected);
    auto shortcut = [this](const QKeySequence &seq, auto fn, QWidget *scope) {
        auto *s = new QShortcut(seq, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(
        QKeySequence::New, [this] { openSubmitDialog(); }, this);
    shortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { openCloneDialog(); }, this);
    shortcut(
        QKeySequence::Delete, [this] { cancelSelected(); }, m_table);
    shortcut(
        QKeySequence(Qt::CTRL | Qt::Key_R), [this] { resubmitSelected(); }, this);
    shortcut(
        QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] {
            m_search->setFocus();
            m_search->selectAll();
        },
        this);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_model->rowOf(m_detail->jobNamespace(), m_detail->jobName());
                if (row >= tl.row() && row <= br.row())
                    m_detailTimer.start();
                updateActions();
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        fillFilterChoices();
        if (!m_selectWhenSeen.isEmpty()) {
            const int slash = int(m_selectWhenSeen.indexOf(QLatin1Char('/')));
            selectJob(m_selectWhenSeen.left(slash), m_selectWhenSeen.mid(slash + 1));
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPage::fillFilterChoices);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_detail->isEmpty() &&
            m_model->rowOf(m_detail->jobNamespace(), m_detail->jobName()) < 0)
            onCurrentChanged();
    });
    connect(m_model, &JobsModel::jobStateChanged, this, &JobsPage::onStateChanged);
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(200);
    connect(&m_detailTimer, &QTimer::timeout, this, [this] {
        refreshDetail();
        loadEvents();
    });
    m_explainTimer.setInterval(5000);
    connect(&m_explainTimer, &QTimer::timeout, this, &JobsPage::loadExplanation);

    m_stack->setCurrentWidget(m_placeholder);
    retranslate();
    updateActions();
}

JobsPage::~JobsPage()
{
    stopLog();
}

QString JobsPage::title() const
{
    return tr("Jobs");
}

QString JobsPage::subtitle() const
{
    return tr("Batch jobs that run in the cluster or are offloaded to remote sites.");
}

void JobsPage::retranslate()
{
    Page::retranslate();
    updatePlaceholder();
    m_search->setPlaceholderText(tr("name, reason, accelerator, site…"));
    if (auto *l = m_main->findChild<QLabel *>(QStringLiteral("searchLabel")))
        l->setText(tr("Searc&h:"));
    if (auto *l = m_main->findChild<QLabel *>(QStringLiteral("stateLabel")))
        l->setText(tr("S&tate:"));
    if (auto *l = m_main->findChild<QLabel *>(QStringLiteral("acceleratorLabel")))
        l->setText(tr("Acc&elerator:"));
    if (auto *l = m_main->findChild<QLabel *>(QStringLiteral("siteLabel")))
        l->setText(tr("S&ite:"));
    const QStringList groups = {tr("All"),       tr("Active"),  tr("Pending"),   tr("Running"),
                                tr("Offloaded"), tr("Evicted"), tr("Succeeded"), tr("Failed")};
    for (int i = 0; i < groups.size() && i < m_state->count(); ++i)
        m_state->setItemText(i, groups[i]);
    m_accelerator->setItemText(0, tr("Any"));
    m_accelerator->setItemText(1, tr("CPU only"));
    m_site->setItemText(0, tr("Anywhere"));
    m_newJob->setText(tr("&New job…"));
    m_newJob->setToolTip(tr("Submit a batch job from a form or a YAML file (Ctrl+N)"));
    m_clone->setText(tr("Clone my &notebook…"));
    m_clone->setToolTip(tr("Run copies of your notebook as batch jobs (Ctrl+Shift+N)"));
    m_resubmit->setText(tr("&Resubmit…"));
    m_resubmit->setToolTip(tr("Submit the selected job again (Ctrl+R)"));
    updateActions();
}

void JobsPage::updatePlaceholder()
{
    if (isConnected()) {
        // Logged in, but this profile reaches no Kubernetes API.
        m_placeholder->setHeading(tr("No Kubernetes access"));
        m_placeholder->setText(tr("This profile has no Kubernetes API configured, so batch jobs "
                                  "cannot be listed or submitted. Set its Kubernetes server in "
                                  "Settings."));
        m_placeholder->setButtonText({});
        return;
    }
    m_placeholder->setHeading(tr("Not connected"));
    m_placeholder->setText(tr("Log in to see your batch jobs, their queue and where they run."));
    m_placeholder->setButtonText(tr("Log in…"));
}

bool JobsPage::showsPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

QString JobsPage::ns() const
{
    return platform() ? platform()->kubernetesNamespace() : QString();
}

void JobsPage::setPlatform(Platform *platform)
{
    if (platform == this->platform())
        return;
    Page::setPlatform(platform);
    stopLog();
    m_detail->clear();
    m_detail->hide();
    m_currentKey.clear();
    delete m_ownSubmitter;
    m_catalog = jobs::ClusterCatalog();
    updateView();
}

void JobsPage::setConnected(bool connected)
{
    Page::setConnected(connected);
    updateView();
}

void JobsPage::setSubmitter(jobs::JobSubmitter *submitter)
{
    m_submitter = submitter;
}

jobs::JobSubmitter *JobsPage::submitter()
{
    if (m_submitter)
        return m_submitter;
    if (!m_ownSubmitter && platform() && platform()->kube())
        m_ownSubmitter = new jobs::KubeJobSubmitter(platform()->kube(), ns(), this);
    return m_ownSubmitter;
}

void JobsPage::updateView()
{
    Platform *p = platform();
    const bool on = p && isConnected() && p->kube();
    m_stack->setCurrentWidget(on ? m_main : static_cast<QWidget *>(m_placeholder));
    updatePlaceholder();
    if (!on) {
        if (!m_modelKey.isEmpty())
            m_model->setPlatform(nullptr);
        m_modelKey.clear();
        stopLog();
        return;
    }
    // Once per platform and namespace (a new source resets the table).
    const QString key = QString::number(quintptr(p), 16) + QLatin1Char('|') + ns();
    if (key != m_modelKey) {
        m_modelKey = key;
        m_model->setPlatform(p);
        delete m_ownSubmitter;
    }
    reloadCatalog();
}

void JobsPage::reloadCatalog()
{
    if (!platform() || !platform()->kube())
        return;
    auto *job = new jobs::ClusterCatalogJob(platform()->kube(), ns(), this);
    connect(job, &jobs::ClusterCatalogJob::finished, this,
            [this](const Result<jobs::LoadedCatalog> &r) {
                if (!r)
                    return; // the builder falls back to the chart's flavors
                m_catalog = r->catalog;
                QHash<QString, QString> sites;
                for (const QJsonObject &n : m_catalog.virtualNodes())
                    sites.insert(n.value(QLatin1String("metadata"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString(),
                                 jobs::ClusterCatalog::siteName(n));
                m_detail->setSites(sites);
                fillFilterChoices();
                if (m_submitDialog)
                    m_submitDialog->setCatalog(m_catalog);
            });
    job->start();
}

void JobsPage::fillFilterChoices()
{
    QMap<QString, QString> models; // id -> name
    for (const jobs::AcceleratorOffer &o : m_catalog.acceleratorOffers())
        models.insert(o.model, o.name);
    QMap<QString, QString> sites; // value -> text
    for (const QJsonObject &n : m_catalog.virtualNodes())
        sites.insert(jobs::ClusterCatalog::siteName(n), jobs::ClusterCatalog::siteName(n));
    for (const jobs::JobRow &r : m_model->rows()) {
        if (!r.acceleratorModel.isEmpty() && !models.contains(r.acceleratorModel))
            models.insert(r.acceleratorModel, r.acceleratorModel);
        if (r.status.offloaded && !r.status.site.isEmpty())
            sites.insert(r.status.site, r.status.site);
        else if (!r.status.node.isEmpty())
            sites.insert(r.status.node, r.status.node);
    }
    auto refill = [](QComboBox *box, int fixed, const QMap<QString, QString> &items) {
        const QString cur = box->currentData().toString();
        const QSignalBlocker block(box);
        while (box->count() > fixed)
            box->removeItem(fixed);
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            box->addItem(it.value(), it.key());
        const int i = box->findData(cur);
        box->setCurrentIndex(i < 0 ? 0 : i);
    };
    refill(m_accelerator, 2, models);
    refill(m_site, 1, sites);
}

int JobsPage::selectedSourceRow() const
{
    const QModelIndex cur = m_table->selectionModel()->currentIndex();
    if (!cur.isValid())
        return -1;
    return m_proxy->mapToSource(cur).row();
}

void JobsPage::selectJob(const QString &namespaceName, const QString &name)
{
    const int row = m_model->rowOf(namespaceName, name);
    if (row < 0) {
        m_selectWhenSeen = keyOf(namespaceName, name); // selected when its row appears
        return;
    }
    m_selectWhenSeen.clear();
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!idx.isValid())
        return; // filtered out
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
}

void JobsPage::onCurrentChanged()
{
    const int row = selectedSourceRow();
    updateActions();
    if (row < 0) {
        stopLog();
        m_detail->clear();
        m_detail->hide();
        m_explainTimer.stop();
        return;
    }
    const jobs::JobRow &r = m_model->row(row);
    const QString key = keyOf(r.namespaceName, r.name);
    m_currentKey = key;
    m_detail->show();
    const bool changed = key != m_logKey;
    refreshDetail();
    if (changed) {
        m_detail->setEvents({});
        m_detail->setExplanation({});
        delete m_detailJobs;
        m_detailJobs = new QObject(this);
        startLog();
    }
    loadEvents();
    loadExplanation();
}

void JobsPage::refreshDetail()
{
    const int row = m_model->rowOf(
        m_detail->isEmpty() ? m_currentKey.section(QLatin1Char('/'), 0, 0)
                            : m_detail->jobNamespace(),
        m_detail->isEmpty() ? m_currentKey.section(QLatin1Char('/'), 1) : m_detail->jobName());
    if (row < 0)
        return;
    m_detail->showJob(m_model->jobObject(row), m_model->workloadObject(row),
                      m_model->podObjects(row), m_model->row(row).status);
    const JobState s = m_model->row(row).status.state;
    const bool waiting = s == JobState::Pending || s == JobState::QuotaReserved ||
                         s == JobState::Evicted || s == JobState::Unknown;
    if (waiting && !m_explainTimer.isActive())
        m_explainTimer.start();
    else if (!waiting)
        m_explainTimer.stop();
}

void JobsPage::loadEvents()
{
    if (!platform() || !platform()->kube() || m_detail->isEmpty())
        return;
    if (!m_detailJobs)
        m_detailJobs = new QObject(this);
    const QString name = m_detail->jobName();
    auto *job =
        new jobs::JobEventsJob(platform()->kube(), m_detail->jobNamespace(), name, m_detailJobs);
    connect(job, &jobs::JobEventsJob::finished, this,
            [this, name](const Result<QList<QJsonObject>> &r) {
                if (r && m_detail->jobName() == name)
                    m_detail->setEvents(r.value());
            });
    job->start();
}

void JobsPage::loadExplanation()
{
    if (!platform() || !platform()->kube() || m_detail->isEmpty())
        return;
    const int row = m_model->rowOf(m_detail->jobNamespace(), m_detail->jobName());
    if (row < 0)
        return;
    const JobState s = m_model->row(row).status.state;
    if (s != JobState::Pending && s != JobState::QuotaReserved && s != JobState::Evicted &&
        s != JobState::Unknown) {
        m_detail->setExplanation({});
        return;
    }
    if (!m_detailJobs)
        m_detailJobs = new QObject(this);
    const QString name = m_detail->jobName();
    auto *job =
        new jobs::WhyPendingJob(platform()->kube(), m_detail->jobNamespace(), name, m_detailJobs);
    connect(job, &jobs::WhyPendingJob::finished, this,
            [this, name](const Result<jobs::WhyPending> &r) {
                if (m_detail->jobName() != name)
                    return;
                m_detail->setExplanation(
                    r ? r->lines()
                      : QStringList{tr("Could not work out why: %1").arg(r.error().message)});
            });
    job->start();
}

void JobsPage::startLog()
{
    stopLog();
    if (!platform() || !platform()->kube() || m_detail->isEmpty())
        return;
    m_logKey = keyOf(m_detail->jobNamespace(), m_detail->jobName());
    m_logPods = 0;
    LogView *view = m_detail->logView();
    view->clear();
    view->setStatus(tr("Waiting for the job's pods to write…"));
    m_log = new jobs::JobLogFollower(platform()->kube(), m_detail->jobNamespace(),
                                     m_detail->jobName(), true, this);
    connect(m_log, &jobs::JobLogFollower::lines, this, &JobsPage::onLogLines);
    connect(m_log, &jobs::JobLogFollower::finished, this, [this](const Status &st) {
        LogView *view = m_detail->logView();
        view->finish();
        view->setStatus(st ? tr("The log ended: the job's containers have exited.")
                           : tr("The log stopped: %1").arg(st.error().message));
        m_log->deleteLater();
    });
    m_log->start();
}

void JobsPage::stopLog()
{
    if (m_log) {
        m_log->disconnect(this);
        m_log->stop();
        m_log->deleteLater();
    }
    m_log = nullptr;
    m_logKey.clear();
}

void JobsPage::onLogLines(const QList<jobs::LogLine> &lines)
{
    LogView *view = m_detail->logView();
    view->setStatus({});
    QSet<QString> pods;
    for (const jobs::LogLine &l : lines)
        pods.insert(l.pod);
    const jobs::JobRow *row = nullptr;
    const int r = m_model->rowOf(m_detail->jobNamespace(), m_detail->jobName());
    if (r >= 0)
        row = &m_model->row(r);
    // Several pods: each line says whose it is.
    const bool prefix = (row && row->pods.size() > 1) || pods.size() > 1;
    QByteArray data;
    for (const jobs::LogLine &l : lines) {
        if (prefix)
            data += '[' + l.pod.toUtf8() + "] ";
        data += l.text.toUtf8();
        data += '\n';
    }
    view->appendData(data);
}

void JobsPage::updateActions()
{
    const int row = selectedSourceRow();
    const bool connected = !showsPlaceholder();
    m_newJob->setEnabled(connected);
    m_clone->setEnabled(connected);
    m_resubmit->setEnabled(row >= 0);
    m_cancel->setEnabled(row >= 0);
    const bool final = row >= 0 && jobs::isFinal(m_model->row(row).status.state);
    m_cancel->setText(final ? tr("&Delete…") : tr("&Cancel job…"));
    m_cancel->setToolTip(final ? tr("Delete the finished job and its pods (Delete)")
                               : tr("Stop the job and delete it with its pods (Delete)"));
}

void JobsPage::cancelSelected()
{
    const int row = selectedSourceRow();
    if (row < 0 || !submitter())
        return;
    const jobs::JobRow r = m_model->row(row);
    const bool final = jobs::isFinal(r.status.state);
    const QString title = final ? tr("Delete job") : tr("Cancel job");
    const QString text =
        final ? tr("Delete the job %1 and its pods? Its log goes with them.").arg(r.name)
              : tr("Cancel the job %1? Its pods are stopped and it is deleted; this cannot be "
                   "undone.")
                    .arg(r.name);
    if (!m_confirm(this, title, text))
        return;
    jobs::CancelJob *job = submitter()->cancel(r.namespaceName, r.name, this);
    connect(job, &jobs::CancelJob::finished, this, [this, name = r.name](const Status &st) {
        if (!st)
            errorBanner()->showError(tr("The job %1 could not be deleted").arg(name), st.error());
    });
}

void JobsPage::resubmitSelected()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return;
    const QJsonObject job = m_model->jobObject(row);
    QString base = m_model->row(row).name;
    // Drop a previous generated suffix: "train-ab12c" resubmitted is "train-xyz98", not
    // "train-ab12c-xyz98".
    static const QRegularExpression suffix(QStringLiteral("-[a-z0-9]{5}$"));
    if (base.contains(suffix) && base.size() > 6)
        base.remove(suffix);
    const QJsonObject copy = jobs::resubmittable(job, jobs::generateJobName(base));
    SubmitDialog *dlg = openSubmitDialog();
    if (dlg)
        dlg->setYaml(QString::fromUtf8(jobs::toYaml(copy)));
}

SubmitDialog *JobsPage::openSubmitDialog()
{
    if (showsPlaceholder())
        return nullptr;
    if (m_submitDialog) {
        m_submitDialog->raise();
        m_submitDialog->activateWindow();
        return m_submitDialog;
    }
    auto *dlg = new SubmitDialog(this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setNamespace(ns());
    if (platform())
        dlg->setDefaultQueue(platform()->profile().kubernetes.localQueue);
    if (!m_catalog.isEmpty())
        dlg->setCatalog(m_catalog);
    connect(dlg, &SubmitDialog::checkRequested, this, &JobsPage::onCheckRequested);
    connect(dlg, &SubmitDialog::submitRequested, this, &JobsPage::onSubmitRequested);
    m_submitDialog = dlg;
    dlg->open();
    reloadCatalog();
    return dlg;
}

void JobsPage::onCheckRequested(const QJsonObject &job)
{
    if (!m_submitDialog)
        return;
    const jobs::ClusterCatalog &catalog =
        m_catalog.isEmpty() ? jobs::ClusterCatalog::builtinDefaults() : m_catalog;
    const QList<jobs::CheckProblem> problems = jobs::checkJob(job, catalog);
    m_submitDialog->showCheck(problems, {tr("working out where it would run…")});
    if (!platform() || !platform()->kube())
        return;
    delete m_checkJobs; // a newer edit supersedes the running answer
    m_checkJobs = new QObject(this);
    auto *why = new jobs::WhyPendingJob(platform()->kube(), job, m_checkJobs);
    connect(why, &jobs::WhyPendingJob::finished, this,
            [this, problems](const Result<jobs::WhyPending> &r) {
                if (!m_submitDialog)
                    return;
                m_submitDialog->showCheck(
                    problems,
                    r ? r->lines()
                      : QStringList{tr("Could not work it out: %1").arg(r.error().message)});
            });
    why->start();
}

void JobsPage::onSubmitRequested(const QJsonObject &job)
{
    SubmitDialog *dlg = m_submitDialog;
    if (!dlg || !submitter())
        return;
    dlg->setBusy(true, tr("Submitting…"));
    jobs::SubmitJob *s = submitter()->submit(job, dlg);
    connect(s, &jobs::SubmitJob::finished, this,
            [this, s, dlg = QPointer<SubmitDialog>(dlg)](const Result<jobs::SubmitOutcome> &r) {
                if (r) {
                    selectJob(r->namespaceName, r->name);
                    Q_EMIT jobSubmitted(r->namespaceName, r->name);
                    if (dlg)
                        dlg->submitted();
                    return;
                }
                if (!dlg)
                    return;
                dlg->setBusy(false);
                QList<jobs::FieldProblem> problems = s->fieldProblems();
                if (problems.isEmpty())
                    problems = jobs::fieldProblemsOf(r.error());
                if (problems.isEmpty())
                    problems.append({jobs::SpecField::None, QString(), r.error().message});
                dlg->showProblems(problems);
            });
}

CloneDialog *JobsPage::openCloneDialog()
{
    if (showsPlaceholder() || !platform())
        return nullptr;
    if (m_cloneDialog) {
        m_cloneDialog->raise();
        return m_cloneDialog;
    }
    auto *dlg = new CloneDialog(this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_cloneDialog = dlg;
    QList<QJsonObject> pods;
    if (kube::Informer *inf = platform()->informer(kube::ResourceKind::pods(), ns()))
        pods = inf->objects();
    const QString user = platform()->session() ? platform()->session()->user().username : QString();
    const std::optional<QJsonObject> nb = jobs::findNotebookPod(pods, user);
    if (nb) {
        const QJsonObject c = nb->value(QLatin1String("spec"))
                                  .toObject()
                                  .value(QLatin1String("containers"))
                                  .toArray()
                                  .first()
                                  .toObject();
        dlg->setNotebook(
            nb->value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
            c.value(QLatin1String("image")).toString());
    }
    dlg->setPriorities(m_catalog.priorityClassNames());
    connect(dlg, &CloneDialog::cloneRequested, this, &JobsPage::onCloneRequested);
    dlg->open();
    return dlg;
}

void JobsPage::onCloneRequested(const jobs::CloneOptions &options)
{
    CloneDialog *dlg = m_cloneDialog;
    if (!dlg || !platform() || !submitter())
        return;
    QList<QJsonObject> pods;
    if (kube::Informer *inf = platform()->informer(kube::ResourceKind::pods(), ns()))
        pods = inf->objects();
    const QString user = platform()->session() ? platform()->session()->user().username : QString();
    const std::optional<QJsonObject> nb = jobs::findNotebookPod(pods, user);
    if (!nb) {
        dlg->setError(tr("Your notebook is not running any more."));
        return;
    }
    const auto specs = jobs::cloneNotebook(*nb, options);
    if (!specs) {
        dlg->setError(specs.error().message);
        return;
    }
    const jobs::ClusterCatalog &catalog =
        m_catalog.isEmpty() ? jobs::ClusterCatalog::builtinDefaults() : m_catalog;
    QList<QJsonObject> built;
    for (jobs::JobSpec spec : specs.value()) {
        if (spec.namespaceName.isEmpty())
            spec.namespaceName = ns();
        const jobs::BuiltJob b =
            jobs::buildJob(spec, catalog, platform()->profile().kubernetes.localQueue);
        if (!b.ok()) {
            dlg->setError(b.problems.first().message);
            return;
        }
        built.append(b.job);
    }
    dlg->setBusy(true);
    dlg->setError({});
    auto remaining = std::make_shared<int>(int(built.size()));
    auto failures = std::make_shared<QStringList>();
    for (const QJsonObject &job : built) {
        jobs::SubmitJob *s = submitter()->submit(job, this);
        connect(s, &jobs::SubmitJob::finished, this,
                [this, remaining, failures,
                 dlg = QPointer<CloneDialog>(dlg)](const Result<jobs::SubmitOutcome> &r) {
                    if (!r)
                        failures->append(r.error().message);
                    else if (*remaining == 1)
                        selectJob(r->namespaceName, r->name);
                    if (--*remaining > 0 || !dlg)
                        return;
                    dlg->setBusy(false);
                    if (failures->isEmpty())
                        dlg->accept();
                    else
                        dlg->setError(tr("%n copy(ies) could not be submitted: %1", nullptr,
                                         int(failures->size()))
                                          .arg(failures->first()));
                });
    }
}

void JobsPage::onStateChanged(const QString &nsName, const QString &name, JobState from,
                              JobState to)
{
    Q_UNUSED(from)
    if (keyOf(nsName, name) == m_currentKey) {
        m_detailTimer.start();
        loadExplanation();
    }
    Notifier *n = Notifier::instance();
    if (!n)
        return;
    const int row = m_model->rowOf(nsName, name);
    const QString reason = row >= 0 ? m_model->row(row).status.reason : QString();
    Notifier::Notification note;
    if (to == JobState::Succeeded) {
        note.category = QStringLiteral("job.succeeded");
        note.title = tr("Job %1 finished").arg(name);
        note.body = tr("It completed successfully.");
        note.urgency = Notifier::Urgency::Low;
    } else if (to == JobState::Failed) {
        note.category = QStringLiteral("job.failed");
        note.title = tr("Job %1 failed").arg(name);
        note.body = reason.isEmpty() ? tr("Open it on the Jobs page to see why.")
                                     : tr("Reason: %1").arg(reason);
        note.urgency = Notifier::Urgency::Critical;
    } else if (to == JobState::Evicted) {
        note.category = QStringLiteral("job.evicted");
        note.title = tr("Job %1 was evicted").arg(name);
        note.body = tr("It is back in the queue and will run again when there is room.");
    } else {
        return;
    }
    note.activate = [this, nsName, name] {
        window()->raise();
        window()->activateWindow();
        selectJob(nsName, name);
    };
    n->notify(std::move(note));
}

} // namespace plancia::ui
