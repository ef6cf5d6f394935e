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
// after finished().
class BackgroundJob final : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Status(JobControl &control)>;

    static BackgroundJob *start(Work work, QObject *parent = nullptr);
    ~BackgroundJob() override;

    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(double fraction, const QString &phase);
    void finished(bool ok, const QString &errorMessage, bool cancelled);

private:
    explicit BackgroundJob(QObject *parent);

    std::unique_ptr<JobControl> m_control;
    QThread *m_thread = nullptr;
};

} // namespace trellis
