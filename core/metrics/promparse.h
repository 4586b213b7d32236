#pragma once

#include "metrics/timeseries.h"
#include "net/result.h"

#include <QByteArray>

namespace plancia::metrics {

// Parsers of Prometheus HTTP API v1 answers (pure functions: no network, safe on any thread).
// `httpStatus` is the answer's status: Prometheus answers errors with 400 (bad_data), 422
// (execution), 503 (timeout, canceled) and a JSON body {"status":"error","errorType","error"}; an
// answer without that body (a proxy's 502, a 401) is described from the status.
//
// The query parser is a SAX reader (nlohmann_json): it fills the typed result as it goes, never
// building a document, so a 20 MB matrix costs its numbers and not a tree of a million nodes.
Result<QueryResult> parseQueryResponse(const QByteArray &body, int httpStatus = 200);
// /api/v1/series: the label sets.
Result<QVector<Labels>> parseSeriesResponse(const QByteArray &body, int httpStatus = 200);
// /api/v1/label/<name>/values and /api/v1/labels: the strings.
Result<QStringList> parseStringListResponse(const QByteArray &body, int httpStatus = 200);

// The Error for Prometheus's own error answer.
Error prometheusError(const QString &errorType, const QString &message, int httpStatus);

} // namespace plancia::metrics
