#pragma once

#include "profile.h"

#include <QObject>
#include <QStringList>

namespace plancia {

// The platform profiles known to this user: JSON files in the profiles directory
// (<config>/plancia/profiles/*.json) plus any loaded explicitly (--profile FILE, the
// sandbox's profile). Broken files are kept aside with their error so the UI can show why.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(QObject *parent = nullptr);

    static QString defaultDirectory();
    void setDirectory(const QString &dir) { m_directory = dir; }
    QString directory() const { return m_directory; }

    // Rescans the directory. Explicitly added profiles stay.
    void reload();
    // Loads a file and adds it (replacing a profile of the same name).
    Result<Profile> addFile(const QString &path);
    // Copies a profile file into the directory so it is there next start.
    Status import(const QString &path);

    QList<Profile> profiles() const { return m_profiles; }
    QList<Error> problems() const { return m_problems; }
    std::optional<Profile> find(const QString &name) const;
    // A file path or a profile name, as given to --profile.
    Result<Profile> resolve(const QString &fileOrName);

Q_SIGNALS:
    void changed();

private:
    void upsert(const Profile &p);

    QString m_directory;
    QList<Profile> m_profiles;
    QList<Profile> m_explicit;
    QList<Error> m_problems;
};

} // namespace plancia
