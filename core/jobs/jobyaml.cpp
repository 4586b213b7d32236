#include "jobs/jobyaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace plancia::jobs {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::JobYaml)
};

// A plain scalar's value as the YAML 1.2 core schema reads it (what sigs.k8s.io/yaml does for
// the common cases): null, bool, int (decimal, 0x, 0o), float, else string.
QJsonValue plainScalar(const QString &s)
{
    static const QRegularExpression nullRe(u"^(~|null|Null|NULL|)$"_s);
    static const QRegularExpression trueRe(u"^(true|True|TRUE)$"_s);
    static const QRegularExpression falseRe(u"^(false|False|FALSE)$"_s);
    static const QRegularExpression intRe(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression hexRe(u"^0x[0-9a-fA-F]+$"_s);
    static const QRegularExpression octRe(u"^0o[0-7]+$"_s);
    static const QRegularExpression floatRe(
        u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    static const QRegularExpression infRe(u"^[-+]?\\.(inf|Inf|INF)$"_s);
    static const QRegularExpression nanRe(u"^\\.(nan|NaN|NAN)$"_s);
    if (nullRe.match(s).hasMatch())
        return QJsonValue(QJsonValue::Null);
    if (trueRe.match(s).hasMatch())
        return true;
    if (falseRe.match(s).hasMatch())
        return false;
    bool ok = false;
    if (intRe.match(s).hasMatch()) {
        const qlonglong v = s.toLongLong(&ok);
        if (ok)
            return double(v);
    }
    if (hexRe.match(s).hasMatch())
        return double(s.mid(2).toLongLong(&ok, 16));
    if (octRe.match(s).hasMatch())
        return double(s.mid(2).toLongLong(&ok, 8));
    if (floatRe.match(s).hasMatch()) {
        const double d = s.toDouble(&ok);
        if (ok)
            return d;
    }
    if (infRe.match(s).hasMatch() || nanRe.match(s).hasMatch())
        return s; // JSON has no infinities: keep the text
    return s;
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        // Quoted (or otherwise non-plain) scalars are strings: their tag is "!".
        if (node.Tag() == "!")
            return text;
        return plainScalar(text);
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const YAML::Node &child : node)
            a.append(toJson(child));
        return a;
    }
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto &kv : node)
            o.insert(QString::fromStdString(kv.first.as<std::string>()), toJson(kv.second));
        return o;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

Error yamlError(const YAML::Exception &e)
{
    const QString what = QString::fromStdString(e.msg);
    if (e.mark.is_null())
        return Error::make(Error::Kind::Parse, Tr::tr("The YAML is not valid: %1").arg(what),
                           QString::fromUtf8(e.what()));
    return Error::make(Error::Kind::Parse,
                       Tr::tr("The YAML is not valid at line %1, column %2: %3")
                           .arg(e.mark.line + 1)
                           .arg(e.mark.column + 1)
                           .arg(what),
                       QString::fromUtf8(e.what()));
}

QStringList orderedKeys(const QJsonObject &o)
{
    static const QStringList first{u"apiVersion"_s, u"kind"_s, u"name"_s,  u"namespace"_s,
                                   u"metadata"_s,   u"spec"_s, u"status"_s};
    QStringList keys;
    for (const QString &k : first) {
        if (o.contains(k))
            keys.append(k);
    }
    for (const QString &k : o.keys()) { // sorted by QJsonObject
        if (!first.contains(k))
            keys.append(k);
    }
    return keys;
}

bool needsQuotes(const QString &s)
{
    if (s.isEmpty())
        return true;
    if (!plainScalar(s).isString())
        return true;
    // Leading zeros ("0777") read as numbers by YAML 1.1 readers (kubectl): quote them too.
    static const QRegularExpression leadingZero(u"^0[0-9]+$"_s);
    static const QRegularExpression yaml11(u"^(yes|no|on|off|y|n|Yes|No|On|Off|YES|NO|ON|OFF)$"_s);
    return leadingZero.match(s).hasMatch() || yaml11.match(s).hasMatch();
}

void writeYaml(YAML::Emitter &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    case QJsonValue::Bool:
        out << (v.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            out << QString::number(qint64(d)).toStdString();
        else
            out << QString::number(d, 'g', 17).toStdString();
        break;
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        // A literal block keeps one final newline ("clip"): only for text that ends with one.
        if (s.contains(u'\n') && s.endsWith(u'\n') && !s.endsWith(u"\n\n"_s))
            out << YAML::Literal << s.toStdString();
        else if (s.contains(u'\n'))
            out << YAML::DoubleQuoted << s.toStdString();
        else if (needsQuotes(s))
            out << YAML::DoubleQuoted << s.toStdString();
        else
            out << s.toStdString();
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            break;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue &e : a)
            writeYaml(out, e);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            break;
        }
        out << YAML::BeginMap;
        for (const QString &k : orderedKeys(o)) {
            out << YAML::Key;
            if (needsQuotes(k))
                out << YAML::DoubleQuoted;
            out << k.toStdString() << YAML::Value;
            writeYaml(out, o.value(k));
        }
        out << YAML::EndMap;
        break;
    }
    }
}

} // namespace

Result<QJsonObject> objectFromYaml(const QByteArray &yaml)
{
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return yamlError(e);
    }
    for (const YAML::Node &d : docs) {
        if (d.IsNull())
            continue;
        if (!d.IsMap())
            return Error::make(Error::Kind::Parse,
                               Tr::tr("The YAML does not describe a Kubernetes object (it is not "
                                      "a mapping of fields)."));
        try {
            return toJson(d).toObject();
        } catch (const YAML::Exception &e) {
            return yamlError(e);
        }
    }
    return Error::make(Error::Kind::Parse, Tr::tr("The YAML file is empty."));
}

Result<QJsonObject> jobFromYaml(const QByteArray &yaml)
{
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return yamlError(e);
    }
    QStringList kinds;
    for (const YAML::Node &d : docs) {
        if (d.IsNull())
            continue;
        if (!d.IsMap())
            return Error::make(Error::Kind::Parse,
                               Tr::tr("The YAML does not describe a Kubernetes object (it is not "
                                      "a mapping of fields)."));
        QJsonObject o;
        try {
            o = toJson(d).toObject();
        } catch (const YAML::Exception &e) {
            return yamlError(e);
        }
        const QString kind = o.value("kind"_L1).toString();
        if (kind == "Job"_L1) {
            const QString api = o.value("apiVersion"_L1).toString();
            if (api != "batch/v1"_L1)
                return Error::make(Error::Kind::Parse,
                                   Tr::tr("The Job's apiVersion is '%1'; Plancia sends batch/v1 "
                                          "Jobs.")
                                       .arg(api));
            return o;
        }
        kinds.append(kind.isEmpty() ? Tr::tr("(no kind)") : kind);
    }
    if (kinds.isEmpty())
        return Error::make(Error::Kind::Parse, Tr::tr("The YAML file is empty."));
    return Error::make(
        Error::Kind::Parse,
        Tr::tr("The YAML holds no Job (kind: Job); it has: %1.").arg(kinds.join(u", "_s)));
}

QByteArray toYaml(const QJsonObject &object)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetMapFormat(YAML::Block);
    out.SetSeqFormat(YAML::Block);
    writeYaml(out, object);
    QByteArray text(out.c_str(), qsizetype(out.size()));
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

} // namespace plancia::jobs
