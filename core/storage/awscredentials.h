#pragma once

#include <QDateTime>
#include <QString>

namespace plancia {

// Temporary S3 credentials (from STS) or static ones (sessionToken empty).
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QDateTime expiration; // invalid for static credentials

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

} // namespace plancia
