#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace plancia::jupyter {

// What a session runs on, as AI_INFN's spawn form has it (PLATFORM-API.md section 2): an image,
// CPU cores (1|2|3|4|8), memory (2G|4G|8G) and an accelerator model with a count, or none.
// Sent as the server's user_options {"img", "cpu", "mem", "gpu": "none" | "gpu:<model>:<n>"}.
struct SessionProfile
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jupyter::SessionProfile)

public:
    QString image;
    int cpu = 2;
    QString memory = QStringLiteral("4G");
    QString acceleratorModel; // availability model id ("t4", "a100-1g.10gb"); empty: none
    int acceleratorCount = 0;
    QString profileName; // the platform's named profile it came from, if any ("t4")

    static const QList<int> &cpuChoices();
    static const QStringList &memoryChoices();

    bool hasAccelerator() const { return !acceleratorModel.isEmpty() && acceleratorCount > 0; }
    // "none" or "gpu:<model>:<n>".
    QString gpuField() const;
    // Parses "none" / "gpu:<model>:<n>" (also "t4:1" and "t4" as the CLI writes them).
    static std::optional<std::pair<QString, int>> parseGpu(const QString &text);
    QJsonObject toUserOptions() const;
    static SessionProfile fromUserOptions(const QJsonObject &options);
    QJsonObject toJson() const; // {"image","cpu","mem","accelerator","count","profile"}
    // What is wrong with it, for people; empty when it can be sent.
    QString validate() const;
    // "4 CPU · 8G · 1× t4" for cards and the CLI's table.
    QString summary() const;
    bool operator==(const SessionProfile &) const = default;
};

// One of the user's servers, as GET /hub/api/users/{name} reports it.
struct HubServer
{
    enum class State {
        Starting, // spawn pending
        Running,  // ready
        Stopping, // stop pending
        Stopped,  // a named server that exists but is not running
    };

    QString name; // "" = the default server
    State state = State::Stopped;
    QUrl url;             // absolute (the hub's public URL joined with the server's path)
    QString progressPath; // the hub's progress_url ("/hub/api/users/x/server/progress")
    QDateTime started;
    QDateTime lastActivity;
    QJsonObject userOptions;
    SessionProfile profile;

    bool isActive() const { return state != State::Stopped; }
    QString displayName() const;
    static QString stateName(State state); // "starting", "running", "stopping", "stopped"
};

// Parses the `servers` map of a hub user model. `hubUrl` makes the URLs absolute; `apiMajor`
// is the hub's major version (full_url/full_progress_url when 4+ gives them).
QList<HubServer> parseServers(const QJsonObject &user, const QUrl &hubUrl, int apiMajor);

// ISO-8601 timestamps of the hub ("2026-12-01T10:00:00.123456Z"), UTC.
QDateTime parseHubTime(const QJsonValue &value);

} // namespace plancia::jupyter
