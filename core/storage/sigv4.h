#pragma once

#include "net/httprequest.h"
#include "storage/awscredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace plancia::sigv4 {

// AWS Signature Version 4 (header form), as S3, STS and RadosGW check it.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html

struct Scope
{
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("s3");
};

// Hex SHA-256 of an empty payload.
inline constexpr char kEmptyPayloadHash[] =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
inline constexpr char kUnsignedPayload[] = "UNSIGNED-PAYLOAD";

QByteArray hexSha256(const QByteArray &data);
// "20150830T123600Z"
QByteArray amzDate(const QDateTime &time);

// Percent-encodes as SigV4 wants: everything but A-Z a-z 0-9 - . _ ~ (and '/' when
// `keepSlash`).
QByteArray uriEncode(const QByteArray &raw, bool keepSlash);
// The canonical URI of a URL's path. S3 signs the path as sent, encoded once; other services
// encode the already encoded path again (`doubleEncode`).
QByteArray canonicalUri(const QUrl &url, bool doubleEncode = false);
// Query parameters decoded, re-encoded, sorted by name then value.
QByteArray canonicalQuery(const QUrl &url);

// The canonical request of `request`, signing every header it carries plus `host`.
// `signedHeaders` receives the "a;b;c" list.
QByteArray canonicalRequest(const HttpRequest &request, const QByteArray &payloadHash,
                            QByteArray *signedHeaders, bool doubleEncode = false);
QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &time,
                        const Scope &scope);
QByteArray signingKey(const QString &secretAccessKey, const QDateTime &time, const Scope &scope);

// Signs `request` in place: adds X-Amz-Date, X-Amz-Security-Token (session credentials),
// X-Amz-Content-Sha256 (service "s3") and Authorization. Headers already present are signed
// too. `payloadHash` defaults to the hash of request.body.
void sign(HttpRequest &request, const AwsCredentials &credentials, const Scope &scope,
          const QDateTime &time = QDateTime::currentDateTimeUtc(), QByteArray payloadHash = {});

} // namespace plancia::sigv4
