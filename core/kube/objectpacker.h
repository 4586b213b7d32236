#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace plancia::kube {

// Keeps Kubernetes objects small in a large cache: each one as its compact JSON text compressed
// with zstd and a dictionary made of objects of the same collection (they share nearly all
// their keys and many values). Qt's QJsonObject costs about 5.5 KB for a 700-byte Job (some
// 400 bytes per nested object or array); packed, the same Job takes 40-150 bytes and is read
// back (inflated and parsed) in about 15 us. Used by Informer for caches above a size.
// Not thread-safe (one packer per informer, in its thread).
class ObjectPacker
{
public:
    ObjectPacker();
    ~ObjectPacker();
    ObjectPacker(const ObjectPacker &) = delete;
    ObjectPacker &operator=(const ObjectPacker &) = delete;

    // Makes the dictionary from `samples` (objects of the collection; a few dozen are plenty);
    // with none, objects are compressed without one.
    void train(const QList<QJsonObject> &samples);
    bool isTrained() const;
    int dictionarySize() const;

    QByteArray pack(const QJsonObject &object) const;
    // The object `pack` was given; an empty object if `packed` is not something pack() made.
    QJsonObject unpack(const QByteArray &packed) const;

private:
    struct Contexts;
    std::unique_ptr<Contexts> d;
};

} // namespace plancia::kube
