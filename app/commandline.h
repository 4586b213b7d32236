#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace plancia {

struct CommandLineOptions
{
    QString profile; // --profile FILE|NAME
    QString page;    // --page NAME
};

// The command line of `plancia`. --help and --version must work without a display, so main()
// checks wantsConsoleOnly() before it creates a QApplication.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(plancia::CommandLine)

public:
    // True when the arguments ask only for help or the version.
    static bool wantsConsoleOnly(int argc, char **argv);
    static void setup(QCommandLineParser &parser);
    static CommandLineOptions read(const QCommandLineParser &parser);
    // Checks --page; returns an error message for people, empty when fine.
    static QString validate(const CommandLineOptions &options);
};

} // namespace plancia
