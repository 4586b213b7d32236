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

    // One Session per active profile: switching the profile re-targets every service.
    std::unique_ptr<Session> session;
    QObject::connect(
        &window, &MainWindow::activeProfileChanged, &window, [&](const Profile &profile) {
            window.setSession(nullptr);
            session = std::make_unique<Session>(profile);
            window.setSession(session.get());
            auto *notices = new ui::SessionNotices(session.get(), &window, session.get());
            QObject::connect(notices, &ui::SessionNotices::loginRequested, &window,
                             &MainWindow::loginRequested);
            session->restore(); // silent: keychain or oidc-agent
        });
    QObject::connect(&window, &MainWindow::logoutRequested, &window, [&] {
        if (session)
            session->logout();
    });
    QObject::connect(&window, &MainWindow::loginRequested, &window, [&] {
        if (!session)
            return;
        if (session->profile().iam.tokenSource == Profile::Iam::TokenSource::OidcAgent) {
            session->loginWithOidcAgent();
            return;
        }
        auto *dialog = new ui::LoginDialog(session.get(), &window);
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
    window.setSession(nullptr);
    shutdownLogging();
    return rc;
}
