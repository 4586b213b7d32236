#include "storage/bucketmodel.h"

#include "storage/storagesource.h"

#include <QFileIconProvider>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QSet>

#include <algorithm>

namespace plancia::ui {

struct BucketModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    bool folder = false;
    QString key;  // full key; a folder's ends with '/' (the root's is "")
    QString name; // the last segment, without the trailing '/'
    qint64 size = -1;
    QDateTime modified;

    // Folders only.
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node *> folders; // sub-folders by key (a page never repeats one)
    QString token;                  // continuation of the next page
    bool started = false;           // the first page was asked for
    bool complete = false;
    bool failed = false;
    Error error;
    int pages = 0;
    // Owner of the page on its way: gone with the node (or a reload), which cancels it.
    std::unique_ptr<QObject> inFlight;
};

namespace {

QString lastSegment(const QString &key)
{
    QStringView v(key);
    if (v.endsWith(QLatin1Char('/')))
        v.chop(1);
    const qsizetype slash = v.lastIndexOf(QLatin1Char('/'));
    return v.mid(slash + 1).toString();
}

const QIcon &folderIcon()
{
    static const QIcon icon = QFileIconProvider().icon(QFileIconProvider::Folder);
    return icon;
}

const QIcon &fileIcon()
{
    static const QIcon icon = QFileIconProvider().icon(QFileIconProvider::File);
    return icon;
}

} // namespace

BucketModel::BucketModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    clear();
}

BucketModel::~BucketModel() = default;

void BucketModel::clear()
{
    m_root = std::make_unique<Node>();
    m_root->folder = true;
}

void BucketModel::setSource(StorageSource *source)
{
    beginResetModel();
    m_source = source;
    clear();
    endResetModel();
}

void BucketModel::setBucket(const QString &bucket)
{
    beginResetModel();
    m_bucket = bucket;
    clear();
    endResetModel();
}

BucketModel::Node *BucketModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

BucketModel::Node *BucketModel::folderNode(const QModelIndex &index) const
{
    if (index.isValid() && index.column() != 0)
        return nullptr;
    Node *n = nodeOf(index);
    return n->folder ? n : nullptr;
}

QModelIndex BucketModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex BucketModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = folderNode(parent);
    if (!p || row < 0 || column < 0 || column >= ColumnCount ||
        row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex BucketModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int BucketModel::rowCount(const QModelIndex &parent) const
{
    const Node *p = folderNode(parent);
    return p ? static_cast<int>(p->children.size()) : 0;
}

int BucketModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool BucketModel::hasChildren(const QModelIndex &parent) const
{
    const Node *p = folderNode(parent);
    if (!p)
        return false;
    // Not listed yet: it may have children (the view shows an arrow, expanding lists it).
    return !p->children.empty() || (!p->complete && !p->failed && !m_bucket.isEmpty());
}

bool BucketModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *p = folderNode(parent);
    return p && m_source && !m_bucket.isEmpty() && !p->complete && !p->failed && !p->inFlight;
}

void BucketModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(nodeOf(parent));
}

void BucketModel::request(Node *folder)
{
    folder->started = true;
    folder->inFlight = std::make_unique<QObject>();
    m_source->list(m_bucket, folder->key, folder->token, m_pageSize, folder->inFlight.get(),
                   [this, folder](const Result<s3::Listing> &r) { onPage(folder, r); });
}

