#include "util/runningwork.h"

#include <QMutex>
#include <QWaitCondition>

#include <utility>

namespace trellis {

namespace {

QMutex s_mutex;
QWaitCondition s_idle;
int s_running = 0;
thread_local bool t_worker = false;

} // namespace

RunningWork::Ticket::Ticket()
{
    QMutexLocker lock(&s_mutex);
    ++s_running;
}

RunningWork::Ticket::~Ticket()
{
    end();
}

RunningWork::Ticket::Ticket(Ticket &&other) noexcept
    : m_live(std::exchange(other.m_live, false))
{}

RunningWork::Ticket &RunningWork::Ticket::operator=(Ticket &&other) noexcept
{
    if (this != &other) {
        end();
        m_live = std::exchange(other.m_live, false);
    }
    return *this;
}

void RunningWork::Ticket::enterWorkerThread() const
{
    t_worker = true;
}

void RunningWork::Ticket::end()
{
    if (!std::exchange(m_live, false))
        return;
    QMutexLocker lock(&s_mutex);
    if (--s_running == 0)
        s_idle.wakeAll();
}

bool RunningWork::waitUntilIdle(QDeadlineTimer deadline)
{
    QMutexLocker lock(&s_mutex);
    while (s_running > 0)
        if (!s_idle.wait(&s_mutex, deadline))
            return s_running == 0;
    return true;
}

bool RunningWork::isWorkerThread()
{
    return t_worker;
}

int RunningWork::running()
{
    QMutexLocker lock(&s_mutex);
    return s_running;
}

} // namespace trellis
