#pragma once

#include "net/error.h"
#include "storage/storagesource.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

namespace plancia::ui {

class StorageSource;

// One bucket as a tree, the way KDirModel shows a directory tree: each prefix ("folder") is a
// node whose children (its sub-prefixes, then its objects, in the order the pages came) are
// listed only when asked (canFetchMore/fetchMore per prefix), a page of at most pageSize() keys
// at a time, continuation pages following by themselves (setAutoContinue) so that a prefix of
// 100,000 keys fills in batches of rows while the event loop stays free. The invisible root is
// the bucket's top level (prefix "").
class BucketModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, TypeColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the full key; a folder's ends with '/'
        IsFolderRole,
        SortRole, // raw value of the column (name, bytes, msecs, type) for sorting
        SizeRole, // bytes (qint64), -1 for folders
    };
    struct FolderStatus
    {
        bool listing = false;  // a page is on its way
        bool complete = false; // every page is in
        bool failed = false;
        Error error;
        int pages = 0;
        int rows = 0;
    };

    explicit BucketModel(QObject *parent = nullptr);
    ~BucketModel() override;

    // Not owned. Setting either empties the model.
    void setSource(StorageSource *source);
    void setBucket(const QString &bucket);
    QString bucket() const { return m_bucket; }

    void setPageSize(int keys) { m_pageSize = keys; }
    int pageSize() const { return m_pageSize; }
    // After a page, ask for the next one by itself (default); off, each fetchMore() asks one.
    void setAutoContinue(bool on) { m_autoContinue = on; }

    // The folder node of `prefix` ("" = the root, QModelIndex()), made (empty, not listed) with
    // its parents when it was not listed yet, so that any prefix can be opened.
    QModelIndex ensureFolder(const QString &prefix);
    // Invalid when not in the model (or for the root).
    QModelIndex indexForKey(const QString &key) const;
    static QString keyOf(const QModelIndex &index) { return index.data(KeyRole).toString(); }
    static bool isFolder(const QModelIndex &index) { return index.data(IsFolderRole).toBool(); }
    FolderStatus status(const QModelIndex &folder) const;

    // Lists the folder again from its first page (children dropped).
    void reload(const QModelIndex &folder);
    // After a deletion: the rows of these keys (objects, or folders ending with '/') go.
    void removeKeys(const QStringList &keys);
    // After "new folder": the folder appears without a listing.
    void addFolder(const QString &prefix);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Drag: the keys of the dragged rows (MimeType) — StoragePage turns them into downloads.
    static constexpr const char *MimeType = "application/x-plancia-s3-keys";
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

Q_SIGNALS:
    void pageLoaded(const QString &prefix, int rows);
    void listingFinished(const QString &prefix);
    void listingFailed(const QString &prefix, const plancia::Error &error);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    Node *folderNode(const QModelIndex &index) const; // nullptr for objects
    void request(Node *folder);
    void onPage(Node *folder, const Result<s3::Listing> &result);
    void removeChildren(Node *folder, int first, int last);
    void clear();
    QString typeOf(const Node &node) const;

    StorageSource *m_source = nullptr;
    QString m_bucket;
    std::unique_ptr<Node> m_root;
    int m_pageSize = 1000;
    bool m_autoContinue = true;
    mutable QHash<QString, QString> m_typeBySuffix;
};

} // namespace plancia::ui