void BucketModel::onPage(Node *folder, const Result<s3::Listing> &result)
{
    // The callback runs inside the owner's call: the owner goes later, not now.
    folder->inFlight.release()->deleteLater();
    if (!result) {
        folder->failed = true;
        folder->error = result.error();
        // The arrow of a folder that could not be listed goes: no children to show.
        const QModelIndex idx = indexOf(folder);
        if (idx.isValid())
            Q_EMIT dataChanged(idx, idx);
        Q_EMIT listingFailed(folder->key, folder->error);
        return;
    }
    const s3::Listing &page = result.value();
    std::vector<std::unique_ptr<Node>> add;
    add.reserve(static_cast<size_t>(page.commonPrefixes.size() + page.objects.size()));
    for (const QString &prefix : page.commonPrefixes) {
        if (folder->folders.contains(prefix) || !prefix.startsWith(folder->key))
            continue;
        auto n = std::make_unique<Node>();
        n->folder = true;
        n->key = prefix;
        n->name = lastSegment(prefix);
        add.push_back(std::move(n));
    }
    for (const s3::Object &o : page.objects) {
        // The folder's own marker ("prefix/", as consoles make folders) is the folder itself.
        if (o.key == folder->key || !o.key.startsWith(folder->key))
            continue;
        auto n = std::make_unique<Node>();
        n->key = o.key;
        n->name = o.key.mid(folder->key.size());
        n->size = o.size;
        n->modified = o.lastModified;
        add.push_back(std::move(n));
    }
    ++folder->pages;
    folder->token = page.nextContinuationToken;
    folder->complete = !page.truncated || page.nextContinuationToken.isEmpty();
    if (!add.empty()) {
        const int first = static_cast<int>(folder->children.size());
        beginInsertRows(indexOf(folder), first, first + static_cast<int>(add.size()) - 1);
        folder->children.reserve(folder->children.size() + add.size());
        for (auto &n : add) {
            n->parent = folder;
            n->row = static_cast<int>(folder->children.size());
            if (n->folder)
                folder->folders.insert(n->key, n.get());
            folder->children.push_back(std::move(n));
        }
        endInsertRows();
    } else if (folder->complete && folder->children.empty()) {
        const QModelIndex idx = indexOf(folder);
        if (idx.isValid())
            Q_EMIT dataChanged(idx, idx); // no arrow any more
    }
    Q_EMIT pageLoaded(folder->key, static_cast<int>(add.size()));
    if (folder->complete)
        Q_EMIT listingFinished(folder->key);
    else if (m_autoContinue && !folder->inFlight) // (a view may have asked meanwhile)
        request(folder);
}

BucketModel::FolderStatus BucketModel::status(const QModelIndex &folder) const
{
    FolderStatus s;
    if (const Node *n = folderNode(folder)) {
        s.listing = bool(n->inFlight);
        s.complete = n->complete;
        s.failed = n->failed;
        s.error = n->error;
        s.pages = n->pages;
        s.rows = static_cast<int>(n->children.size());
    }
    return s;
}

QModelIndex BucketModel::ensureFolder(const QString &prefix)
{
    if (prefix.isEmpty())
        return {};
    const QString path = prefix.endsWith(QLatin1Char('/')) ? prefix : prefix + QLatin1Char('/');
    Node *at = m_root.get();
    for (qsizetype from = 0; from < path.size();) {
        const qsizetype slash = path.indexOf(QLatin1Char('/'), from);
        const QString key = path.left(slash + 1);
        Node *next = at->folders.value(key);
        if (!next) {
            auto n = std::make_unique<Node>();
            n->folder = true;
            n->key = key;
            n->name = lastSegment(key);
            n->parent = at;
            n->row = static_cast<int>(at->children.size());
            next = n.get();
            beginInsertRows(indexOf(at), n->row, n->row);
            at->folders.insert(key, next);
            at->children.push_back(std::move(n));
            endInsertRows();
        }
        at = next;
        from = slash + 1;
    }
    return indexOf(at);
}

void BucketModel::addFolder(const QString &prefix)
{
    ensureFolder(prefix);
}

QModelIndex BucketModel::indexForKey(const QString &key) const
{
    const Node *at = m_root.get();
    qsizetype from = 0;
    while (at && from < key.size()) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'), from);
        if (slash < 0 || slash == key.size() - 1) {
            for (const auto &c : at->children) {
                if (c->key == key)
                    return indexOf(c.get());
            }
            return {};
        }
        at = at->folders.value(key.left(slash + 1));
        from = slash + 1;
    }
    return {};
}

