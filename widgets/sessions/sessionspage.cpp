#include "sessionspage.h"

#include "availability/availabilityfeed.h"
#include "common/errorbanner.h"
#include "common/notifier.h"
#include "sessioncard.h"
#include "startdialog.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace plancia::ui {

using jupyter::HubServer;
using jupyter::SessionProfile;
using jupyter::SessionsModel;

SessionsPage::SessionsPage(QWidget *parent)
    : Page(PageId::Sessions, parent)
    , m_opener(systemUrlOpener())
    , m_empty(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_again(new QPushButton(this))
    , m_cardsHost(new QWidget(this))
    , m_cardsLayout(new QVBoxLayout(m_cardsHost))
    , m_scroll(new QScrollArea(this))
{
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_new->setObjectName(QStringLiteral("newSession"));
    m_again->setObjectName(QStringLiteral("startAgain"));
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_again);
    bar->addStretch(1);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->addStretch(1);
    m_scroll->setWidget(m_cardsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    body()->addLayout(bar);
    body()->addWidget(m_empty);
    body()->addWidget(m_scroll, 1);

    connect(m_new, &QPushButton::clicked, this, [this] { openStartDialog(); });
    connect(m_again, &QPushButton::clicked, this,
            [this] { startSession(lastName(), lastProfile()); });
    connect(errorBanner(), &ErrorBanner::retryRequested, this, [this] {
        if (m_model)
            m_model->refresh();
    });
    // The time left before the idle cull, on the cards.
    m_tick.setInterval(15000);
    connect(&m_tick, &QTimer::timeout, this, &SessionsPage::syncCards);
    m_tick.start();
    retranslate();
    rebuild();
}

SessionsPage::~SessionsPage() = default;

QString SessionsPage::title() const
{
    return tr("Sessions");
}

QString SessionsPage::subtitle() const
{
    return tr("Your JupyterLab servers: start, stop and open them.");
}

void SessionsPage::retranslate()
{
    Page::retranslate();
    m_new->setText(tr("&New session…"));
    const SessionProfile last = lastProfile();
    m_again->setText(last.image.isEmpty() ? tr("Start &again")
                                          : tr("Start &again (%1)").arg(last.summary()));
    syncCards();
}

void SessionsPage::setPlatform(Platform *platform)
{
    if (platform == this->platform())
        return;
    Page::setPlatform(platform);
    rebuild();
}

void SessionsPage::setConnected(bool connected)
{
    const bool changed = connected != isConnected();
    Page::setConnected(connected);
    if (changed)
        rebuild();
}

void SessionsPage::setAvailabilityFeed(availability::AvailabilityFeed *feed)
{
    if (m_ownFeed)
        delete m_feed;
    m_ownFeed = false;
    m_feed = feed;
    if (feed)
        connect(feed, &availability::AvailabilityFeed::changed, this, &SessionsPage::feedChanged);
}

void SessionsPage::setHubClient(jupyter::HubClient *client)
{
    m_testClient = client;
    rebuild();
}

void SessionsPage::rebuild()
{
    delete m_model;
    if (m_ownFeed)
        delete m_feed;
    m_browserToken.clear();
    Platform *p = platform();
    jupyter::HubClient *client = m_testClient;
    const bool loggedIn =
        p && isConnected() && p->session() && p->session()->state() == Session::State::LoggedIn;
    if (!client && loggedIn)
        client = jupyter::hubClientFor(p);
    if (client) {
        m_model = new SessionsModel(client, this);
        if (p)
            m_model->setCullTimeout(std::chrono::seconds(p->profile().hub.cullTimeoutSeconds));
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsPage::syncCards);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionsPage::syncCards);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &SessionsPage::syncCards);
        connect(m_model, &SessionsModel::refreshed, this, [this] {
            errorBanner()->clear();
            syncCards();
        });
        connect(m_model, &SessionsModel::refreshFailed, this,
                [this](const Error &e) { ErrorPresenter::showInline(errorBanner(), e); });
        connect(m_model, &SessionsModel::startFailed, this,
                [this](const QString &, const Error &e) {
                    ErrorPresenter::showForAction(this, tr("Start the session"), e);
                });
        connect(m_model, &SessionsModel::stopFailed, this, [this](const QString &, const Error &e) {
            ErrorPresenter::showForAction(this, tr("Stop the session"), e);
        });
        connect(m_model, &SessionsModel::serverReady, this, [this](const QString &name) {
            notify(QStringLiteral("session.ready"), tr("Your session is ready"),
                   tr("JupyterLab session %1 is running: open it from Plancia.")
                       .arg(name.isEmpty() ? tr("(default)") : name),
                   int(Notifier::Urgency::Normal), name);
        });
        connect(m_model, &SessionsModel::spawnFailed, this,
                [this](const QString &name, const Error &e) {
                    notify(QStringLiteral("session.failed"), tr("Your session did not start"),
                           e.message, int(Notifier::Urgency::Critical), name);
                });
        connect(m_model, &SessionsModel::stoppedByPlatform, this,
                [this](const QString &name, bool idle) {
                    const QString n = name.isEmpty() ? tr("(default)") : name;
                    notify(QStringLiteral("session.stopped"), tr("Your session was stopped"),
                           idle ? tr("JupyterLab session %1 was stopped by the platform after "
                                     "being idle.")
                                      .arg(n)
                                : tr("JupyterLab session %1 was stopped by the platform or a "
                                     "tutor.")
                                      .arg(n),
                           int(Notifier::Urgency::Normal), name);
                });
        connect(m_model, &SessionsModel::cullWarning, this,
                [this](const QString &name, const QDateTime &at) {
                    const qint64 min =
                        std::max<qint64>(1, (QDateTime::currentDateTimeUtc().secsTo(at) + 59) / 60);
                    notify(QStringLiteral("session.cullWarning"),
                           tr("Your session will be stopped soon"),
                           tr("JupyterLab session %1 has been idle: the platform stops it in %n "
                              "minutes unless you use it.",
                              nullptr, int(min))
                               .arg(name.isEmpty() ? tr("(default)") : name),
                           int(Notifier::Urgency::Critical), name);
                });
        m_model->setActive(isVisible());
        m_model->refresh();
        if (!m_feed && p && loggedIn && !m_testClient) {
            m_feed = new availability::AvailabilityFeed(p, this);
            m_ownFeed = true;
            connect(m_feed, &availability::AvailabilityFeed::changed, this,
                    &SessionsPage::feedChanged);
            m_feed->start();
        }
    }
    m_new->setEnabled(bool(m_model));
    retranslate();
}

