#include "usage/usagepage.h"

#include "common/errorbanner.h"
#include "common/placeholderview.h"
#include "platform/platform.h"
#include "usage/accountingview.h"
#include "usage/usagechartsview.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace plancia::ui {

UsagePage::UsagePage(QWidget *parent)
    : Page(PageId::Usage, parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderView(this))
    , m_tabs(new QTabWidget(this))
    , m_charts(new UsageChartsView(this))
    , m_accounting(new AccountingView(this))
{
    m_placeholder->setIcon(pageIconName(PageId::Usage));
    connect(m_placeholder, &PlaceholderView::buttonClicked, this, &Page::loginRequested);
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_accounting, QString());
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    body()->addWidget(m_stack, 1);

    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &UsagePage::retryNow);
    connect(errorBanner(), &ErrorBanner::retryRequested, this, [this] {
        m_delay = m_firstDelay; // a person asked: start the backoff again
        retryNow();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &UsagePage::loadCurrentTab);
    connect(m_charts, &UsageChartsView::failed, this,
            [this](const Error &e) { onFailed(m_charts, e); });
    connect(m_accounting, &AccountingView::failed, this,
            [this](const Error &e) { onFailed(m_accounting, e); });
    connect(m_charts, &UsageChartsView::loaded, this, [this] { onLoaded(m_charts); });
    connect(m_accounting, &AccountingView::loaded, this, [this] { onLoaded(m_accounting); });
    m_stack->setCurrentWidget(m_placeholder);
    retranslate();
}

UsagePage::~UsagePage() = default;

QString UsagePage::title() const
{
    return tr("Usage");
}

QString UsagePage::subtitle() const
{
    return tr("Who used what, and how well: GPU utilisation over time and accounting per period.");
}

void UsagePage::setPlatform(Platform *platform)
{
    Page::setPlatform(platform);
    m_charts->setPlatform(platform);
    m_accounting->setPlatform(platform);
    m_failed.clear();
    m_viewerKey.clear();
    m_retry.stop();
    m_delay = m_firstDelay;
    errorBanner()->clear();
    updateViewer();
}

void UsagePage::setConnected(bool connected)
{
    Page::setConnected(connected);
    updateViewer();
}

bool UsagePage::showsPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

void UsagePage::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstDelay = m_delay = first;
    m_longestDelay = longest;
}

void UsagePage::overrideViewer(std::optional<usage::Viewer> viewer)
{
    m_viewerOverride = std::move(viewer);
    updateViewer();
}

void UsagePage::updateViewer()
{
    Platform *p = platform();
    const bool on = p && isConnected();
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_tabs) : m_placeholder);
    if (!on) {
        m_retry.stop();
        errorBanner()->clear();
        return;
    }
    const usage::Viewer viewer =
        m_viewerOverride.value_or(usage::Viewer::from(p->session()->user()));
    const QString key =
        QStringList{viewer.username, viewer.admin ? QStringLiteral("admin") : QString(),
                    viewer.groups.join(QLatin1Char(','))}
            .join(QLatin1Char('|'));
    if (key != m_viewerKey) {
        // Data that depends on who looks is read again.
        m_viewerKey = key;
        m_charts->setPlatform(p);
        m_accounting->setPlatform(p);
        m_charts->setViewer(viewer);
        m_accounting->setViewer(viewer);
    }
    if (isVisible())
        loadCurrentTab();
}

void UsagePage::loadCurrentTab()
{
    if (showsPlaceholder())
        return;
    if (m_tabs->currentWidget() == m_charts)
        m_charts->ensureLoaded();
    else
        m_accounting->ensureLoaded();
}

void UsagePage::onFailed(QWidget *view, const Error &error)
{
    m_failed.insert(view);
    errorBanner()->showError(tr("Prometheus could not be read"), error);
    errorBanner()->setRetryEnabled(true);
    if (isVisible()) {
        m_retry.start(m_delay);
        m_delay = std::min(m_delay * 2, m_longestDelay);
    }
}

void UsagePage::onLoaded(QWidget *view)
{
    m_failed.remove(view);
    if (m_failed.isEmpty()) {
        errorBanner()->clear();
        m_retry.stop();
        m_delay = m_firstDelay;
    }
}

void UsagePage::retryNow()
{
    m_retry.stop();
    // The failed views again; a view hidden behind the other tab reloads when it is shown.
    const QSet<QWidget *> failed = m_failed;
    for (QWidget *view : failed) {
        if (view == m_charts)
            m_charts->reload();
        else if (view == m_accounting)
            m_accounting->reload();
    }
}

void UsagePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_failed.isEmpty())
        retryNow();
    loadCurrentTab();
}

void UsagePage::hideEvent(QHideEvent *event)
{
    // No retries for a page nobody looks at; showing it again retries at once.
    m_retry.stop();
    Page::hideEvent(event);
}

void UsagePage::retranslate()
{
    Page::retranslate();
    m_tabs->setTabText(0, tr("Over time"));
    m_tabs->setTabText(1, tr("Accounting"));
    m_placeholder->setHeading(tr("Not connected"));
    m_placeholder->setText(tr("Log in to see GPU usage over time and who used what."));
    m_placeholder->setButtonText(tr("Log in…"));
}

} // namespace plancia::ui
