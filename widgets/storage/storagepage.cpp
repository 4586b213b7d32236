#include "storage/storagepage.h"

#include "common/errorbanner.h"
#include "common/placeholderview.h"
#include "log/logging.h"
#include "storage/bucketmodel.h"
#include "storage/objectproxymodel.h"
#include "storage/objectview.h"
#include "storage/platformbackends.h"
#include "storage/s3keys.h"
#include "storage/storagesource.h"
#include "storage/transfersmodel.h"
#include "storage/transferspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <limits>

namespace plancia::ui {

using s3keys::displayName;
using s3keys::parentPrefix;

namespace {

QString bucketToolTip(const s3::Bucket &b)
{
    if (b.origin == QLatin1String("own"))
        return StoragePage::tr("Your own bucket");
    if (b.origin.startsWith(QLatin1String("group:")))
        return StoragePage::tr("The bucket of the project %1").arg(b.origin.mid(6));
    return QString();
}

QStringList defaultChooser(QWidget *parent, StoragePage::Choice choice)
{
    switch (choice) {
    case StoragePage::Choice::Files:
        return QFileDialog::getOpenFileNames(parent, StoragePage::tr("Upload files"));
    case StoragePage::Choice::UploadFolder: {
        const QString dir =
            QFileDialog::getExistingDirectory(parent, StoragePage::tr("Upload a folder"));
        return dir.isEmpty() ? QStringList() : QStringList{dir};
    }
    case StoragePage::Choice::DownloadFolder: {
        const QString dir =
            QFileDialog::getExistingDirectory(parent, StoragePage::tr("Download into folder"));
        return dir.isEmpty() ? QStringList() : QStringList{dir};
    }
    }
    return {};
}

} // namespace

StoragePage::StoragePage(QWidget *parent)
    : Page(PageId::Storage, parent)
    , m_chooser(defaultChooser)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderView(this))
    , m_content(new QWidget(this))
    , m_bucketCombo(new QComboBox(this))
    , m_bucketLabel(new QLabel(this))
    , m_usageLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_linkButton(new QToolButton(this))
    , m_linkMenu(new QMenu(this))
    , m_model(new BucketModel(this))
    , m_folders(new FolderProxyModel(this))
    , m_objects(new ObjectProxyModel(this))
    , m_folderView(new QTreeView(this))
    , m_objectView(new ObjectView(this))
    , m_transfers(new TransfersPanel(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_calls(new QObject(this))
{
    m_placeholder->setIcon(pageIconName(PageId::Storage));
    connect(m_placeholder, &PlaceholderView::buttonClicked, this, &Page::loginRequested);

    m_folders->setSourceModel(m_model);
    m_folders->sort(0);
    m_objects->setSourceModel(m_model);
    m_folderView->setModel(m_folders);
    m_folderView->setHeaderHidden(true);
    m_folderView->setUniformRowHeights(true);
    m_folderView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_objectView->setModel(m_objects);
    m_objectView->sortByColumn(BucketModel::NameColumn, Qt::AscendingOrder);
    m_objectView->header()->resizeSection(BucketModel::NameColumn, 360);
    m_objectView->header()->resizeSection(BucketModel::SizeColumn, 100);
    m_objectView->header()->resizeSection(BucketModel::ModifiedColumn, 150);
    m_objectView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_bucketCombo->setMinimumContentsLength(24);
    m_bucketCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setClearButtonEnabled(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    buildActions();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_bucketLabel);
    bar->addWidget(m_bucketCombo);
    bar->addWidget(m_usageLabel);
    auto *usageButton = new QToolButton(this);
    usageButton->setDefaultAction(m_usage);
    usageButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(usageButton);
    bar->addStretch(1);
    bar->addWidget(m_filter, 1);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_up);
    tools->addAction(m_upload);
    tools->addAction(m_uploadFolder);
    tools->addAction(m_download);
    tools->addSeparator();
    tools->addAction(m_newFolder);
    tools->addAction(m_rename);
    tools->addAction(m_delete);
    m_linkButton->setMenu(m_linkMenu);
    m_linkButton->setPopupMode(QToolButton::InstantPopup);
    tools->addWidget(m_linkButton);
    tools->addSeparator();
    tools->addAction(m_refresh);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_folderView);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pathLabel);
    rightLayout->addWidget(m_objectView, 1);
    rightLayout->addWidget(m_status);
    horizontal->addWidget(right);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 3);
    horizontal->setSizes({240, 760});

    m_vertical->addWidget(horizontal);
    m_vertical->addWidget(m_transfers);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(tools);
    layout->addWidget(m_vertical, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_content);
    body()->addWidget(m_stack, 1);

    connect(m_bucketCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0)
            openBucket(m_bucketCombo->itemData(i).toString());
    });
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid())
                    openPrefix(BucketModel::keyOf(current));
            });
    connect(m_objectView, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        if (BucketModel::isFolder(i))
            openPrefix(BucketModel::keyOf(i));
    });
    connect(m_objectView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StoragePage::updateActions);
    connect(m_objectView, &ObjectView::filesDropped, this,
            [this](const QList<QUrl> &urls, const QString &prefix) {
                QStringList paths;
                for (const QUrl &u : urls)
                    paths.append(u.toLocalFile());
                uploadPaths(paths, prefix);
            });
    // Filtering a big folder takes a while (~100 ms for 100,000 rows): typed in bursts there,
    // it runs once the typing pauses; small folders filter on every key.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(200);
    connect(&m_filterDelay, &QTimer::timeout, this, [this] {
        m_objects->setFilterText(m_filter->text());
        updateStatus();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_model->status(currentFolderIndex()).rows < 20000 || text.isEmpty()) {
            m_filterDelay.stop();
            m_objects->setFilterText(text);
            updateStatus();
        } else {
            m_filterDelay.start();
        }
    });
    connect(m_model, &BucketModel::pageLoaded, this, &StoragePage::onPageLoaded);
    connect(m_model, &BucketModel::listingFinished, this,
            [this](const QString &prefix) { onPageLoaded(prefix, 0); });
    connect(m_model, &BucketModel::listingFailed, this, &StoragePage::onListingFailed);
    connect(errorBanner(), &ErrorBanner::retryRequested, this, [this] {
        auto retry = std::move(m_retry);
        m_retry = {};
        errorBanner()->clear();
        if (retry)
            retry();
    });
    m_reload.setSingleShot(true);
    m_reload.setInterval(500);
    connect(&m_reload, &QTimer::timeout, this, [this] {
        const QSet<QString> prefixes = std::exchange(m_reloadPrefixes, {});
        for (const QString &prefix : prefixes) {
            const QModelIndex idx = prefix.isEmpty() ? QModelIndex() : m_model->indexForKey(prefix);
            if (prefix.isEmpty() || idx.isValid())
                m_model->reload(idx);
        }
    });

    updateState();
    retranslate();
}

