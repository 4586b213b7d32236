#include "overviewpage.h"

#include "acceleratorcard.h"
#include "availability/nodetablemodel.h"
#include "common/icons.h"
#include "common/placeholderview.h"
#include "common/theme.h"
#include "log/logging.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace plancia::ui {

using namespace availability;

namespace {

QTableWidget *makeTable(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its rows, as wide as the page gives (long cells wrap or scroll inside).
    t->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    t->setWordWrap(true);
    return t;
}

QString gib(double bytes)
{
    return QLocale().toString(bytes / (1024.0 * 1024.0 * 1024.0), 'f', 0);
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Page(PageId::Overview, parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderView(this))
    , m_warning(new QLabel(this))
    , m_nodeModel(new NodeTableModel(this))
{
    m_placeholder->setIcon(pageIconName(PageId::Overview));
    connect(m_placeholder, &PlaceholderView::buttonClicked, this, [this] {
        if (!isConnected())
            Q_EMIT loginRequested();
        else
            restartFeed();
    });
    m_warning->setObjectName(QStringLiteral("availabilityWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: "
                                            "4px; padding: 8px 12px; }")
                                 .arg(theme::warningBackground.name(), theme::warning.name()));
    m_warning->hide();

    // The platform card (also shown while not logged in).
    m_card = new QWidget(this);
    m_cardHeading = new QLabel(m_card);
    m_cardName = new QLabel(m_card);
    m_form = new QFormLayout;
    theme::makeCard(m_card);
    theme::makeHeading(m_cardHeading);
    theme::makeSecondary(m_cardName);
    auto *icon = new QLabel(m_card);
    icon->setPixmap(linePixmap(QStringLiteral("platform"), theme::accent, 24, devicePixelRatioF()));
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(m_cardHeading);
    head->addWidget(m_cardName, 1);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(6);
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(20, 16, 20, 16);
    cardLayout->addLayout(head);
    cardLayout->addSpacing(4);
    cardLayout->addLayout(m_form);

    auto *placeholderPage = new QWidget(this);
    auto *pl = new QVBoxLayout(placeholderPage);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(m_placeholder, 1);
    m_stack->addWidget(placeholderPage);
    m_stack->addWidget(buildContent());
    body()->addWidget(m_warning);
    body()->addWidget(m_stack, 1);
    setView(View::NotConnected);
    retranslate();
}

OverviewPage::~OverviewPage() = default;

QWidget *OverviewPage::buildContent()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 8, 0);
    v->setSpacing(10);
    auto heading = [&](QLabel *&label) {
        label = new QLabel(content);
        theme::makeHeading(label);
        v->addWidget(label);
    };

    heading(m_accelHeading);
    auto *accel = new QHBoxLayout;
    auto *gpuBox = new QVBoxLayout;
    m_gpuHeading = new QLabel(content);
    theme::makeSecondary(m_gpuHeading);
    m_gpuGrid = new QGridLayout;
    m_gpuGrid->setSpacing(10);
    gpuBox->addWidget(m_gpuHeading);
    gpuBox->addLayout(m_gpuGrid);
    gpuBox->addStretch();
    auto *fpgaBox = new QVBoxLayout;
    m_fpgaHeading = new QLabel(content);
    theme::makeSecondary(m_fpgaHeading);
    m_fpgaColumn = new QVBoxLayout;
    m_fpgaColumn->setSpacing(10);
    fpgaBox->addWidget(m_fpgaHeading);
    fpgaBox->addLayout(m_fpgaColumn);
    fpgaBox->addStretch();
    accel->addLayout(gpuBox, 3);
    accel->addLayout(fpgaBox, 1);
    v->addLayout(accel);

    heading(m_activityHeading);
    m_activity = new QLabel(content);
    m_activity->setObjectName(QStringLiteral("userActivity"));
    m_activity->setWordWrap(true);
    v->addWidget(m_activity);

    heading(m_sitesHeading);
    m_sites = makeTable(content);
    m_sites->setColumnCount(5);
    v->addWidget(m_sites);

    heading(m_queuesHeading);
    m_queues = makeTable(content);
    m_queues->setColumnCount(5);
    v->addWidget(m_queues);

