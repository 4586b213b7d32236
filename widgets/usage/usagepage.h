#pragma once

#include "common/page.h"
#include "net/error.h"
#include "usage/accounting.h"

#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

class QStackedWidget;
class QTabWidget;

namespace plancia::ui {

class AccountingView;
class PlaceholderView;
class UsageChartsView;

// Who used what, and how well: charts over time ("Over time": utilisation per model or node,
// GPU memory, GPU-hours per user or project) and accounting per period ("Accounting"), from
// the platform's Prometheus. A Prometheus error is shown in the page's banner with Retry; while
// the page is visible it retries by itself with a growing delay, so it recovers on its own when
// Prometheus returns.
class UsagePage : public Page
{
    Q_OBJECT

public:
    explicit UsagePage(QWidget *parent = nullptr);
    ~UsagePage() override;

    QString title() const override;
    QString subtitle() const override;

    void setPlatform(Platform *platform) override;
    void setConnected(bool connected) override;

    UsageChartsView *charts() const { return m_charts; }
    AccountingView *accounting() const { return m_accounting; }
    QTabWidget *tabs() const { return m_tabs; }
    PlaceholderView *placeholder() const { return m_placeholder; }
    bool showsPlaceholder() const;

    // Who looks, instead of the session's user (tests; the app leaves it unset).
    void overrideViewer(std::optional<usage::Viewer> viewer);

    // The automatic retry's first and longest delay (tests shorten them).
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    bool retryPending() const { return m_retry.isActive(); }
    std::chrono::milliseconds nextRetryDelay() const { return m_delay; }

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateViewer();
    void loadCurrentTab();
    void onFailed(QWidget *view, const Error &error);
    void onLoaded(QWidget *view);
    void retryNow();

    QStackedWidget *m_stack;
    PlaceholderView *m_placeholder;
    QTabWidget *m_tabs;
    UsageChartsView *m_charts;
    AccountingView *m_accounting;
    QTimer m_retry;
    QSet<QWidget *> m_failed;
    QString m_viewerKey;
    std::optional<usage::Viewer> m_viewerOverride;
    std::chrono::milliseconds m_firstDelay{5000};
    std::chrono::milliseconds m_longestDelay{60000};
    std::chrono::milliseconds m_delay{5000};
};

} // namespace plancia::ui
