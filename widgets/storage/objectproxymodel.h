#pragma once

#include <QPersistentModelIndex>
#include <QSortFilterProxyModel>

namespace plancia::ui {

// The object table over a BucketModel: the rows directly under one folder (the view's root),
// folders first whatever the order, sorted by BucketModel::SortRole, filtered as you type by a
// case-insensitive substring of the name. Rows elsewhere in the tree are left alone (filtering
// them would hide the open folder's own parents).
class ObjectProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ObjectProxyModel(QObject *parent = nullptr);

    // The source folder whose children are filtered (invalid: the bucket's top level).
    void setFolder(const QModelIndex &sourceFolder);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPersistentModelIndex m_folder;
    QString m_text;
};

// The prefix tree beside it: folders only, the name column only, by name.
class FolderProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FolderProxyModel(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
};

} // namespace plancia::ui
