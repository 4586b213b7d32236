#pragma once

// Hashing for the transfer engine (internal): OpenSSL's EVP (SHA-NI where the CPU has it).
// StreamHash hashes data as it streams; HashJob hashes file ranges on up to two threads of its
// own and wakes the engine's curl loop when it is done.
#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
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

} // namespace plancia::s3::detail
