#include "util/clock.h"

#include <QMutex>

namespace trellis {

namespace {
QMutex s_mutex;
std::optional<QDateTime> s_pinned;
} // namespace

QDateTime Clock::nowUtc()
{
    QMutexLocker lock(&s_mutex);
    return s_pinned ? *s_pinned : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return nowUtc().toLocalTime().date();
}

void Clock::pin(const QDateTime &utc)
{
    QMutexLocker lock(&s_mutex);
    s_pinned = utc.toUTC();
}

void Clock::reset()
{
    QMutexLocker lock(&s_mutex);
    s_pinned.reset();
}

bool Clock::isPinned()
{
    QMutexLocker lock(&s_mutex);
    return s_pinned.has_value();
}

} // namespace trellis
