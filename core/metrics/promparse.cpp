#include "metrics/promparse.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace plancia::metrics {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(plancia::metrics::Prometheus)
};

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Prometheus writes sample values as strings: "1.5", "NaN", "+Inf", "-Inf".
bool parseValue(const std::string &s, double &out)
{
    if (s == "NaN") {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (s == "+Inf" || s == "Inf") {
        out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (s == "-Inf") {
        out = -std::numeric_limits<double>::infinity();
        return true;
    }
    const char *b = s.data();
    const char *e = b + s.size();
    if (b != e && *b == '+')
        ++b;
    const auto [p, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && p == e;
}

Error parseError(const QString &what, const QString &detail = {})
{
    return Error::make(Error::Kind::Parse,
                       Text::tr("Prometheus's answer could not be read: %1.").arg(what), detail);
}

Error httpError(int status)
{
    return Error::make(Error::kindForHttpStatus(status),
                       Text::tr("Prometheus answered: %1.").arg(Error::describeHttpStatus(status)),
                       QStringLiteral("HTTP %1").arg(status), status);
}

// Fills a QueryResult from SAX events. Contexts are pushed for every object and array; the
// ones that do not matter are skipped with their whole subtree.
class QuerySax : public nlohmann::json_sax<nlohmann::json>
{
public:
    enum class Ctx { Root, Data, Result, Entry, Metric, Values, Pair, Warnings, Skip };

    QueryResult result;
    std::string status, errorType, error, resultType;
    std::string failure; // a shape problem found on the way
    std::string saxError;
    bool sawResult = false;
    bool sawScalarPair = false;

    bool null() override { return leaf(); }
    bool boolean(bool) override { return leaf(); }
    bool number_integer(number_integer_t v) override { return number(double(v)); }
    bool number_unsigned(number_unsigned_t v) override { return number(double(v)); }
    bool number_float(number_float_t v, const string_t &) override { return number(v); }
    bool binary(binary_t &) override { return leaf(); }

    bool string(string_t &s) override
    {
        const Ctx top = m_stack.empty() ? Ctx::Skip : m_stack.back();
        switch (top) {
        case Ctx::Root:
            if (m_key == "status")
                status = s;
            else if (m_key == "errorType")
                errorType = s;
            else if (m_key == "error")
                error = s;
            break;
        case Ctx::Data:
            if (m_key == "resultType")
                resultType = s;
            break;
        case Ctx::Metric:
            m_labels.insert(qs(m_key), qs(s));
            break;
        case Ctx::Result: // a scalar or string result: [time, "value"]
            if (m_scalarIndex != 1) {
                failure = "a scalar result is not [time, \"value\"]";
                return false;
            }
            m_scalarString = s;
            ++m_scalarIndex;
            break;
        case Ctx::Pair:
            if (m_pairIndex == 1) {
                m_pairString = s;
                m_pairHasValue = true;
            } else {
                failure = "a sample is not [time, \"value\"]";
                return false;
            }
            ++m_pairIndex;
            break;
        case Ctx::Warnings:
            result.warnings << qs(s);
            break;
        default:
            break;
        }
        return true;
    }

    bool start_object(std::size_t) override
    {
        if (m_stack.empty())
            return push(Ctx::Root);
        const Ctx top = m_stack.back();
        if (top == Ctx::Root && m_key == "data")
            return push(Ctx::Data);
        if (top == Ctx::Result) {
            m_labels.clear();
            m_values.t.clear();
            m_values.v.clear();
            m_hasSingle = false;
            return push(Ctx::Entry);
        }
        if (top == Ctx::Entry && m_key == "metric")
            return push(Ctx::Metric);
        return push(Ctx::Skip);
    }

    bool key(string_t &k) override
    {
        m_key = std::move(k);
        return true;
    }

    bool end_object() override
    {
        const Ctx top = pop();
        if (top == Ctx::Entry)
            return endEntry();
        return true;
    }

    bool start_array(std::size_t) override
    {
        if (m_stack.empty()) {
            failure = "the answer is not an object";
            return false;
        }
        const Ctx top = m_stack.back();
        if (top == Ctx::Data && m_key == "result") {
            sawResult = true;
            m_scalarIndex = 0;
            return push(Ctx::Result);
        }
        if (top == Ctx::Entry && (m_key == "values" || m_key == "value")) {
            if (m_key == "values")
                return push(Ctx::Values);
            m_pairIndex = 0;
            m_pairHasValue = false;
            return push(Ctx::Pair);
        }
        if (top == Ctx::Values) {
            m_pairIndex = 0;
            m_pairHasValue = false;
            return push(Ctx::Pair);
        }
        if (top == Ctx::Root && (m_key == "warnings" || m_key == "infos"))
            return push(Ctx::Warnings);
        return push(Ctx::Skip);
    }

    bool end_array() override
    {
        const Ctx top = pop();
        if (top == Ctx::Pair)
            return endPair();
        if (top == Ctx::Result && m_scalarIndex > 0) {
            // [time, "value"] directly under result: a scalar or a string.
            if (m_scalarIndex != 2) {
                failure = "a scalar result is not [time, \"value\"]";
                return false;
            }
            sawScalarPair = true;
            result.scalar.timeMs = m_scalarTime * 1000.0;
            result.string = qs(m_scalarString);
            double v = 0;
            if (parseValue(m_scalarString, v))
                result.scalar.value = v;
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &ex) override
    {
        saxError = ex.what();
        m_errorPosition = position;
        return false;
    }

    std::size_t errorPosition() const { return m_errorPosition; }

private:
    bool push(Ctx c)
    {
        if (!m_stack.empty() && m_stack.back() == Ctx::Skip)
            c = Ctx::Skip;
        m_stack.push_back(c);
        return true;
    }
    Ctx pop()
    {
        const Ctx c = m_stack.back();
        m_stack.pop_back();
        return c;
    }
    bool leaf()
    {
        const Ctx top = m_stack.empty() ? Ctx::Skip : m_stack.back();
        if (top == Ctx::Pair || (top == Ctx::Result)) {
            failure = "a sample is not [time, \"value\"]";
            return false;
        }
        return true;
    }
    bool number(double v)
    {
        const Ctx top = m_stack.empty() ? Ctx::Skip : m_stack.back();
        if (top == Ctx::Pair) {
            if (m_pairIndex != 0) {
                failure = "a sample is not [time, \"value\"]";
                return false;
            }
            m_pairTime = v;
            ++m_pairIndex;
        } else if (top == Ctx::Result) {
            if (m_scalarIndex != 0) {
                failure = "a scalar result is not [time, \"value\"]";
                return false;
            }
            m_scalarTime = v;
            ++m_scalarIndex;
        }
        return true;
    }
    bool endPair()
    {
        if (m_pairIndex != 2 || !m_pairHasValue) {
            failure = "a sample is not [time, \"value\"]";
            return false;
        }
        double v = 0;
        if (!parseValue(m_pairString, v)) {
            failure = "a sample value is not a number";
            return false;
        }
        if (!m_stack.empty() && m_stack.back() == Ctx::Values) {
            m_values.t.append(m_pairTime * 1000.0);
            m_values.v.append(v);
        } else {
            m_singleTime = m_pairTime * 1000.0;
            m_singleValue = v;
            m_hasSingle = true;
        }
        return true;
    }
    bool endEntry()
    {
        if (m_hasSingle) {
            result.vector.append(Sample{m_labels, m_singleTime, m_singleValue});
        } else {
            Series s;
            s.labels = m_labels;
            s.t = std::move(m_values.t);
            s.v = std::move(m_values.v);
            result.matrix.append(std::move(s));
            m_values = {};
        }
        return true;
    }

    std::vector<Ctx> m_stack;
    std::string m_key;
    Labels m_labels;
    Series m_values;
    int m_pairIndex = 0;
    double m_pairTime = 0;
    std::string m_pairString;
    bool m_pairHasValue = false;
    bool m_hasSingle = false;
    double m_singleTime = 0;
    double m_singleValue = 0;
    int m_scalarIndex = 0;
    double m_scalarTime = 0;
    std::string m_scalarString;
    std::size_t m_errorPosition = 0;
};

// Prometheus's {"status":"error",...} or a non-2xx answer without it.
std::optional<Error> errorOf(const std::string &status, const std::string &errorType,
                             const std::string &error, int httpStatus)
{
    if (status == "error")
        return prometheusError(qs(errorType), qs(error), httpStatus);
    if (httpStatus != 0 && (httpStatus < 200 || httpStatus >= 300))
        return httpError(httpStatus);
    if (status != "success")
        return parseError(Text::tr("no \"status\": \"success\""));
    return std::nullopt;
}

// Small answers (series, label values): a document is fine.
Result<nlohmann::json> parseDocument(const QByteArray &body, int httpStatus)
{
    nlohmann::json doc = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (httpStatus != 0 && (httpStatus < 200 || httpStatus >= 300))
            return httpError(httpStatus);
        return parseError(Text::tr("it is not JSON"));
    }
    const auto str = [&](const char *k) {
        const auto it = doc.find(k);
        return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (auto e = errorOf(str("status"), str("errorType"), str("error"), httpStatus))
        return *e;
    return doc;
}

} // namespace

Error prometheusError(const QString &errorType, const QString &message, int httpStatus)
{
    Error::Kind kind = Error::Kind::Server;
    if (errorType == QLatin1String("bad_data"))
        kind = Error::Kind::Invalid;
    else if (errorType == QLatin1String("timeout"))
        kind = Error::Kind::Timeout;
    else if (errorType == QLatin1String("canceled"))
        kind = Error::Kind::Canceled;
    else if (errorType == QLatin1String("not_found"))
        kind = Error::Kind::NotFound;
    else if (errorType == QLatin1String("unavailable"))
        kind = Error::Kind::Unavailable;
    const QString text = message.isEmpty() ? Error::describeHttpStatus(httpStatus) : message;
    return Error::make(kind, Text::tr("Prometheus could not answer the query: %1").arg(text),
                       QStringLiteral("%1: %2").arg(errorType, text), httpStatus);
}

Result<QueryResult> parseQueryResponse(const QByteArray &body, int httpStatus)
{
    QuerySax sax;
    const bool ok = nlohmann::json::sax_parse(body.constBegin(), body.constEnd(), &sax);
    if (!ok) {
        // Prometheus's error body is small and usually complete even when something else failed.
        if (sax.status == "error")
            return prometheusError(qs(sax.errorType), qs(sax.error), httpStatus);
        if (httpStatus != 0 && (httpStatus < 200 || httpStatus >= 300))
            return httpError(httpStatus);
        if (!sax.saxError.empty())
            return parseError(
                Text::tr("it is not valid JSON (at byte %1)").arg(sax.errorPosition()),
                QString::fromStdString(sax.saxError));
        return parseError(QString::fromStdString(sax.failure));
    }
    if (auto e = errorOf(sax.status, sax.errorType, sax.error, httpStatus))
        return *e;
    QueryResult r = std::move(sax.result);
    const std::string &t = sax.resultType;
    if (!sax.sawResult)
        return parseError(Text::tr("no data.result"));
    if (t == "matrix") {
        if (!r.vector.isEmpty() || sax.sawScalarPair)
            return parseError(Text::tr("a matrix holds single samples"));
        r.type = QueryResult::Type::Matrix;
    } else if (t == "vector") {
        if (!r.matrix.isEmpty() || sax.sawScalarPair)
            return parseError(Text::tr("a vector holds series"));
        r.type = QueryResult::Type::Vector;
    } else if (t == "scalar" || t == "string") {
        if (!sax.sawScalarPair)
            return parseError(Text::tr("a scalar without a value"));
        r.type = t == "scalar" ? QueryResult::Type::Scalar : QueryResult::Type::String;
        if (t == "scalar") {
            double v = 0;
            if (!parseValue(r.string.toStdString(), v))
                return parseError(Text::tr("a sample value is not a number"));
            r.string.clear();
        }
    } else {
        return parseError(Text::tr("unknown result type \"%1\"").arg(qs(t)));
    }
    return r;
}

Result<QVector<Labels>> parseSeriesResponse(const QByteArray &body, int httpStatus)
{
    auto doc = parseDocument(body, httpStatus);
    if (!doc)
        return doc.error();
    const auto data = doc->find("data");
    if (data == doc->end() || !data->is_array())
        return parseError(Text::tr("no data list"));
    QVector<Labels> out;
    out.reserve(qsizetype(data->size()));
    for (const auto &entry : *data) {
        if (!entry.is_object())
            return parseError(Text::tr("a label set is not an object"));
        Labels l;
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            if (it->is_string())
                l.insert(qs(it.key()), qs(it->get<std::string>()));
        }
        out.append(std::move(l));
    }
    return out;
}

Result<QStringList> parseStringListResponse(const QByteArray &body, int httpStatus)
{
    auto doc = parseDocument(body, httpStatus);
    if (!doc)
        return doc.error();
    const auto data = doc->find("data");
    if (data == doc->end() || !data->is_array())
        return parseError(Text::tr("no data list"));
    QStringList out;
    for (const auto &v : *data) {
        if (v.is_string())
            out << qs(v.get<std::string>());
    }
    return out;
}

qsizetype QueryResult::pointCount() const
{
    switch (type) {
    case Type::Matrix: {
        qsizetype n = 0;
        for (const Series &s : matrix)
            n += s.size();
        return n;
    }
    case Type::Vector:
        return vector.size();
    default:
        return 1;
    }
}

QString seriesName(const Labels &labels, const QStringList &keys)
{
    QStringList parts;
    for (const QString &k : keys) {
        const QString v = labels.value(k);
        if (!v.isEmpty())
            parts << v;
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral(" / "));
    QStringList all;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        all << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
    return QLatin1Char('{') + all.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace plancia::metrics
