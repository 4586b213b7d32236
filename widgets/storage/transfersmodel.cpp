#include "storage/transfersmodel.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace plancia::ui {

using State = TransferQueue::State;

TransfersModel::TransfersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &TransfersModel::flush);
}

void TransfersModel::setQueue(TransferQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (queue) {
        connect(queue, &TransferQueue::itemAdded, this, &TransfersModel::onAdded);
        connect(queue, &TransferQueue::itemChanged, this, &TransfersModel::onChanged);
        connect(queue, &TransferQueue::itemFinished, this, &TransfersModel::onChanged);
        connect(queue, &TransferQueue::totalsChanged, this, &TransfersModel::totalsChanged);
        connect(queue, &TransferQueue::cleared, this, &TransfersModel::onCleared);
    }
    reset();
}

void TransfersModel::reset()
{
    beginResetModel();
    m_items.clear();
    m_rows.clear();
    m_dirty.clear();
    if (m_queue) {
        for (const auto &item : m_queue->items()) {
            if (item.parent != 0)
                continue;
            m_rows.insert(item.id, int(m_items.size()));
            m_items.append(item);
        }
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

TransferQueue::Id TransfersModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

void TransfersModel::onAdded(TransferQueue::Id id)
{
    if (m_rows.contains(id) || !m_queue)
        return;
    const TransferQueue::Item item = m_queue->item(id);
    if (item.id == 0 || item.parent != 0)
        return; // a file of a folder transfer: its folder's row shows it
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_rows.insert(id, row);
    m_items.append(item);
    endInsertRows();
}

void TransfersModel::onChanged(TransferQueue::Id id)
{
    if (!m_rows.contains(id))
        return onAdded(id);
    m_dirty.insert(id);
    if (!m_flush.isActive())
        m_flush.start();
}

void TransfersModel::flush()
{
    m_flush.stop();
    if (m_dirty.isEmpty() || !m_queue)
        return;
    int first = int(m_items.size()), last = -1;
    for (TransferQueue::Id id : std::as_const(m_dirty)) {
        const int row = m_rows.value(id, -1);
        if (row < 0)
            continue;
        const TransferQueue::Item item = m_queue->item(id);
        if (item.id == 0)
            continue; // forgotten meanwhile
        m_items[row] = item;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    m_dirty.clear();
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void TransfersModel::clearFinished()
{
    if (m_queue)
        m_queue->clearFinished(); // emits cleared(), which drops the rows
    onCleared();
}

void TransfersModel::onCleared()
{
    flush();
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        const bool gone = m_queue ? m_queue->item(m_items.at(row).id).id == 0 : true;
        if (!gone)
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }
    m_rows.clear();
    for (int row = 0; row < m_items.size(); ++row)
        m_rows.insert(m_items.at(row).id, row);
    Q_EMIT totalsChanged();
}

int TransfersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TransfersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransfersModel::rateText(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return QString();
    return tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

QString TransfersModel::etaText(std::chrono::seconds eta)
{
    const qint64 s = eta.count();
    if (s < 0)
        return QString();
    if (s < 60)
        return tr("%n s", nullptr, int(s));
    if (s < 3600)
        return tr("%n min", nullptr, int((s + 30) / 60));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString TransfersModel::stateText(const TransferQueue::Item &item)
{
    switch (item.state) {
    case State::Queued:
        return tr("Queued");
    case State::Listing:
        return tr("Listing files");
    case State::Running:
        return item.retries > 0 ? tr("Running (retry %1)").arg(item.retries) : tr("Running");
    case State::Paused:
        return tr("Paused");
    case State::Verifying:
        return tr("Verifying");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return item.error.message.isEmpty() ? tr("Failed")
                                            : tr("Failed: %1").arg(item.error.message);
    case State::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QVariant TransfersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const TransferQueue::Item &it = m_items.at(index.row());
    const bool up = it.direction == TransferQueue::Direction::Upload;
    const bool running = it.state == State::Running;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            const QString name = up ? QFileInfo(it.localPath).fileName() : it.key;
            return name.isEmpty() ? it.key : name;
        }
        case DirectionColumn:
            return up ? tr("Upload") : tr("Download");
        case ProgressColumn:
            if (it.size < 0)
                return QLocale().formattedDataSize(it.transferred);
            return tr("%1 of %2")
                .arg(QLocale().formattedDataSize(it.transferred),
                     QLocale().formattedDataSize(it.size));
        case RateColumn:
            return running ? rateText(it.bytesPerSecond) : QString();
        case EtaColumn:
            return running ? etaText(it.eta) : QString();
        case StateColumn:
            return stateText(it);
        }
        break;
    case Qt::ToolTipRole: {
        const QString where = up ? tr("%1 → s3://%2/%3").arg(it.localPath, it.bucket, it.key)
                                 : tr("s3://%1/%2 → %3").arg(it.bucket, it.key, it.localPath);
        if (it.state == State::Failed && !it.error.message.isEmpty())
            return where + QLatin1Char('\n') + it.error.message;
        if (it.nameMapped)
            return where + QLatin1Char('\n') +
                   tr("The key is not a valid file name here; it was saved under another name.");
        return where;
    }
    case IdRole:
        return QVariant::fromValue(it.id);
    case StateRole:
        return int(it.state);
    case ProgressRole:
        if (it.state == State::Done)
            return 1000;
        if (it.size <= 0) // unknown: a busy bar while it moves, empty otherwise
            return it.size < 0 && (running || it.state == State::Listing) ? -1 : 0;
        return int(std::clamp<qint64>(it.transferred * 1000 / it.size, 0, 1000));
    }
    return {};
}

QVariant TransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DirectionColumn:
        return tr("Direction");
    case ProgressColumn:
        return tr("Progress");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QString TransfersModel::totalsText() const
{
    if (!m_queue)
        return QString();
    const TransferQueue::Totals t = m_queue->totals();
    if (t.queued + t.running + t.done + t.failed + t.cancelled == 0)
        return tr("No transfers.");
    QStringList parts;
    if (t.running)
        parts << tr("%n running", nullptr, t.running);
    if (t.queued)
        parts << tr("%n queued", nullptr, t.queued);
    if (t.done)
        parts << tr("%n done", nullptr, t.done);
    if (t.failed)
        parts << tr("%n failed", nullptr, t.failed);
    if (t.cancelled)
        parts << tr("%n cancelled", nullptr, t.cancelled);
    QString text = parts.join(QStringLiteral(", "));
    if (t.bytes > 0) {
        text = tr("%1 — %2 of %3")
                   .arg(text, QLocale().formattedDataSize(t.transferred),
                        QLocale().formattedDataSize(t.bytes));
    }
    if (t.running && t.bytesPerSecond > 0)
        text = tr("%1 at %2").arg(text, rateText(t.bytesPerSecond));
    if (t.running && t.eta.count() >= 0)
        text = tr("%1, %2 left").arg(text, etaText(t.eta));
    return text;
}

} // namespace plancia::ui
