#pragma once

// Hashing and disk writes for the transfer engine (internal): OpenSSL's EVP (SHA-NI where the
// CPU has it). StreamHash hashes data as it streams; HashJob hashes file ranges on up to two
// threads of its own and wakes the engine's curl loop when it is done; DiskWriter writes large
// downloads with O_DIRECT on a thread of its own.
#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using CURLM = void;

namespace plancia::s3::detail {

QByteArray sha256(const QByteArray &data); // binary

class StreamHash
{
public:
    enum Algorithm { Sha256, Md5 };
    explicit StreamHash(Algorithm a);
    ~StreamHash();
    StreamHash(const StreamHash &) = delete;
    StreamHash &operator=(const StreamHash &) = delete;
    void update(const char *data, size_t len);
    QByteArray finish(); // binary

private:
    void *m_ctx;
};

class HashJob
{
public:
    static constexpr auto Sha256 = StreamHash::Sha256;
    static constexpr auto Md5 = StreamHash::Md5;
    // Hashes each (offset, length) range of `fd`; on threads when `threaded` (else at once).
    static std::unique_ptr<HashJob> start(int fd, std::vector<std::pair<qint64, qint64>> ranges,
                                          StreamHash::Algorithm algorithm, void *multi,
                                          bool threaded);
    ~HashJob();

    // Every thread has ended (all ranges hashed, or one failed).
    bool isDone() const { return m_running.load() == 0; }
    QString error() const { return m_failed.load() ? m_error : QString(); }
    const std::vector<QByteArray> &results() const { return m_results; }
    void setTag(std::vector<int> tag) { m_tag = std::move(tag); }
    const std::vector<int> &tag() const { return m_tag; }

private:
    HashJob() = default;
    void work();
    bool hashRange(size_t i);

    int m_fd = -1;
    StreamHash::Algorithm m_algorithm = StreamHash::Sha256;
    void *m_multi = nullptr;
    bool m_threaded = false;
    std::vector<std::pair<qint64, qint64>> m_ranges;
    std::vector<QByteArray> m_results;
    std::vector<int> m_tag;
    std::atomic<int> m_next{0};
    std::atomic<int> m_done{0};
    std::atomic<int> m_running{0};
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_failed{false};
    QString m_error;
    std::vector<std::thread> m_threads;
};

// O_DIRECT writes of downloaded data (no copy into the page cache: on these machines that copy
// costs more CPU than TLS and SHA-256 together) off the curl loop's thread, since a direct write
// waits for the disk. Buffers are aligned, kBufferSize each; at most kMaxQueued wait to be
// written (a writer that falls behind makes the loop wait: memory stays bounded).
class DiskWriter
{
public:
    static constexpr size_t kAlign = 4096;
    static constexpr size_t kBufferSize = 1024 * 1024;
    static constexpr size_t kMaxQueued = 8;

    // The writes of one request: how many are queued, the first error (errno), and whether the
    // file system refused O_DIRECT (the bytes then went through the buffered descriptor).
    struct Batch
    {
        int pending = 0; // under the writer's mutex
        std::atomic<int> error{0};
        std::atomic<bool> refused{false};
    };

    DiskWriter() = default;
    ~DiskWriter(); // writes what is queued, then stops its thread
    DiskWriter(const DiskWriter &) = delete;
    DiskWriter &operator=(const DiskWriter &) = delete;

    char *take(); // an aligned buffer of kBufferSize (nullptr if none can be allocated)
    void give(char *buffer);
    // Queues buffer[0, len) for `fd` (O_DIRECT; `fallbackFd` if that is refused) at `offset`
    // and returns a buffer to go on with; the queued one comes back to the pool once written.
    char *swap(const std::shared_ptr<Batch> &batch, int fd, int fallbackFd, char *buffer,
               size_t len, qint64 offset);
    // Waits until every write of `batch` is done.
    void wait(Batch &batch);

private:
    struct Job
    {
        std::shared_ptr<Batch> batch;
        int fd = -1, fallbackFd = -1;
        char *buffer = nullptr;
        size_t len = 0;
        qint64 offset = 0;
    };
    void run();

    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Job> m_jobs;
    std::vector<char *> m_free;
    bool m_stop = false;
    std::thread m_thread;
};

// Writes all of buf at `offset` (EINTR and short writes retried); false with errno on failure.
bool pwriteAll(int fd, const char *buf, size_t len, qint64 offset);

} // namespace plancia::s3::detail
