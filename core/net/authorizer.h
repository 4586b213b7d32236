#pragma once

#include "httprequest.h"
#include "result.h"

#include <QObject>

#include <functional>

namespace plancia {

// Prepares one attempt of a request with the service's credentials: adds a header (a bearer or
// hub token) or signs it (SigV4 with X-Amz-Security-Token). HttpJob calls it again before
// every attempt (a retry, the one retry after a 401, a renewed STS credential), so a request is
// always sent with current credentials and signed anew; no service signs by hand.
//
// `request` is the request as its owner built it (never a previously authorized copy).
// `forceRefresh` is set after the server refused what this authorizer produced (401, or 403 where
// the client says so): renew the credential before using it. `context` bounds the callback's
// lifetime. `done` is called exactly once with the request to send (or an error that ends the job);
// HttpJob tolerates a synchronous call, but implementations should answer asynchronously.
using AuthorizeDone = std::function<void(Result<HttpRequest>)>;
using Authorizer = std::function<void(HttpRequest request, bool forceRefresh, QObject *context,
                                      AuthorizeDone done)>;

// Where a header-style credential comes from: the full Authorization header value
// ("Bearer ey...", "token abc...").
using AuthorizationSource = std::function<void(bool forceRefresh, QObject *context,
                                               std::function<void(Result<QByteArray>)> done)>;

// An Authorizer that sets `Authorization: <value from source>`.
inline Authorizer headerAuthorizer(AuthorizationSource source)
{
    return [source = std::move(source)](HttpRequest request, bool force, QObject *context,
                                        AuthorizeDone done) {
        source(force, context,
               [request = std::move(request),
                done = std::move(done)](Result<QByteArray> value) mutable {
                   if (!value.ok()) {
                       done(value.error());
                       return;
                   }
                   request.setHeader(QByteArrayLiteral("Authorization"), value.value());
                   done(std::move(request));
               });
    };
}

} // namespace plancia