QList<SessionCard *> SessionsPage::cards() const
{
    return m_cardsHost->findChildren<SessionCard *>(QString(), Qt::FindDirectChildrenOnly);
}

SessionCard *SessionsPage::card(const QString &name) const
{
    for (SessionCard *c : cards()) {
        if (c->serverName() == name)
            return c;
    }
    return nullptr;
}

void SessionsPage::syncCards()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QList<SessionCard *> have = cards();
    // Cards follow the model's rows in order; extra ones go.
    while (have.size() > rows)
        delete have.takeLast();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < rows; ++i) {
        SessionCard *c = i < have.size() ? have.at(i) : nullptr;
        if (!c) {
            c = new SessionCard(m_cardsHost);
            m_cardsLayout->insertWidget(i, c);
            connect(c, &SessionCard::openRequested, this, &SessionsPage::openSession);
            connect(c, &SessionCard::stopRequested, this, &SessionsPage::stopSession);
            connect(c, &SessionCard::startAgainRequested, this, [this](const QString &name) {
                const int r = m_model ? m_model->rowOf(name) : -1;
                SessionProfile p = r >= 0 ? m_model->row(r).server.profile : SessionProfile();
                if (p.image.isEmpty())
                    p = lastProfile();
                startSession(name, p);
            });
            connect(c, &SessionCard::deleteRequested, this, [this](const QString &name) {
                if (m_confirm(tr("Delete the session"),
                              tr("Delete session %1? Its server entry is removed from the hub "
                                 "(your files stay).")
                                  .arg(name)))
                    m_model->removeServer(name);
            });
        }
        c->setRow(m_model->row(i), now);
    }
    if (!m_model) {
        m_empty->setText(isConnected() ? tr("JupyterHub is not available for this platform.")
                                       : tr("Log in to see your JupyterLab servers and start one "
                                            "with the right profile."));
    } else if (!m_model->isLoaded()) {
        m_empty->setText(tr("Asking JupyterHub for your sessions…"));
    } else {
        m_empty->setText(tr("No session is running. Start one with New session."));
    }
    m_empty->setVisible(rows == 0);
    m_again->setEnabled(bool(m_model) && !lastProfile().image.isEmpty());
}

void SessionsPage::feedChanged()
{
    if (m_dialog && m_feed)
        m_dialog->setSnapshot(m_feed->snapshot(),
                              m_feed->state() == availability::AvailabilityFeed::State::Ready);
}

