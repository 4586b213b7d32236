#pragma once

#include "storage/transferqueue.h"

#include <QMimeData>
#include <QPointer>
#include <QTreeView>
#include <QUrl>

namespace plancia::ui {

// What a drag out of the object table carries to the desktop. S3 data must be downloaded before
// a file manager can copy it, and X11 has no file promises that file managers honour (XDS is
// not supported by Qt nor by every file manager), so: the downloads start into a staging folder
// when the drag starts, and the file URLs ("text/uri-list", what Nautilus, Dolphin, Thunar and
// the desktop accept) are handed over when the drop asks for them, after waiting for the
// downloads still running (at most waitLimit(), with the event loop running). For big objects
// the button "Download…" (to a chosen folder) is the way; a drop that is not accepted cancels
// the staged downloads. The staging folder is under the cache location, kept after a drop
// (the file manager copies asynchronously) and pruned at the next drag after a day.
class DragOutMimeData : public QMimeData
{
    Q_OBJECT

public:
    struct Entry
    {
        QString key;
        bool folder = false;
    };
    DragOutMimeData(TransferQueue *queue, const QString &bucket, const QList<Entry> &entries,
                    const QString &stagingDir);

    // Starts the downloads (done by the constructor's caller once, at drag start).
    void start();
    void cancelUnfinished();
    QList<TransferQueue::Id> ids() const { return m_ids; }
    QString stagingDir() const { return m_staging; }
    static void setWaitLimit(int ms);
    static int waitLimit();
    // The staging folder for a new drag, old ones (more than a day) removed.
    static QString newStagingDir();

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QList<QUrl> waitForFiles() const;

    QPointer<TransferQueue> m_queue;
    QString m_bucket;
    QList<Entry> m_entries;
    QString m_staging;
    QList<TransferQueue::Id> m_ids;
    QStringList m_paths;
};

// The object table: the children of the open folder, with drops of local files (uploads into
// the folder, or into the folder row they are dropped on) and drags to the desktop.
class ObjectView : public QTreeView
{
    Q_OBJECT

public:
    explicit ObjectView(QWidget *parent = nullptr);

    void setTransferQueue(TransferQueue *queue) { m_queue = queue; }
    void setBucket(const QString &bucket) { m_bucket = bucket; }
    // Makes the drag's data for the selected rows (exposed for tests; startDrag uses it).
    DragOutMimeData *dragData() const;

Q_SIGNALS:
    // Local files or folders dropped; `prefix` is where they go.
    void filesDropped(const QList<QUrl> &urls, const QString &prefix);
    void dragStarted(plancia::ui::DragOutMimeData *data);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    static bool hasLocalFiles(const QMimeData *mime);
    QString prefixAt(const QPoint &pos) const;

    QPointer<TransferQueue> m_queue;
    QString m_bucket;
};

} // namespace plancia::ui
