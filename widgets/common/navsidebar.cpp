#include "navsidebar.h"

#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace plancia::ui {

NavSidebar::NavSidebar(QWidget *parent)
    : QWidget(parent)
    , m_subtitle(new QLabel(this))
    , m_footer(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(theme::sidebarStyleSheet());
    m_list->setObjectName(QStringLiteral("sidebarList"));
    m_footer->setObjectName(QStringLiteral("sidebarFooter"));

    auto *logo = new QLabel(this);
    logo->setPixmap(appIcon().pixmap(QSize(36, 36)));
    auto *name = new QLabel(QStringLiteral("Plancia"), this);
    QFont f = name->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setWeight(QFont::DemiBold);
    name->setFont(f);
    name->setStyleSheet(QStringLiteral("color: white;"));
    m_subtitle->setObjectName(QStringLiteral("sidebarFooter"));
    m_subtitle->setWordWrap(true);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(name);
    names->addWidget(m_subtitle);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(16, 18, 16, 14);
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addLayout(names, 1);

    m_list->setIconSize(QSize(20, 20));
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_footer->setText(tr("Version %1").arg(QStringLiteral(PLANCIA_VERSION)));
    m_footer->setContentsMargins(18, 8, 16, 12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(brand);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_footer);
    setMinimumWidth(200);
    setMaximumWidth(260);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT pageSelected(static_cast<PageId>(item->data(Qt::UserRole).toInt()));
    });
    retranslate();
}

void NavSidebar::addPage(PageId page, const QString &title)
{
    auto *item = new QListWidgetItem(
        lineIcon(pageIconName(page), theme::sidebarText, QColor(Qt::white)), title, m_list);
    item->setData(Qt::UserRole, int(page));
    item->setSizeHint(QSize(0, 38));
}

QListWidgetItem *NavSidebar::itemFor(PageId page) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toInt() == int(page))
            return m_list->item(i);
    }
    return nullptr;
}

void NavSidebar::setPageTitle(PageId page, const QString &title)
{
    if (auto *item = itemFor(page))
        item->setText(title);
}

void NavSidebar::setPageVisible(PageId page, bool visible)
{
    if (auto *item = itemFor(page))
        item->setHidden(!visible);
}

bool NavSidebar::isPageVisible(PageId page) const
{
    auto *item = itemFor(page);
    return item && !item->isHidden();
}

void NavSidebar::setCurrentPage(PageId page)
{
    if (auto *item = itemFor(page))
        m_list->setCurrentItem(item);
}

PageId NavSidebar::currentPage() const
{
    auto *item = m_list->currentItem();
    return item ? static_cast<PageId>(item->data(Qt::UserRole).toInt()) : PageId::Overview;
}

void NavSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NavSidebar::retranslate()
{
    m_subtitle->setText(tr("AI platform control center"));
    m_footer->setText(tr("Version %1").arg(QStringLiteral(PLANCIA_VERSION)));
    m_list->setAccessibleName(tr("Pages"));
}

} // namespace plancia::ui
