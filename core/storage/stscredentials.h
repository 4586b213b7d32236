#pragma once

#include "net/renewingcredential.h"
#include "storage/awscredentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace plancia {

class HttpClient;

// Temporary S3 credentials from STS AssumeRoleWithWebIdentity with the IAM access token (as
// Ceph RadosGW and AWS issue them), held in memory only and renewed before `Expiration`, also
// while a transfer runs.
class StsCredentialsProvider : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl endpoint;
        QString roleArn;
        int durationSeconds = 3600;
    };
    using AccessTokenSource = std::function<void(bool forceRefresh, QObject *context,
                                                 std::function<void(Result<QString>)> done)>;

    // `http` carries the STS calls (unsigned: the web identity token is the credential).
    StsCredentialsProvider(HttpClient *http, Settings settings, AccessTokenSource accessToken,
                           QObject *parent = nullptr);
    ~StsCredentialsProvider() override;

    void setSessionName(const QString &username);
    // Always delivered asynchronously.
    void credentials(QObject *context, bool forceRenew,
                     std::function<void(const Result<AwsCredentials> &)> done);
    void clear();

    QDateTime expiry() const { return m_creds.expiry(); }
    int renewCount() const { return m_renewals; }

    // Parses an AssumeRoleWithWebIdentity answer (or its ErrorResponse).
    static Result<AwsCredentials> parseResponse(const QByteArray &xml);

Q_SIGNALS:
    void changed();

private:
    void assumeRole();

    QPointer<HttpClient> m_http;
    Settings m_settings;
    AccessTokenSource m_accessToken;
    QString m_sessionName = QStringLiteral("plancia-user");
    RenewingCredential<AwsCredentials> m_creds;
    int m_renewals = 0;
};

} // namespace plancia