void BucketModel::removeChildren(Node *folder, int first, int last)
{
    beginRemoveRows(indexOf(folder), first, last);
    for (int i = first; i <= last; ++i) {
        const Node *c = folder->children[static_cast<size_t>(i)].get();
        if (c->folder)
            folder->folders.remove(c->key);
    }
    folder->children.erase(folder->children.begin() + first, folder->children.begin() + last + 1);
    for (size_t i = static_cast<size_t>(first); i < folder->children.size(); ++i)
        folder->children[i]->row = static_cast<int>(i);
    endRemoveRows();
}

void BucketModel::removeKeys(const QStringList &keys)
{
    // Grouped by parent folder, then contiguous runs removed from the end (rows stay valid).
    QHash<Node *, QSet<QString>> byFolder;
    for (const QString &key : keys) {
        const QModelIndex idx = indexForKey(key);
        if (idx.isValid())
            byFolder[nodeOf(idx)->parent].insert(key);
    }
    for (auto it = byFolder.begin(); it != byFolder.end(); ++it) {
        Node *folder = it.key();
        int last = -1;
        for (int i = static_cast<int>(folder->children.size()) - 1; i >= -1; --i) {
            const bool gone =
                i >= 0 && it.value().contains(folder->children[static_cast<size_t>(i)]->key);
            if (gone && last < 0)
                last = i;
            if (!gone && last >= 0) {
                removeChildren(folder, i + 1, last);
                last = -1;
            }
        }
    }
}

void BucketModel::reload(const QModelIndex &folder)
{
    Node *n = folderNode(folder);
    if (!n)
        return;
    if (!n->children.empty())
        removeChildren(n, 0, static_cast<int>(n->children.size()) - 1);
    n->inFlight.reset();
    n->token.clear();
    n->started = n->complete = n->failed = false;
    n->error = {};
    n->pages = 0;
    fetchMore(folder);
}

QString BucketModel::typeOf(const Node &node) const
{
    if (node.folder)
        return tr("Folder");
    const qsizetype dot = node.name.lastIndexOf(QLatin1Char('.'));
    const QString suffix = dot > 0 ? node.name.mid(dot + 1).toLower() : QString();
    auto it = m_typeBySuffix.constFind(suffix);
    if (it != m_typeBySuffix.constEnd())
        return *it;
    static const QMimeDatabase db;
    const QMimeType mime = db.mimeTypeForFile(node.name, QMimeDatabase::MatchExtension);
    const QString type = suffix.isEmpty() || mime.isDefault() ? tr("File") : mime.comment();
    m_typeBySuffix.insert(suffix, type);
    return type;
}

QVariant BucketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = *nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n.name;
        case SizeColumn:
            return n.folder ? QString() : QLocale().formattedDataSize(n.size);
        case ModifiedColumn:
            return n.modified.isValid()
                       ? QLocale().toString(n.modified.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case TypeColumn:
            return typeOf(n);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return n.folder ? folderIcon() : fileIcon();
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return n.key;
        if (index.column() == SizeColumn && !n.folder)
            return tr("%L1 bytes").arg(n.size);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KeyRole:
        return n.key;
    case IsFolderRole:
        return n.folder;
    case SizeRole:
        return n.size;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return n.name;
        case SizeColumn:
            return n.size;
        case ModifiedColumn:
            return n.modified.toMSecsSinceEpoch();
        case TypeColumn:
            return typeOf(n);
        }
        break;
    }
    return {};
}

QVariant BucketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

Qt::ItemFlags BucketModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (nodeOf(index)->folder)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList BucketModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType), QStringLiteral("text/uri-list")};
}

QMimeData *BucketModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList keys;
    for (const QModelIndex &i : indexes) {
        if (i.column() == 0)
            keys.append(nodeOf(i)->key);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), keys.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

} // namespace plancia::ui
