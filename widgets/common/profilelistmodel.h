#pragma once

#include "config/profile.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace plancia {
class ProfileStore;
}

namespace plancia::ui {

// The platform profiles of a ProfileStore, one per row: the switcher shows column 0, Settings
// shows all columns. Follows the store's changed() signal. A profile that is not in the store's
// folder (opened with --profile FILE) says so in column 0: "Sandbox (from a file)".
class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DisplayNameColumn, NameColumn, FileColumn, ColumnCount };
    enum Roles { NameRole = Qt::UserRole + 1, SourcePathRole, FromFileRole };

    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Row of the profile with this name, or -1.
    int rowOf(const QString &name) const;
    Profile profileAt(int row) const { return m_profiles.at(row); }
    // True when the profile was opened from a file outside the profiles folder.
    bool isFromFile(const Profile &profile) const;

private:
    void load();
    void reset();

    QPointer<ProfileStore> m_store;
    QList<Profile> m_profiles;
    QList<bool> m_fromFile;
};

} // namespace plancia::ui
