#pragma once

#include <QString>
#include <QStringView>

namespace plancia::ui::s3keys {

// "a/b/c.txt" -> "a/b/", "a/b/" -> "a/", "a/" and "x" -> "".
inline QString parentPrefix(const QString &key)
{
    QStringView v(key);
    if (v.endsWith(QLatin1Char('/')))
        v.chop(1);
    const qsizetype slash = v.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : v.left(slash + 1).toString();
}

// The last segment as people see it: "a/b/c.txt" -> "c.txt", a folder "a/b/" -> "b/".
inline QString displayName(const QString &key)
{
    QStringView v(key);
    const bool folder = v.endsWith(QLatin1Char('/'));
    if (folder)
        v.chop(1);
    return v.mid(v.lastIndexOf(QLatin1Char('/')) + 1).toString() +
           (folder ? QStringLiteral("/") : QString());
}

} // namespace plancia::ui::s3keys
