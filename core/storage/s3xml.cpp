#include "storage/s3xml.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace plancia::s3::detail {

namespace {

// encoding-type=url: percent-encoded, and a '+' stands for a space (a literal '+' is %2B).
QString decodeKey(const QString &raw, bool urlEncoded)
{
    if (!urlEncoded)
        return raw;
    QByteArray bytes = raw.toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

S3ErrorText parseS3Error(const QByteArray &xml)
{
    S3ErrorText e;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == QLatin1String("Code"))
            e.code = r.readElementText();
        else if (r.name() == QLatin1String("Message"))
            e.message = r.readElementText();
    }
    return e;
}

S3ListPage parseListPage(const QByteArray &xml)
{
    S3ListPage page;
    QXmlStreamReader r(xml);
    bool encoded = xml.contains("<EncodingType>url</EncodingType>");
    S3ListPage::Entry entry;
    bool inContents = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::EndElement && r.name() == QLatin1String("Contents")) {
            page.objects << entry;
            inContents = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = r.name();
        if (name == QLatin1String("Contents")) {
            inContents = true;
            entry = {};
        } else if (inContents && name == QLatin1String("Key")) {
            entry.key = r.readElementText();
        } else if (inContents && name == QLatin1String("Size")) {
            entry.size = r.readElementText().toLongLong();
        } else if (inContents && name == QLatin1String("ETag")) {
            entry.etag = r.readElementText().toLatin1();
        } else if (name == QLatin1String("IsTruncated")) {
            page.truncated = r.readElementText() == QLatin1String("true");
        } else if (name == QLatin1String("NextContinuationToken")) {
            page.nextToken = r.readElementText();
        } else if (name == QLatin1String("EncodingType")) {
            encoded = r.readElementText() == QLatin1String("url");
        }
    }
    for (auto &o : page.objects)
        o.key = decodeKey(o.key, encoded);
    return page;
}

QString parseUploadId(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("UploadId"))
            return r.readElementText();
    }
    return {};
}

} // namespace plancia::s3::detail
