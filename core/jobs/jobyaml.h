#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace plancia::jobs {

// A Job (or any Kubernetes object) from a YAML document (yaml-cpp). Malformed YAML is an
// Error::Kind::Parse whose message names the line and column in words ("The YAML is not valid
// at line 3, column 5: ..."); yaml-cpp's own text goes to `detail`. Several documents: the
// first Job among them is taken (a file holding no Job is an error saying so). Scalars keep
// their YAML types: quoted strings stay strings, `true`/`false` bools, integers and floats
// numbers, `~`/null null.
Result<QJsonObject> objectFromYaml(const QByteArray &yaml);
// As objectFromYaml, and the object must be kind Job, apiVersion batch/v1.
Result<QJsonObject> jobFromYaml(const QByteArray &yaml);

// YAML for people (the detail pane, `jobs describe`, a saved file): block style, apiVersion,
// kind, metadata, spec, status first and the other keys sorted (QJsonObject keeps no order),
// strings quoted only when they would read back as something else ("true", "1", "0777", "") — so
// that objectFromYaml(toYaml(o)) == o.
QByteArray toYaml(const QJsonObject &object);

} // namespace plancia::jobs