    heading(m_nodesHeading);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_nodeModel);
    proxy->setSortRole(NodeTableModel::SortRole);
    m_nodesView = new QTableView(content);
    m_nodesView->setModel(proxy);
    m_nodesView->setSortingEnabled(true);
    m_nodesView->sortByColumn(NodeTableModel::Name, Qt::AscendingOrder);
    m_nodesView->verticalHeader()->hide();
    m_nodesView->horizontalHeader()->setStretchLastSection(false);
    m_nodesView->horizontalHeader()->setSectionResizeMode(NodeTableModel::Accelerators,
                                                          QHeaderView::Stretch);
    m_nodesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodesView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_nodesView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nodesView->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    v->addWidget(m_nodesView);

    v->addSpacing(8);
    v->addWidget(m_card);
    v->addStretch();
    scroll->setWidget(content);
    // The first complete paint is measured where the content is drawn.
    m_content = content;
    m_content->installEventFilter(this);
    return scroll;
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QString OverviewPage::subtitle() const
{
    return tr("Accelerator availability and your usage at a glance.");
}

void OverviewPage::setPlatform(Platform *platform)
{
    if (platform == this->platform())
        return;
    Page::setPlatform(platform);
    restartFeed();
}

void OverviewPage::setConnected(bool connected)
{
    const bool changed = connected != isConnected();
    Page::setConnected(connected);
    if (changed)
        restartFeed();
}

void OverviewPage::restartFeed()
{
    delete m_feed;
    m_warning->hide();
    Platform *p = platform();
    if (!p || !isConnected() || p->session()->state() != Session::State::LoggedIn) {
        setView(View::NotConnected);
        return;
    }
    m_feed = new AvailabilityFeed(p, this);
    connect(m_feed, &AvailabilityFeed::changed, this, &OverviewPage::onFeedChanged);
    showLoading();
    m_sinceFeedStart.start();
    m_firstPaintPending = true;
    m_feed->start();
}

void OverviewPage::onFeedChanged()
{
    switch (m_feed->state()) {
    case AvailabilityFeed::State::Loading:
        showLoading();
        break;
    case AvailabilityFeed::State::Failed:
        showFailed(m_feed->problems().value(0).message);
        break;
    case AvailabilityFeed::State::Ready:
        showSnapshot(m_feed->snapshot(), m_feed->problems());
        break;
    }
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && event->type() == QEvent::Paint && m_firstPaintPending &&
        m_view == View::Availability && m_feed) {
        m_firstPaintPending = false;
        const qint64 ms = m_sinceFeedStart.elapsed();
        logger("ui.overview")
            ->info("first complete overview painted {} ms after the feed started", ms);
        Q_EMIT firstCompletePaint(ms);
    }
    return Page::eventFilter(watched, event);
}

void OverviewPage::setView(View view)
{
    m_view = view;
    m_stack->setCurrentIndex(view == View::Availability ? 1 : 0);
    if (view != View::Availability)
        m_warning->hide();
    // Not logged in, the platform card sits under the placeholder.
    if (view != View::Availability) {
        if (auto *l = qobject_cast<QVBoxLayout *>(m_stack->widget(0)->layout()))
            l->addWidget(m_card);
    } else if (auto *content = qobject_cast<QScrollArea *>(m_stack->widget(1))) {
        if (auto *l = qobject_cast<QVBoxLayout *>(content->widget()->layout()))
            l->insertWidget(l->count() - 1, m_card);
    }
    updatePlaceholder();
}

void OverviewPage::showLoading()
{
    setView(View::Loading);
}

void OverviewPage::showFailed(const QString &message)
{
    m_failure = message;
    setView(View::Failed);
}

void OverviewPage::updatePlaceholder()
{
    switch (m_view) {
    case View::NotConnected:
        m_placeholder->setHeading(tr("Not connected"));
        m_placeholder->setText(
            tr("Log in to see which GPUs and FPGAs are free now and how much you have used."));
        m_placeholder->setButtonText(tr("Log in…"));
        break;
    case View::Loading:
        m_placeholder->setHeading(tr("Reading the cluster…"));
        m_placeholder->setText(tr("Nodes, pods and queues are being listed."));
        m_placeholder->setButtonText({});
        break;
    case View::Failed:
        m_placeholder->setHeading(tr("The cluster cannot be read"));
        m_placeholder->setText(m_failure);
        m_placeholder->setButtonText(tr("Try again"));
        break;
    case View::Availability:
        break;
    }
}

