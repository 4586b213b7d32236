// plancia-cli: the command line on the same core and Platform as the desktop app (no widgets, no
// Gui). Parses the global options, then hands the rest to one subcommand of commands().
#include "cli.h"
#include "commands.h"
#include "log/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QSocketNotifier>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace plancia;
using namespace plancia::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Main)
};

const auto kProfileOption = QStringLiteral("profile");
const auto kOutputOption = QStringLiteral("output");

int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // Only async-signal-safe calls here; the event loop reads the pipe.
    [[maybe_unused]] const auto n = ::write(s_signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM reach the event loop through a pipe, so a command can cancel what it does
// (a device login, a transfer) and exit cleanly instead of dying mid-way.
void installSignalHandlers(Context &context)
{
    if (::pipe(s_signalPipe) != 0)
        return;
    ::fcntl(s_signalPipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(s_signalPipe[1], F_SETFD, FD_CLOEXEC);
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, &context);
    QObject::connect(notifier, &QSocketNotifier::activated, &context, [&context] {
        char c;
        [[maybe_unused]] const auto n = ::read(s_signalPipe[0], &c, 1);
        context.interrupt();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

// The desktop app's language choice (Settings -> Language, `ui/language`), else the system's.
// The .qm files are the app's (core's messages are translated there too).
void installTranslations(QCoreApplication &app, QTranslator &own, QTranslator &qt)
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (own.load(locale, QStringLiteral("plancia"), QStringLiteral("_"),
                 QStringLiteral(":/i18n")) ||
        own.load(QStringLiteral("plancia_en"), QStringLiteral(":/i18n")))
        app.installTranslator(&own);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt);
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {kProfileOption,
         Tr::tr("Use the platform profile in FILE, or the known profile named NAME (default: the "
                "one the desktop app last used)."),
         Tr::tr("FILE|NAME")});
    parser.addOption(
        {kOutputOption,
         Tr::tr("text (default), json (one JSON document on stdout, messages on stderr) or csv "
                "(usage only)."),
         Tr::tr("FORMAT"), QStringLiteral("text")});
}

// QCommandLineParser's help names the executable's path; name the program and the command.
QString helpText(const QCommandLineParser &parser, const QString &usage)
{
    QString text = parser.helpText();
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(eol);
    const qsizetype options = first.indexOf(QStringLiteral(" ["));
    return Tr::tr("Usage: %1").arg(usage) + (options >= 0 ? first.mid(options) : QString()) +
           text.mid(eol);
}

QString commandList()
{
    QString list = Tr::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands()) {
        list += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(12),
                         QCoreApplication::translate("plancia::cli::Commands", c.summary));
    }
    return list;
}

QString exitCodeText()
{
    return Tr::tr("Exit codes: 0 ok, 1 failed, 2 usage error, 3 not logged in, 4 refused by the "
                  "platform.");
}

// Applies --profile and --output of either parser (global options may follow the command).
bool applyGlobalOptions(Context &context, const QCommandLineParser &parser, const QString &command)
{
    if (parser.isSet(kProfileOption))
        context.setProfileArgument(parser.value(kProfileOption));
    if (parser.isSet(kOutputOption)) {
        const QString mode = parser.value(kOutputOption);
        if (mode == QLatin1String("json")) {
            context.setOutput(OutputMode::Json);
        } else if (mode == QLatin1String("text")) {
            context.setOutput(OutputMode::Text);
        } else if (mode == QLatin1String("csv")) {
            context.setOutput(OutputMode::Csv);
        } else {
            context.usageError(Tr::tr("--output must be text, json or csv, not \"%1\".").arg(mode),
                               command);
            return false;
        }
    }
    return true;
}

int dispatch(Context &context, const QStringList &arguments)
{
    const QString program = context.programName();
    QCommandLineParser global;
    global.setApplicationDescription(
        Tr::tr("The Plancia platform client for the terminal and for scripts: the same login and "
               "services as the desktop app.") +
        QStringLiteral("\n\n") + commandList() + QLatin1Char('\n') + exitCodeText() +
        QLatin1Char('\n') +
        Tr::tr("Run '%1 COMMAND --help' for a command's options.").arg(program));
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = global.addHelpOption();
    const QCommandLineOption version = global.addVersionOption();
    addGlobalOptions(global);
    global.addPositionalArgument(QStringLiteral("command"), Tr::tr("The command to run."),
                                 Tr::tr("COMMAND [ARGS...]"));
    if (!global.parse(arguments))
        return context.usageError(global.errorText());
    if (global.isSet(help) || global.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(helpText(global, program)), stdout);
        return ExitOk;
    }
    if (global.isSet(version)) {
        std::printf("%s %s\n", qPrintable(program), PLANCIA_VERSION);
        return ExitOk;
    }
    if (!applyGlobalOptions(context, global, {}))
        return ExitUsage;
    const QStringList rest = global.positionalArguments();
    if (rest.isEmpty())
        return context.usageError(Tr::tr("No command given."));
    const Command *command = findCommand(rest.first());
    if (!command)
        return context.usageError(Tr::tr("Unknown command \"%1\".").arg(rest.first()));

    const QString name = QString::fromLatin1(command->name);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("plancia::cli::Commands", command->summary));
    const QCommandLineOption commandHelp = parser.addHelpOption();
    addGlobalOptions(parser);
    command->addOptions(parser);
    if (!parser.parse(QStringList{program} + rest.mid(1)))
        return context.usageError(parser.errorText(), name);
    if (parser.isSet(commandHelp) || parser.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(helpText(parser, program + QLatin1Char(' ') + name)), stdout);
        return ExitOk;
    }
    if (!applyGlobalOptions(context, parser, name))
        return ExitUsage;
    if (context.output() == OutputMode::Csv && name != QLatin1String("usage") &&
        name != QLatin1String("s3")) // s3 refuses it for its subcommands without a table
        return context.usageError(Tr::tr("--output csv is only for usage."), name);
    const int rc = command->run(context, parser);
    // Whatever the command did to the keychain (a rotated refresh token) lands before exit.
    context.settleKeychain();
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    // The desktop app's identity: the same QSettings file (the Session's "last login" pointer,
    // the current profile) and the same folders.
    QCoreApplication::setOrganizationName(QStringLiteral("plancia"));
    QCoreApplication::setApplicationName(QStringLiteral("plancia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANCIA_VERSION));
    QCoreApplication app(argc, argv);

    // A log file of its own next to the app's (two processes must not rotate one file); nothing
    // on stderr, which belongs to the command's messages.
    LogOptions log;
    log.directory = defaultLogDirectory() + QStringLiteral("/cli");
    log.toStderr = false;
    initLogging(log);

    QTranslator own;
    QTranslator qt;
    installTranslations(app, own, qt);

    int rc = ExitFailed;
    {
        Context context(QStringLiteral("plancia-cli"));
        installSignalHandlers(context);
        rc = dispatch(context, app.arguments());
        logger("cli")->info("exit {}", rc);
    }
    shutdownLogging();
    std::fflush(stdout);
    return rc;
}
