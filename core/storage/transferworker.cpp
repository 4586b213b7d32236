#include "storage/transferworker.h"

#include "log/logging.h"
#include "storage/s3xml.h"
#include "storage/sigv4.h"
#include "storage/transferhash.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <curl/curl.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <unordered_map>

namespace plancia::s3::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::s3::TransferEngine)
};

auto log()
{
    return logger("core.transfer");
}

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

using State = TransferEngine::State;
using Direction = TransferEngine::Direction;

enum class Phase {
    Waiting,
    Listing,
    Hashing,
    Creating,
    Sending,
    Completing,
    Heading,
    Receiving,
    Verifying,
    Finished
};

struct Part
{
    qint64 offset = 0;
    qint64 length = 0;
    QByteArray sha; // binary
    QByteArray etag;
    enum class St { Todo, Running, Done } st = St::Todo;
    qint64 moved = 0;
    int retries = 0;
};

Part makePart(qint64 offset, qint64 length)
{
    Part p;
    p.offset = offset;
    p.length = length;
    return p;
}

enum class Check { None, Sha, Tree, Md5 };

struct Task
{
    Id id = 0;
    Id parent = 0;
    Direction dir = Direction::Upload;
    QString bucket, key, localPath;
    QString baseFolder; // downloads into a folder: nothing may be written outside it
    qint64 size = -1;
    bool recursive = false;
    bool isParent = false;
    Phase phase = Phase::Waiting;
    bool paused = false, active = false, finished = false;
    State state = State::Queued;
    int fd = -1;
    qint64 mtimeMs = 0;
    // upload
    bool multipart = false;
    qint64 partSize = 0;
    std::vector<Part> parts;
    QString uploadId;
    QByteArray tree;  // hex
    QByteArray whole; // hex (single PUT)
    std::unique_ptr<HashJob> hash;
    std::optional<UploadState> resume;
    bool restarted = false;
    // download
    QString partPath;
    // Large downloads also write through an O_DIRECT descriptor of the same file: no copy into
    // the page cache (on these machines that copy cost more CPU than TLS and SHA-256 together)
    // and no 1 GiB of dirty pages to flush later. -1: buffered writes only.
    int directFd = -1;
    Check check = Check::None;
    QByteArray expected; // hex
    bool reread = false;
    QByteArray listedEtag;
    // common
    int inflight = 0;
    qint64 retryAt = 0;
    int opRetries = 0;
    int retries = 0;
    int authRetries = 0;
    int authGeneration = -1;
    qint64 resumedBytes = 0;
    qint64 singleMoved = 0;
    Error error;
    QString verifiedWith;
    bool dirty = true;
    QDateTime started, finishedAt;
    quint64 publishRound = 0;
    // A file: what it last added to its folder's sums; a folder: those sums, and the rates of
    // its running files in the round `rateRound`.
    qint64 countedSize = 0, countedTransferred = 0;
    qint64 sumSize = 0, sumTransferred = 0;
    quint64 rateRound = 0;
    std::deque<std::pair<qint64, qint64>> samples;
    double rate = 0;
    // parent
    std::vector<Id> children;
    // Children [0, childrenScanned) are known to be finished (they finish for good), so the
    // loop looks at each child once when it ends, not at all 10,000 of them every turn.
    size_t childrenScanned = 0;
    bool anyChildFailed = false, anyChildCancelled = false;
    QString continuation;
    bool listingDone = false;

    qint64 transferred() const
    {
        if (isParent)
            return 0;
        if (parts.empty())
            return singleMoved;
        qint64 t = 0;
        for (const Part &p : parts)
            t += p.st == Part::St::Done ? p.length : p.moved;
        return t;
    }
};

constexpr qint64 kDirectMinSize = 64 * 1024 * 1024; // smaller downloads stay buffered
constexpr qint64 kSmallFile = 1024 * 1024;          // see Settings::parallelSmallFiles

struct Op
{
    enum class Kind { List, Create, PutPart, PutSingle, Complete, Abort, Head, Get };
    Kind kind = Kind::Head;
    Id task = 0;
    int part = -1;
    int span = 1; // a ranged GET may cover several consecutive parts
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    char err[CURL_ERROR_SIZE] = {};
    // request body: a file range or memory
    int fd = -1;
    qint64 offset = 0, length = 0, pos = 0;
    QByteArray memBody;
    // response
    HeaderList respHeaders;
    QByteArray body;
    int outFd = -1;
    qint64 outOffset = 0, written = 0;
    qint64 expect = -1; // the body's size when known beforehand (a whole GET)
    bool whole = false; // a GET of the whole object (its checksum is chosen from its headers)
    // A ranged GET of a large download: the body gathers in an aligned buffer that DiskWriter
    // writes through the task's O_DIRECT descriptor; the file's unaligned end goes through outFd.
    int directFd = -1;
    DiskWriter *disk = nullptr;
    std::shared_ptr<DiskWriter::Batch> batch;
    char *buffer = nullptr; // DiskWriter::kBufferSize, aligned
    size_t fill = 0;
    std::unique_ptr<StreamHash> sha, md5;
    // A whole GET of a multipart object: the tree hash, part by part as the body streams.
    bool treeInit = false;
    qint64 treePart = 0, chunkFill = 0;
    std::unique_ptr<StreamHash> chunk;
    QByteArray treeDigests;
    qint64 moved = 0;
    bool writeFailed = false;
    int generation = 0; // of the credentials that signed it
    // Abort keeps what it needs (its task may be gone)
    QString bucket, key, uploadId;

    ~Op()
    {
        if (disk) { // nothing may still be written to a descriptor closed after this
            disk->wait(*batch);
            disk->give(buffer);
        }
        if (headers)
            curl_slist_free_all(headers);
        if (easy)
            curl_easy_cleanup(easy);
    }
};

bool isRetriableCode(const QString &code)
{
    return code == QLatin1String("SlowDown") || code == QLatin1String("RequestTimeout") ||
           code == QLatin1String("InternalError") || code == QLatin1String("ServiceUnavailable");
}

QByteArray headerOf(const HeaderList &headers, QByteArrayView name)
{
    QByteArray v;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            v = h.second;
    }
    return v;
}

QByteArray unquote(QByteArray etag)
{
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

bool isMd5Etag(const QByteArray &etag)
{
    if (etag.size() != 32)
        return false;
    for (const char c : etag) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

// Creates the folders of `path` below `base`, refusing any existing symbolic link on the way.
Status makeParentsInside(const QString &base, const QString &path)
{
    if (base.isEmpty())
        return Ok{};
    if (!path.startsWith(base + QLatin1Char('/')))
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("%1 is outside the destination folder.").arg(path));
    if (!QDir().mkpath(base)) // the chosen folder itself may be made
        return Error::make(Error::Kind::Internal, Tr::tr("Cannot create the folder %1.").arg(base));
    const QStringList rest = path.mid(base.size() + 1).split(QLatin1Char('/'));
    QString cur = base;
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) {
        cur += QLatin1Char('/') + rest[i];
        const QByteArray native = QFile::encodeName(cur);
        struct stat st;
        if (::lstat(native.constData(), &st) == 0) {
            if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode))
                return Error::make(Error::Kind::Invalid,
                                   Tr::tr("%1 is a link or a file, not a folder: nothing is "
                                          "written through it.")
                                       .arg(cur));
        } else if (::mkdir(native.constData(), 0755) != 0 && errno != EEXIST) {
            return Error::make(Error::Kind::Internal,
                               Tr::tr("Cannot create the folder %1: %2")
                                   .arg(cur, QString::fromLocal8Bit(strerror(errno))));
        }
    }
    return Ok{};
}

size_t readBody(char *buf, size_t size, size_t n, void *user)
{
    auto *op = static_cast<Op *>(user);
    const qint64 want = std::min<qint64>(qint64(size * n), op->length - op->pos);
    if (want <= 0)
        return 0;
    if (op->fd < 0) {
        memcpy(buf, op->memBody.constData() + op->pos, size_t(want));
        op->pos += want;
        return size_t(want);
    }
    const ssize_t got = ::pread(op->fd, buf, size_t(want), op->offset + op->pos);
    if (got <= 0)
        return CURL_READFUNC_ABORT;
    op->pos += got;
    op->moved = op->pos;
    return size_t(got);
}

// The rest of a direct op's buffer once its queued writes are done: the aligned part direct,
// an unaligned end (only the file's last bytes) buffered.
bool flushDirect(Op &op)
{
    op.disk->wait(*op.batch);
    if (op.batch->error) {
        errno = op.batch->error;
        return false;
    }
    const size_t aligned = op.fill / DiskWriter::kAlign * DiskWriter::kAlign;
    const qint64 at = op.outOffset + op.written;
    if (aligned > 0 && (op.batch->refused || !pwriteAll(op.directFd, op.buffer, aligned, at))) {
        if (!op.batch->refused && errno != EINVAL)
            return false;
        op.batch->refused = true;
        if (!pwriteAll(op.outFd, op.buffer, aligned, at))
            return false;
    }
    if (op.fill > aligned &&
        !pwriteAll(op.outFd, op.buffer + aligned, op.fill - aligned, at + qint64(aligned)))
        return false;
    op.written += qint64(op.fill);
    op.fill = 0;
    return true;
}

