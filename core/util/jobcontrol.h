#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace trellis {

// Handed to long work (imports, exports, demo generation, backups): it reports
// progress and asks whether the user cancelled. Thread-safe; the callback is
// called on the worker thread.
class JobControl {
public:
    using ProgressCallback = std::function<void(double fraction, const QString &phase)>;

    JobControl() = default;
    explicit JobControl(ProgressCallback callback)
        : m_callback(std::move(callback))
    {}

    void report(double fraction, const QString &phase = {}) const
    {
        if (m_callback)
            m_callback(fraction, phase);
    }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // For APIs that poll a flag themselves.
    const std::atomic<bool> *cancelFlag() const { return &m_cancelled; }
    ProgressCallback callback() const { return m_callback; }

private:
    ProgressCallback m_callback;
    std::atomic<bool> m_cancelled{false};
};

} // namespace trellis
