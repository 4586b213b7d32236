#include "profilelistmodel.h"

#include "config/profilestore.h"

#include <QDir>
#include <QFileInfo>

namespace plancia::ui {

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProfileStore::changed, this, &ProfileListModel::reset);
    m_profiles = store->profiles();
}

void ProfileListModel::reset()
{
    beginResetModel();
    m_profiles = m_store ? m_store->profiles() : QList<Profile>();
    endResetModel();
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DisplayNameColumn:
            return p.displayName.isEmpty() ? p.name : p.displayName;
        case NameColumn:
            return p.name;
        case FileColumn:
            return QDir::toNativeSeparators(QFileInfo(p.sourcePath).absoluteFilePath());
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 — from %2")
            .arg(p.name, QDir::toNativeSeparators(QFileInfo(p.sourcePath).absoluteFilePath()));
    case NameRole:
        return p.name;
    case SourcePathRole:
        return p.sourcePath;
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DisplayNameColumn:
        return tr("Platform");
    case NameColumn:
        return tr("Name");
    case FileColumn:
        return tr("File");
    }
    return {};
}

int ProfileListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace plancia::ui