bool writeOut(Op &op, const char *buf, size_t len)
{
    if (op.directFd < 0) {
        if (!pwriteAll(op.outFd, buf, len, op.outOffset + op.written))
            return false;
        op.written += qint64(len);
        return true;
    }
    while (len > 0) {
        const size_t n = std::min(len, DiskWriter::kBufferSize - op.fill);
        memcpy(op.buffer + op.fill, buf, n);
        op.fill += n;
        buf += n;
        len -= n;
        if (op.fill == DiskWriter::kBufferSize) {
            if (op.batch->error)
                return false;
            op.buffer = op.disk->swap(op.batch, op.directFd, op.outFd, op.buffer, op.fill,
                                      op.outOffset + op.written);
            op.written += qint64(op.fill);
            op.fill = 0;
            if (!op.buffer)
                return false;
        }
    }
    return true;
}

size_t writeBody(char *buf, size_t size, size_t n, void *user)
{
    auto *op = static_cast<Op *>(user);
    const size_t len = size * n;
    long status = 0;
    curl_easy_getinfo(op->easy, CURLINFO_RESPONSE_CODE, &status);
    if (op->outFd < 0 || (status != 200 && status != 206)) {
        if (op->body.size() < 1024 * 1024)
            op->body.append(buf, qsizetype(len));
        return len;
    }
    if (!writeOut(*op, buf, len)) {
        op->writeFailed = true;
        return 0;
    }
    if (op->whole && !op->treeInit) {
        // A whole GET: its headers (all in by now) say which one checksum to compute (onOp
        // compares the same one); hashing with all three would cost twice the CPU.
        op->treeInit = true;
        const QByteArray tree = headerOf(op->respHeaders, "x-amz-meta-plancia-sha256-tree");
        op->treePart = tree.left(std::max<qsizetype>(0, tree.indexOf(':'))).toLongLong();
        const bool useTree = op->treePart > 0 && tree.size() > 65;
        const bool useSha =
            !useTree && headerOf(op->respHeaders, "x-amz-meta-plancia-sha256").size() == 64;
        const bool useMd5 =
            !useTree && !useSha && isMd5Etag(unquote(headerOf(op->respHeaders, "ETag")));
        if (!useTree)
            op->treePart = 0;
        if (!useSha)
            op->sha.reset();
        if (!useMd5)
            op->md5.reset();
    }
    if (op->sha)
        op->sha->update(buf, len);
    if (op->md5)
        op->md5->update(buf, len);
    for (size_t off = 0; op->treePart > 0 && off < len;) {
        if (!op->chunk)
            op->chunk = std::make_unique<StreamHash>(StreamHash::Sha256);
        const size_t n = size_t(std::min<qint64>(qint64(len - off), op->treePart - op->chunkFill));
        op->chunk->update(buf + off, n);
        op->chunkFill += qint64(n);
        off += n;
        if (op->chunkFill == op->treePart) {
            op->treeDigests += op->chunk->finish();
            op->chunk.reset();
            op->chunkFill = 0;
        }
    }
    op->moved = op->written + qint64(op->fill);
    return len;
}

size_t headerLine(char *buf, size_t size, size_t n, void *user)
{
    auto *op = static_cast<Op *>(user);
    const size_t len = size * n;
    const QByteArray line = QByteArray(buf, qsizetype(len)).trimmed();
    if (line.startsWith("HTTP/")) {
        op->respHeaders.clear(); // a new response (after 100 Continue or a redirect)
        return len;
    }
    const int colon = line.indexOf(':');
    if (colon > 0)
        op->respHeaders.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return len;
}

} // namespace

class Worker::Loop
{
public:
    Loop(std::shared_ptr<Shared> shared, Endpoint endpoint, std::function<void()> postFlush,
         std::function<void(bool)> ask)
        : m_shared(std::move(shared))
        , m_endpoint(std::move(endpoint))
        , m_postFlush(std::move(postFlush))
        , m_ask(std::move(ask))
    {
        m_multi = curl_multi_init();
        curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, 64L);
        loadCa();
    }
    ~Loop()
    {
        m_tasks.clear();
        m_ops.clear();
        curl_multi_cleanup(m_multi);
    }

    void wake() { curl_multi_wakeup(m_multi); }
    void run();

private:
    // commands and publishing
    bool takeCommands();
    void apply(Command &c);
    void publish(bool force);
    void addTask(Id id, bool recursive, std::optional<UploadState> resume);
    Task *task(Id id)
    {
        auto it = m_tasks.find(id);
        return it == m_tasks.end() ? nullptr : it->second.get();
    }
    // Something people see changed: publish() visits it (besides the running tasks and the
    // folders) without walking every task of a 10,000-file queue.
    static void closeFiles(Task &t)
    {
        if (t.directFd >= 0)
            ::close(t.directFd);
        t.directFd = -1;
        if (t.fd >= 0)
            ::close(t.fd);
        t.fd = -1;
    }
    void markDirty(Task &t)
    {
        if (!t.dirty) {
            t.dirty = true;
            m_dirtyIds.push_back(t.id);
        }
    }
    // scheduling
    void schedule();
    void stepParent(Task &t);
    void begin(Task &t);
    void step(Task &t);
    void beginUpload(Task &t);
    void afterHash(Task &t);
    void beginDownload(Task &t);
    void planDownload(Task &t, const HeaderList &headers);
    Status openPartFile(Task &t);
    void finishDownload(Task &t);
    void fail(Task &t, Error e);
    void done(Task &t);
    void stopOps(Task &t);
    void setPaused(Task &t, bool paused);
    void cancel(Task &t);
    void saveState(Task &t);
    void removeState(Task &t);
    // requests
    QByteArray objectPath(const QString &bucket, const QString &key) const;
    QByteArray urlFor(const QString &bucket, const QString &key, const QByteArray &query) const;
    bool startOp(std::unique_ptr<Op> op, const QByteArray &method, const QByteArray &url,
                 HeaderList headers, const QByteArray &payloadHash);
    void finished(CURL *easy, CURLcode code);
    void onOp(Op &op, CURLcode code);
    bool retryOrFail(Task &t, Op &op, const Error &e, int *counter);
    Error errorOf(const Op &op, CURLcode code, long status, QString *s3code) const;
    void loadCa();
    void applySpeedLimits();
    bool haveCredentials();

    std::shared_ptr<Shared> m_shared;
    Endpoint m_endpoint;
    std::function<void()> m_postFlush;
    std::function<void(bool)> m_ask;
    CURLM *m_multi = nullptr;
    QByteArray m_caBlob;
    // The same bundle as a file: libcurl then parses it once per multi handle (its CA cache)
    // instead of at every new connection, and compares a path, not 200 KB, when it reuses one.
    std::unique_ptr<QTemporaryFile> m_caFile;
    QByteArray m_caPath;
    TransferEngine::Settings m_settings;
    std::unordered_map<Id, std::unique_ptr<Task>> m_tasks;
    std::vector<Id> m_order;
    std::vector<Id> m_parents;
    std::deque<Id> m_queue;     // file tasks not started yet, in order
    std::vector<Id> m_running;  // file tasks started and not finished
    std::vector<Id> m_dirtyIds; // tasks marked dirty since the last publish
    quint64 m_publishRound = 0;
    DiskWriter m_disk; // before m_ops: an op waits for its writes when it goes
    std::unordered_map<CURL *, std::unique_ptr<Op>> m_ops;
    std::optional<AwsCredentials> m_creds;
    bool m_credsPending = false;
    bool m_forcePending = false;
    int m_generation = 0;
    qint64 m_credsAskedAt = -1000000;
    qint64 m_forcedAt = -1000000;
    qint64 m_lastPublish = 0;
    bool m_quit = false;
    std::mt19937 m_rng{std::random_device{}()};
};

Worker::Worker(std::shared_ptr<Shared> shared, Endpoint endpoint, std::function<void()> postFlush,
               std::function<void(bool force)> askCredentials)
    : m_shared(std::move(shared))
    , m_loop(std::make_unique<Loop>(m_shared, std::move(endpoint), std::move(postFlush),
                                    std::move(askCredentials)))
{
    m_thread = std::thread([this] { m_loop->run(); });
}

Worker::~Worker()
{
    push(Command{Command::Kind::Quit, 0, false, std::nullopt, {}});
    if (m_thread.joinable())
        m_thread.join();
}

