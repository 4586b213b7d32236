#pragma once

#include "net/result.h"
#include "support/casedata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace plancia::support {

// A case file: everything known about one job or session, as one readable JSON text file to
// attach to a ticket ("format": "plancia-casefile", "version": 1): a summary (state, cause,
// reason), the timeline, the Job/Workload/Pod objects (managedFields dropped), the events, the
// last log lines, what could not be read, and the transfers' failures when known. Every secret
// is removed before it is written: see redactCaseValue().
struct CaseFileInfo
{
    QString platform;            // the profile's name
    QString generatedBy;         // the support person's username
    QJsonArray transferFailures; // related transfers' failures, if the caller knows any
};

QJsonObject caseFileJson(const CaseData &data, const CaseFileInfo &info);

// Removes secrets from a JSON value, recursively: values of members whose names say secret
// (token, secret, password, credential, authorization, apiKey, accessKey, ...), env entries
// whose name says so, the last-applied-configuration annotation, and in every string what
// redact() masks (Authorization headers, bearer tokens, JWTs, S3 keys) plus AWS access key ids,
// NAME=value assignments of secret-named variables and bare 32+ hex hub tokens. `count`
// (optional) adds the number of values changed.
QJsonValue redactCaseValue(const QJsonValue &value, int *count = nullptr);
QString redactCaseText(const QString &text);

// Writes `caseFile` (already redacted by caseFileJson) as indented JSON; atomically.
Status writeCaseFile(const QString &path, const QJsonObject &caseFile);
// Reads a case file back (for the read-only viewer); errors in words.
Result<QJsonObject> readCaseFile(const QString &path);

} // namespace plancia::support