StoragePage::~StoragePage()
{
    // The views go before the models they show.
    delete m_stack;
}

void StoragePage::buildActions()
{
    auto make = [this](const QKeySequence &key, void (StoragePage::*slot)()) {
        auto *a = new QAction(this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (slot)
            connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_upload = make(QKeySequence(Qt::CTRL | Qt::Key_U), nullptr);
    connect(m_upload, &QAction::triggered, this, [this] { chooseAndUpload(Choice::Files); });
    m_uploadFolder = make({}, nullptr);
    connect(m_uploadFolder, &QAction::triggered, this,
            [this] { chooseAndUpload(Choice::UploadFolder); });
    m_download = make({}, &StoragePage::chooseAndDownload);
    m_newFolder = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &StoragePage::askNewFolder);
    m_rename = make(QKeySequence(Qt::Key_F2), &StoragePage::askRename);
    m_delete = make(QKeySequence::Delete, &StoragePage::deleteSelected);
    m_up = make(QKeySequence(Qt::Key_Backspace), nullptr);
    connect(m_up, &QAction::triggered, this, [this] {
        if (!m_prefix.isEmpty())
            openPrefix(parentPrefix(m_prefix));
    });
    m_filterAction = make(QKeySequence::Find, nullptr);
    // These work wherever the focus is in the window while the page is shown (a hidden page's
    // actions are off); Delete, F2 and Backspace only inside the page, where they mean a row.
    for (QAction *a : {m_upload, m_newFolder, m_filterAction})
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_refresh = make(QKeySequence::Refresh, nullptr);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_bucket.isEmpty())
            refreshBuckets();
        else
            m_model->reload(currentFolderIndex());
    });
    m_usage = make({}, &StoragePage::computeUsage);
    m_link1h = m_linkMenu->addAction(QString());
    m_link1d = m_linkMenu->addAction(QString());
    m_link7d = m_linkMenu->addAction(QString());
    connect(m_link1h, &QAction::triggered, this, [this] { copyLink(std::chrono::hours(1)); });
    connect(m_link1d, &QAction::triggered, this, [this] { copyLink(std::chrono::hours(24)); });
    connect(m_link7d, &QAction::triggered, this, [this] { copyLink(std::chrono::hours(24 * 7)); });
    m_objectView->addActions({m_download, m_rename, m_delete});
    m_objectView->addAction(m_link1d);
}

