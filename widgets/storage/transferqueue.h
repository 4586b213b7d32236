#pragma once

#include "net/httpclient.h" // s3client.h needs it complete (QPointer<HttpClient>)
#include "storage/transferengine.h"

#include <QList>
#include <QObject>
#include <QString>

namespace plancia::ui {

// The transfer queue as the Storage page sees it: core's TransferEngine (EngineTransferQueue
// adapts it) or a fake in tests. Same item and totals types as the engine, same signals.
class TransferQueue : public QObject
{
    Q_OBJECT

public:
    using Id = s3::TransferEngine::Id;
    using Item = s3::TransferEngine::Item;
    using Totals = s3::TransferEngine::Totals;
    using State = s3::TransferEngine::State;
    using Direction = s3::TransferEngine::Direction;

    using QObject::QObject;

    virtual Id upload(const QString &localPath, const QString &bucket, const QString &key) = 0;
    virtual Id download(const QString &bucket, const QString &key, const QString &localPath,
                        bool recursive) = 0;
    virtual void pause(Id id) = 0;
    virtual void resume(Id id) = 0;
    virtual void cancel(Id id) = 0;
    virtual void pauseAll() = 0;
    virtual void resumeAll() = 0;
    virtual void cancelAll() = 0;
    // Forgets finished items (done, failed, cancelled); emits cleared() after.
    virtual void clearFinished() = 0;
    // Bytes per second over all transfers; 0: no limit.
    virtual void setBandwidthLimit(qint64 bytesPerSecond) = 0;
    virtual qint64 bandwidthLimit() const = 0;

    virtual Item item(Id id) const = 0;
    virtual QList<Item> items() const = 0;
    virtual Totals totals() const = 0;

    static bool isFinished(State state)
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled;
    }

Q_SIGNALS:
    void itemAdded(plancia::ui::TransferQueue::Id id);
    void itemChanged(plancia::ui::TransferQueue::Id id);
    void itemFinished(plancia::ui::TransferQueue::Id id);
    void totalsChanged();
    void cleared();
};

} // namespace plancia::ui
