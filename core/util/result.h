#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace trellis {

// A failure a person can read: what failed and where (file, line, field).
struct Error {
    QString message;
};

// Value-or-Error, the return type of every fallible core call (std::expected is C++23).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    const QString &errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

// Success-or-Error for calls that return nothing.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    const QString &errorMessage() const { return m_error->message; }

private:
    std::optional<Error> m_error;
};

} // namespace trellis
