#pragma once

// An in-process fake of the Kubernetes API for one collection (pods of a namespace), on
// TestHttpServer: paged lists with limit/continue from one snapshot, watches that replay the
// changes after a resourceVersion and then stream, bookmarks, 410 for compacted versions (an
// ERROR event inside the stream, as the apiserver's watch cache sends it), cut streams, and a
// hook to refuse requests. Used by tst_informer and bench_informer.

#include "testhttpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrlQuery>

#include <functional>

namespace plancia::test {

class FakeKubeApi : public QObject
{
public:
    using Request = TestHttpServer::Request;
    using Reply = TestHttpServer::Reply;

    explicit FakeKubeApi(QString collectionPath, QObject *parent = nullptr)
        : QObject(parent)
        , m_path(std::move(collectionPath))
    {
        m_server.setHandler([this](const Request &r, Reply reply) { handle(r, reply); });
    }

    bool listen() { return m_server.listen(); }
    QUrl url() const { return m_server.url(QStringLiteral("/")); }
    TestHttpServer &server() { return m_server; }

    // Return true to take over the request (answer it yourself or not at all).
    std::function<bool(const Request &, Reply &)> intercept;

    // --- state ------------------------------------------------------------------------------
    static QJsonObject pod(const QString &ns, const QString &name, const QString &phase = {})
    {
        return QJsonObject{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("containers"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("main")},
                                         {QStringLiteral("image"), QStringLiteral("x")}}}}}},
            {QStringLiteral("status"),
             QJsonObject{
                 {QStringLiteral("phase"), phase.isEmpty() ? QStringLiteral("Pending") : phase}}},
        };
    }

    qint64 resourceVersion() const { return m_rv; }
    int size() const { return int(m_objects.size()); }
    const QMap<QString, QJsonObject> &objects() const { return m_objects; }

    void add(QJsonObject o) { change(QStringLiteral("ADDED"), std::move(o)); }
    void modify(const QString &key, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject o = m_objects.value(key);
        edit(o);
        change(QStringLiteral("MODIFIED"), std::move(o));
    }
    void remove(const QString &key)
    {
        if (!m_objects.contains(key))
            return;
        change(QStringLiteral("DELETED"), m_objects.value(key));
    }
    // Like an etcd compaction: every version before now is gone (watches from them get 410).
    void compact()
    {
        m_compacted = m_rv;
        m_history.clear();
    }
    // Changes made while `quiet` are stored but not streamed (as if the stream lagged or
    // was being reconnected); a later watch from an older version replays them.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    void bookmark()
    {
        const QJsonObject bm{
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("resourceVersion"), QString::number(m_rv)}}}};
        broadcast(line(QStringLiteral("BOOKMARK"), bm));
    }
    // Ends every open watch without its last chunk (a dropped connection).
    void cutWatches()
    {
        for (Reply &w : m_watchers)
            w.cut();
        m_watchers.clear();
    }
    // Ends every open watch cleanly (timeoutSeconds reached).
    void endWatches()
    {
        for (Reply &w : m_watchers)
            w.end();
        m_watchers.clear();
    }
    int openWatches()
    {
        m_watchers.removeIf([](const Reply &r) { return !r.isOpen(); });
        return int(m_watchers.size());
    }

    // --- what clients asked -------------------------------------------------------------------
    QList<QUrlQuery> watchQueries() const { return m_watchQueries; }
    QList<QUrlQuery> listQueries() const { return m_listQueries; }
    int pageSizeLimit = 0; // >0: pages never larger than this (whatever limit says)

