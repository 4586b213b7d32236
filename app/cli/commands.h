#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace plancia::cli {

class Context;

// One subcommand of plancia-cli. Adding one (`gpus`, `s3 ls`, ...) is a run function in its own
// file plus an entry in commands(): the dispatcher parses the global options, the command's own
// options (addOptions), prints --help, and maps unknown flags to a usage error (exit 2).
struct Command
{
    const char *name;
    // One line for the command list of --help (translated when shown).
    const char *summary;
    // Adds the command's options and positional arguments to its parser.
    void (*addOptions)(QCommandLineParser &parser);
    // Runs the command with its parsed arguments; returns the exit code.
    int (*run)(Context &context, const QCommandLineParser &parser);
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

// The commands, each in its own file.
void loginOptions(QCommandLineParser &parser);
int runLogin(Context &context, const QCommandLineParser &parser);
void whoamiOptions(QCommandLineParser &parser);
int runWhoami(Context &context, const QCommandLineParser &parser);
void logoutOptions(QCommandLineParser &parser);
int runLogout(Context &context, const QCommandLineParser &parser);
void profilesOptions(QCommandLineParser &parser);
int runProfiles(Context &context, const QCommandLineParser &parser);
void gpusOptions(QCommandLineParser &parser);
int runGpus(Context &context, const QCommandLineParser &parser);
void usageOptions(QCommandLineParser &parser);
int runUsage(Context &context, const QCommandLineParser &parser);
void sessionsOptions(QCommandLineParser &parser);
int runSessions(Context &context, const QCommandLineParser &parser);
void s3Options(QCommandLineParser &parser);
int runS3(Context &context, const QCommandLineParser &parser);
void jobsOptions(QCommandLineParser &parser);
int runJobs(Context &context, const QCommandLineParser &parser);

} // namespace plancia::cli
