#pragma once

#include "pageid.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace plancia::ui {

// The navigation column on the left: app name, one entry per page (arrow keys move between
// visible entries and switch the page), version at the bottom.
class NavSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit NavSidebar(QWidget *parent = nullptr);

    void addPage(PageId page, const QString &title);
    void setPageTitle(PageId page, const QString &title);
    void setPageVisible(PageId page, bool visible);
    bool isPageVisible(PageId page) const;
    void setCurrentPage(PageId page);
    PageId currentPage() const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void pageSelected(plancia::ui::PageId page);

protected:
    void changeEvent(QEvent *event) override;

private:
    QListWidgetItem *itemFor(PageId page) const;
    void retranslate();

    QLabel *m_subtitle;
    QLabel *m_footer;
    QListWidget *m_list;
};

} // namespace plancia::ui