void Worker::push(Command command)
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->commands.push_back(std::move(command));
    }
    m_loop->wake();
}

void Worker::Loop::loadCa()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_settings = m_shared->settings;
    }
    const QString system = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    if (m_settings.caFiles.isEmpty()) {
        if (QFileInfo::exists(system))
            m_caPath = QFile::encodeName(system);
        return;
    }
    // The system store plus the profile's bundles, as HttpClient trusts them.
    QFile sf(system);
    if (sf.open(QIODevice::ReadOnly))
        m_caBlob += sf.readAll() + '\n';
    for (const QString &path : std::as_const(m_settings.caFiles)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            m_caBlob += f.readAll() + '\n';
        else
            log()->warn("cannot read the CA bundle {}", path.toStdString());
    }
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                 QStringLiteral("/plancia-ca-XXXXXX.pem"));
    if (file->open() && file->write(m_caBlob) == m_caBlob.size() && file->flush()) {
        m_caPath = QFile::encodeName(file->fileName());
        m_caFile = std::move(file);
    }
}

void Worker::Loop::run()
{
    while (!m_quit) {
        if (takeCommands())
            break;
        schedule();
        int running = 0;
        curl_multi_perform(m_multi, &running);
        int left = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
            if (msg->msg == CURLMSG_DONE)
                finished(msg->easy_handle, msg->data.result);
        }
        schedule();
        publish(false);
        bool busy = !m_ops.empty() || !m_running.empty() || !m_queue.empty();
        for (Id id : m_parents) {
            const Task *t = task(id);
            busy = busy || (t && !t->finished);
        }
        curl_multi_poll(m_multi, nullptr, 0, busy ? 50 : 1000, nullptr);
    }
    // Leaving: running ops are dropped (multipart state stays saved), part files closed.
    for (auto &[easy, op] : m_ops)
        curl_multi_remove_handle(m_multi, easy);
    m_ops.clear();
    for (auto &[id, t] : m_tasks) {
        closeFiles(*t);
    }
}

bool Worker::Loop::takeCommands()
{
    std::deque<Command> commands;
    {
        std::lock_guard lock(m_shared->mutex);
        commands.swap(m_shared->commands);
        m_settings.parallelParts = m_shared->settings.parallelParts;
        m_settings.parallelTransfers = m_shared->settings.parallelTransfers;
        if (m_settings.bandwidthLimit != m_shared->settings.bandwidthLimit) {
            m_settings.bandwidthLimit = m_shared->settings.bandwidthLimit;
            applySpeedLimits();
        }
    }
    for (Command &c : commands) {
        if (c.kind == Command::Kind::Quit) {
            m_quit = true;
            return true;
        }
        apply(c);
    }
    return false;
}

void Worker::Loop::apply(Command &c)
{
    switch (c.kind) {
    case Command::Kind::Add:
        addTask(c.id, c.recursive, std::move(c.resume));
        break;
    case Command::Kind::Pause:
    case Command::Kind::Resume:
        if (Task *t = task(c.id))
            setPaused(*t, c.kind == Command::Kind::Pause);
        break;
    case Command::Kind::Cancel:
        if (Task *t = task(c.id))
            cancel(*t);
        break;
    case Command::Kind::Credentials:
        m_credsPending = false;
        m_forcePending = false;
        if (c.credentials.ok() && c.credentials->isValid()) {
            m_creds = c.credentials.value();
            ++m_generation;
        } else {
            const Error e =
                c.credentials.ok()
                    ? Error::make(Error::Kind::Auth, Tr::tr("No S3 credentials are available."))
                    : c.credentials.error();
            // Without credentials nothing can go on; with older ones, keep trying them.
            if (!m_creds) {
                for (Id id : m_order) {
                    Task *t = task(id);
                    if (t && !t->finished && !t->isParent)
                        fail(*t, e);
                }
            }
        }
        break;
    case Command::Kind::Forget:
        if (Task *t = task(c.id); t && t->finished) {
            QSet<Id> gone(t->children.cbegin(), t->children.cend());
            gone.insert(c.id);
            for (Id child : t->children)
                m_tasks.erase(child);
            std::erase_if(m_order, [&](Id id) { return gone.contains(id); });
            std::erase(m_parents, c.id);
            m_tasks.erase(c.id);
        }
        break;
    case Command::Kind::Settings:
    case Command::Kind::Quit:
        break;
    }
}

void Worker::Loop::addTask(Id id, bool recursive, std::optional<UploadState> resume)
{
    auto t = std::make_unique<Task>();
    {
        std::lock_guard lock(m_shared->mutex);
        const Item &item = m_shared->items[id];
        t->id = id;
        t->parent = item.parent;
        t->dir = item.direction;
        t->bucket = item.bucket;
        t->key = item.key;
        t->localPath = item.localPath;
        t->size = item.size;
    }
    t->recursive = recursive;
    t->resume = std::move(resume);
    if (t->dir == Direction::Upload && !t->resume && QFileInfo(t->localPath).isDir())
        t->isParent = true;
    if (t->dir == Direction::Download && recursive)
        t->isParent = true;
    if (Task *parent = task(t->parent)) {
        parent->children.push_back(id);
        t->baseFolder = parent->localPath;
    }
    m_order.push_back(id);
    m_dirtyIds.push_back(id); // a new task starts dirty
    if (t->isParent)
        m_parents.push_back(id);
    else
        m_queue.push_back(id);
    m_tasks.emplace(id, std::move(t));
}

bool Worker::Loop::haveCredentials()
{
    const qint64 now = nowMs();
    const bool nearExpiry = m_creds && m_creds->expiration.isValid() &&
                            QDateTime::currentDateTimeUtc().secsTo(m_creds->expiration) < 5 * 60;
    if ((!m_creds || nearExpiry) && !m_credsPending && now - m_credsAskedAt > 30000) {
        m_credsPending = true;
        m_credsAskedAt = now;
        m_ask(false);
    }
    return m_creds.has_value();
}

void Worker::Loop::schedule()
{
    if (m_forcePending)
        return; // the credentials in hand were refused: nothing is signed with them again
    for (Id id : m_parents) {
        Task *t = task(id);
        if (t && !t->finished && !t->paused)
            stepParent(*t);
    }
    // Only the running tasks and the head of the queue are looked at: a queue of 10,000
    // small files costs nothing per turn of the loop.
    std::erase_if(m_running, [&](Id id) {
        const Task *t = task(id);
        return !t || t->finished;
    });
    const qint64 now = nowMs();
    const std::vector<Id> running = m_running;
    for (Id id : running) {
        Task *t = task(id);
        if (!t || t->finished || t->paused || t->retryAt > now)
            continue;
        if (!haveCredentials())
            return;
        if (!t->active) { // a phase that starts over (a lost HEAD, a changed file)
            t->active = true;
            begin(*t);
            continue;
        }
        step(*t);
    }
    const size_t limit = size_t(std::max(1, m_settings.parallelTransfers));
    const size_t smallLimit = std::max(limit, size_t(std::max(1, m_settings.parallelSmallFiles)));
    size_t i = 0;
    while (i < m_queue.size()) {
        std::erase_if(m_running, [&](Id id) {
            const Task *t = task(id);
            return !t || t->finished;
        });
        if (m_running.size() >= smallLimit)
            break;
        Task *t = task(m_queue[i]);
        if (!t || t->finished) {
            m_queue.erase(m_queue.begin() + qsizetype(i));
            continue;
        }
        const bool small = t->size >= 0 && t->size <= kSmallFile;
        if (!small && m_running.size() >= limit)
            break; // in queue order: a large file waits for its turn
        if (t->paused) {
            ++i;
            continue;
        }
        if (!haveCredentials())
            return;
        m_queue.erase(m_queue.begin() + qsizetype(i));
        t->active = true;
        m_running.push_back(t->id);
        begin(*t);
    }
}

void Worker::Loop::setPaused(Task &t, bool paused)
{
    if (t.finished || t.paused == paused)
        return;
    for (Id child : t.children) {
        if (Task *c = task(child))
            setPaused(*c, paused);
    }
    t.paused = paused;
    markDirty(t);
    if (paused) {
        stopOps(t);
        t.state = State::Paused;
    } else {
        t.state = t.active ? State::Running : State::Queued;
        t.retryAt = 0;
    }
}

