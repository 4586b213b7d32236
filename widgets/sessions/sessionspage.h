#pragma once

#include "common/errorpresenter.h"
#include "common/page.h"
#include "jupyter/sessionsmodel.h"
#include "sessions/startdialog.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace plancia {
namespace availability {
class AvailabilityFeed;
}
} // namespace plancia

namespace plancia::ui {

class SessionCard;

// Sessions page: the user's JupyterLab servers as cards (SessionsModel, polled while the page
// is visible and slowly while it is not, so that notifications still come), a start dialog that
// offers the accelerators free now (the availability feed), Open in the browser logged in, Stop
// with confirmation, several named sessions, and "start again" with the last profile of the
// platform (QSettings). Ready, failed, stopped-by-the-platform and the cull warning go to the
// desktop Notifier.
class SessionsPage : public Page
{
    Q_OBJECT

public:
    using Confirmer = std::function<bool(const QString &title, const QString &text)>;

    explicit SessionsPage(QWidget *parent = nullptr);
    ~SessionsPage() override;

    QString title() const override;
    QString subtitle() const override;
    void setPlatform(Platform *platform) override;
    void setConnected(bool connected) override;

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // Asks "really stop?"; a message box unless a test sets its own.
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    // For tests: a feed of their own (not owned), instead of the platform's.
    void setAvailabilityFeed(availability::AvailabilityFeed *feed);
    // For tests and the screenshot: a sessions model on a hub client of their own.
    void setHubClient(jupyter::HubClient *client);

    jupyter::SessionsModel *model() const { return m_model; }
    QList<SessionCard *> cards() const;
    SessionCard *card(const QString &name) const;
    QPushButton *newButton() const { return m_new; }
    QPushButton *againButton() const { return m_again; }
    QLabel *emptyLabel() const { return m_empty; }

    // Shows the start dialog (non-modal; the page keeps it fed with the free accelerators).
    StartDialog *openStartDialog(const QString &name = {});
    StartDialog *startDialog() const { return m_dialog; }
    void startSession(const QString &name, const jupyter::SessionProfile &profile);
    void openSession(const QString &name);
    void stopSession(const QString &name);

    // The profile last started on this platform (QSettings sessions/<platform>/last*).
    jupyter::SessionProfile lastProfile() const;
    QString lastName() const;

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuild();
    void syncCards();
    void feedChanged();
    void notify(const QString &category, const QString &title, const QString &body, int urgency,
                const QString &serverName);
    void remember(const QString &name, const jupyter::SessionProfile &profile);
    QString settingsKey(const QString &leaf) const;

    QPointer<jupyter::SessionsModel> m_model;
    QPointer<availability::AvailabilityFeed> m_feed;
    bool m_ownFeed = false;
    QPointer<jupyter::HubClient> m_testClient;
    QPointer<StartDialog> m_dialog;
    UrlOpener m_opener;
    Confirmer m_confirm;
    QString m_browserToken;
    QElapsedTimer m_browserTokenAge;

    QLabel *m_empty;
    QPushButton *m_new;
    QPushButton *m_again;
    QWidget *m_cardsHost;
    QVBoxLayout *m_cardsLayout;
    QScrollArea *m_scroll;
    QTimer m_tick;
};

} // namespace plancia::ui
