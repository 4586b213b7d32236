#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace plancia {

// A value or an Error. Small on purpose: has a value, value(), error(), and nothing clever.
template<typename T>
class [[nodiscard]] Result
{
public:
    // Default-constructed results are errors; only needed by Qt's metatype system.
    Result()
        : m_v(std::in_place_index<1>, Error{})
    {}
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    // By value: a reference into a temporary Result would dangle (`for (x : f().value())`).
    T value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T *operator->() { return &std::get<0>(m_v); }

    const Error &error() const { return std::get<1>(m_v); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

struct Ok
{
};

using Status = Result<Ok>;

} // namespace plancia