void OverviewPage::showSnapshot(const Snapshot &snapshot,
                                const QList<AvailabilityFeed::Problem> &problems)
{
    setUpdatesEnabled(false);
    setView(View::Availability);
    QStringList warnings;
    for (const auto &p : problems)
        warnings << p.message;
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    fillCards(snapshot);
    const UserActivity &u = snapshot.user;
    m_activity->setText(tr("Running now: %n session(s)", nullptr, u.sessions) +
                        QStringLiteral(" · ") + tr("%n job pod(s)", nullptr, u.jobPods) +
                        QStringLiteral(" · ") + tr("%n waiting", nullptr, u.pendingPods) +
                        QStringLiteral(" · ") + tr("%n offloaded", nullptr, u.offloaded));
    fillSites(snapshot);
    fillQueues(snapshot);
    m_nodeModel->setSnapshot(snapshot);
    m_nodesView->resizeColumnsToContents();
    setUpdatesEnabled(true);
    Q_EMIT snapshotShown();
}

void OverviewPage::fillCards(const Snapshot &snapshot)
{
    // GPU cards: one per GPU model with its slices; a slice whose GPU has no whole devices gets
    // a card named after the GPU all the same.
    QList<QPair<QString, QList<ModelAvailability>>> gpus;
    QList<QPair<QString, QList<ModelAvailability>>> fpgas;
    for (const ModelAvailability &m : snapshot.models) {
        auto &groups = m.model.kind == AcceleratorKind::Fpga ? fpgas : gpus;
        const QString group =
            m.model.kind == AcceleratorKind::MigSlice ? m.model.parentName : m.model.name;
        if (groups.isEmpty() || groups.last().first != group)
            groups.append({group, {}});
        groups.last().second << m;
    }
    for (AcceleratorCard *c : gpuCards() + fpgaCards())
        delete c;
    const int columns = 3;
    for (int i = 0; i < gpus.size(); ++i) {
        auto *card = new AcceleratorCard(gpus.at(i).first);
        card->setProperty("kind", QStringLiteral("gpu"));
        card->setModels(gpus.at(i).second);
        m_gpuGrid->addWidget(card, i / columns, i % columns);
    }
    for (const auto &g : std::as_const(fpgas)) {
        auto *card = new AcceleratorCard(g.first);
        card->setProperty("kind", QStringLiteral("fpga"));
        card->setModels(g.second);
        m_fpgaColumn->addWidget(card);
    }
    m_fpgaHeading->setVisible(!fpgas.isEmpty());
    m_gpuHeading->setVisible(!gpus.isEmpty());
}

void OverviewPage::fillSites(const Snapshot &snapshot)
{
    m_sites->setHorizontalHeaderLabels(
        {tr("Site"), tr("Node"), tr("State"), tr("Your pods"), tr("Offers")});
    m_sites->setRowCount(int(snapshot.sites.size()));
    for (int r = 0; r < snapshot.sites.size(); ++r) {
        const OffloadSite &s = snapshot.sites.at(r);
        QStringList offers{tr("%1 CPU cores, %2 GiB").arg(s.cpu).arg(gib(s.memory))};
        for (const auto &a : s.accelerators)
            offers << tr("%1× %2").arg(a.second).arg(a.first);
        auto *state = new QTableWidgetItem(s.ready ? tr("Connected") : tr("Disconnected"));
        state->setForeground(s.ready ? theme::ok : theme::warning);
        state->setToolTip(s.message);
        state->setData(Qt::UserRole, s.ready);
        m_sites->setItem(r, 0, new QTableWidgetItem(s.name));
        m_sites->setItem(r, 1, new QTableWidgetItem(s.node));
        m_sites->setItem(r, 2, state);
        m_sites->setItem(r, 3, new QTableWidgetItem(QString::number(s.userPods)));
        m_sites->setItem(r, 4, new QTableWidgetItem(offers.join(QStringLiteral(", "))));
    }
    m_sites->resizeColumnsToContents();
    m_sitesHeading->setVisible(!snapshot.sites.isEmpty());
    m_sites->setVisible(!snapshot.sites.isEmpty());
}

