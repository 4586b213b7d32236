#pragma once

#include "net/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace plancia {

// One platform instance's endpoints. Never holds a secret.
struct Profile
{
    struct Iam
    {
        enum class TokenSource { DeviceFlow, OidcAgent };
        QUrl issuer;
        QString clientId;
        QString scopes = QStringLiteral("openid profile email offline_access wlcg wlcg.groups");
        TokenSource tokenSource = TokenSource::DeviceFlow;
        QString oidcAgentAccount; // with TokenSource::OidcAgent
    };
    struct Hub
    {
        QUrl url;
        // The platform's idle culler stops a server idle this long (AI_INFN: 3600 s); 0: none.
        int cullTimeoutSeconds = 3600;
        // The images the spawn form offers (the first is the default); AI_INFN's when absent.
        QStringList images = defaultImages();
        static QStringList defaultImages()
        {
            return {QStringLiteral("harbor.cloud.infn.it/ai-infn/ai-infn-lab:2026.1-cpu"),
                    QStringLiteral("harbor.cloud.infn.it/ai-infn/ai-infn-lab:2026.1-cuda")};
        }
    };
    struct Prometheus
    {
        QUrl url;
        bool useBearer = false;
    };
    struct Sts
    {
        QUrl endpoint;
        QString roleArn;
        int durationSeconds = 3600;
    };
    struct S3
    {
        QUrl endpoint;
        QString region = QStringLiteral("us-east-1");
        bool pathStyle = true;
        Sts sts;
        // The buckets a user may use when ListBuckets is refused (role credentials often are):
        // the own bucket ("{username}" replaced, e.g. "user-{username}"; empty: none), one per
        // group of the token matching `groupBucketPattern` ("{group}" replaced, e.g.
        // "proj-{group}"; empty: none), and `buckets` for everyone.
        QString userBucketTemplate;
        QString groupBucketTemplate;
        QString groupBucketPattern; // a regular expression on the group name; empty: every group
        QStringList buckets;

        QString userBucketFor(const QString &username) const;
        QString groupBucketFor(const QString &group) const; // empty when the group has none
    };
    struct Kubernetes
    {
        QUrl server;
        QString caFile;
        // May contain "{username}", replaced with the logged-in user's name.
        QString namespaceTemplate;
        QString localQueue;
    };

    int schema = 1;
    QString name;
    QString displayName;
    Iam iam;
    Hub hub;
    Prometheus prometheus;
    S3 s3;
    Kubernetes kubernetes;
    // Accelerator model id -> name shown to people ("a100" -> "NVIDIA A100").
    QMap<QString, QString> accelerators;
    // Extra PEM bundle trusted for every service of this profile.
    QString caFile;
    // Where it was loaded from (not part of the JSON).
    QString sourcePath;

    QString namespaceFor(const QString &username) const;
    QString acceleratorName(const QString &model) const;
};

// One problem found while validating a profile: the JSON path of the field and what is wrong.
// A file that is not JSON at all has no field but a place (line and column, from 1) and the
// parser's own text in `detail`, which is for the log, not for people.
struct ProfileIssue
{
    QString field;
    QString problem;
    int line = 0;
    int column = 0;
    QString detail;
};

// Parses and validates a profile. On failure the Error (Kind::Config) lists every problem, one
// per line, each naming its field ("iam.issuer: must be an absolute https URL") or, for a file
// that is not JSON, its place ("profile.json, line 3, column 14: a ',' or '}' is missing").
Result<Profile> parseProfile(const QByteArray &json, const QString &sourceName = {});
Result<Profile> loadProfile(const QString &path);
QList<ProfileIssue> validateProfileJson(const QByteArray &json, Profile *out = nullptr);
QByteArray profileToJson(const Profile &profile);

} // namespace plancia
