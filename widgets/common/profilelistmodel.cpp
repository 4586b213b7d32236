#include "profilelistmodel.h"

#include "config/profilestore.h"

#include <QDir>
#include <QFileInfo>

namespace plancia::ui {

namespace {

QString folderOf(const QString &path, bool isDirectory)
{
    const QFileInfo info(path);
    const QString canonical = isDirectory ? info.canonicalFilePath() : info.canonicalPath();
    if (!canonical.isEmpty())
        return canonical;
    return QDir::cleanPath(isDirectory ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProfileStore::changed, this, &ProfileListModel::reset);
    load();
}

void ProfileListModel::load()
{
    m_profiles = m_store ? m_store->profiles() : QList<Profile>();
    // Resolved once per change, not per paint: it asks the file system.
    m_fromFile.clear();
    for (const Profile &p : std::as_const(m_profiles))
        m_fromFile.append(isFromFile(p));
}

void ProfileListModel::reset()
{
    beginResetModel();
    load();
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
        case DisplayNameColumn: {
            const QString name = p.displayName.isEmpty() ? p.name : p.displayName;
            return m_fromFile.value(index.row()) ? tr("%1 (from a file)").arg(name) : name;
        }
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
    case FromFileRole:
        return m_fromFile.value(index.row());
    }
    return {};
}

bool ProfileListModel::isFromFile(const Profile &profile) const
{
    if (!m_store || profile.sourcePath.isEmpty())
        return false;
    return folderOf(profile.sourcePath, false) != folderOf(m_store->directory(), true);
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
