#include "storage/objectview.h"

#include "storage/bucketmodel.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QDrag>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace plancia::ui {

namespace {

int g_waitLimit = 25000; // below the 30 s a GTK target waits for selection data

QString lastSegment(const QString &key)
{
    QStringView v(key);
    if (v.endsWith(QLatin1Char('/')))
        v.chop(1);
    return v.mid(v.lastIndexOf(QLatin1Char('/')) + 1).toString();
}

} // namespace

DragOutMimeData::DragOutMimeData(TransferQueue *queue, const QString &bucket,
                                 const QList<Entry> &entries, const QString &stagingDir)
    : m_queue(queue)
    , m_bucket(bucket)
    , m_entries(entries)
    , m_staging(stagingDir)
{
    // In-app drops (onto a folder of the tree) read the keys.
    QStringList keys;
    for (const Entry &e : entries)
        keys.append(e.key);
    setData(QString::fromLatin1(BucketModel::MimeType), keys.join(QLatin1Char('\n')).toUtf8());
}

void DragOutMimeData::setWaitLimit(int ms)
{
    g_waitLimit = ms;
}

int DragOutMimeData::waitLimit()
{
    return g_waitLimit;
}

QString DragOutMimeData::newStagingDir()
{
    QDir base(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
              QStringLiteral("/drag-out"));
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &old : base.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (old.lastModified().toUTC() < dayAgo)
            QDir(old.absoluteFilePath()).removeRecursively();
    }
    const QString dir = base.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
    QDir().mkpath(dir);
    return dir;
}

void DragOutMimeData::start()
{
    if (!m_queue || !m_ids.isEmpty())
        return;
    for (const Entry &e : std::as_const(m_entries)) {
        const QString local = QDir(m_staging).filePath(lastSegment(e.key));
        m_ids.append(e.folder ? m_queue->download(m_bucket, e.key, local, true)
                              : m_queue->download(m_bucket, e.key, local, false));
        m_paths.append(local);
    }
}

void DragOutMimeData::cancelUnfinished()
{
    if (!m_queue)
        return;
    for (TransferQueue::Id id : std::as_const(m_ids)) {
        if (!TransferQueue::isFinished(m_queue->item(id).state))
            m_queue->cancel(id);
    }
}

QStringList DragOutMimeData::formats() const
{
    return {QStringLiteral("text/uri-list"), QString::fromLatin1(BucketModel::MimeType)};
}

bool DragOutMimeData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QList<QUrl> DragOutMimeData::waitForFiles() const
{
    auto pending = [this] {
        if (!m_queue)
            return false;
        for (TransferQueue::Id id : m_ids) {
            if (!TransferQueue::isFinished(m_queue->item(id).state))
                return true;
        }
        return false;
    };
    if (pending()) {
        QEventLoop loop;
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(m_queue, &TransferQueue::itemFinished, &loop, [&] {
            if (!pending())
                loop.quit();
        });
        limit.start(g_waitLimit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    QList<QUrl> urls;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        const TransferQueue::Item item =
            m_queue ? m_queue->item(m_ids.at(i)) : TransferQueue::Item{};
        if (item.state != TransferQueue::State::Done)
            continue; // failed, cancelled or not done in time: not offered as a file
        const QString path = item.localPath.isEmpty() ? m_paths.at(i) : item.localPath;
        urls.append(QUrl::fromLocalFile(path));
    }
    return urls;
}

QVariant DragOutMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType == QLatin1String("text/uri-list")) {
        const QList<QUrl> urls = waitForFiles();
        QByteArray list;
        for (const QUrl &u : urls)
            list += u.toEncoded() + "\r\n";
        if (type.id() == QMetaType::QVariantList || type.id() == QMetaType::QUrl) {
            QVariantList out;
            for (const QUrl &u : urls)
                out.append(u);
            return out;
        }
        return list;
    }
    return QMimeData::retrieveData(mimeType, type);
}

ObjectView::ObjectView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setExpandsOnDoubleClick(false);
    setUniformRowHeights(true);
    setSortingEnabled(true);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(DragDrop);
    setAllColumnsShowFocus(true);
}

bool ObjectView::hasLocalFiles(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->hasFormat(QString::fromLatin1(BucketModel::MimeType)))
        return false;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); });
}

QString ObjectView::prefixAt(const QPoint &pos) const
{
    const QModelIndex at = indexAt(pos);
    if (at.isValid() && BucketModel::isFolder(at))
        return BucketModel::keyOf(at);
    return rootIndex().isValid() ? BucketModel::keyOf(rootIndex()) : QString();
}

void ObjectView::dragEnterEvent(QDragEnterEvent *event)
{
    if (hasLocalFiles(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ObjectView::dragMoveEvent(QDragMoveEvent *event)
{
    if (hasLocalFiles(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ObjectView::dropEvent(QDropEvent *event)
{
    if (!hasLocalFiles(event->mimeData())) {
        event->ignore();
        return;
    }
    QList<QUrl> files;
    for (const QUrl &u : event->mimeData()->urls()) {
        if (u.isLocalFile())
            files.append(u);
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT filesDropped(files, prefixAt(event->position().toPoint()));
}

DragOutMimeData *ObjectView::dragData() const
{
    QList<DragOutMimeData::Entry> entries;
    const QModelIndexList rows =
        selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &i : rows)
        entries.append({BucketModel::keyOf(i), BucketModel::isFolder(i)});
    if (entries.isEmpty() || !m_queue)
        return nullptr;
    return new DragOutMimeData(m_queue, m_bucket, entries, DragOutMimeData::newStagingDir());
}

void ObjectView::startDrag(Qt::DropActions)
{
    DragOutMimeData *mime = dragData();
    if (!mime)
        return;
    mime->start();
    Q_EMIT dragStarted(mime);
    QPointer<DragOutMimeData> guard(mime);
    auto *drag = new QDrag(this);
    drag->setMimeData(mime); // owned by the drag
    const Qt::DropAction done = drag->exec(Qt::CopyAction, Qt::CopyAction);
    if (done == Qt::IgnoreAction && guard) {
        guard->cancelUnfinished();
        QDir(guard->stagingDir()).removeRecursively();
    }
}

} // namespace plancia::ui
