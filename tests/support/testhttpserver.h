#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>
#include <QUrl>

#include <functional>

#include <QTcpSocket>

namespace plancia::test {

// A small in-process HTTP/1.1 server for unit tests: each request goes to a handler that
// answers at once, later (keeping the Reply), or never. Listens on 127.0.0.1, a free port.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                       // with query
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    // A pending answer. send() writes a whole response; for streaming use begin() + write().
    class Reply
    {
    public:
        Reply() = default;
        explicit Reply(QTcpSocket *socket)
            : m_socket(socket)
        {}
        void send(int status, const QByteArray &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
        void begin(int status, const QList<QPair<QByteArray, QByteArray>> &headers = {});
        void write(const QByteArray &chunk);
        void end();
        // Drops the connection without an answer.
        void close();
        bool isOpen() const;

    private:
        QPointer<QTcpSocket> m_socket;
    };

    // Return true if the handler answered (or will answer later through the Reply).
    using Handler = std::function<void(const Request &, Reply)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;
    bool listen();
    // HTTPS with the given certificate chain and key (PEM files).
    bool listenTls(const QString &certFile, const QString &keyFile);
    QUrl url(const QString &path = QStringLiteral("/")) const;
    quint16 port() const { return m_server->serverPort(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    int requestCount() const { return m_requests.size(); }
    QList<Request> requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};

} // namespace plancia::test
