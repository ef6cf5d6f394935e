#include "insights/calendarfilter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace trellis {

namespace {

const QString MenteeKey = QStringLiteral("mentee");
const QString MentorKey = QStringLiteral("mentor");
const QString CohortKey = QStringLiteral("cohort");
const QString StatusesKey = QStringLiteral("statuses");
const QString OnlyMineKey = QStringLiteral("onlyMine");

std::optional<Id> idIn(const QJsonObject &json, const QString &key)
{
    const qint64 id = json.value(key).toInteger(0);
    return id > 0 ? std::optional<Id>(id) : std::nullopt;
}

} // namespace

void CalendarFilter::setShown(Status status, bool shown)
{
    statuses = shown ? (statuses | int(status)) : (statuses & ~int(status));
}

CalendarFilter::Status CalendarFilter::statusOf(const Occurrence &occurrence, qint64 nowUtc)
{
    switch (occurrence.status) {
    case OccurrenceStatus::Planned:
        return occurrence.isUnloggedAt(nowUtc) ? Status::Unlogged : Status::Planned;
    case OccurrenceStatus::Held:
    case OccurrenceStatus::NoShow:
        return Status::Held;
    case OccurrenceStatus::Cancelled:
        return Status::Cancelled;
    }
    return Status::Planned;
}

int CalendarFilter::activeCount() const
{
    return int(mentee.has_value()) + int(mentor.has_value()) + int(cohort.has_value()) +
           int((statuses & AllStatuses) != AllStatuses) + int(onlyMine);
}

bool CalendarFilter::accepts(const AgendaEntry &entry, qint64 nowUtc) const
{
    if (mentee && entry.menteeId != *mentee)
        return false;
    if (mentor && entry.mentorId != *mentor)
        return false;
    if (cohort && entry.cohortId != cohort)
        return false;
    if (onlyMine && entry.mentorId != me && entry.menteeId != me)
        return false;
    return shows(statusOf(entry.occurrence, nowUtc));
}

void CalendarFilter::apply(QList<AgendaEntry> &entries, qint64 nowUtc) const
{
    if (activeCount() == 0)
        return;
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const AgendaEntry &e) { return !accepts(e, nowUtc); }),
                  entries.end());
}

QString CalendarFilter::toText() const
{
    QJsonObject json;
    if (mentee)
        json.insert(MenteeKey, *mentee);
    if (mentor)
        json.insert(MentorKey, *mentor);
    if (cohort)
        json.insert(CohortKey, *cohort);
    json.insert(StatusesKey, statuses & AllStatuses);
    json.insert(OnlyMineKey, onlyMine);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

CalendarFilter CalendarFilter::fromText(const QString &text)
{
    CalendarFilter filter;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return filter;
    const QJsonObject json = document.object();
    filter.mentee = idIn(json, MenteeKey);
    filter.mentor = idIn(json, MentorKey);
    filter.cohort = idIn(json, CohortKey);
    const int bits = json.value(StatusesKey).toInt(AllStatuses) & AllStatuses;
    // Nothing at all shown is no useful memory: start from everything again.
    filter.statuses = bits == 0 ? AllStatuses : bits;
    filter.onlyMine = json.value(OnlyMineKey).toBool(false);
    return filter;
}

} // namespace trellis
