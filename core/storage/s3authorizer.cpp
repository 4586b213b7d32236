#include "storage/s3authorizer.h"

namespace plancia {

Authorizer sigV4Authorizer(CredentialsSource source, sigv4::Scope scope,
                           std::function<QDateTime()> clock)
{
    if (!clock)
        clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    return [source = std::move(source), scope = std::move(scope), clock = std::move(clock)](
               HttpRequest request, bool force, QObject *context, AuthorizeDone done) {
        source(force, context,
               [request = std::move(request), scope, clock,
                done = std::move(done)](Result<AwsCredentials> creds) mutable {
                   if (!creds.ok()) {
                       done(creds.error());
                       return;
                   }
                   if (!creds->isValid()) {
                       done(Error::make(Error::Kind::Auth,
                                        Error::tr("No S3 credentials are available."),
                                        QStringLiteral("SigV4: empty access key or secret")));
                       return;
                   }
                   // The owner's own payload hash (UNSIGNED-PAYLOAD, a precomputed hash) wins.
                   const QByteArray payloadHash =
                       request.headerValue(QByteArrayLiteral("X-Amz-Content-Sha256"));
                   sigv4::sign(request, creds.value(), scope, clock(), payloadHash);
                   done(std::move(request));
               });
    };
}

} // namespace plancia
