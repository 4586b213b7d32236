#pragma once

#include "commandline.h"
#include "net/error.h"

#include <optional>

namespace plancia {

class MainWindow;
class ProfileStore;

// Brings a new main window to where the person left it, then applies the command line:
// window state and last page, the last used profile or --profile FILE|NAME, --page NAME.
// Returns the error to show when --profile could not be used: then no platform is open (not the
// last used one), the Settings page says which file failed and why, and the switcher lists the
// known profiles to choose from.
std::optional<Error> restoreAndApply(MainWindow &window, ProfileStore &profiles,
                                     const CommandLineOptions &options);

} // namespace plancia
