#pragma once

#include "core/Problem.h"

#include <QtGlobal>

#include <optional>
#include <utility>

/// What an operation that can fail returns: the value it made, or the Problem that kept it from making one.
/// The one way core and net report a failure to their caller (results with more to say, such as a file
/// read with findings, carry a Problem member the same way).
template <class T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Problem problem) : m_problem(std::move(problem)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    /// Only when ok().
    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_problem.message));
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_problem.message));
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_problem.message));
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    /// Null when ok().
    const Problem &problem() const { return m_problem; }

private:
    std::optional<T> m_value;
    Problem m_problem;
};

/// The Result of an operation that makes no value: done, or the Problem.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Problem problem) : m_problem(std::move(problem)) {}

    bool ok() const { return m_problem.isNull(); }
    explicit operator bool() const { return ok(); }
    const Problem &problem() const { return m_problem; }

private:
    Problem m_problem;
};
