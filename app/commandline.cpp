#include "commandline.h"

#include "common/pageid.h"

#include <QCommandLineParser>
#include <QStringList>

namespace plancia {

bool CommandLine::wantsConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

void CommandLine::setup(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Plancia, the control center of a Kubernetes-based research AI platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"),
                      tr("Use the platform profile in FILE, or the known profile named NAME."),
                      tr("FILE|NAME")});
    QStringList keys;
    for (ui::PageId page : ui::allPages())
        keys << ui::pageKey(page);
    parser.addOption({QStringLiteral("page"),
                      tr("Open on page NAME (%1).").arg(keys.join(QStringLiteral(", "))),
                      tr("NAME")});
}

CommandLineOptions CommandLine::read(const QCommandLineParser &parser)
{
    return {parser.value(QStringLiteral("profile")), parser.value(QStringLiteral("page"))};
}

QString CommandLine::validate(const CommandLineOptions &options)
{
    if (!options.page.isEmpty() && !ui::pageFromKey(options.page))
        return tr("There is no page named \"%1\".").arg(options.page);
    return {};
}

} // namespace plancia
