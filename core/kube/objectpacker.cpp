#include "kube/objectpacker.h"

#include <QJsonDocument>

#include <zstd.h>

namespace plancia::kube {

namespace {

// Big enough for the keys and common values of a kind, small enough to stay in the CPU cache.
constexpr size_t kDictionaryCapacity = 16 * 1024;
// zstd's fast levels: packing happens on every watch event.
constexpr int kLevel = 3;

} // namespace

struct ObjectPacker::Contexts
{
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    ZSTD_CDict *cdict = nullptr;
    ZSTD_DDict *ddict = nullptr;
    int dictionarySize = 0;
    bool trained = false;

    ~Contexts()
    {
        ZSTD_freeCDict(cdict);
        ZSTD_freeDDict(ddict);
        ZSTD_freeCCtx(cctx);
        ZSTD_freeDCtx(dctx);
    }
};

ObjectPacker::ObjectPacker()
    : d(std::make_unique<Contexts>())
{}

ObjectPacker::~ObjectPacker() = default;

bool ObjectPacker::isTrained() const
{
    return d->trained;
}

int ObjectPacker::dictionarySize() const
{
    return d->dictionarySize;
}

void ObjectPacker::train(const QList<QJsonObject> &samples)
{
    // The samples' text itself is the dictionary (zstd takes a buffer without its magic number as
    // raw content): for objects of one collection, as alike as they are, it packs as small as a
    // dictionary trained with ZDICT (measured: 39 bytes a Job either way) and is made at once,
    // where training on 400 samples holds the loop for 20-100 ms. The newest samples are kept
    // when they exceed the capacity (zstd prefers matches near the end of a dictionary).
    QByteArray dictionary;
    for (const QJsonObject &o : samples)
        dictionary += QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (dictionary.size() > int(kDictionaryCapacity))
        dictionary = dictionary.right(int(kDictionaryCapacity));
    ZSTD_freeCDict(d->cdict);
    ZSTD_freeDDict(d->ddict);
    const size_t size = size_t(dictionary.size());
    d->cdict = size ? ZSTD_createCDict(dictionary.constData(), size, kLevel) : nullptr;
    d->ddict = size ? ZSTD_createDDict(dictionary.constData(), size) : nullptr;
    d->dictionarySize = int(size);
    d->trained = true;
}

QByteArray ObjectPacker::pack(const QJsonObject &object) const
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray out(int(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    const size_t n = d->cdict
                         ? ZSTD_compress_usingCDict(d->cctx, out.data(), size_t(out.size()),
                                                    text.constData(), size_t(text.size()), d->cdict)
                         : ZSTD_compressCCtx(d->cctx, out.data(), size_t(out.size()),
                                             text.constData(), size_t(text.size()), kLevel);
    if (ZSTD_isError(n))
        return {}; // cannot happen with a bound-sized buffer; the caller keeps the object then
    out.resize(int(n));
    out.squeeze();
    return out;
}

QJsonObject ObjectPacker::unpack(const QByteArray &packed) const
{
    const unsigned long long size =
        ZSTD_getFrameContentSize(packed.constData(), size_t(packed.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1u << 30))
        return {};
    QByteArray text(int(size), Qt::Uninitialized);
    const size_t n =
        d->ddict ? ZSTD_decompress_usingDDict(d->dctx, text.data(), size_t(text.size()),
                                              packed.constData(), size_t(packed.size()), d->ddict)
                 : ZSTD_decompressDCtx(d->dctx, text.data(), size_t(text.size()),
                                       packed.constData(), size_t(packed.size()));
    if (ZSTD_isError(n) || n != size)
        return {};
    return QJsonDocument::fromJson(text).object();
}

} // namespace plancia::kube
