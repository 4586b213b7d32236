// `plancia-cli profiles`: the platform profiles this user can use, and the broken files with why.
#include "account.h"
#include "cli.h"
#include "commands.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace plancia::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::cli::Profiles)
};

// The file a load problem is about: the Error names it in its detail or its message.
QString problemFile(const Error &error, const QStringList &candidates)
{
    for (const QString &file : candidates) {
        if (error.detail.contains(file) || error.message.contains(file))
            return file;
    }
    return error.detail;
}

QStringList profileFiles(const QString &directory)
{
    QStringList files;
    const QDir dir(directory);
    for (const QFileInfo &fi :
         dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << fi.absoluteFilePath();
    return files;
}

} // namespace

void profilesOptions(QCommandLineParser &) {}

int runProfiles(Context &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(Tr::tr("profiles takes no arguments."),
                                  QStringLiteral("profiles"));
    }
    ProfileStore &store = context.profiles();
    store.reload();
    QList<Error> problems = store.problems();
    // The app's current profile may live outside the folder (opened once with --profile FILE).
    const QString current = Context::appCurrentProfile();
    const QString currentFile = QSettings().value(QStringLiteral("profile/currentFile")).toString();
    if (!current.isEmpty() && !store.find(current) && QFileInfo::exists(currentFile)) {
        if (auto r = store.addFile(currentFile); !r.ok())
            problems << r.error();
    }
    if (!context.profileArgument().isEmpty()) {
        if (auto r = store.resolve(context.profileArgument()); !r.ok())
            problems << r.error();
    }

    const QList<Profile> profiles = store.profiles();
    if (context.json()) {
        QJsonArray list;
        for (const Profile &p : profiles) {
            QJsonObject o = Account::platformJson(p);
            o.insert(QStringLiteral("current"), p.name == current);
            list.append(o);
        }
        QStringList candidates = profileFiles(store.directory());
        for (const QString &extra : {context.profileArgument(), currentFile}) {
            if (!extra.isEmpty())
                candidates << QFileInfo(extra).absoluteFilePath() << extra;
        }
        QJsonArray broken;
        for (const Error &e : std::as_const(problems)) {
            broken.append(QJsonObject{{QStringLiteral("file"), problemFile(e, candidates)},
                                      {QStringLiteral("message"), e.message}});
        }
        context.printJson(QJsonObject{{QStringLiteral("directory"), store.directory()},
                                      {QStringLiteral("current"), current},
                                      {QStringLiteral("profiles"), list},
                                      {QStringLiteral("problems"), broken}});
        return ExitOk;
    }

    if (profiles.isEmpty()) {
        context.message(Tr::tr("No platform profiles in %1.").arg(store.directory()));
    } else {
        qsizetype nameWidth = 4;
        qsizetype displayWidth = 12;
        for (const Profile &p : profiles) {
            nameWidth = std::max(nameWidth, p.name.size());
            displayWidth = std::max(displayWidth, p.displayName.size());
        }
        context.print(QStringLiteral("  %1  %2  %3")
                          .arg(Tr::tr("NAME").leftJustified(nameWidth),
                               Tr::tr("DISPLAY NAME").leftJustified(displayWidth), Tr::tr("FILE")));
        for (const Profile &p : profiles) {
            context.print(QStringLiteral("%1 %2  %3  %4")
                              .arg(p.name == current ? QLatin1Char('*') : QLatin1Char(' '))
                              .arg(p.name.leftJustified(nameWidth),
                                   p.displayName.leftJustified(displayWidth), p.sourcePath));
        }
        if (!current.isEmpty())
            context.message(Tr::tr("* the profile the desktop app uses, and the default here."));
    }
    if (!problems.isEmpty()) {
        context.message(Tr::tr("Profiles that cannot be used:"));
        for (const Error &e : std::as_const(problems))
            context.message(QStringLiteral("  ") + e.message);
    }
    return ExitOk;
}

} // namespace plancia::cli