QString StoragePage::title() const
{
    return tr("Storage");
}

QString StoragePage::subtitle() const
{
    return tr("Your S3 buckets: browse them and move datasets in and out.");
}

void StoragePage::setPlatform(Platform *platform)
{
    Page::setPlatform(platform);
    PlatformBackends made = makePlatformBackends(platform);
    setBackends(made.source.get(), made.queue.get());
    m_ownedSource = std::move(made.source);
    m_ownedQueue = std::move(made.queue);
}

void StoragePage::setBackends(StorageSource *source, TransferQueue *queue)
{
    delete m_calls; // calls of the previous backends: cancelled
    m_calls = new QObject(this);
    m_bucketsCall.reset();
    m_source = source;
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (queue)
        connect(queue, &TransferQueue::itemFinished, this, &StoragePage::onTransferFinished);
    m_model->setSource(source);
    m_transfers->setQueue(queue);
    m_objectView->setTransferQueue(queue);
    m_usageByBucket.clear();
    m_usagePending.clear();
    m_syncing = true;
    m_bucketCombo->clear();
    m_syncing = false;
    m_bucket.clear();
    m_prefix.clear();
    errorBanner()->clear();
    updateState();
    if (source && isConnected())
        refreshBuckets();
}

void StoragePage::setConnected(bool connected)
{
    const bool was = isConnected();
    Page::setConnected(connected);
    updateState();
    if (connected && !was && m_source)
        refreshBuckets();
    if (!connected) {
        m_bucketsCall.reset();
        m_model->setBucket(QString());
        m_syncing = true;
        m_bucketCombo->clear();
        m_syncing = false;
        m_bucket.clear();
        m_prefix.clear();
        errorBanner()->clear();
    }
}

bool StoragePage::showsPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

void StoragePage::updateState()
{
    const bool on = isConnected() && m_source;
    m_stack->setCurrentWidget(on ? m_content : static_cast<QWidget *>(m_placeholder));
    updateActions();
}

QObject *StoragePage::newGuard(std::unique_ptr<QObject> &slot)
{
    slot = std::make_unique<QObject>();
    return slot.get();
}

void StoragePage::refreshBuckets()
{
    if (!m_source)
        return;
    m_status->setText(tr("Reading the bucket list…"));
    m_source->buckets(newGuard(m_bucketsCall), [this](const Result<QList<s3::Bucket>> &r) {
        m_bucketsCall.release()->deleteLater();
        onBuckets(r);
    });
}

void StoragePage::onBuckets(const Result<QList<s3::Bucket>> &result)
{
    if (!result) {
        m_status->clear();
        showError(tr("The bucket list could not be read"), result.error(),
                  [this] { refreshBuckets(); });
        return;
    }
    const QString keep = m_bucket;
    m_syncing = true;
    m_bucketCombo->clear();
    int own = -1;
    for (const s3::Bucket &b : result.value()) {
        if (own < 0 && b.origin == QLatin1String("own"))
            own = m_bucketCombo->count();
        m_bucketCombo->addItem(b.name, b.name);
        m_bucketCombo->setItemData(m_bucketCombo->count() - 1, bucketToolTip(b), Qt::ToolTipRole);
    }
    m_syncing = false;
    updateUsageText();
    if (result.value().isEmpty()) {
        m_status->setText(tr("You have no buckets."));
        m_model->setBucket(QString());
        m_bucket.clear();
        updateActions();
        return;
    }
    // The one open before, else the user's own bucket, else the first.
    int at = m_bucketCombo->findData(keep);
    if (at < 0)
        at = std::max(own, 0);
    m_bucket.clear(); // open it again: its listing may have changed
    m_syncing = true;
    m_bucketCombo->setCurrentIndex(at);
    m_syncing = false;
    openBucket(m_bucketCombo->itemData(at).toString());
}

void StoragePage::openBucket(const QString &bucket)
{
    if (bucket == m_bucket && !bucket.isEmpty())
        return;
    m_bucket = bucket;
    const int at = m_bucketCombo->findData(bucket);
    if (at >= 0 && at != m_bucketCombo->currentIndex()) {
        m_syncing = true;
        m_bucketCombo->setCurrentIndex(at);
        m_syncing = false;
    }
    m_model->setBucket(bucket);
    m_objectView->setBucket(bucket);
    m_prefix = QStringLiteral("\x01"); // so that "" below is a change
    openPrefix(QString());
    updateUsageText();
}

