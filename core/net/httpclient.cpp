#include "httpclient.h"

#include "httpjob.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>

namespace plancia {

namespace {

QString hostKey(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':') +
           QString::number(url.port(defaultPort));
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_nam(makeManager())
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_userAgent(QByteArrayLiteral("Plancia/" PLANCIA_VERSION))
{
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

HttpClient::~HttpClient() = default;

QNetworkAccessManager *HttpClient::makeManager()
{
    auto *nam = new QNetworkAccessManager(this);
    // Redirects are followed only within the same scheme or to https, never https -> http.
    nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    return nam;
}

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

QNetworkAccessManager *HttpClient::streamManagerFor(const QUrl &url)
{
    const QString key = hostKey(url);
    for (const StreamLane &lane : m_streamLanes) {
        if (lane.streamsPerHost.value(key) < kConnectionsPerHost)
            return lane.manager;
    }
    m_streamLanes.push_back({makeManager(), {}});
    return m_streamLanes.back().manager;
}

void HttpClient::trackStream(QNetworkAccessManager *manager, const QUrl &url, QNetworkReply *reply)
{
    const QString key = hostKey(url);
    for (StreamLane &lane : m_streamLanes) {
        if (lane.manager != manager)
            continue;
        ++lane.streamsPerHost[key];
        // Counting until the reply is gone (not until finished()) errs on the safe side: Qt
        // frees the connection no earlier than that.
        connect(reply, &QObject::destroyed, this, [this, manager, key] {
            for (StreamLane &l : m_streamLanes) {
                if (l.manager == manager && --l.streamsPerHost[key] <= 0)
                    l.streamsPerHost.remove(key);
            }
        });
        return;
    }
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
