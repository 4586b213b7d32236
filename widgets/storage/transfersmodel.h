#pragma once

#include "storage/transferqueue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace plancia::ui {

// The transfers panel's rows: one per top-level transfer of the queue (a file, or a folder or
// prefix with its files summed by the engine), newest last. Progress changes are batched: one
// dataChanged over the changed rows at most every 100 ms, however many transfers run.
class TransfersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DirectionColumn,
        ProgressColumn,
        RateColumn,
        EtaColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ProgressRole, // 0..1000 (per mille), -1 while the size is unknown
        StateRole,    // TransferQueue::State as int
    };

    explicit TransfersModel(QObject *parent = nullptr);

    void setQueue(TransferQueue *queue); // not owned
    TransferQueue *queue() const { return m_queue; }

    TransferQueue::Id idAt(int row) const;
    int rowOf(TransferQueue::Id id) const { return m_rows.value(id, -1); }
    const TransferQueue::Item &itemAt(int row) const { return m_items.at(row); }
    // Drops the finished rows (and asks the queue to forget them).
    void clearFinished();
    // "3 running, 2 queued, 1 failed — 1.2 GiB of 4.0 GiB at 25 MB/s, 2 min left".
    QString totalsText() const;
    // Flushes batched changes now (tests).
    void flush();

    static QString stateText(const TransferQueue::Item &item);
    static QString rateText(double bytesPerSecond);
    static QString etaText(std::chrono::seconds eta);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalsChanged();

private:
    void reset();
    void onAdded(TransferQueue::Id id);
    void onChanged(TransferQueue::Id id);
    void onCleared();

    QPointer<TransferQueue> m_queue;
    QList<TransferQueue::Item> m_items;
    QHash<TransferQueue::Id, int> m_rows;
    QSet<TransferQueue::Id> m_dirty;
    QTimer m_flush;
};

} // namespace plancia::ui
