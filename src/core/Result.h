#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace hooksmith {

/// An error for a person: what went wrong, where, and (when known) what to do about it.
struct Error
{
    QString message;

    Error() = default;
    explicit Error(QString msg)
        : message(std::move(msg))
    {}
};

/// Either a value or an Error; the error path carries a message, never a bare boolean.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }
    const QString& errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_data;
};

/// A success without a value, or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& errorMessage() const { return m_error->message; }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace hooksmith
