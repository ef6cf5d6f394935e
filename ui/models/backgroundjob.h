#pragma once

#include "util/jobcontrol.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace trellis {

// Runs long work on a worker thread so the window never freezes; progress and
// the result come back as signals on the GUI thread. The job deletes itself
// after finished(). Deleting a job (e.g. with the page that started it) cancels
// it without waiting: the thread finishes on its own and nobody is told.
class BackgroundJob final : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Status(JobControl &control)>;

    static BackgroundJob *start(Work work, QObject *parent = nullptr);
    ~BackgroundJob() override;

    void cancel();
    bool isRunning() const { return m_running; }

    // Waits for every job's thread to end (before closing the database they use).
    static void drain();

Q_SIGNALS:
    void progress(double fraction, const QString &phase);
    void finished(bool ok, const QString &errorMessage, bool cancelled);

private:
    explicit BackgroundJob(QObject *parent);

    std::shared_ptr<JobControl> m_control;
    bool m_running = false;
};

} // namespace trellis
