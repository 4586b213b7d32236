#include "commands.h"
#include "supportcommands.h"

#include <QCoreApplication>

namespace plancia::cli {

const QList<Command> &commands()
{
    // The summaries are translated where they are shown (context plancia::cli::Commands).
    static const QList<Command> table{
        {"login",
         QT_TRANSLATE_NOOP("plancia::cli::Commands",
                           "Log in: a device login (link and code), or --oidc-agent."),
         loginOptions, runLogin},
        {"whoami",
         QT_TRANSLATE_NOOP("plancia::cli::Commands", "Who is logged in: user, roles, platform."),
         whoamiOptions, runWhoami},
        {"logout",
         QT_TRANSLATE_NOOP("plancia::cli::Commands",
                           "Log out: revoke the login and remove it from the keychain."),
         logoutOptions, runLogout},
        {"profiles",
         QT_TRANSLATE_NOOP("plancia::cli::Commands", "The platform profiles you can use."),
         profilesOptions, runProfiles},
        {"gpus",
         QT_TRANSLATE_NOOP("plancia::cli::Commands",
                           "Accelerators free now: per model and node, offload sites, queues."),
         gpusOptions, runGpus},
        {"usage",
         QT_TRANSLATE_NOOP("plancia::cli::Commands",
                           "Who used what in a period: GPU-hours, CPU-hours, efficiency."),
         usageOptions, runUsage},
        {"sessions",
         QT_TRANSLATE_NOOP("plancia::cli::Commands",
                           "JupyterLab sessions: sessions list|start|stop|open."),
         sessionsOptions, runSessions},
        {"s3",
         QT_TRANSLATE_NOOP("plancia::cli::Commands",
                           "Object storage: s3 ls|cp|mv|rm|share|usage s3://BUCKET/KEY."),
         s3Options, runS3},
        {"jobs",
         QT_TRANSLATE_NOOP("plancia::cli::Commands",
                           "Batch jobs: submit, clone, check, list, describe, logs, cancel."),
         jobsOptions, runJobs},
        {"support",
         QT_TRANSLATE_NOOP("plancia::cli::Commands",
                           "Support staff: failures by cause, a job's timeline, its case file."),
         supportOptions, runSupport},
        {"tutor",
         QT_TRANSLATE_NOOP("plancia::cli::Commands",
                           "Tutors: the participants at a glance; start or stop their servers."),
         tutorOptions, runTutor},
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

} // namespace plancia::cli
