#pragma once

#include "availability/availability.h"

#include <QJsonObject>

namespace plancia::availability {

// The snapshot as `plancia-cli gpus --output json` prints it (docs/cli.md): stable keys
// {"models":[{"model","name","kind","total","used","free",...,"nodes":[...]}],
//  "nodes":[...], "sites":[{"name","ready",...}], "queues":[...], "user":{...}, "warnings":[...]}.
// An unknown count is null.
QJsonObject toJson(const Snapshot &snapshot);

} // namespace plancia::availability
