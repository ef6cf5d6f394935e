#include "widgets/backgroundjob.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace trellis {

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_control->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

BackgroundJob *BackgroundJob::start(Work work, QObject *parent)
{
    auto *job = new BackgroundJob(parent);
    QPointer<BackgroundJob> guard(job);
    job->m_control = std::make_unique<JobControl>([guard](double fraction, const QString &phase) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, fraction, phase] {
                if (guard)
                    Q_EMIT guard->progress(fraction, phase);
            },
            Qt::QueuedConnection);
    });
    JobControl *control = job->m_control.get();
    job->m_thread = QThread::create([job, control, work = std::move(work)] {
        const Status status = work(*control);
        const bool cancelled = control->cancelled();
        const bool ok = status.ok();
        const QString message = ok ? QString() : status.errorMessage();
        QMetaObject::invokeMethod(
            job,
            [job, ok, message, cancelled] {
                job->m_thread->wait();
                delete job->m_thread;
                job->m_thread = nullptr;
                Q_EMIT job->finished(ok, message, cancelled);
                job->deleteLater();
            },
            Qt::QueuedConnection);
    });
    job->m_thread->start();
    return job;
}

void BackgroundJob::cancel()
{
    if (m_control)
        m_control->cancel();
}

bool BackgroundJob::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace trellis
