#pragma once

#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace plancia::test {

inline QByteArray profileJson(const QByteArray &name, const QByteArray &displayName)
{
    QByteArray json = JSON({
        "schema" : 1,
        "name" : "NAME",
        "displayName" : "DISPLAY",
        "iam" : {"issuer" : "https://iam.example.org/", "clientId" : "plancia"},
        "hub" : {"url" : "https://hub.example.org/"},
        "prometheus" : {"url" : "https://prometheus.example.org/"},
        "s3" : {
            "endpoint" : "https://s3.example.org",
            "region" : "r1",
            "sts" : {"endpoint" : "https://s3.example.org", "roleArn" : "arn:aws:iam:::role/S3"}
        },
        "kubernetes" : {
            "server" : "https://k8s.example.org:6443",
            "namespace" : "user-{username}",
            "localQueue" : "user-queue"
        }
    });
    return json.replace("NAME", name).replace("DISPLAY", displayName);
}

inline void writeFile(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(contents);
}

// Two good profiles (alpha, beta) and one broken file in a temporary profiles folder.
inline void writeProfiles(const QTemporaryDir &dir)
{
    writeFile(dir.filePath(QStringLiteral("alpha.json")), profileJson("alpha", "Alpha Platform"));
    writeFile(dir.filePath(QStringLiteral("beta.json")), profileJson("beta", "Beta Cluster"));
    writeFile(dir.filePath(QStringLiteral("broken.json")), JSON({"schema" : 1, "name" : 7}));
}

inline void initShellTest()
{
    initTestEnvironment();
    QCoreApplication::setOrganizationName(QStringLiteral("plancia-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("plancia"));
}

} // namespace plancia::test
