#pragma once

#include "common/page.h"
#include "net/error.h"
#include "storage/storagesource.h"
#include "storage/transferqueue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace plancia::ui {

class BucketModel;
class FolderProxyModel;
class ObjectProxyModel;
class ObjectView;
class PlaceholderView;
class StorageSource;
class TransfersPanel;

// The Storage page: the user's buckets (with their usage once computed), the prefix tree of the
// open bucket beside the object table of the open folder (sorting, filter as you type), uploads
// (button, or files dropped from the desktop), downloads (button to a chosen folder, or a drag
// to the desktop), new folder, rename, delete (confirmed, naming what goes), presigned links,
// and the transfers panel below. Errors of its own work go to the page's banner.
class StoragePage : public Page
{
    Q_OBJECT

public:
    // Asks for local paths: files to upload, a folder to upload or to download into. Empty:
    // the person cancelled. Tests replace the file dialogs with their own.
    enum class Choice { Files, UploadFolder, DownloadFolder };
    using Chooser = std::function<QStringList(QWidget *parent, Choice choice)>;

    explicit StoragePage(QWidget *parent = nullptr);
    ~StoragePage() override;

    QString title() const override;
    QString subtitle() const override;

    void setPlatform(Platform *platform) override;
    void setConnected(bool connected) override;

    // The object store and the transfer queue (not owned; setPlatform makes the platform's).
    void setBackends(StorageSource *source, TransferQueue *queue);
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }

    void refreshBuckets();
    void openBucket(const QString &bucket);
    void openPrefix(const QString &prefix);
    QString currentBucket() const { return m_bucket; }
    QString currentPrefix() const { return m_prefix; }
    // Keys of the selected rows of the object table (folders end with '/').
    QStringList selectedKeys() const;
    void selectKeys(const QStringList &keys);

    // Uploads of local files and folders into `prefix` of the open bucket (drop, button).
    void uploadPaths(const QStringList &localPaths, const QString &prefix);
    void downloadSelectedTo(const QString &folder);
    // Starts the confirmed delete of the selection (the confirmation box comes first).
    void deleteSelected();
    void copyLink(std::chrono::seconds lifetime);

    BucketModel *model() const { return m_model; }
    ObjectProxyModel *objectProxy() const { return m_objects; }
    ObjectView *objectView() const { return m_objectView; }
    QTreeView *folderView() const { return m_folderView; }
    QComboBox *bucketCombo() const { return m_bucketCombo; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *usageLabel() const { return m_usageLabel; }
    TransfersPanel *transfersPanel() const { return m_transfers; }
    PlaceholderView *placeholder() const { return m_placeholder; }
    bool showsPlaceholder() const;
    QAction *uploadAction() const { return m_upload; }
    QAction *uploadFolderAction() const { return m_uploadFolder; }
    QAction *downloadAction() const { return m_download; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *upAction() const { return m_up; }
    QAction *filterAction() const { return m_filterAction; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *usageAction() const { return m_usage; }

Q_SIGNALS:
    // The first rows of an opened folder are in the table (or it is known to be empty):
    // `msecs` after openPrefix().
    void firstRowsShown(const QString &prefix, qint64 msecs);

protected:
    void retranslate() override;

private:
    void buildActions();
    void updateState();
    void updateStatus();
    void updateActions();
    void updateUsageText();
    void onBuckets(const Result<QList<s3::Bucket>> &result);
    void onPageLoaded(const QString &prefix, int rows);
    void onListingFailed(const QString &prefix, const Error &error);
    void onTransferFinished(TransferQueue::Id id);
    void showError(const QString &headline, const Error &error, std::function<void()> retry = {});
    void askNewFolder();
    void askRename();
    void computeUsage();
    void chooseAndUpload(Choice choice);
    void chooseAndDownload();
    QModelIndex currentFolderIndex() const;
    QObject *newGuard(std::unique_ptr<QObject> &slot);

    StorageSource *m_source = nullptr;
    QPointer<TransferQueue> m_queue;
    std::unique_ptr<StorageSource> m_ownedSource;
    std::unique_ptr<TransferQueue> m_ownedQueue;
    Chooser m_chooser;

    QStackedWidget *m_stack;
    PlaceholderView *m_placeholder;
    QWidget *m_content;
    QComboBox *m_bucketCombo;
    QLabel *m_bucketLabel;
    QLabel *m_usageLabel;
    QLabel *m_pathLabel;
    QLineEdit *m_filter;
    QLabel *m_status;
    QToolButton *m_linkButton;
    QMenu *m_linkMenu;
    BucketModel *m_model;
    FolderProxyModel *m_folders;
    ObjectProxyModel *m_objects;
    QTreeView *m_folderView;
    ObjectView *m_objectView;
    TransfersPanel *m_transfers;
    QSplitter *m_vertical;

    QAction *m_upload, *m_uploadFolder, *m_download, *m_newFolder, *m_rename, *m_delete, *m_up,
        *m_filterAction, *m_refresh, *m_usage, *m_link1h, *m_link1d, *m_link7d;

    QString m_bucket;
    QString m_prefix;
    bool m_syncing = false;
    QElapsedTimer m_opened;
    bool m_firstRowsPending = false;
    QHash<QString, s3::Usage> m_usageByBucket;
    QSet<QString> m_usagePending;
    std::unique_ptr<QObject> m_bucketsCall; // owner of the bucket list call
    QObject *m_calls;                       // owner of the page's other calls (gone with a profile)
    std::function<void()> m_retry;
    QSet<QString> m_reloadPrefixes;
    QTimer m_reload;
    QTimer m_filterDelay;
};

} // namespace plancia::ui
