#pragma once

// The few S3 answers the transfer engine reads itself on its own thread (internal): an error
// document, a ListObjectsV2 page (encoding-type=url, decoded), an upload id.
#include <QByteArray>
#include <QList>
#include <QString>

namespace plancia::s3::detail {

struct S3ErrorText
{
    QString code;
    QString message;
};
S3ErrorText parseS3Error(const QByteArray &xml);

struct S3ListPage
{
    struct Entry
    {
        QString key;
        qint64 size = 0;
        QByteArray etag;
    };
    QList<Entry> objects;
    bool truncated = false;
    QString nextToken;
};
S3ListPage parseListPage(const QByteArray &xml);

QString parseUploadId(const QByteArray &xml);

} // namespace plancia::s3::detail
