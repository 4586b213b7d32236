#include "storage/transferhash.h"

#include <curl/curl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <cstdlib>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace plancia::s3::detail {

QByteArray sha256(const QByteArray &data)
{
    StreamHash h(StreamHash::Sha256);
    h.update(data.constData(), size_t(data.size()));
    return h.finish();
}

StreamHash::StreamHash(Algorithm a)
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_ctx), a == Md5 ? EVP_md5() : EVP_sha256(),
                      nullptr);
}

StreamHash::~StreamHash()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

void StreamHash::update(const char *data, size_t len)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data, len);
}

QByteArray StreamHash::finish()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

std::unique_ptr<HashJob> HashJob::start(int fd, std::vector<std::pair<qint64, qint64>> ranges,
                                        StreamHash::Algorithm algorithm, void *multi, bool threaded)
{
    std::unique_ptr<HashJob> job(new HashJob);
    job->m_fd = fd;
    job->m_algorithm = algorithm;
    job->m_multi = multi;
    job->m_ranges = std::move(ranges);
    job->m_results.resize(job->m_ranges.size());
    if (!threaded || job->m_ranges.empty()) {
        job->m_running = 1;
        job->work();
        return job;
    }
    const unsigned cores = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
    const size_t n = std::min<size_t>(cores, job->m_ranges.size());
    job->m_running = int(n);
    job->m_threaded = true;
    for (size_t i = 0; i < n; ++i)
        job->m_threads.emplace_back([j = job.get()] { j->work(); });
    return job;
}

HashJob::~HashJob()
{
    m_cancel = true;
    for (std::thread &t : m_threads)
        t.join();
}

void HashJob::work()
{
    for (;;) {
        const int i = m_next.fetch_add(1);
        if (i >= int(m_ranges.size()) || m_cancel.load())
            break;
        if (!hashRange(size_t(i))) {
            m_failed = true;
            break;
        }
        m_done.fetch_add(1);
    }
    if (m_running.fetch_sub(1) == 1 && m_multi && m_threaded)
        curl_multi_wakeup(static_cast<CURLM *>(m_multi));
}

bool HashJob::hashRange(size_t i)
{
    qint64 off = m_ranges[i].first;
    qint64 left = m_ranges[i].second;
    // A small file's range needs no 1 MiB buffer (10,000 of them would each get one).
    const size_t kChunk = size_t(std::clamp<qint64>(left, 1, 1 << 20));
    std::unique_ptr<char[]> buf(new char[kChunk]);
    StreamHash h(m_algorithm);
    while (left > 0) {
        if (m_cancel.load())
            return false;
        const ssize_t got = ::pread(m_fd, buf.get(), size_t(std::min<qint64>(left, kChunk)), off);
        if (got <= 0) {
            if (got < 0 && errno == EINTR)
                continue;
            // Only one thread writes the message: the first to fail.
            if (!m_failed.exchange(true))
                m_error = got == 0 ? QStringLiteral("the file is shorter than expected")
                                   : QString::fromLocal8Bit(strerror(errno));
            return false;
        }
        h.update(buf.get(), size_t(got));
        off += got;
        left -= got;
    }
    m_results[i] = h.finish();
    return true;
}

bool pwriteAll(int fd, const char *buf, size_t len, qint64 offset)
{
    while (len > 0) {
        const ssize_t w = ::pwrite(fd, buf, len, offset);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (w == 0)
                errno = EIO;
            return false;
        }
        buf += w;
        len -= size_t(w);
        offset += w;
    }
    return true;
}

DiskWriter::~DiskWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    for (char *b : m_free)
        std::free(b);
    for (Job &job : m_jobs)
        std::free(job.buffer);
}

char *DiskWriter::take()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            char *b = m_free.back();
            m_free.pop_back();
            return b;
        }
    }
    void *p = nullptr;
    return posix_memalign(&p, kAlign, kBufferSize) == 0 ? static_cast<char *>(p) : nullptr;
}

void DiskWriter::give(char *buffer)
{
    if (!buffer)
        return;
    std::lock_guard lock(m_mutex);
    // A few stay for the next request; the rest go back to the system.
    if (m_free.size() < kMaxQueued)
        m_free.push_back(buffer);
    else
        std::free(buffer);
}

char *DiskWriter::swap(const std::shared_ptr<Batch> &batch, int fd, int fallbackFd, char *buffer,
                       size_t len, qint64 offset)
{
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    m_cv.wait(lock, [&] { return m_jobs.size() < kMaxQueued; });
    ++batch->pending;
    m_jobs.push_back(Job{batch, fd, fallbackFd, buffer, len, offset});
    char *next = nullptr;
    if (!m_free.empty()) {
        next = m_free.back();
        m_free.pop_back();
    }
    lock.unlock();
    m_cv.notify_all();
    if (!next) {
        void *p = nullptr;
        if (posix_memalign(&p, kAlign, kBufferSize) == 0)
            next = static_cast<char *>(p);
    }
    return next;
}

void DiskWriter::wait(Batch &batch)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [&] { return batch.pending == 0; });
}

void DiskWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_cv.wait(lock, [&] { return m_stop || !m_jobs.empty(); });
        if (m_jobs.empty())
            return; // stopping, and everything is written
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        const bool refused = job.batch->refused;
        lock.unlock();
        m_cv.notify_all(); // room in the queue
        int error = 0;
        bool nowRefused = false;
        if (refused || !pwriteAll(job.fd, job.buffer, job.len, job.offset)) {
            if (!refused && errno != EINVAL)
                error = errno;
            else if (pwriteAll(job.fallbackFd, job.buffer, job.len, job.offset))
                nowRefused = !refused;
            else
                error = errno;
        }
        lock.lock();
        if (error && !job.batch->error)
            job.batch->error = error;
        if (nowRefused)
            job.batch->refused = true;
        --job.batch->pending;
        if (m_free.size() < kMaxQueued)
            m_free.push_back(job.buffer);
        else
            std::free(job.buffer);
        m_cv.notify_all();
    }
}

} // namespace plancia::s3::detail
