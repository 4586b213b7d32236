#include "startup.h"

#include "config/profilestore.h"
#include "log/logging.h"
#include "mainwindow.h"

namespace plancia {

std::optional<Error> restoreAndApply(MainWindow &window, ProfileStore &profiles,
                                     const CommandLineOptions &options)
{
    window.restoreWindowState();
    std::optional<Error> problem;
    bool profileSet = false;
    if (!options.profile.isEmpty()) {
        auto resolved = profiles.resolve(options.profile);
        if (resolved.ok()) {
            profileSet = window.setActiveProfile(resolved->name);
        } else {
            problem = resolved.error();
            logger("app")->warn("--profile {}: {}", options.profile.toStdString(),
                                problem->toLogString().toStdString());
        }
    }
    if (!profileSet)
        window.restoreActiveProfile();
    if (const auto page = ui::pageFromKey(options.page))
        window.showPage(*page);
    return problem;
}

} // namespace plancia
