#include "httpclient.h"

#include "httpjob.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace plancia {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_userAgent(QByteArrayLiteral("Plancia/" PLANCIA_VERSION))
{
    // Redirects are followed only within the same scheme or to https, never https -> http.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

HttpClient::~HttpClient() = default;

Status HttpClient::addCaBundle(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(
            Error::Kind::Config,
            Error::tr("Cannot read the CA bundle %1: %2").arg(path, f.errorString()));
    }
    const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        return Error::make(Error::Kind::Config,
                           Error::tr("The CA bundle %1 holds no PEM certificate.").arg(path));
    }
    m_ssl.addCaCertificates(certs);
    return Ok{};
}

HttpJob *HttpClient::createJob(HttpRequest request, QObject *owner)
{
    return new HttpJob(this, std::move(request), owner ? owner : this);
}

HttpJob *HttpClient::send(HttpRequest request, QObject *owner)
{
    auto *job = createJob(std::move(request), owner);
    job->start();
    return job;
}

} // namespace plancia