void Worker::Loop::stopOps(Task &t)
{
    for (auto it = m_ops.begin(); it != m_ops.end();) {
        Op &op = *it->second;
        if (op.task == t.id && op.kind != Op::Kind::Abort) {
            curl_multi_remove_handle(m_multi, it->first);
            for (int k = 0; op.part >= 0 && k < op.span && op.part + k < int(t.parts.size()); ++k) {
                t.parts[size_t(op.part + k)].st = Part::St::Todo;
                t.parts[size_t(op.part + k)].moved = 0;
            }
            if (op.kind == Op::Kind::PutSingle || op.kind == Op::Kind::Get)
                t.singleMoved = 0;
            // A Create/Complete/List/Head answer is lost: its phase starts over.
            if (op.kind == Op::Kind::Create)
                t.phase = Phase::Hashing;
            if (op.kind == Op::Kind::Complete)
                t.phase = Phase::Sending;
            if (op.kind == Op::Kind::Head)
                t.phase = Phase::Waiting, t.active = false;
            if (op.kind == Op::Kind::List)
                t.phase = Phase::Waiting;
            if (op.kind == Op::Kind::PutSingle)
                t.phase = Phase::Hashing;
            if (op.kind == Op::Kind::Get && t.parts.empty())
                t.phase = Phase::Waiting, t.active = false;
            --t.inflight;
            it = m_ops.erase(it);
        } else {
            ++it;
        }
    }
    t.inflight = 0;
}

void Worker::Loop::cancel(Task &t)
{
    if (t.finished)
        return;
    for (Id child : t.children) {
        if (Task *c = task(child))
            cancel(*c);
    }
    stopOps(t);
    t.hash.reset();
    if (t.dir == Direction::Upload && !t.uploadId.isEmpty()) {
        auto op = std::make_unique<Op>();
        op->kind = Op::Kind::Abort;
        op->bucket = t.bucket;
        op->key = t.key;
        op->uploadId = t.uploadId;
        const QByteArray url =
            urlFor(t.bucket, t.key, "uploadId=" + sigv4::uriEncode(t.uploadId.toUtf8(), false));
        if (m_creds)
            startOp(std::move(op), "DELETE", url, {}, sigv4::kEmptyPayloadHash);
        removeState(t);
    }
    closeFiles(t);
    if (!t.partPath.isEmpty())
        QFile::remove(t.partPath);
    t.finished = true;
    t.state = State::Cancelled;
    t.finishedAt = QDateTime::currentDateTimeUtc();
    markDirty(t);
}

void Worker::Loop::fail(Task &t, Error e)
{
    if (t.finished)
        return;
    stopOps(t);
    t.hash.reset();
    closeFiles(t);
    if (!t.partPath.isEmpty())
        QFile::remove(t.partPath);
    // A multipart upload keeps its saved state (resumeSaved() continues it).
    log()->warn("transfer {} failed: {}", t.id, e.toLogString().toStdString());
    t.error = std::move(e);
    t.finished = true;
    t.state = State::Failed;
    t.finishedAt = QDateTime::currentDateTimeUtc();
    markDirty(t);
}

void Worker::Loop::done(Task &t)
{
    closeFiles(t);
    t.finished = true;
    t.phase = Phase::Finished;
    t.state = State::Done;
    t.finishedAt = QDateTime::currentDateTimeUtc();
    markDirty(t);
}

void Worker::Loop::stepParent(Task &t)
{
    if (t.phase == Phase::Waiting) {
        t.state = State::Listing;
        t.started = QDateTime::currentDateTimeUtc();
        markDirty(t);
        if (t.dir == Direction::Upload) {
            // Every regular file under the folder (links are not followed), keys from the
            // relative paths (the inverse of the download mapping).
            const QString base = QDir::cleanPath(QFileInfo(t.localPath).absoluteFilePath());
            QString prefix = t.key;
            if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('/')))
                prefix += QLatin1Char('/');
            QDirIterator it(base, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            QList<Item> items;
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String(".plancia-part")))
                    continue;
                Item item;
                item.id = m_shared->nextId++;
                item.parent = t.id;
                item.direction = Direction::Upload;
                item.bucket = t.bucket;
                item.key = prefix + TransferEngine::keyForLocalName(path.mid(base.size() + 1));
                item.localPath = path;
                item.size = it.fileInfo().size();
                items << item;
            }
            {
                std::lock_guard lock(m_shared->mutex);
                for (const Item &item : std::as_const(items)) {
                    m_shared->items.insert(item.id, item);
                    m_shared->order.append(item.id);
                    m_shared->added.append(item.id);
                }
            }
            for (const Item &item : std::as_const(items))
                addTask(item.id, false, std::nullopt);
            t.listingDone = true;
            t.phase = Phase::Sending;
        } else {
            t.phase = Phase::Listing;
        }
    }
    if (t.phase == Phase::Listing && t.inflight == 0 && !t.listingDone && t.retryAt <= nowMs() &&
        haveCredentials()) {
        QString prefix = t.key;
        if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('/')))
            prefix += QLatin1Char('/');
        QByteArray q = "list-type=2&encoding-type=url&max-keys=1000&prefix=" +
                       sigv4::uriEncode(prefix.toUtf8(), false);
        if (!t.continuation.isEmpty())
            q += "&continuation-token=" + sigv4::uriEncode(t.continuation.toUtf8(), false);
        auto op = std::make_unique<Op>();
        op->kind = Op::Kind::List;
        op->task = t.id;
        if (startOp(std::move(op), "GET", urlFor(t.bucket, {}, q), {}, sigv4::kEmptyPayloadHash))
            ++t.inflight;
    }
    if (t.listingDone) {
        while (t.childrenScanned < t.children.size()) {
            const Task *c = task(t.children[t.childrenScanned]);
            if (c && !c->finished)
                break;
            t.anyChildFailed = t.anyChildFailed || (c && c->state == State::Failed);
            t.anyChildCancelled = t.anyChildCancelled || (c && c->state == State::Cancelled);
            ++t.childrenScanned;
        }
        const bool all = t.childrenScanned == t.children.size();
        const bool anyFailed = t.anyChildFailed, anyCancelled = t.anyChildCancelled;
        if (t.state == State::Listing) {
            t.state = State::Running;
            markDirty(t);
        }
        if (all) {
            t.finished = true;
            t.state = anyFailed ? State::Failed : anyCancelled ? State::Cancelled : State::Done;
            if (anyFailed)
                t.error = Error::make(Error::Kind::Internal,
                                      Tr::tr("Some files could not be transferred."));
            t.finishedAt = QDateTime::currentDateTimeUtc();
            markDirty(t);
        }
    }
}

void Worker::Loop::begin(Task &t)
{
    t.state = State::Running;
    if (!t.started.isValid())
        t.started = QDateTime::currentDateTimeUtc();
    markDirty(t);
    if (t.dir == Direction::Upload)
        beginUpload(t);
    else
        beginDownload(t);
}