void OverviewPage::fillQueues(const Snapshot &snapshot)
{
    m_queues->setHorizontalHeaderLabels(
        {tr("Queue"), tr("Kind"), tr("Pending"), tr("Admitted"), tr("Quota used per flavor")});
    m_queues->setRowCount(int(snapshot.queues.size()));
    for (int r = 0; r < snapshot.queues.size(); ++r) {
        const QueueStatus &q = snapshot.queues.at(r);
        const bool cluster = q.kind == QueueStatus::Kind::Cluster;
        QStringList usage;
        for (const FlavorUsage &f : q.flavors) {
            QStringList res;
            for (const auto &x : f.resources) {
                if (x.used <= 0 || x.name == QLatin1String("memory"))
                    continue;
                res << (x.nominal >= 0 ? tr("%1 %2 of %3").arg(x.used).arg(x.name).arg(x.nominal)
                                       : tr("%1 %2").arg(x.used).arg(x.name));
            }
            if (!res.isEmpty())
                usage << tr("%1: %2").arg(f.flavor, res.join(QStringLiteral(", ")));
        }
        m_queues->setItem(
            r, 0,
            new QTableWidgetItem(
                cluster ? q.name : tr("%1 (your queue, in %2)").arg(q.name, q.clusterQueue)));
        m_queues->setItem(r, 1,
                          new QTableWidgetItem(cluster ? tr("Cluster queue") : tr("Local queue")));
        m_queues->setItem(r, 2, new QTableWidgetItem(QString::number(q.pending)));
        m_queues->setItem(r, 3, new QTableWidgetItem(QString::number(q.admitted)));
        m_queues->setItem(r, 4,
                          new QTableWidgetItem(usage.isEmpty() ? tr("nothing")
                                                               : usage.join(QStringLiteral("; "))));
    }
    m_queues->resizeColumnsToContents();
    m_queues->resizeRowsToContents();
    m_queuesHeading->setVisible(!snapshot.queues.isEmpty());
    m_queues->setVisible(!snapshot.queues.isEmpty());
}

QList<AcceleratorCard *> OverviewPage::gpuCards() const
{
    QList<AcceleratorCard *> out;
    for (int i = 0; i < m_gpuGrid->count(); ++i) {
        if (auto *c = qobject_cast<AcceleratorCard *>(m_gpuGrid->itemAt(i)->widget()))
            out << c;
    }
    return out;
}

QList<AcceleratorCard *> OverviewPage::fpgaCards() const
{
    QList<AcceleratorCard *> out;
    for (int i = 0; i < m_fpgaColumn->count(); ++i) {
        if (auto *c = qobject_cast<AcceleratorCard *>(m_fpgaColumn->itemAt(i)->widget()))
            out << c;
    }
    return out;
}

QString OverviewPage::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString OverviewPage::activityText() const
{
    return m_activity->text();
}

void OverviewPage::setProfile(const std::optional<Profile> &profile)
{
    m_profile = profile;
    fillPlatform();
}

QString OverviewPage::platformSummary() const
{
    QStringList rows;
    for (int i = 0; i < m_form->rowCount(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::FieldRole)->widget());
        if (label && value)
            rows << label->text() + QLatin1Char(' ') + value->text();
    }
    return m_cardHeading->text() + QLatin1Char('\n') + m_cardName->text() + QLatin1Char('\n') +
           rows.join(QLatin1Char('\n'));
}

void OverviewPage::retranslate()
{
    Page::retranslate();
    m_cardHeading->setText(tr("Platform"));
    m_accelHeading->setText(tr("Accelerators free now"));
    m_gpuHeading->setText(tr("GPUs"));
    m_fpgaHeading->setText(tr("FPGAs"));
    m_activityHeading->setText(tr("Your work"));
    m_sitesHeading->setText(tr("Offload sites"));
    m_queuesHeading->setText(tr("Batch queues"));
    m_nodesHeading->setText(tr("Nodes"));
    updatePlaceholder();
    fillPlatform();
    if (m_view == View::Availability && m_feed)
        onFeedChanged();
}

void OverviewPage::fillPlatform()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    auto addRow = [this](const QString &label, const QString &value) {
        auto *v = new QLabel(value.isEmpty() ? tr("not set") : value);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *l = new QLabel(label);
        theme::makeSecondary(l);
        m_form->addRow(l, v);
    };
    if (!m_profile) {
        m_cardName->setText({});
        addRow(tr("Profile:"), tr("No platform profile is selected. Import one in Settings."));
        return;
    }
    const Profile &p = *m_profile;
    m_cardName->setText(p.displayName.isEmpty() ? p.name
                                                : tr("%1 (%2)").arg(p.displayName, p.name));
    addRow(tr("Login (IAM):"), p.iam.issuer.toDisplayString());
    addRow(tr("JupyterHub:"), p.hub.url.toDisplayString());
    addRow(tr("Monitoring:"), p.prometheus.url.toDisplayString());
    addRow(tr("Storage (S3):"), p.s3.endpoint.toDisplayString());
    addRow(tr("Kubernetes:"), p.kubernetes.server.toDisplayString());
    addRow(tr("Batch queue:"), p.kubernetes.localQueue);
}

} // namespace plancia::ui
