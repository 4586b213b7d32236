#include "startup.h"

#include "config/profilestore.h"
#include "log/logging.h"
#include "mainwindow.h"
#include "settings/profilesettings.h"
#include "settings/settingspage.h"

#include <QFileInfo>
#include <QSettings>

namespace plancia {

namespace {

// The profile used last time, when it came from a file outside the profiles folder, is listed
// (not opened) so that the person can go back to it from the switcher. The keys are the ones
// MainWindow::setActiveProfile() writes.
void listLastUsedFile(ProfileStore &profiles)
{
    const QSettings settings;
    const QString name = settings.value(QStringLiteral("profile/current")).toString();
    const QString file = settings.value(QStringLiteral("profile/currentFile")).toString();
    if (!name.isEmpty() && !profiles.find(name) && QFileInfo::exists(file))
        (void)profiles.addFile(file);
}

std::optional<Error> openNone(MainWindow &window, ProfileStore &profiles,
                              const CommandLineOptions &options, const Error &error)
{
    logger("app")->warn("--profile {}: {}; no platform is open", options.profile.toStdString(),
                        error.toLogString().toStdString());
    listLastUsedFile(profiles);
    ui::ProfileSettings *settings = window.settingsPage()->profileSettings();
    settings->showOpenProblem(error);
    QObject::connect(&window, &MainWindow::activeProfileChanged, settings,
                     &ui::ProfileSettings::clearOpenProblem);
    if (!ui::pageFromKey(options.page))
        window.showPage(ui::PageId::Settings);
    Error shown = error;
    shown.message += QStringLiteral("\n\n") +
                     CommandLine::tr("No platform is open. Choose one in the Platform list at "
                                     "the bottom of the window.");
    return shown;
}

} // namespace

std::optional<Error> restoreAndApply(MainWindow &window, ProfileStore &profiles,
                                     const CommandLineOptions &options)
{
    window.restoreWindowState();
    std::optional<Error> problem;
    if (options.profile.isEmpty()) {
        window.restoreActiveProfile();
    } else if (auto resolved = profiles.resolve(options.profile); !resolved.ok()) {
        // Not the last platform instead: opened and logged in, it would pass for the one asked
        // for. None is open, the window says why, and the switcher offers the others.
        problem = openNone(window, profiles, options, resolved.error());
    } else if (!window.setActiveProfile(resolved->name)) {
        problem = openNone(window, profiles, options,
                           Error::make(Error::Kind::Internal,
                                       CommandLine::tr("The platform profile %1 was read but "
                                                       "could not be opened.")
                                           .arg(options.profile)));
    }
    if (const auto page = ui::pageFromKey(options.page))
        window.showPage(*page);
    return problem;
}

} // namespace plancia
