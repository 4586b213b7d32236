#pragma once

#include "net/error.h"
#include "net/httprequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plancia::kube {

// A Kubernetes `Status` object (kind: Status), as the API server answers every failure and as a
// watch's ERROR event carries it.
struct KubeStatus
{
    struct Cause
    {
        QString field;   // "spec.template.spec.containers[0].image"
        QString message; // "Required value"
        QString reason;  // FieldValueRequired, FieldValueInvalid, ...
    };

    int code = 0;
    QString reason; // NotFound, Forbidden, Invalid, AlreadyExists, Conflict, Gone, Expired, ...
    QString message;
    QString name; // details.name
    QString kind; // details.kind
    QList<Cause> causes;

    // nullopt unless `json` is a Status object.
    static std::optional<KubeStatus> parse(const QJsonObject &json);
    // The Status carried by an Error made by errorFromStatus() / errorFromResponse().
    static std::optional<KubeStatus> fromError(const Error &error);
    QJsonObject toJson() const;
};

// The Error for a Status: message = Status.message (the API server's words; a short description
// of the HTTP code when empty), kind from the code (Expired/Gone -> Kind::Gone), detail naming
// the reason and holding the Status itself, so KubeStatus::fromError() gives the causes back.
Error errorFromStatus(const KubeStatus &status, const QString &where = {});
// The Error for a non-2xx answer: its Status if the body is one, else the HTTP status.
Error errorFromResponse(const HttpResponse &response, const QString &where = {});

} // namespace plancia::kube
