#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

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

    // A pending answer (copyable; all copies write to the same connection). send() writes a
    // whole response; for streaming use begin() + write() + end(). cut() and sendCut() end the
    // connection before the answer is complete, as a dropped connection would.
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
        // Status line, headers and a Content-Length for all of `body`, then only the first
        // `sentBytes` of it, then the connection is closed (a body cut mid-way).
        void sendCut(int status, const QByteArray &body, qsizetype sentBytes);
        // Closes the connection after what was written, without finishing the answer (a
        // stream cut mid-way: no last chunk).
        void cut();
        // Drops the connection at once (TCP reset), unwritten data included.
        void close();
        bool isOpen() const;

    private:
        QPointer<QTcpSocket> m_socket;
    };

    // Handles one request: answers through the Reply at once, keeps the Reply to answer later
    // (or to stream through it), or drops it to leave the client waiting.
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
