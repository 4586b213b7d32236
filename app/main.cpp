#include "commandline.h"
#include "common/errorpresenter.h"
#include "common/icons.h"
#include "common/languagemanager.h"
#include "config/profilestore.h"
#include "log/logging.h"
#include "login/logindialog.h"
#include "login/sessionnotices.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <memory>

using namespace plancia;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("plancia"));
    QCoreApplication::setApplicationName(QStringLiteral("plancia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANCIA_VERSION));
}

// --help / --version: no display needed, so no QApplication.
int runConsoleOnly(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ui::LanguageManager languages;
    languages.applySaved();
    QCommandLineParser parser;
    CommandLine::setup(parser);
    parser.process(app); // prints and exits
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationIdentity();
    if (CommandLine::wantsConsoleOnly(argc, argv))
        return runConsoleOnly(argc, argv);

    initLogging();
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Plancia"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.plancia.Plancia"));
    QApplication::setWindowIcon(ui::appIcon());
    ui::LanguageManager languages;
    languages.applySaved();

    QCommandLineParser parser;
    CommandLine::setup(parser);
    parser.process(app);
    const CommandLineOptions options = CommandLine::read(parser);
    if (const QString problem = CommandLine::validate(options); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }

    ProfileStore profiles;
    profiles.reload();
    MainWindow window(&profiles, &languages);

    // One Platform per active profile (its session and every service client): switching the
    // profile replaces it, which cancels whatever the previous one was doing.
    std::unique_ptr<Platform> platform;
    QObject::connect(&window, &MainWindow::activeProfileChanged, &window,
                     [&](const Profile &profile) {
                         window.setPlatform(nullptr);
                         platform = std::make_unique<Platform>(profile);
                         window.setPlatform(platform.get());
                         Session *session = platform->session();
                         auto *notices = new ui::SessionNotices(session, &window, session);
                         QObject::connect(notices, &ui::SessionNotices::loginRequested, &window,
                                          &MainWindow::loginRequested);
                         session->restore(); // silent: keychain or oidc-agent
                     });
    QObject::connect(&window, &MainWindow::logoutRequested, &window, [&] {
        if (platform)
            platform->session()->logout();
    });
    QObject::connect(&window, &MainWindow::loginRequested, &window, [&] {
        if (!platform)
            return;
        Session *session = platform->session();
        if (session->profile().iam.tokenSource == Profile::Iam::TokenSource::OidcAgent) {
            session->loginWithOidcAgent();
            return;
        }
        auto *dialog = new ui::LoginDialog(session, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        dialog->start();
    });

    const std::optional<Error> profileError = restoreAndApply(window, profiles, options);
    if (profileError)
        std::fprintf(stderr, "%s\n", qPrintable(profileError->message));
    window.show();
    if (profileError) {
        ui::ErrorPresenter::showForAction(&window, CommandLine::tr("Open the platform profile"),
                                          *profileError);
    }
    const int rc = QApplication::exec();
    window.setPlatform(nullptr);
    shutdownLogging();
    return rc;
}
