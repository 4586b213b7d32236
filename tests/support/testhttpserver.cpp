#include "testhttpserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>

namespace plancia::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

void TestHttpServer::Reply::send(int status, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!m_socket)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasType = false;
    for (const auto &h : headers) {
        out += h.first + ": " + h.second + "\r\n";
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += body;
    m_socket->write(out);
    m_socket->disconnectFromHost();
}

void TestHttpServer::Reply::begin(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!m_socket)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    m_socket->write(out);
    m_socket->flush();
}

void TestHttpServer::Reply::write(const QByteArray &chunk)
{
    if (!m_socket || chunk.isEmpty())
        return;
    m_socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    m_socket->flush();
}

void TestHttpServer::Reply::end()
{
    if (!m_socket)
        return;
    m_socket->write("0\r\n\r\n");
    m_socket->disconnectFromHost();
}

void TestHttpServer::Reply::sendCut(int status, const QByteArray &body, qsizetype sentBytes)
{
    if (!m_socket)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += body.left(sentBytes);
    m_socket->write(out);
    cut();
}

void TestHttpServer::Reply::cut()
{
    // disconnectFromHost() writes what is buffered first, then closes: the client reads the
    // partial answer and then the end of the connection.
    if (m_socket)
        m_socket->disconnectFromHost();
}

void TestHttpServer::Reply::close()
{
    if (m_socket)
        m_socket->abort();
}

bool TestHttpServer::Reply::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{}

TestHttpServer::~TestHttpServer()
{
    // Sockets emit disconnected() while they die; our handlers must not run by then.
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
    m_server->close();
}

bool TestHttpServer::listen()
{
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TestHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestHttpServer::listenTls(const QString &certFile, const QString &keyFile)
{
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(QSslCertificate::fromData(cert.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    m_server = std::move(server);
    m_tls = true;
    return listen();
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(path));
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf += socket->readAll();
    const int headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request req;
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    req.method = first.value(0);
    req.path = first.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            req.headers.insert(lines[i].left(colon).trimmed().toLower(),
                               lines[i].mid(colon + 1).trimmed());
    }
    const int length = req.headers.value("content-length", "0").toInt();
    if (buf.size() < headerEnd + 4 + length)
        return;
    req.body = buf.mid(headerEnd + 4, length);
    buf.clear();
    m_requests.append(req);
    Q_EMIT requestReceived();
    if (m_handler)
        m_handler(req, Reply(socket));
    else
        Reply(socket).send(404, "{}");
}

} // namespace plancia::test
