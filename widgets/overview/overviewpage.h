#pragma once

#include "availability/availabilityfeed.h"
#include "common/page.h"
#include "config/profile.h"

#include <QElapsedTimer>
#include <QPointer>

#include <optional>

class QFormLayout;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QVBoxLayout;

namespace plancia::availability {
class NodeTableModel;
}

namespace plancia::ui {

class AcceleratorCard;
class PlaceholderView;

// The landing page: which GPUs and FPGAs are free now (a card per model, MIG slices under their
// GPU, FPGAs beside the GPUs), the user's own sessions and jobs, the offload sites with their
// health, the batch queues and the nodes; the platform the app points at underneath. Live from
// the Platform's availability feed (informers), so it follows the cluster without refreshing.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    enum class View { NotConnected, Loading, Failed, Availability };
    Q_ENUM(View)

    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    QString title() const override;
    QString subtitle() const override;

    void setPlatform(Platform *platform) override;
    void setConnected(bool connected) override;

    void setProfile(const std::optional<Profile> &profile);
    // The endpoint rows as shown (label text -> value text), for tests.
    QString platformSummary() const;

    // What the page shows; the live feed calls these, tests too.
    void showSnapshot(const availability::Snapshot &snapshot,
                      const QList<availability::AvailabilityFeed::Problem> &problems);
    void showLoading();
    void showFailed(const QString &message);

    View view() const { return m_view; }
    availability::AvailabilityFeed *feed() const { return m_feed; }
    QList<AcceleratorCard *> gpuCards() const;
    QList<AcceleratorCard *> fpgaCards() const;
    // The warning strip (partly unavailable, disagreements); empty when hidden.
    QString warningText() const;
    QString activityText() const;
    QTableWidget *sitesTable() const { return m_sites; }
    QTableWidget *queuesTable() const { return m_queues; }
    QTableView *nodesView() const { return m_nodesView; }
    availability::NodeTableModel *nodeModel() const { return m_nodeModel; }
    PlaceholderView *placeholder() const { return m_placeholder; }

Q_SIGNALS:
    // A snapshot was put on screen (tests and the first-paint measurement).
    void snapshotShown();
    // The first complete snapshot after a feed started was painted, `ms` after the start.
    void firstCompletePaint(qint64 ms);

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildContent();
    void restartFeed();
    void onFeedChanged();
    void setView(View view);
    void fillCards(const availability::Snapshot &snapshot);
    void fillSites(const availability::Snapshot &snapshot);
    void fillQueues(const availability::Snapshot &snapshot);
    void fillPlatform();
    void updatePlaceholder();

    std::optional<Profile> m_profile;
    QPointer<availability::AvailabilityFeed> m_feed;
    View m_view = View::NotConnected;
    QString m_failure;
    QElapsedTimer m_sinceFeedStart;
    bool m_firstPaintPending = false;
    QWidget *m_content = nullptr;
    QStackedWidget *m_stack;
    PlaceholderView *m_placeholder;
    QLabel *m_warning;
    QLabel *m_accelHeading;
    QLabel *m_gpuHeading;
    QLabel *m_fpgaHeading;
    QGridLayout *m_gpuGrid;
    QVBoxLayout *m_fpgaColumn;
    QLabel *m_activityHeading;
    QLabel *m_activity;
    QLabel *m_sitesHeading;
    QTableWidget *m_sites;
    QLabel *m_queuesHeading;
    QTableWidget *m_queues;
    QLabel *m_nodesHeading;
    availability::NodeTableModel *m_nodeModel;
    QTableView *m_nodesView;
    QWidget *m_card;
    QLabel *m_cardHeading;
    QLabel *m_cardName;
    QFormLayout *m_form;
};

} // namespace plancia::ui