void Worker::Loop::beginUpload(Task &t)
{
    if (t.fd < 0) {
        t.fd = ::open(QFile::encodeName(t.localPath).constData(), O_RDONLY | O_CLOEXEC);
        if (t.fd < 0) {
            fail(t, Error::make(Error::Kind::NotFound,
                                Tr::tr("Cannot read %1: %2")
                                    .arg(t.localPath, QString::fromLocal8Bit(strerror(errno)))));
            return;
        }
        posix_fadvise(t.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    }
    struct stat st;
    if (::fstat(t.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        fail(t, Error::make(Error::Kind::Invalid, Tr::tr("%1 is not a file.").arg(t.localPath)));
        return;
    }
    t.size = st.st_size;
    t.mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    t.multipart = t.size > m_settings.multipartThreshold;
    t.parts.clear();
    t.uploadId.clear();
    if (!t.multipart) {
        t.phase = Phase::Hashing;
        t.hash = HashJob::start(t.fd, {{0, t.size}}, HashJob::Sha256, m_multi, t.size > 1 << 20);
        if (t.hash->isDone())
            afterHash(t);
        return;
    }
    auto ps = TransferEngine::partSizeFor(t.size, m_settings.minPartSize);
    if (!ps.ok()) {
        fail(t, ps.error());
        return;
    }
    t.partSize = ps.value();
    if (t.resume) {
        if (t.resume->size != t.size || t.resume->modifiedMs != t.mtimeMs ||
            t.resume->partSize <= 0) {
            log()->info("saved upload of {} is stale (file changed): starting over",
                        t.localPath.toStdString());
            t.resume.reset();
        } else {
            t.partSize = t.resume->partSize;
        }
    }
    for (qint64 off = 0; off < t.size; off += t.partSize)
        t.parts.push_back(makePart(off, std::min(t.partSize, t.size - off)));
    std::vector<std::pair<qint64, qint64>> ranges;
    std::vector<int> which;
    if (t.resume) {
        t.uploadId = t.resume->uploadId;
        for (const auto &p : std::as_const(t.resume->parts)) {
            if (p.number < 1 || p.number > int(t.parts.size()))
                continue;
            Part &part = t.parts[size_t(p.number - 1)];
            part.st = Part::St::Done;
            part.sha = QByteArray::fromHex(p.sha256);
            part.etag = p.etag;
            t.resumedBytes += part.length;
        }
    }
    for (size_t i = 0; i < t.parts.size(); ++i) {
        if (t.parts[i].st != Part::St::Done) {
            ranges.push_back({t.parts[i].offset, t.parts[i].length});
            which.push_back(int(i));
        }
    }
    t.phase = Phase::Hashing;
    t.hash = HashJob::start(t.fd, std::move(ranges), HashJob::Sha256, m_multi, true);
    t.hash->setTag(std::move(which));
    if (t.hash->isDone())
        afterHash(t);
}

void Worker::Loop::afterHash(Task &t)
{
    std::unique_ptr<HashJob> job = std::move(t.hash);
    if (!job->error().isEmpty()) {
        fail(t, Error::make(Error::Kind::Internal,
                            Tr::tr("Cannot read %1: %2").arg(t.localPath, job->error())));
        return;
    }
    if (t.dir == Direction::Download) {
        // The second read of a foreign single-part object (no tree hash to check as it came).
        const QByteArray got = job->results().front().toHex();
        if (got != t.expected) {
            fail(t, Error::make(
                        Error::Kind::Parse,
                        Tr::tr("The downloaded data of %1 does not match its checksum.").arg(t.key),
                        QStringLiteral("expected %1, got %2")
                            .arg(QString::fromLatin1(t.expected), QString::fromLatin1(got))));
            return;
        }
        t.verifiedWith = t.check == Check::Md5 ? QStringLiteral("md5") : QStringLiteral("sha256");
        finishDownload(t);
        return;
    }
    if (!t.multipart) {
        t.whole = job->results().front().toHex();
        t.phase = Phase::Sending;
        return;
    }
    const std::vector<int> &which = job->tag();
    for (size_t i = 0; i < which.size(); ++i)
        t.parts[size_t(which[i])].sha = job->results()[i];
    QByteArray all;
    for (const Part &p : t.parts)
        all += p.sha;
    t.tree = sha256(all).toHex();
    if (t.resume && t.resume->treeHash != t.tree) {
        log()->info("saved upload of {}: the file's content changed, starting over",
                    t.localPath.toStdString());
        cancel(t);          // aborts the old multipart upload and forgets its state...
        t.finished = false; // ...and this task goes on afresh
        t.state = State::Running;
        t.resume.reset();
        t.resumedBytes = 0;
        t.active = false;
        t.phase = Phase::Waiting;
        return;
    }
    t.phase = t.uploadId.isEmpty() ? Phase::Creating : Phase::Sending;
    if (t.phase == Phase::Sending)
        saveState(t);
}

void Worker::Loop::step(Task &t)
{
    if (t.phase == Phase::Hashing || t.phase == Phase::Verifying) {
        if (t.hash && t.hash->isDone())
            afterHash(t);
        return;
    }
    if (t.phase == Phase::Waiting) {
        begin(t);
        return;
    }
    if (t.inflight > 0 && (t.phase == Phase::Creating || t.phase == Phase::Completing ||
                           t.phase == Phase::Heading || t.parts.empty()))
        return;
    if (t.dir == Direction::Upload) {
        if (t.phase == Phase::Creating) {
            auto op = std::make_unique<Op>();
            op->kind = Op::Kind::Create;
            op->task = t.id;
            HeaderList h{
                {"x-amz-meta-plancia-sha256-tree", QByteArray::number(t.partSize) + ':' + t.tree}};
            if (startOp(std::move(op), "POST", urlFor(t.bucket, t.key, "uploads="), h,
                        sigv4::kEmptyPayloadHash))
                ++t.inflight;
            return;
        }
        if (!t.multipart && t.phase == Phase::Sending && t.inflight == 0) {
            auto op = std::make_unique<Op>();
            op->kind = Op::Kind::PutSingle;
            op->task = t.id;
            op->fd = t.fd;
            op->length = t.size;
            HeaderList h{{"x-amz-meta-plancia-sha256", t.whole}};
            if (startOp(std::move(op), "PUT", urlFor(t.bucket, t.key, {}), h, t.whole))
                ++t.inflight;
            return;
        }
        if (t.multipart && t.phase == Phase::Sending) {
            bool all = true;
            for (size_t i = 0; i < t.parts.size(); ++i) {
                Part &p = t.parts[i];
                all = all && p.st == Part::St::Done;
                if (p.st != Part::St::Todo || t.inflight >= std::max(1, m_settings.parallelParts))
                    continue;
                auto op = std::make_unique<Op>();
                op->kind = Op::Kind::PutPart;
                op->task = t.id;
                op->part = int(i);
                op->fd = t.fd;
                op->offset = p.offset;
                op->length = p.length;
                const QByteArray q = "partNumber=" + QByteArray::number(qsizetype(i + 1)) +
                                     "&uploadId=" + sigv4::uriEncode(t.uploadId.toUtf8(), false);
                if (!startOp(std::move(op), "PUT", urlFor(t.bucket, t.key, q), {}, p.sha.toHex()))
                    return;
                p.st = Part::St::Running;
                ++t.inflight;
            }
            if (all && t.inflight == 0) {
                QByteArray xml = "<CompleteMultipartUpload>";
                for (size_t i = 0; i < t.parts.size(); ++i) {
                    xml += "<Part><PartNumber>" + QByteArray::number(qsizetype(i + 1)) +
                           "</PartNumber><ETag>\"" + t.parts[i].etag + "\"</ETag></Part>";
                }
                xml += "</CompleteMultipartUpload>";
                auto op = std::make_unique<Op>();
                op->kind = Op::Kind::Complete;
                op->task = t.id;
                op->memBody = xml;
                op->length = xml.size();
                const QByteArray hash = sha256(xml).toHex();
                if (startOp(std::move(op), "POST",
                            urlFor(t.bucket, t.key,
                                   "uploadId=" + sigv4::uriEncode(t.uploadId.toUtf8(), false)),
                            {{"Content-Type", "application/xml"}}, hash)) {
                    ++t.inflight;
                    t.phase = Phase::Completing;
                }
            }
        }
        return;
    }
    // Downloads
    if (t.phase == Phase::Heading && t.inflight == 0) {
        auto op = std::make_unique<Op>();
        op->kind = Op::Kind::Head;
        op->task = t.id;
        if (startOp(std::move(op), "HEAD", urlFor(t.bucket, t.key, {}), {},
                    sigv4::kEmptyPayloadHash))
            ++t.inflight;
        return;
    }
    if (t.phase != Phase::Receiving)
        return;
    if (t.parts.empty()) { // one GET of the whole object
        if (t.inflight > 0)
            return;
        if (t.fd < 0) {
            if (const Status s = openPartFile(t); !s.ok()) {
                fail(t, s.error());
                return;
            }
        }
        auto op = std::make_unique<Op>();
        op->kind = Op::Kind::Get;
        op->task = t.id;
        op->outFd = t.fd;
        op->expect = t.size;
        op->whole = true;
        op->sha = std::make_unique<StreamHash>(HashJob::Sha256);
        op->md5 = std::make_unique<StreamHash>(HashJob::Md5);
        // Only a retry has something to cut: a truncation of an empty new file would make
        // ext4 flush it at close (its replace-by-truncate heuristic), one write per file.
        struct stat st;
        if ((::fstat(t.fd, &st) != 0 || st.st_size > 0) && ::ftruncate(t.fd, 0) != 0) {
            fail(t, Error::make(Error::Kind::Internal, Tr::tr("Cannot write %1.").arg(t.partPath)));
            return;
        }
        if (startOp(std::move(op), "GET", urlFor(t.bucket, t.key, {}), {},
                    sigv4::kEmptyPayloadHash))
            ++t.inflight;
        return;
    }
    bool all = true;
    for (size_t i = 0; i < t.parts.size(); ++i) {
        Part &p = t.parts[i];
        all = all && p.st == Part::St::Done;
        if (p.st != Part::St::Todo || t.inflight >= std::max(1, m_settings.parallelParts))
            continue;
        // Consecutive parts in one request (fewer, longer requests: up to 64 MiB, and enough
        // of them to keep every parallel slot busy); the tree hash is cut at part boundaries.
        const int lanes = std::max(1, m_settings.parallelParts);
        const qint64 maxSpan =
            std::max<qint64>(1, std::min<qint64>(64 * 1024 * 1024 / std::max<qint64>(1, p.length),
                                                 (qint64(t.parts.size()) + lanes - 1) / lanes));
        int span = 1;
        while (span < maxSpan && i + size_t(span) < t.parts.size() &&
               t.parts[i + size_t(span)].st == Part::St::Todo)
            ++span;
        const Part &lastPart = t.parts[i + size_t(span) - 1];
        auto op = std::make_unique<Op>();
        op->kind = Op::Kind::Get;
        op->task = t.id;
        op->part = int(i);
        op->span = span;
        op->outFd = t.fd;
        op->outOffset = p.offset;
        if (t.directFd >= 0 && p.offset % qint64(DiskWriter::kAlign) == 0) {
            op->buffer = m_disk.take();
            if (op->buffer) {
                op->disk = &m_disk;
                op->batch = std::make_shared<DiskWriter::Batch>();
                op->directFd = t.directFd;
            }
        }
        if (t.check == Check::Tree)
            op->treePart = t.parts.front().length; // every part's but maybe the last's
        const HeaderList h{
            {"Range", "bytes=" + QByteArray::number(p.offset) + '-' +
                          QByteArray::number(lastPart.offset + lastPart.length - 1)}};
        if (!startOp(std::move(op), "GET", urlFor(t.bucket, t.key, {}), h,
                     sigv4::kEmptyPayloadHash))
            return;
        for (int k = 0; k < span; ++k)
            t.parts[i + size_t(k)].st = Part::St::Running;
        ++t.inflight;
        i += size_t(span) - 1;
    }
    if (all && t.inflight == 0) {
        if (t.check == Check::Tree) {
            QByteArray joined;
            for (const Part &p : t.parts)
                joined += p.sha;
            const QByteArray got = sha256(joined).toHex();
            if (got != t.expected) {
                fail(t, Error::make(
                            Error::Kind::Parse,
                            Tr::tr("The downloaded data of %1 does not match its "
                                   "checksum.")
                                .arg(t.key),
                            QStringLiteral("tree sha256 expected %1, got %2")
                                .arg(QString::fromLatin1(t.expected), QString::fromLatin1(got))));
                return;
            }
            t.verifiedWith = QStringLiteral("sha256-tree");
            finishDownload(t);
        } else if (t.reread) {
            t.phase = Phase::Verifying;
            t.state = State::Verifying;
            markDirty(t);
            t.hash = HashJob::start(t.fd, {{0, t.size}},
                                    t.check == Check::Md5 ? HashJob::Md5 : HashJob::Sha256, m_multi,
                                    true);
        } else {
            finishDownload(t);
        }
    }
}

void Worker::Loop::beginDownload(Task &t)
{
    if (t.partPath.isEmpty()) {
        t.partPath = t.localPath + QStringLiteral(".plancia-part");
    }
    // Small objects whose size the listing gave: one GET, its headers say how to check it.
    if (t.size >= 0 && t.size <= m_settings.multipartThreshold) {
        t.phase = Phase::Receiving;
        t.parts.clear();
        return;
    }
    t.phase = Phase::Heading;
}

void Worker::Loop::planDownload(Task &t, const HeaderList &headers)
{
    t.size = headerOf(headers, "Content-Length").toLongLong();
    const QByteArray etag = unquote(headerOf(headers, "ETag"));
    const QByteArray tree = headerOf(headers, "x-amz-meta-plancia-sha256-tree");
    const QByteArray whole = headerOf(headers, "x-amz-meta-plancia-sha256");
    t.parts.clear();
    t.reread = false;
    qint64 rangeSize = 0;
    const int colon = tree.indexOf(':');
    if (colon > 0 && tree.left(colon).toLongLong() > 0 && tree.size() - colon - 1 == 64) {
        t.check = Check::Tree;
        rangeSize = tree.left(colon).toLongLong();
        t.expected = tree.mid(colon + 1).toLower();
    } else if (whole.size() == 64) {
        t.check = Check::Sha;
        t.expected = whole.toLower();
    } else if (isMd5Etag(etag)) {
        t.check = Check::Md5;
        t.expected = etag.toLower();
    } else {
        t.check = Check::None;
    }
    if (t.size <= m_settings.multipartThreshold && t.check != Check::Tree) {
        t.phase = Phase::Receiving; // one GET, hashed as it streams
        return;
    }
    if (rangeSize <= 0)
        rangeSize = TransferEngine::partSizeFor(t.size, m_settings.minPartSize).valueOr(t.size);
    for (qint64 off = 0; off < t.size; off += rangeSize)
        t.parts.push_back(makePart(off, std::min(rangeSize, t.size - off)));
    t.reread = t.check == Check::Sha || t.check == Check::Md5;
    if (const Status s = openPartFile(t); !s.ok()) {
        fail(t, s.error());
        return;
    }
    if (t.size > 0 && ::ftruncate(t.fd, t.size) != 0) {
        fail(t, Error::make(Error::Kind::Internal, Tr::tr("Cannot write %1.").arg(t.partPath)));
        return;
    }
    if (t.size >= kDirectMinSize && t.directFd < 0) {
        // The same open file (not the path again: nothing can be swapped in between).
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(t.fd);
        t.directFd = ::open(self.constData(), O_WRONLY | O_DIRECT | O_CLOEXEC);
    }
    t.phase = Phase::Receiving;
}

Status Worker::Loop::openPartFile(Task &t)
{
    if (t.fd >= 0)
        return Ok{};
    if (const Status s = makeParentsInside(t.baseFolder, t.partPath); !s.ok())
        return s;
    t.fd = ::open(QFile::encodeName(t.partPath).constData(),
                  O_RDWR | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (t.fd < 0) {
        return Error::make(
            Error::Kind::Internal,
            Tr::tr("Cannot write %1: %2").arg(t.partPath, QString::fromLocal8Bit(strerror(errno))));
    }
    return Ok{};
}

void Worker::Loop::finishDownload(Task &t)
{
    closeFiles(t);
    const QByteArray final = QFile::encodeName(t.localPath);
    struct stat st;
    if (::lstat(final.constData(), &st) == 0 && S_ISLNK(st.st_mode)) {
        fail(t, Error::make(Error::Kind::Invalid,
                            Tr::tr("%1 is a link: it is not overwritten.").arg(t.localPath)));
        return;
    }
    if (::rename(QFile::encodeName(t.partPath).constData(), final.constData()) != 0) {
        fail(t, Error::make(Error::Kind::Internal,
                            Tr::tr("Cannot rename %1: %2")
                                .arg(t.partPath, QString::fromLocal8Bit(strerror(errno)))));
        return;
    }
    t.partPath.clear();
    done(t);
}

void Worker::Loop::saveState(Task &t)
{
    if (m_settings.stateDir.isEmpty() || !t.multipart)
        return;
    UploadState s;
    s.bucket = t.bucket;
    s.key = t.key;
    s.localPath = t.localPath;
    s.size = t.size;
    s.modifiedMs = t.mtimeMs;
    s.partSize = t.partSize;
    s.uploadId = t.uploadId;
    s.treeHash = t.tree;
    for (size_t i = 0; i < t.parts.size(); ++i) {
        if (t.parts[i].st == Part::St::Done)
            s.parts << UploadState::DonePart{int(i + 1), t.parts[i].sha.toHex(), t.parts[i].etag};
    }
    if (const Status st = s.save(m_settings.stateDir); !st.ok())
        log()->warn("{}", st.error().toLogString().toStdString());
}

void Worker::Loop::removeState(Task &t)
{
    if (!m_settings.stateDir.isEmpty())
        QFile::remove(UploadState::fileFor(m_settings.stateDir, t.bucket, t.key, t.localPath));
}

QByteArray Worker::Loop::objectPath(const QString &bucket, const QString &key) const
{
    QByteArray path = m_endpoint.url.path(QUrl::FullyEncoded).toLatin1();
    if (path.endsWith('/'))
        path.chop(1);
    if (m_endpoint.pathStyle)
        path += '/' + sigv4::uriEncode(bucket.toUtf8(), false);
    path += '/' + sigv4::uriEncode(key.toUtf8(), true);
    return path;
}

QByteArray Worker::Loop::urlFor(const QString &bucket, const QString &key,
                                const QByteArray &query) const
{
    QByteArray host = m_endpoint.url.host(QUrl::FullyEncoded).toLatin1();
    if (!m_endpoint.pathStyle)
        host = bucket.toUtf8() + '.' + host;
    QByteArray url = m_endpoint.url.scheme().toLatin1() + "://" + host;
    if (m_endpoint.url.port() > 0)
        url += ':' + QByteArray::number(m_endpoint.url.port());
    url += objectPath(bucket, key);
    if (!query.isEmpty())
        url += '?' + query;
    return url;
}

bool Worker::Loop::startOp(std::unique_ptr<Op> op, const QByteArray &method, const QByteArray &url,
                           HeaderList headers, const QByteArray &payloadHash)
{
    if (!m_creds)
        return false;
    HttpRequest req;
    req.method = method;
    req.url = QUrl::fromEncoded(url, QUrl::StrictMode);
    req.headers = std::move(headers);
    sigv4::sign(req, *m_creds, sigv4::Scope{m_endpoint.region, QStringLiteral("s3")},
                QDateTime::currentDateTimeUtc(), payloadHash);
    CURL *e = curl_easy_init();
    op->easy = e;
    for (const auto &h : std::as_const(req.headers))
        op->headers = curl_slist_append(op->headers, (h.first + ": " + h.second).constData());
    op->headers = curl_slist_append(op->headers, "Expect:");
    op->generation = m_generation;
    curl_easy_setopt(e, CURLOPT_URL, url.constData());
    curl_easy_setopt(e, CURLOPT_PATH_AS_IS, 1L);
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, op->headers);
    curl_easy_setopt(e, CURLOPT_PRIVATE, op.get());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, op->err);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    // Big buffers only for bulk data (two 512 KiB allocations per small file are waste).
    if (op->length > 1024 * 1024 || op->part >= 0 || op->expect > 1024 * 1024) {
        curl_easy_setopt(e, CURLOPT_BUFFERSIZE, 512L * 1024);
        curl_easy_setopt(e, CURLOPT_UPLOAD_BUFFERSIZE, 512L * 1024);
    }
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, headerLine);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, op.get());
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, op.get());
    if (!m_caPath.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_CAINFO, m_caPath.constData());
        curl_easy_setopt(e, CURLOPT_CAPATH, nullptr); // else the CA cache is not used
    } else if (!m_caBlob.isEmpty()) {
        curl_blob blob{const_cast<char *>(m_caBlob.constData()), size_t(m_caBlob.size()),
                       CURL_BLOB_NOCOPY};
        curl_easy_setopt(e, CURLOPT_CAINFO_BLOB, &blob);
    }
    if (method == "PUT") {
        curl_easy_setopt(e, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(e, CURLOPT_INFILESIZE_LARGE, curl_off_t(op->length));
        curl_easy_setopt(e, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(e, CURLOPT_READDATA, op.get());
    } else if (method == "POST") {
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(op->length));
        curl_easy_setopt(e, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(e, CURLOPT_READDATA, op.get());
    } else if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (method != "GET") {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
    }
    curl_multi_add_handle(m_multi, e);
    m_ops.emplace(e, std::move(op));
    applySpeedLimits();
    return true;
}

void Worker::Loop::applySpeedLimits()
{
    const qint64 limit = m_settings.bandwidthLimit;
    const curl_off_t each =
        limit > 0 ? curl_off_t(std::max<qint64>(1024, limit / std::max<size_t>(1, m_ops.size())))
                  : 0;
    for (auto &[easy, op] : m_ops) {
        curl_easy_setopt(easy, CURLOPT_MAX_SEND_SPEED_LARGE, each);
        curl_easy_setopt(easy, CURLOPT_MAX_RECV_SPEED_LARGE, each);
    }
}

void Worker::Loop::finished(CURL *easy, CURLcode code)
{
    curl_multi_remove_handle(m_multi, easy);
    auto it = m_ops.find(easy);
    if (it == m_ops.end())
        return;
    std::unique_ptr<Op> op = std::move(it->second);
    m_ops.erase(it);
    onOp(*op, code);
}

Error Worker::Loop::errorOf(const Op &op, CURLcode code, long status, QString *s3code) const
{
    if (code != CURLE_OK) {
        const Error::Kind kind =
            code == CURLE_OPERATION_TIMEDOUT ? Error::Kind::Timeout
            : (code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CONNECT_ERROR)
                ? Error::Kind::Tls
                : Error::Kind::Network;
        return Error::make(
            kind,
            Tr::tr("The storage server could not be reached: %1")
                .arg(QString::fromUtf8(op.err[0] ? op.err : curl_easy_strerror(code))),
            QStringLiteral("curl %1").arg(int(code)));
    }
    const S3ErrorText e = parseS3Error(op.body);
    if (s3code)
        *s3code = e.code;
    QString words = e.message;
    if (words.isEmpty())
        words = Error::describeHttpStatus(int(status));
    return Error::make(status == 403   ? Error::Kind::Forbidden
                       : status == 404 ? Error::Kind::NotFound
                                       : Error::kindForHttpStatus(int(status)),
                       e.code.isEmpty() ? words : Tr::tr("%1 (%2)").arg(words, e.code),
                       QStringLiteral("S3 %1 (HTTP %2)").arg(e.code).arg(status), int(status));
}

bool Worker::Loop::retryOrFail(Task &t, Op &op, const Error &e, int *counter)
{
    ++t.retries;
    markDirty(t);
    if (++*counter > m_settings.maxRetries) {
        fail(t, e);
        return false;
    }
    const qint64 base = m_settings.initialBackoff.count() << std::min(*counter - 1, 7);
    std::uniform_int_distribution<qint64> jitter(0, base / 2);
    t.retryAt = nowMs() + std::min<qint64>(base + jitter(m_rng), 30000);
    log()->info("transfer {}: retry {} in {} ms: {}", t.id, *counter, t.retryAt - nowMs(),
                e.toLogString().toStdString());
    (void)op;
    return true;
}

void Worker::Loop::onOp(Op &op, CURLcode code)
{
    long status = 0;
    curl_easy_getinfo(op.easy, CURLINFO_RESPONSE_CODE, &status);
    if (op.kind == Op::Kind::Abort)
        return; // best effort: a leftover upload is the server's lifecycle rule's to clean
    Task *tp = task(op.task);
    if (!tp || tp->finished)
        return;
    Task &t = *tp;
    --t.inflight;
    markDirty(t);
    Part *part =
        op.part >= 0 && op.part < int(t.parts.size()) ? &t.parts[size_t(op.part)] : nullptr;
    if (op.disk) {
        // Its data on disk first (also before a failure closes the files).
        if (code == CURLE_OK && !op.writeFailed) {
            if (!flushDirect(op))
                op.writeFailed = true;
        } else {
            op.disk->wait(*op.batch);
        }
        if (op.batch->refused && t.directFd >= 0) { // this file system wants buffered writes
            ::close(t.directFd);
            t.directFd = -1;
        }
    }
    bool ok = code == CURLE_OK && status >= 200 && status < 300 && !op.writeFailed;
    // CompleteMultipartUpload may answer 200 with an error document.
    if (ok && op.kind == Op::Kind::Complete && op.body.contains("<Error>"))
        ok = false, status = 500;
    if (!ok) {
        for (int k = 0; part && k < op.span && op.part + k < int(t.parts.size()); ++k) {
            t.parts[size_t(op.part + k)].st = Part::St::Todo;
            t.parts[size_t(op.part + k)].moved = 0;
        }
        t.singleMoved = 0;
        if (op.writeFailed) {
            fail(t, Error::make(Error::Kind::Internal,
                                Tr::tr("Cannot write %1 (disk full?).").arg(t.partPath)));
            return;
        }
        QString s3code;
        const Error e = errorOf(op, code, status, &s3code);
        if (op.kind == Op::Kind::Complete)
            t.phase = Phase::Sending;
        if (status == 403 || s3code == QLatin1String("ExpiredToken") ||
            s3code == QLatin1String("InvalidAccessKeyId")) {
            // Credentials that ran out (or were revoked): fresh ones, then the same request.
            // Counted once per set of credentials refused, however many parts it signed.
            const qint64 now = nowMs();
            t.retryAt = now + 100;
            if (op.generation != m_generation)
                return; // newer ones arrived meanwhile
            if (t.authGeneration != m_generation) {
                t.authGeneration = m_generation;
                if (++t.authRetries > 3) {
                    fail(t, e);
                    return;
                }
            }
            if (!m_forcePending) {
                m_forcedAt = now;
                m_forcePending = true;
                m_credsPending = true;
                m_credsAskedAt = now;
                m_ask(true);
            }
            return;
        }
        if (s3code == QLatin1String("NoSuchUpload") && t.multipart && !t.restarted) {
            // The server forgot the upload (aborted, expired): start it over once.
            removeState(t);
            t.restarted = true;
            t.uploadId.clear();
            for (Part &p : t.parts)
                p.st = Part::St::Todo, p.moved = 0;
            t.resumedBytes = 0;
            t.phase = Phase::Creating;
            stopOps(t);
            return;
        }
        const bool retriable = code != CURLE_OK || status >= 500 || status == 429 ||
                               isRetriableCode(s3code) ||
                               s3code == QLatin1String("XAmzContentSHA256Mismatch");
        if (!retriable) {
            fail(t, e);
            return;
        }
        retryOrFail(t, op, e, part ? &part->retries : &t.opRetries);
        return;
    }
    t.authRetries = 0;
    switch (op.kind) {
    case Op::Kind::List: {
        const S3ListPage page = parseListPage(op.body);
        QString prefix = t.key;
        if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('/')))
            prefix += QLatin1Char('/');
        QList<Item> items;
        QList<Item> refused;
        for (const auto &obj : page.objects) {
            if (obj.key.endsWith(QLatin1Char('/')) && obj.size == 0)
                continue; // a folder marker
            Item item;
            item.id = m_shared->nextId++;
            item.parent = t.id;
            item.direction = Direction::Download;
            item.bucket = t.bucket;
            item.key = obj.key;
            item.size = obj.size;
            auto name = TransferEngine::localPathFor(t.localPath, prefix, obj.key);
            if (!name.ok()) {
                item.state = State::Failed;
                item.error = name.error();
                refused << item;
                continue;
            }
            item.localPath = name->path;
            item.nameMapped = name->mapped;
            items << item;
        }
        {
            std::lock_guard lock(m_shared->mutex);
            for (const Item &item : std::as_const(items) + refused) {
                m_shared->items.insert(item.id, item);
                m_shared->order.append(item.id);
                m_shared->added.append(item.id);
            }
            for (const Item &item : std::as_const(refused))
                m_shared->finished.append(item.id);
        }
        for (const Item &item : std::as_const(items)) {
            addTask(item.id, false, std::nullopt);
            Task *c = task(item.id);
            c->baseFolder = QDir::cleanPath(QFileInfo(t.localPath).absoluteFilePath());
        }
        t.opRetries = 0;
        if (page.truncated && !page.nextToken.isEmpty()) {
            t.continuation = page.nextToken;
        } else {
            t.listingDone = true;
            t.phase = Phase::Receiving;
        }
        break;
    }
    case Op::Kind::Create:
        t.uploadId = parseUploadId(op.body);
        if (t.uploadId.isEmpty()) {
            fail(t, Error::make(Error::Kind::Parse,
                                Tr::tr("The storage server answered without an upload id.")));
            return;
        }
        t.opRetries = 0;
        t.phase = Phase::Sending;
        saveState(t);
        break;
    case Op::Kind::PutPart:
        if (part) {
            part->st = Part::St::Done;
            part->etag = unquote(headerOf(op.respHeaders, "ETag"));
            part->retries = 0;
        }
        saveState(t);
        break;
    case Op::Kind::PutSingle:
        t.singleMoved = t.size;
        t.verifiedWith = QStringLiteral("sha256");
        removeState(t);
        done(t);
        break;
    case Op::Kind::Complete:
        removeState(t);
        t.verifiedWith = QStringLiteral("sha256-tree");
        done(t);
        break;
    case Op::Kind::Head:
        t.opRetries = 0;
        planDownload(t, op.respHeaders);
        break;
    case Op::Kind::Get:
        if (part) {
            const Part &lastPart = t.parts[size_t(op.part + op.span - 1)];
            if (op.written != lastPart.offset + lastPart.length - part->offset) {
                for (int k = 0; k < op.span; ++k) {
                    t.parts[size_t(op.part + k)].st = Part::St::Todo;
                    t.parts[size_t(op.part + k)].moved = 0;
                }
                retryOrFail(t, op,
                            Error::make(Error::Kind::Network,
                                        Tr::tr("The storage server sent a short answer.")),
                            &part->retries);
                return;
            }
            if (op.chunk)
                op.treeDigests += op.chunk->finish();
            for (int k = 0; k < op.span; ++k) {
                Part &done = t.parts[size_t(op.part + k)];
                done.st = Part::St::Done;
                done.moved = 0;
                if (t.check == Check::Tree)
                    done.sha = op.treeDigests.mid(32 * k, 32);
            }
            break;
        }
        {
            // A whole GET: its own headers say what to compare.
            t.size = op.written;
            t.singleMoved = op.written;
            const QByteArray whole = headerOf(op.respHeaders, "x-amz-meta-plancia-sha256");
            const QByteArray etag = unquote(headerOf(op.respHeaders, "ETag"));
            const QByteArray sha = op.sha ? op.sha->finish().toHex() : QByteArray();
            const QByteArray md5 = op.md5 ? op.md5->finish().toHex() : QByteArray();
            QByteArray expected, got;
            const QByteArray tree = headerOf(op.respHeaders, "x-amz-meta-plancia-sha256-tree");
            if (op.treePart > 0 && tree.size() > 65) {
                if (op.chunk)
                    op.treeDigests += op.chunk->finish();
                expected = tree.mid(tree.indexOf(':') + 1).toLower();
                got = sha256(op.treeDigests).toHex();
                t.verifiedWith = QStringLiteral("sha256-tree");
            } else if (whole.size() == 64) {
                expected = whole.toLower(), got = sha;
                t.verifiedWith = QStringLiteral("sha256");
            } else if (isMd5Etag(etag)) {
                expected = etag.toLower(), got = md5;
                t.verifiedWith = QStringLiteral("md5");
            }
            const QByteArray len = headerOf(op.respHeaders, "Content-Length");
            if (expected != got || (!len.isEmpty() && len.toLongLong() != op.written)) {
                t.verifiedWith.clear();
                retryOrFail(t, op,
                            Error::make(Error::Kind::Parse,
                                        Tr::tr("The downloaded data of %1 does not match its "
                                               "checksum.")
                                            .arg(t.key)),
                            &t.opRetries);
                return;
            }
            finishDownload(t);
        }
        break;
    case Op::Kind::Abort:
        break;
    }
}