private:
    struct Change
    {
        qint64 rv;
        QByteArray line;
    };

    static QByteArray line(const QString &type, const QJsonObject &o)
    {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("object"), o}})
                   .toJson(QJsonDocument::Compact) +
               '\n';
    }
    static QString keyOf(const QJsonObject &o)
    {
        const QJsonObject md = o.value(QLatin1String("metadata")).toObject();
        return md.value(QLatin1String("namespace")).toString() + QLatin1Char('/') +
               md.value(QLatin1String("name")).toString();
    }

    void change(const QString &type, QJsonObject o)
    {
        ++m_rv;
        QJsonObject md = o.value(QLatin1String("metadata")).toObject();
        md.insert(QStringLiteral("resourceVersion"), QString::number(m_rv));
        o.insert(QStringLiteral("metadata"), md);
        const QString key = keyOf(o);
        if (type == QLatin1String("DELETED"))
            m_objects.remove(key);
        else
            m_objects.insert(key, o);
        const QByteArray l = line(type, o);
        m_history.append({m_rv, l});
        if (!m_quiet)
            broadcast(l);
    }

    void broadcast(const QByteArray &l)
    {
        for (Reply &w : m_watchers) {
            if (w.isOpen())
                w.write(l);
        }
    }

    void handle(const Request &r, Reply &reply)
    {
        if (intercept && intercept(r, reply))
            return;
        const QUrl u(QString::fromLatin1(r.path));
        if (u.path() != m_path) {
            reply.send(404, JSON({
                           "kind" : "Status",
                           "code" : 404,
                           "reason" : "NotFound",
                           "message" : "not found"
                       }));
            return;
        }
        const QUrlQuery q(u);
        if (q.queryItemValue(QStringLiteral("watch")) == QLatin1String("1") ||
            q.queryItemValue(QStringLiteral("watch")) == QLatin1String("true")) {
            m_watchQueries << q;
            watch(q, reply);
        } else {
            m_listQueries << q;
            list(q, reply);
        }
    }

    void list(const QUrlQuery &q, Reply &reply)
    {
        int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
        if (pageSizeLimit > 0 && (limit <= 0 || limit > pageSizeLimit))
            limit = pageSizeLimit;
        const QString cont = q.queryItemValue(QStringLiteral("continue"), QUrl::FullyDecoded);
        int snapshot = -1, offset = 0;
        if (!cont.isEmpty()) {
            const QStringList parts = cont.split(QLatin1Char(':'));
            snapshot = parts.value(0).toInt();
            offset = parts.value(1).section(QLatin1Char('+'), 0, 0).toInt();
            if (!m_snapshots.contains(snapshot)) {
                reply.send(410, JSON({
                               "kind" : "Status",
                               "code" : 410,
                               "reason" : "Expired",
                               "message" : "continue expired"
                           }));
                return;
            }
        } else {
            snapshot = ++m_snapshotId;
            m_snapshots.insert(snapshot, {m_objects.values(), m_rv});
        }
        const auto &[items, rv] = m_snapshots.value(snapshot);
        const int end =
            limit > 0 ? std::min<int>(offset + limit, int(items.size())) : int(items.size());
        QJsonArray page;
        for (int i = offset; i < end; ++i)
            page.append(items[i]);
        QJsonObject md{{QStringLiteral("resourceVersion"), QString::number(rv)}};
        if (end < items.size())
            md.insert(QStringLiteral("continue"),
                      QStringLiteral("%1:%2+x=").arg(snapshot).arg(end));
        else
            m_snapshots.remove(snapshot);
        reply.send(200,
                   QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("PodList")},
                                             {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                             {QStringLiteral("metadata"), md},
                                             {QStringLiteral("items"), page}})
                       .toJson(QJsonDocument::Compact),
                   {{"Content-Type", "application/json"}});
    }

    void watch(const QUrlQuery &q, Reply &reply)
    {
        const qint64 from = q.queryItemValue(QStringLiteral("resourceVersion")).toLongLong();
        reply.begin(200, {{"Content-Type", "application/json"}});
        if (from < m_compacted) {
            const QJsonObject status{
                {QStringLiteral("kind"), QStringLiteral("Status")},
                {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("status"), QStringLiteral("Failure")},
                {QStringLiteral("reason"), QStringLiteral("Gone")},
                {QStringLiteral("code"), 410},
                {QStringLiteral("message"),
                 QStringLiteral("too old resource version: %1 (%2)").arg(from).arg(m_compacted)}};
            reply.write(line(QStringLiteral("ERROR"), status));
            reply.end();
            return;
        }
        for (const Change &c : m_history) {
            if (c.rv > from)
                reply.write(c.line);
        }
        m_watchers << reply;
    }

    TestHttpServer m_server;
    QString m_path;
    QMap<QString, QJsonObject> m_objects;
    QList<Change> m_history;
    QList<Reply> m_watchers;
    QList<QUrlQuery> m_watchQueries;
    QList<QUrlQuery> m_listQueries;
    QMap<int, QPair<QList<QJsonObject>, qint64>> m_snapshots;
    int m_snapshotId = 0;
    qint64 m_rv = 100;
    qint64 m_compacted = 0;
    bool m_quiet = false;
};

} // namespace plancia::test
