#include "storage/objectproxymodel.h"

#include "storage/bucketmodel.h"

namespace plancia::ui {

ObjectProxyModel::ObjectProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BucketModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ObjectProxyModel::setFolder(const QModelIndex &sourceFolder)
{
    if (m_folder == sourceFolder)
        return;
    const bool wasFiltering = !m_text.isEmpty();
    m_folder = sourceFolder;
    if (wasFiltering)
        invalidateFilter();
}

void ObjectProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool ObjectProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || sourceParent != QModelIndex(m_folder))
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, BucketModel::NameColumn, sourceParent);
    return idx.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool ObjectProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool lf = BucketModel::isFolder(left);
    const bool rf = BucketModel::isFolder(right);
    if (lf != rf) // folders first in either order (the proxy reverses lessThan for descending)
        return sortOrder() == Qt::AscendingOrder ? lf : rf;
    const QVariant l = left.data(BucketModel::SortRole);
    const QVariant r = right.data(BucketModel::SortRole);
    if (l.typeId() == QMetaType::QString) {
        const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        return left.data(BucketModel::KeyRole).toString() <
               right.data(BucketModel::KeyRole).toString();
    }
    if (l.toLongLong() != r.toLongLong())
        return l.toLongLong() < r.toLongLong();
    // Ties by name, so the order is the same on every run.
    return QString::compare(left.data(BucketModel::KeyRole).toString(),
                            right.data(BucketModel::KeyRole).toString(), Qt::CaseInsensitive) < 0;
}

FolderProxyModel::FolderProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool FolderProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return BucketModel::isFolder(sourceModel()->index(sourceRow, 0, sourceParent));
}

bool FolderProxyModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return sourceColumn == BucketModel::NameColumn;
}

} // namespace plancia::ui