StartDialog *SessionsPage::openStartDialog(const QString &name)
{
    if (!m_model)
        return nullptr;
    QStringList images =
        platform() ? platform()->profile().hub.images : Profile::Hub::defaultImages();
    if (!m_dialog) {
        m_dialog = new StartDialog(images, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this] {
            if (m_dialog)
                startSession(m_dialog->serverName(), m_dialog->profile());
        });
    }
    const SessionProfile last = lastProfile();
    if (!last.image.isEmpty())
        m_dialog->setProfile(last);
    QStringList busy;
    for (const auto &r : m_model->rows()) {
        if (r.server.isActive())
            busy << r.server.name;
    }
    m_dialog->setBusyNames(busy);
    m_dialog->setServerName(name.isEmpty() && busy.contains(QString()) ? QString() : name);
    feedChanged();
    m_dialog->show();
    m_dialog->raise();
    return m_dialog;
}

void SessionsPage::startSession(const QString &name, const SessionProfile &profile)
{
    if (!m_model || profile.image.isEmpty())
        return;
    remember(name, profile);
    m_model->startServer(name, profile);
}

void SessionsPage::openSession(const QString &name)
{
    if (!m_model)
        return;
    const int r = m_model->rowOf(name);
    if (r < 0)
        return;
    const QUrl url = m_model->row(r).server.url;
    auto open = [this, url](const QString &token) {
        ErrorPresenter::openOrOfferCopy(this, m_opener, jupyter::HubClient::openUrl(url, token));
    };
    // The browser token lasts 12 h; a fresh one after 11.
    if (!m_browserToken.isEmpty() && m_browserTokenAge.elapsed() < 11 * 3600 * 1000LL)
        return open(m_browserToken);
    auto *job = m_model->client()->browserToken(this);
    connect(job, &jupyter::BrowserTokenJob::finished, this, [this, open](const Result<QString> &t) {
        if (!t.ok()) {
            ErrorPresenter::showForAction(this, tr("Open the session"), t.error());
            return;
        }
        m_browserToken = t.value();
        m_browserTokenAge.start();
        open(m_browserToken);
    });
}

void SessionsPage::stopSession(const QString &name)
{
    if (!m_model)
        return;
    const QString n = name.isEmpty() ? tr("your default session") : tr("session %1").arg(name);
    if (!m_confirm(tr("Stop the session"),
                   tr("Stop %1? Running kernels end; files saved in your home stay.").arg(n)))
        return;
    m_model->stopServer(name);
}

void SessionsPage::notify(const QString &category, const QString &title, const QString &body,
                          int urgency, const QString &serverName)
{
    Notifier *n = Notifier::instance();
    if (!n)
        return;
    Notifier::Notification note;
    note.category = category;
    note.title = title;
    note.body = body;
    note.urgency = Notifier::Urgency(urgency);
    QPointer<SessionsPage> self(this);
    note.activate = [self, serverName, category] {
        if (!self)
            return;
        self->window()->raise();
        self->window()->activateWindow();
        if (category == QLatin1String("session.ready"))
            self->openSession(serverName);
    };
    n->notify(note);
}

QString SessionsPage::settingsKey(const QString &leaf) const
{
    const QString profile = platform() ? platform()->profile().name : QStringLiteral("default");
    return QStringLiteral("sessions/%1/%2").arg(profile, leaf);
}

void SessionsPage::remember(const QString &name, const SessionProfile &profile)
{
    QSettings s;
    s.setValue(
        settingsKey(QStringLiteral("lastProfile")),
        QString::fromUtf8(QJsonDocument(profile.toUserOptions()).toJson(QJsonDocument::Compact)));
    s.setValue(settingsKey(QStringLiteral("lastName")), name);
    retranslate();
}

SessionProfile SessionsPage::lastProfile() const
{
    const QString json = QSettings().value(settingsKey(QStringLiteral("lastProfile"))).toString();
    if (json.isEmpty())
        return {};
    SessionProfile p =
        SessionProfile::fromUserOptions(QJsonDocument::fromJson(json.toUtf8()).object());
    return p;
}

QString SessionsPage::lastName() const
{
    return QSettings().value(settingsKey(QStringLiteral("lastName"))).toString();
}

void SessionsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_model)
        m_model->setActive(true);
}

void SessionsPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    if (m_model)
        m_model->setActive(false);
}

} // namespace plancia::ui