QModelIndex StoragePage::currentFolderIndex() const
{
    return m_prefix.isEmpty() ? QModelIndex() : m_model->indexForKey(m_prefix);
}

void StoragePage::openPrefix(const QString &prefix)
{
    if (prefix == m_prefix)
        return;
    m_prefix = prefix;
    m_syncing = true;
    m_filter->clear();
    const QModelIndex folder = m_model->ensureFolder(prefix);
    m_objects->setFolder(folder);
    m_objectView->setRootIndex(m_objects->mapFromSource(folder));
    const QModelIndex inTree = m_folders->mapFromSource(folder);
    if (inTree.isValid()) {
        for (QModelIndex p = inTree.parent(); p.isValid(); p = p.parent())
            m_folderView->expand(p);
        m_folderView->setCurrentIndex(inTree);
        m_folderView->scrollTo(inTree);
    } else {
        m_folderView->clearSelection();
        m_folderView->setCurrentIndex({});
    }
    m_syncing = false;
    m_pathLabel->setText(m_bucket.isEmpty() ? QString()
                                            : QStringLiteral("s3://%1/%2").arg(m_bucket, prefix));
    m_opened.start();
    m_firstRowsPending = true;
    const BucketModel::FolderStatus s = m_model->status(folder);
    if (s.rows > 0 || s.complete) {
        m_firstRowsPending = false;
        Q_EMIT firstRowsShown(prefix, 0);
    } else if (s.failed) {
        m_model->reload(folder); // opening it again is asking again
    } else if (m_model->canFetchMore(folder)) {
        m_model->fetchMore(folder);
    }
    updateStatus();
    updateActions();
}

void StoragePage::onPageLoaded(const QString &prefix, int rows)
{
    if (prefix != m_prefix)
        return;
    const BucketModel::FolderStatus s = m_model->status(currentFolderIndex());
    if (m_firstRowsPending && (rows > 0 || s.complete)) {
        m_firstRowsPending = false;
        const qint64 ms = m_opened.elapsed();
        logger("ui.storage")
            ->info("first rows of s3://{}/{} shown after {} ms", m_bucket.toStdString(),
                   prefix.toStdString(), ms);
        Q_EMIT firstRowsShown(prefix, ms);
    }
    updateStatus();
}

void StoragePage::onListingFailed(const QString &prefix, const Error &error)
{
    if (prefix == m_prefix)
        updateStatus();
    showError(tr("The folder %1 could not be listed")
                  .arg(QStringLiteral("s3://%1/%2").arg(m_bucket, prefix)),
              error, [this, prefix] {
                  const QModelIndex idx =
                      prefix.isEmpty() ? QModelIndex() : m_model->indexForKey(prefix);
                  if (prefix.isEmpty() || idx.isValid())
                      m_model->reload(idx);
              });
}

void StoragePage::updateStatus()
{
    if (m_bucket.isEmpty())
        return;
    const QModelIndex folder = currentFolderIndex();
    const BucketModel::FolderStatus s = m_model->status(folder);
    const int shown = m_objects->rowCount(m_objects->mapFromSource(folder));
    QString text;
    if (s.failed)
        text = tr("Could not be listed.");
    else if (!s.complete)
        text = tr("Listing… %Ln item(s) so far", nullptr, s.rows);
    else if (s.rows == 0)
        text = tr("This folder is empty.");
    else
        text = tr("%Ln item(s)", nullptr, s.rows);
    if (!m_filter->text().isEmpty())
        text = tr("%1 %L2 match “%3”.").arg(text).arg(shown).arg(m_filter->text());
    m_status->setText(text);
}

void StoragePage::updateActions()
{
    const QStringList keys = selectedKeys();
    const bool open = !m_bucket.isEmpty() && m_source;
    const bool one = keys.size() == 1;
    m_upload->setEnabled(open && m_queue);
    m_uploadFolder->setEnabled(open && m_queue);
    m_download->setEnabled(open && m_queue && !keys.isEmpty());
    m_newFolder->setEnabled(open);
    m_rename->setEnabled(open && one);
    m_delete->setEnabled(open && !keys.isEmpty());
    m_up->setEnabled(open && !m_prefix.isEmpty());
    m_refresh->setEnabled(m_source != nullptr);
    m_usage->setEnabled(open && !m_usagePending.contains(m_bucket));
    const bool linkable = open && one && !keys.first().endsWith(QLatin1Char('/'));
    m_linkButton->setEnabled(linkable);
    for (QAction *a : {m_link1h, m_link1d, m_link7d})
        a->setEnabled(linkable);
}

QStringList StoragePage::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_objectView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        keys.append(BucketModel::keyOf(i));
    return keys;
}

