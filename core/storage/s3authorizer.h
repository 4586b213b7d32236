#pragma once

#include "net/authorizer.h"
#include "storage/awscredentials.h"
#include "storage/sigv4.h"

#include <QDateTime>

#include <functional>

namespace plancia {

// Where S3 credentials come from (STS with the IAM token, or static keys): `forceRefresh` is
// set after S3 refused a request signed with the current ones; `context` bounds the callback.
using CredentialsSource = std::function<void(bool forceRefresh, QObject *context,
                                             std::function<void(Result<AwsCredentials>)> done)>;

// An Authorizer that signs each attempt with SigV4 (header form) and the credentials `source`
// has at that moment: a retry, the retry after a 403 and an STS renewal all re-sign, with a
// fresh X-Amz-Date and, for session credentials, X-Amz-Security-Token. The payload hash is the
// hash of the request's body, unless the request already carries X-Amz-Content-Sha256 (e.g.
// UNSIGNED-PAYLOAD, or a hash its owner computed): then that is signed.
// An S3 client sets HttpClient::setForbiddenMeansStaleCredentials(true): S3 answers 403
// (ExpiredToken, InvalidAccessKeyId) to credentials that ran out.
// `clock` is for tests (X-Amz-Date has a resolution of one second).
Authorizer sigV4Authorizer(CredentialsSource source, sigv4::Scope scope,
                           std::function<QDateTime()> clock = {});

} // namespace plancia