void Worker::Loop::publish(bool force)
{
    const qint64 now = nowMs();
    if (!force && now - m_lastPublish < 100)
        return;
    m_lastPublish = now;
    // What the running requests moved so far (their callbacks count it).
    for (const auto &[easy, op] : m_ops) {
        Task *t = task(op->task);
        if (!t || op->kind == Op::Kind::Abort)
            continue;
        if (op->part >= 0 && op->part < int(t->parts.size()))
            t->parts[size_t(op->part)].moved = op->moved;
        else if (op->kind == Op::Kind::PutSingle || op->kind == Op::Kind::Get)
            t->singleMoved = op->moved;
    }
    bool any = false;
    // What changed, what runs, then the folders (they gather their children).
    std::vector<Id> visit;
    visit.swap(m_dirtyIds);
    visit.insert(visit.end(), m_running.begin(), m_running.end());
    visit.insert(visit.end(), m_parents.begin(), m_parents.end());
    const quint64 round = ++m_publishRound;
    std::lock_guard lock(m_shared->mutex);
    for (Id id : visit) {
        Task *t = task(id);
        if (!t || t->publishRound == round)
            continue;
        t->publishRound = round;
        const bool running = !t->finished && !t->paused && t->active;
        qint64 transferred = t->transferred();
        qint64 size = t->size;
        double rate = 0;
        if (!t->isParent) {
            if (running) {
                t->samples.emplace_back(now, transferred);
                while (t->samples.size() > 2 && now - t->samples.front().first > 3000)
                    t->samples.pop_front();
                const auto &[t0, b0] = t->samples.front();
                t->rate = now > t0 ? double(transferred - b0) * 1000.0 / double(now - t0) : 0;
                rate = t->rate;
            }
            // The folder's sums change by what this file changed since it was last visited
            // (a file that changes is always visited: it runs or was marked dirty).
            if (Task *p = task(t->parent)) {
                const qint64 shownSize = std::max<qint64>(0, size);
                const qint64 shown = t->state == State::Done ? shownSize : transferred;
                p->sumSize += shownSize - t->countedSize;
                p->sumTransferred += shown - t->countedTransferred;
                t->countedSize = shownSize;
                t->countedTransferred = shown;
                if (running) {
                    p->rate = p->rateRound == round ? p->rate + rate : rate;
                    p->rateRound = round;
                }
            }
        }
        if (!t->dirty && !running && !t->isParent)
            continue;
        auto it = m_shared->items.find(id);
        if (it == m_shared->items.end())
            continue;
        Item &item = it.value();
        const State before = item.state;
        if (t->isParent) {
            size = t->sumSize;
            transferred = t->sumTransferred;
            if (t->rateRound != round)
                t->rate = 0;
            rate = t->finished ? 0 : t->rate;
            if (!t->dirty && item.transferred == transferred && item.size == size &&
                item.bytesPerSecond == rate)
                continue;
        }
        item.state = t->state;
        item.size = size;
        item.transferred = t->state == State::Done ? std::max<qint64>(size, 0) : transferred;
        item.bytesPerSecond = rate;
        item.eta = rate > 1 && size >= 0
                       ? std::chrono::seconds(qint64(double(size - transferred) / rate))
                       : std::chrono::seconds(-1);
        item.error = t->error;
        item.retries = t->retries;
        item.resumedBytes = t->resumedBytes;
        item.verifiedWith = t->verifiedWith;
        item.started = t->started;
        item.finished = t->finishedAt;
        m_shared->changed.insert(id);
        if (t->finished && before != item.state)
            m_shared->finished.append(id);
        t->dirty = false;
        any = true;
    }
    if ((any || !m_shared->added.isEmpty() || !m_shared->finished.isEmpty()) &&
        !m_shared->flushPosted) {
        m_shared->flushPosted = true;
        m_postFlush();
    }
}

} // namespace plancia::s3::detail