void StoragePage::selectKeys(const QStringList &keys)
{
    QItemSelection selection;
    for (const QString &key : keys) {
        const QModelIndex idx = m_objects->mapFromSource(m_model->indexForKey(key));
        if (idx.isValid())
            selection.select(idx, idx.siblingAtColumn(BucketModel::ColumnCount - 1));
    }
    m_objectView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_objectView->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                        QItemSelectionModel::NoUpdate);
}

void StoragePage::showError(const QString &headline, const Error &error,
                            std::function<void()> retry)
{
    m_retry = std::move(retry);
    errorBanner()->showError(headline, error);
    errorBanner()->setRetryEnabled(bool(m_retry));
}

void StoragePage::chooseAndUpload(Choice choice)
{
    if (m_bucket.isEmpty() || !m_queue)
        return;
    const QStringList paths = m_chooser(this, choice);
    uploadPaths(paths, m_prefix);
}

void StoragePage::uploadPaths(const QStringList &localPaths, const QString &prefix)
{
    if (m_bucket.isEmpty() || !m_queue)
        return;
    for (const QString &path : localPaths) {
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        // A folder keeps its name under the prefix; a file goes to prefix + its name.
        const QString key = info.isDir() ? prefix + info.fileName() + QLatin1Char('/') : prefix;
        m_queue->upload(info.absoluteFilePath(), m_bucket, key);
    }
}

void StoragePage::chooseAndDownload()
{
    if (selectedKeys().isEmpty() || !m_queue)
        return;
    const QStringList dir = m_chooser(this, Choice::DownloadFolder);
    if (!dir.isEmpty())
        downloadSelectedTo(dir.first());
}

void StoragePage::downloadSelectedTo(const QString &folder)
{
    if (!m_queue)
        return;
    for (const QString &key : selectedKeys()) {
        if (key.endsWith(QLatin1Char('/'))) {
            const QString name = displayName(key).chopped(1);
            m_queue->download(m_bucket, key, folder + QLatin1Char('/') + name, true);
        } else {
            m_queue->download(m_bucket, key, folder, false);
        }
    }
}

void StoragePage::onTransferFinished(TransferQueue::Id id)
{
    const TransferQueue::Item item = m_queue ? m_queue->item(id) : TransferQueue::Item{};
    if (item.direction != TransferQueue::Direction::Upload || item.parent != 0 ||
        item.state != TransferQueue::State::Done || item.bucket != m_bucket)
        return;
    // The folder where it landed is listed again (if it was listed), a little later: uploads
    // often finish in bursts.
    // A file sent to "prefix/" lands in it; a folder sent to "prefix/name/" appears in "prefix/".
    const bool toPrefix = item.key.endsWith(QLatin1Char('/'));
    const QString where =
        toPrefix && !QFileInfo(item.localPath).isDir() ? item.key : parentPrefix(item.key);
    if (!where.isEmpty() && !m_model->indexForKey(where).isValid())
        return;
    m_reloadPrefixes.insert(where);
    m_reload.start();
}

void StoragePage::retranslate()
{
    Page::retranslate();
    m_placeholder->setHeading(tr("Not connected"));
    m_placeholder->setText(tr("Log in to see your buckets and move datasets in and out of them."));
    m_placeholder->setButtonText(tr("Log in…"));
    m_bucketLabel->setText(tr("Bucket:"));
    m_filter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_upload->setText(tr("Upload files…"));
    m_upload->setToolTip(
        tr("Upload files into this folder (Ctrl+U); you can also drop files here"));
    m_uploadFolder->setText(tr("Upload folder…"));
    m_download->setText(tr("Download…"));
    m_download->setToolTip(
        tr("Download the selection into a folder; you can also drag it to the desktop"));
    m_newFolder->setText(tr("New folder…"));
    m_rename->setText(tr("Rename…"));
    m_delete->setText(tr("Delete…"));
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("The folder above (Backspace)"));
    m_filterAction->setText(tr("Filter"));
    m_refresh->setText(tr("Refresh"));
    m_usage->setText(tr("Compute usage"));
    m_usage->setToolTip(tr("Sum the sizes of every object in the bucket (lists all of it)"));
    m_linkButton->setText(tr("Copy link"));
    m_linkButton->setToolTip(tr("Copy a link that lets anyone download the selected object"));
    m_link1h->setText(tr("Link valid for 1 hour"));
    m_link1d->setText(tr("Link valid for 1 day"));
    m_link7d->setText(tr("Link valid for 7 days"));
    updateUsageText();
}

} // namespace plancia::ui
