#include "tutorpage.h"

#include "common/errorbanner.h"
#include "common/errorpresenter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace plancia::ui {

using support::BulkServerJob;
using support::Participant;
using support::TutorRoom;

TutorPage::TutorPage(QWidget *parent)
    : Page(PageId::Tutor, parent)
    , m_room(new TutorRoom(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_group(new QComboBox(this))
    , m_idle(new QSpinBox(this))
    , m_profile(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_stopIdle(new QPushButton(this))
    , m_stopAll(new QPushButton(this))
    , m_stopSelected(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_progress(new QListWidget(this))
{
    m_group->setEditable(true);
    m_group->setMinimumContentsLength(16);
    m_idle->setRange(1, 24 * 60);
    m_idle->setValue(m_room->idleMinutes());
    m_profile->setEditable(true);
    m_profile->setMinimumContentsLength(12);
    auto *top = new QHBoxLayout;
    top->addWidget(m_group);
    top->addWidget(m_idle);
    top->addWidget(m_refresh);
    top->addStretch();
    top->addWidget(m_status);
    body()->addLayout(top);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_profile);
    actions->addWidget(m_start);
    actions->addWidget(m_stopIdle);
    actions->addWidget(m_stopSelected);
    actions->addWidget(m_stopAll);
    actions->addStretch();
    body()->addLayout(actions);

    m_proxy->setSourceModel(m_room);
    m_proxy->setSortRole(TutorRoom::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TutorRoom::FlagsColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_progress);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    body()->addWidget(split, 1);

    connect(m_group, &QComboBox::currentTextChanged, this, [this](const QString &g) {
        m_room->setGroup(g.trimmed());
        if (isVisible())
            m_room->refresh();
    });
    connect(m_idle, &QSpinBox::valueChanged, m_room, &TutorRoom::setIdleMinutes);
    connect(m_refresh, &QPushButton::clicked, m_room, &TutorRoom::refresh);
    connect(m_room, &TutorRoom::roundFinished, this, &TutorPage::updateButtons);
    connect(m_room, &TutorRoom::errorChanged, this, [this](const QString &e) {
        if (e.isEmpty())
            errorBanner()->clear();
        else
            ErrorPresenter::showInline(errorBanner(), Error::make(Error::Kind::Forbidden, e));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TutorPage::updateButtons);
    connect(m_start, &QPushButton::clicked, this,
            [this] { runBulk(BulkServerJob::Action::Start, usersWithoutServer()); });
    connect(m_stopIdle, &QPushButton::clicked, this,
            [this] { runBulk(BulkServerJob::Action::Stop, idleUsers()); });
    connect(m_stopAll, &QPushButton::clicked, this,
            [this] { runBulk(BulkServerJob::Action::Stop, usersWithServer()); });
    connect(m_stopSelected, &QPushButton::clicked, this,
            [this] { runBulk(BulkServerJob::Action::Stop, selectedUsers()); });
    retranslate();
    updateButtons();
}

TutorPage::~TutorPage() = default;

QString TutorPage::title() const
{
    return tr("Tutor");
}

QString TutorPage::subtitle() const
{
    return tr("Your event's participants at a glance: who is stuck, idle or not started.");
}

void TutorPage::retranslate()
{
    Page::retranslate();
    m_group->setToolTip(tr("The participants' group"));
    m_idle->setSuffix(tr(" min idle"));
    m_idle->setToolTip(tr("A running server without activity for this long is idle."));
    m_profile->setToolTip(tr("The session profile to start (empty: the hub's default)."));
    m_refresh->setText(tr("Refresh"));
    m_start->setText(tr("Start servers…"));
    m_stopIdle->setText(tr("Stop idle…"));
    m_stopSelected->setText(tr("Stop selected…"));
    m_stopAll->setText(tr("Stop all…"));
    updateButtons();
}

void TutorPage::setPlatform(Platform *platform)
{
    Page::setPlatform(platform);
    m_room->stop();
    m_room->setPlatform(platform);
    fillGroups();
    if (isVisible())
        startRoom();
}

void TutorPage::setConnected(bool connected)
{
    Page::setConnected(connected);
    fillGroups();
    if (!connected)
        m_room->stop();
    else if (isVisible())
        startRoom();
}

void TutorPage::fillGroups()
{
    QStringList groups;
    const RoleMapping mapping;
    if (platform() && platform()->session()) {
        for (const QString &g : platform()->session()->user().groups) {
            if (!mapping.tutorGroupSuffix.isEmpty() && g.endsWith(mapping.tutorGroupSuffix))
                groups << g.left(g.size() - mapping.tutorGroupSuffix.size());
        }
    }
    const QString current = m_group->currentText();
    const QSignalBlocker block(m_group);
    m_group->clear();
    m_group->addItems(groups);
    const QString pick = !current.isEmpty() ? current : groups.value(0);
    m_group->setCurrentText(pick);
    m_room->setGroup(pick);
}

void TutorPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    startRoom();
}

void TutorPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_room->stop();
}

void TutorPage::startRoom()
{
    if (platform() && isConnected())
        m_room->start();
}

QStringList TutorPage::idleUsers() const
{
    QStringList out;
    for (const Participant &p : m_room->participants()) {
        if (p.flags & Participant::Idle)
            out << p.user;
    }
    return out;
}

QStringList TutorPage::usersWithoutServer() const
{
    QStringList out;
    for (const Participant &p : m_room->participants()) {
        if (p.server == Participant::Server::None)
            out << p.user;
    }
    return out;
}

QStringList TutorPage::usersWithServer() const
{
    QStringList out;
    for (const Participant &p : m_room->participants()) {
        if (p.server != Participant::Server::None)
            out << p.user;
    }
    return out;
}

QStringList TutorPage::selectedUsers() const
{
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << i.data(TutorRoom::UserNameRole).toString();
    out.sort();
    return out;
}

void TutorPage::updateButtons()
{
    const bool ready = platform() && isConnected() && !m_bulk;
    m_start->setEnabled(ready && !usersWithoutServer().isEmpty());
    m_stopIdle->setEnabled(ready && !idleUsers().isEmpty());
    m_stopAll->setEnabled(ready && !usersWithServer().isEmpty());
    m_stopSelected->setEnabled(ready && !m_table->selectionModel()->selectedRows().isEmpty());
    int flagged = 0;
    for (const Participant &p : m_room->participants())
        flagged += p.flags != Participant::NoFlag ? 1 : 0;
    m_status->setText(m_room->participants().isEmpty()
                          ? QString()
                          : tr("%n participant(s), %1 need attention", nullptr,
                               int(m_room->participants().size()))
                                .arg(flagged));
}

bool TutorPage::runBulk(BulkServerJob::Action action, const QStringList &users)
{
    if (users.isEmpty() || m_bulk)
        return false;
    const bool start = action == BulkServerJob::Action::Start;
    const QString question =
        start ? tr("Start the servers of %n participant(s): %1?", nullptr, int(users.size()))
                    .arg(users.join(QStringLiteral(", ")))
              : tr("Stop the servers of %n participant(s): %1? Unsaved work in their notebooks "
                   "is lost.",
                   nullptr, int(users.size()))
                    .arg(users.join(QStringLiteral(", ")));
    const bool go =
        m_confirm ? m_confirm(question)
                  : QMessageBox::question(this, start ? tr("Start servers") : tr("Stop servers"),
                                          question) == QMessageBox::Yes;
    if (!go || !platform())
        return false;
    QJsonObject options;
    const QString profile = m_profile->currentText().trimmed();
    if (start && !profile.isEmpty())
        options.insert(QStringLiteral("profile"), profile);
    m_results.clear();
    m_progress->clear();
    auto *job = new BulkServerJob(platform()->hub(), platform()->profile().hub.url, action, users,
                                  options, this);
    m_bulk = job;
    connect(job, &BulkServerJob::progress, this,
            [this](const QString &user, BulkServerJob::ItemState s, const QString &m) {
                QString text;
                switch (s) {
                case BulkServerJob::ItemState::Waiting:
                    text = tr("%1: waiting").arg(user);
                    break;
                case BulkServerJob::ItemState::Working:
                    text = tr("%1: working…").arg(user);
                    break;
                case BulkServerJob::ItemState::Done:
                    text = tr("%1: done").arg(user);
                    m_results.insert(user, QStringLiteral("done"));
                    break;
                case BulkServerJob::ItemState::Skipped:
                    text = tr("%1: nothing to do (%2)").arg(user, m);
                    m_results.insert(user, QStringLiteral("skipped"));
                    break;
                case BulkServerJob::ItemState::Failed:
                    text = tr("%1: failed: %2").arg(user, m);
                    m_results.insert(user, QStringLiteral("failed: ") + m);
                    break;
                }
                const auto found =
                    m_progress->findItems(user + QLatin1Char(':'), Qt::MatchStartsWith);
                if (found.isEmpty())
                    m_progress->addItem(text);
                else
                    found.first()->setText(text);
            });
    connect(job, &BulkServerJob::finished, this, [this] {
        m_bulk = nullptr;
        m_room->refresh();
        updateButtons();
    });
    job->start();
    updateButtons();
    return true;
}

} // namespace plancia::ui
