#pragma once

#include "config/profile.h"
#include "config/profilestore.h"
#include "net/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonValue>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace plancia {

class Platform;
class TrackingTokenStore;

namespace cli {

// Documented in docs/cli.md and /work/shared/CLI.md; scripts depend on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitNotLoggedIn = 3,
    ExitRefused = 4,
};

// Csv: only commands that produce a table accept it (`usage`); the dispatcher refuses it for
// the others.
enum class OutputMode { Text, Json, Csv };

// What every command gets: the global options, where to print, the profiles, and (on demand)
// the Platform of the chosen profile. Messages for people go to stderr; stdout carries only the
// result (text, or exactly one JSON document with --output json).
class Context : public QObject
{
    Q_OBJECT

public:
    Context(QString programName, QObject *parent = nullptr);
    ~Context() override;

    QString programName() const { return m_program; }
    OutputMode output() const { return m_output; }
    bool json() const { return m_output == OutputMode::Json; }
    void setOutput(OutputMode mode) { m_output = mode; }
    void setProfileArgument(const QString &fileOrName) { m_profileArgument = fileOrName; }
    QString profileArgument() const { return m_profileArgument; }

    // The profile named by --profile, else the one the desktop app last used, else the first
    // known one. Reports a failure and returns nullopt (then exit ExitFailed).
    std::optional<Profile> chooseProfile();
    ProfileStore &profiles() { return m_profiles; }
    // The app's current profile name (QSettings profile/current), empty if none.
    static QString appCurrentProfile();

    // The Platform of `profile`, created once. Its Session keeps the refresh token in the system
    // keychain (the desktop app's entry) through a store that the context can wait on.
    Platform *platform(const Profile &profile);
    // Runs the event loop until `done` returns true (checked after every event batch and on
    // every signal connected with wake()) or Ctrl+C. Returns false on Ctrl+C.
    bool waitFor(const std::function<bool()> &done);
    // Re-checks the condition of a running waitFor() soon.
    void wake();
    // Waits until the keychain has no pending write or removal (so the process may end without
    // losing a rotated refresh token).
    void settleKeychain();
    bool interrupted() const { return m_interrupted; }

    // stderr, for people. Flushed at once (scripts read it line by line).
    void message(const QString &text) const;
    // A failure: "plancia-cli: TEXT" on stderr; with --output json also
    // {"error": {"exitCode", "kind", "message"}} on stdout. Returns `code`.
    int fail(int code, const QString &text, const std::optional<Error> &error = std::nullopt);
    int usageError(const QString &text, const QString &command = {});
    // stdout: text lines in text mode.
    void print(const QString &text) const;
    // stdout: the one JSON document of --output json.
    void printJson(const QJsonValue &value) const;

    // The one-line hint of the log file, appended to failures.
    QString logHint() const;

    // Ctrl+C (SIGINT/SIGTERM) was pressed; emitted from the event loop.
    void interrupt();

Q_SIGNALS:
    void interruptRequested();

private:
    QString m_program;
    OutputMode m_output = OutputMode::Text;
    QString m_profileArgument;
    ProfileStore m_profiles;
    std::unique_ptr<TrackingTokenStore> m_store;
    std::unique_ptr<Platform> m_platform;
    bool m_interrupted = false;
    QEventLoop *m_loop = nullptr;
};

// The exit code of a failed platform call: 4 when a service refused (401/403 after the one
// refresh HttpJob does), else 1. For the commands that call services (after Account::restore()).
int exitCodeFor(const Error &error);

// JSON helpers shared by the commands.
QJsonValue dateTimeJson(const QDateTime &when);
QString dateTimeText(const QDateTime &when);
QString errorKindKey(Error::Kind kind);

} // namespace cli
} // namespace plancia
