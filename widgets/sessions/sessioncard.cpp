#include "sessioncard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace plancia::ui {

using jupyter::HubServer;

SessionCard::SessionCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_profile(new QLabel(this))
    , m_times(new QLabel(this))
    , m_cull(new QLabel(this))
    , m_messages(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_stop(new QPushButton(tr("&Stop…"), this))
    , m_again(new QPushButton(tr("Start &again"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("sessionCard"));
    setFrameShape(QFrame::StyledPanel);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_state->setObjectName(QStringLiteral("state"));
    m_cull->setObjectName(QStringLiteral("cull"));
    m_messages->setObjectName(QStringLiteral("messages"));
    m_error->setObjectName(QStringLiteral("error"));
    m_progress->setObjectName(QStringLiteral("progress"));
    for (QLabel *l : {m_profile, m_times, m_cull, m_messages, m_error}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_progress->setRange(0, 100);
    m_open->setObjectName(QStringLiteral("open"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_again->setObjectName(QStringLiteral("startAgain"));
    m_delete->setObjectName(QStringLiteral("delete"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addWidget(m_state);
    head->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_again);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_profile);
    layout->addWidget(m_times);
    layout->addWidget(m_cull);
    layout->addWidget(m_progress);
    layout->addWidget(m_messages);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_name); });
    connect(m_stop, &QPushButton::clicked, this, [this] { Q_EMIT stopRequested(m_name); });
    connect(m_again, &QPushButton::clicked, this, [this] { Q_EMIT startAgainRequested(m_name); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_name); });
}

QString SessionCard::timeLeftText(qint64 s)
{
    if (s <= 60)
        return tr("any moment now");
    const qint64 min = (s + 59) / 60;
    if (min < 60)
        return tr("in %n min", nullptr, int(min));
    return tr("in %1 h %2 min").arg(min / 60).arg(min % 60);
}

void SessionCard::setRow(const jupyter::SessionsModel::Row &row, const QDateTime &now)
{
    const HubServer &s = row.server;
    m_name = s.name;
    m_title->setText(s.displayName());
    const bool failed = !row.error.isEmpty() && !s.isActive();
    QString state;
    switch (s.state) {
    case HubServer::State::Starting:
        state = tr("Starting");
        break;
    case HubServer::State::Running:
        state = tr("Running");
        break;
    case HubServer::State::Stopping:
        state = tr("Stopping");
        break;
    case HubServer::State::Stopped:
        state = failed ? tr("Failed to start") : tr("Stopped");
        break;
    }
    m_state->setText(state);
    setProperty("state", HubServer::stateName(s.state));

    const jupyter::SessionProfile &p = s.profile;
    m_profile->setText(p.image.isEmpty() ? tr("Profile not known")
                                         : tr("%1\n%2").arg(p.summary(), p.image));
    const QLocale l;
    QStringList times;
    if (s.started.isValid())
        times << tr("Started %1").arg(l.toString(s.started.toLocalTime(), QLocale::ShortFormat));
    if (s.lastActivity.isValid())
        times << tr("last activity %1")
                     .arg(l.toString(s.lastActivity.toLocalTime(), QLocale::ShortFormat));
    m_times->setText(times.join(QStringLiteral(" · ")));
    m_times->setVisible(!times.isEmpty());

    if (row.cullAt.isValid()) {
        const qint64 left = now.secsTo(row.cullAt);
        m_cull->setText(tr("Stopped when idle %1 (at %2), unless you use it.")
                            .arg(timeLeftText(left), l.toString(row.cullAt.toLocalTime().time(),
                                                                QLocale::ShortFormat)));
        m_cull->setProperty("secondsLeft", left);
        m_cull->show();
    } else {
        m_cull->hide();
    }
    const bool starting = s.state == HubServer::State::Starting;
    m_progress->setVisible(starting);
    m_progress->setValue(row.progress);
    const QStringList last = row.messages.mid(std::max<qsizetype>(0, row.messages.size() - 4));
    m_messages->setText(last.join(QLatin1Char('\n')));
    m_messages->setVisible(starting && !last.isEmpty());
    m_error->setText(row.error);
    m_error->setVisible(failed);

    m_open->setVisible(s.state == HubServer::State::Running);
    m_stop->setVisible(s.state == HubServer::State::Running ||
                       s.state == HubServer::State::Starting);
    m_again->setVisible(s.state == HubServer::State::Stopped);
    m_delete->setVisible(s.state == HubServer::State::Stopped && !s.name.isEmpty());
}

} // namespace plancia::ui
