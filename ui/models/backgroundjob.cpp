#include "models/backgroundjob.h"

#include "calendar/icalzones.h"
#include "util/runningwork.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QThread>

namespace trellis {

namespace {

QMutex s_mutex;
QSet<QThread *> s_threads; // live worker threads, for drain()

} // namespace

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{}

BackgroundJob::~BackgroundJob()
{
    if (m_running && m_control)
        m_control->cancel();
}

BackgroundJob *BackgroundJob::start(Work work, QObject *parent)
{
    // Work may expand recurrences with libical, whose zone table must be filled before threads race.
    IcalZones::prepare();
    auto *job = new BackgroundJob(parent);
    QPointer<BackgroundJob> guard(job);
    job->m_control = std::make_shared<JobControl>([guard](double fraction, const QString &phase) {
        QMetaObject::invokeMethod(
            qApp,
            [guard, fraction, phase] {
                if (guard)
                    Q_EMIT guard->progress(fraction, phase);
            },
            Qt::QueuedConnection);
    });
    std::shared_ptr<JobControl> control = job->m_control;
    // Counted from here, before the thread starts, so a database closed meanwhile waits for it.
    RunningWork::Ticket ticket;
    QThread *thread =
        QThread::create([guard, control, work = std::move(work), ticket = std::move(ticket)]() mutable {
            ticket.enterWorkerThread();
            const Status status = work(*control);
            const bool cancelled = control->cancelled();
            const bool ok = status.ok();
            const QString message = ok ? QString() : status.errorMessage();
            QMetaObject::invokeMethod(
                qApp,
                [guard, ok, message, cancelled] {
                    if (!guard)
                        return;
                    guard->m_running = false;
                    Q_EMIT guard->finished(ok, message, cancelled);
                    guard->deleteLater();
                },
                Qt::QueuedConnection);
            ticket.end();
        });
    {
        QMutexLocker lock(&s_mutex);
        s_threads.insert(thread);
    }
    QObject::connect(thread, &QThread::finished, thread, [thread] {
        {
            QMutexLocker lock(&s_mutex);
            s_threads.remove(thread);
        }
        thread->deleteLater();
    });
    job->m_running = true;
    thread->start();
    return job;
}

void BackgroundJob::cancel()
{
    if (m_control)
        m_control->cancel();
}

void BackgroundJob::drain()
{
    for (;;) {
        QThread *thread = nullptr;
        {
            QMutexLocker lock(&s_mutex);
            if (s_threads.isEmpty())
                return;
            thread = *s_threads.cbegin();
            s_threads.remove(thread);
        }
        thread->wait();
    }
}

} // namespace trellis
