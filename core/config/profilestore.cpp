#include "profilestore.h"

#include "log/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace plancia {

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_directory(defaultDirectory())
{}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/plancia/profiles");
}

void ProfileStore::reload()
{
    m_profiles.clear();
    m_problems.clear();
    const QDir dir(m_directory);
    const auto files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        auto loaded = loadProfile(fi.absoluteFilePath());
        if (loaded.ok()) {
            upsert(loaded.value());
        } else {
            logger("core.config")->warn("{}", loaded.error().message.toStdString());
            m_problems.append(loaded.error());
        }
    }
    for (const auto &p : std::as_const(m_explicit))
        upsert(p);
    Q_EMIT changed();
}

void ProfileStore::upsert(const Profile &p)
{
    for (auto &existing : m_profiles) {
        if (existing.name == p.name) {
            existing = p;
            return;
        }
    }
    m_profiles.append(p);
}

Result<Profile> ProfileStore::addFile(const QString &path)
{
    auto loaded = loadProfile(path);
    if (!loaded.ok())
        return loaded;
    m_explicit.removeIf([&](const Profile &p) { return p.name == loaded->name; });
    m_explicit.append(loaded.value());
    upsert(loaded.value());
    Q_EMIT changed();
    return loaded;
}

Status ProfileStore::import(const QString &path)
{
    auto loaded = loadProfile(path);
    if (!loaded.ok())
        return loaded.error();
    if (!QDir().mkpath(m_directory)) {
        return Error::make(Error::Kind::Config,
                           Error::tr("Cannot create the folder %1.").arg(m_directory));
    }
    const QString target = m_directory + QLatin1Char('/') + loaded->name + QStringLiteral(".json");
    QFile::remove(target);
    if (!QFile::copy(path, target)) {
        return Error::make(Error::Kind::Config,
                           Error::tr("Cannot copy %1 to %2.").arg(path, target));
    }
    reload();
    return Ok{};
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    for (const auto &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

Result<Profile> ProfileStore::resolve(const QString &fileOrName)
{
    if (QFileInfo::exists(fileOrName))
        return addFile(fileOrName);
    if (auto p = find(fileOrName))
        return *p;
    return Error::make(
        Error::Kind::Config,
        Error::tr("There is no platform profile named %1, and no such file.").arg(fileOrName));
}

} // namespace plancia
