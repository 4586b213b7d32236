#include "storage/transferhash.h"

#include <curl/curl.h>
#include <openssl/evp.h>
#include <unistd.h>

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

} // namespace plancia::s3::detail
