#include "services/meetingimportservice.h"

#include "calendar/recurrenceset.h"
#include "services/entityedits.h"
#include "services/meetingservice.h"
#include "storage/meetingidentityquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace trellis {

namespace {

constexpr qint64 s_progressEvery = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingImportService", text);
}

constexpr Entity MeetingTable = Entity::Meeting;

LocalStart startOf(const Meeting &m)
{
    return LocalStart{m.startLocal, (m.allDay || m.floating) ? QString() : m.timezone, m.floating, m.allDay};
}

// An original start as read, in the series' own form (RECURRENCE-ID and DTSTART must match):
// a date for an all-day series (matched by day), the same instant in a zoned series' zone.
Result<QString> toSeriesForm(const LocalStart &original, const Meeting &series)
{
    auto wall = MeetingTimes::parseWallTime(original);
    if (!wall)
        return wall.error();
    if (series.allDay)
        return wall->date().toString(Qt::ISODate);
    if (original.allDay) {
        auto seriesWall = MeetingTimes::parseWallTime(startOf(series));
        if (!seriesWall)
            return seriesWall.error();
        return MeetingTimes::formatWallTime(wall->date(), seriesWall->time(), false);
    }
    if (series.floating || original.floating || original.timezone == series.timezone)
        return MeetingTimes::formatWallTime(wall->date(), wall->time(), false);
    auto utc = MeetingTimes::startUtc(original);
    if (!utc)
        return utc.error();
    auto zone = MeetingTimes::timeZone(series.timezone);
    if (!zone)
        return zone.error();
    const QDateTime moved = MeetingTimes::utcToWall(*utc, *zone);
    return MeetingTimes::formatWallTime(moved.date(), moved.time(), false);
}

// The file's values over a stored meeting (an update at a higher SEQUENCE).
void applyImported(Meeting &stored, const MeetingImportItem &item)
{
    const Meeting &m = item.meeting;
    stored.title = m.title;
    stored.location = m.location;
    stored.startLocal = m.startLocal;
    stored.timezone = m.timezone;
    stored.floating = m.floating;
    stored.allDay = m.allDay;
    stored.durationMinutes = m.durationMinutes;
    if (stored.kind == MeetingKind::Series) {
        stored.rrules = m.rrules;
        stored.rdates = m.rdates;
        stored.exdates = m.exdates;
    }
    if (m.status == MeetingStatus::Cancelled)
        stored.status = MeetingStatus::Cancelled;
    else if (stored.status == MeetingStatus::Cancelled)
        stored.status = MeetingStatus::Planned;
    if (item.hasDescription)
        stored.sharedNotes = m.sharedNotes;
    stored.reminderMinutes = m.reminderMinutes;
    stored.sequence = std::max(stored.sequence, m.sequence);
}

class ImportRun {
public:
    ImportRun(RowStore &rows, Id relationshipId, const std::vector<MeetingImportItem> &items,
              MeetingImportResult &result, const MeetingImportHooks &hooks)
        : m_rows(rows)
        , m_relationshipId(relationshipId)
        , m_items(items)
        , m_result(result)
        , m_hooks(hooks)
    {}

    Status run(QSqlDatabase db)
    {
        QStringList uids;
        QSet<QString> seen;
        for (const MeetingImportItem &item : m_items) {
            QStringList candidates{item.meeting.uid};
            if (item.originalStart) // an orphan occurrence is stored under a derived UID
                candidates.append(item.meeting.uid + QLatin1Char('/') + item.originalStart->text);
            for (const QString &uid : std::as_const(candidates)) {
                if (!seen.contains(uid)) {
                    seen.insert(uid);
                    uids.append(uid);
                }
            }
        }
        auto known = MeetingIdentityQuery(db).byUids(uids);
        if (!known)
            return known.error();
        m_known = std::move(*known);
        for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
            if (it->kind == MeetingKind::Series)
                m_seriesByUid.insert(it.key().section(QLatin1Char('\n'), 0, 0), it->id);
        }
        // Series and singles first, so that every override finds its series.
        for (int pass = 0; pass < 2; ++pass) {
            for (size_t i = 0; i < m_items.size(); ++i) {
                const MeetingImportItem &item = m_items[i];
                if ((item.meeting.kind == MeetingKind::Override) != (pass == 1))
                    continue;
                if (m_hooks.cancel && m_hooks.cancel->load(std::memory_order_relaxed))
                    return Error{tr("The import was cancelled; nothing was written.")};
                auto outcome = pass == 0 ? importMaster(item) : importOverride(item);
                if (!outcome)
                    return outcome.error();
                m_result.outcomes[i] = *outcome;
                if (m_hooks.progress && ++m_done % s_progressEvery == 0)
                    m_hooks.progress(m_done, qint64(m_items.size()));
            }
        }
        if (m_hooks.progress)
            m_hooks.progress(qint64(m_items.size()), qint64(m_items.size()));
        return {};
    }

private:
    void warn(const MeetingImportItem &item, const QString &message)
    {
        m_result.warnings.push_back({item.line, message});
    }

    Error failed(const MeetingImportItem &item, const QString &message) const
    {
        return Error{tr("Line %1: %2").arg(item.line).arg(message)};
    }

    Result<MeetingImportOutcome> insert(const MeetingImportItem &item, Meeting m, const Meeting *series,
                                        const QString &key)
    {
        if (auto s = m.validate(); !s)
            return failed(item, s.errorMessage());
        if (auto s = MeetingService::deriveTimes(m, series, false); !s)
            return failed(item, s.errorMessage());
        auto id = m_rows.insert(Entity::Meeting, EntityRows::toRow(m));
        if (!id)
            return failed(item, id.errorMessage());
        m_known.insert(key, MeetingIdentity{*id, m.relationshipId, m.kind, m.seriesId, m.sequence});
        if (m.kind == MeetingKind::Series)
            m_seriesByUid.insert(m.uid, *id);
        return MeetingImportOutcome::Added;
    }

    // An event already stored: updated only at a higher SEQUENCE.
    Result<MeetingImportOutcome> update(const MeetingImportItem &item, MeetingIdentity &identity,
                                        const Meeting *series)
    {
        if (item.meeting.sequence <= identity.sequence)
            return MeetingImportOutcome::Unchanged;
        if (identity.kind != item.meeting.kind &&
            !(identity.kind == MeetingKind::Override && item.meeting.kind == MeetingKind::Override)) {
            warn(item,
                 tr("the event “%1” is stored as a %2 and comes as a %3; Trellis keeps its version.")
                     .arg(item.meeting.title,
                          identity.kind == MeetingKind::Series ? tr("series") : tr("single meeting"),
                          item.meeting.kind == MeetingKind::Series ? tr("series") : tr("single meeting")));
            return MeetingImportOutcome::Unchanged;
        }
        auto stored = EntityEdits::load<Meeting>(m_rows, identity.id);
        if (!stored)
            return failed(item, stored.errorMessage());
        applyImported(*stored, item);
        if (auto s = stored->validate(); !s)
            return failed(item, s.errorMessage());
        if (auto s = MeetingService::deriveTimes(*stored, series, false); !s)
            return failed(item, s.errorMessage());
        if (auto s = m_rows.update(MeetingTable, stored->id, EntityRows::toRow(*stored)); !s)
            return failed(item, s.errorMessage());
        identity.sequence = item.meeting.sequence;
        m_seriesCache.remove(stored->id);
        return MeetingImportOutcome::Updated;
    }

    Result<MeetingImportOutcome> importMaster(const MeetingImportItem &item)
    {
        const QString key = MeetingIdentityQuery::key(item.meeting.uid, QString());
        auto found = m_known.find(key);
        if (found != m_known.end())
            return update(item, *found, nullptr);
        Meeting m = item.meeting;
        m.id = 0;
        m.relationshipId = m_relationshipId;
        m.seriesId.reset();
        m.recurrenceId.clear();
        return insert(item, m, nullptr, key);
    }

    struct SeriesInfo {
        Meeting series;
        std::optional<RecurrenceSet> set;
    };

    Result<SeriesInfo *> seriesInfo(Id id)
    {
        auto it = m_seriesCache.find(id);
        if (it == m_seriesCache.end()) {
            auto series = EntityEdits::load<Meeting>(m_rows, id);
            if (!series)
                return series.error();
            SeriesInfo info{*series, std::nullopt};
            auto set = RecurrenceSet::create(startOf(*series), series->rrules.join(QLatin1Char('\n')),
                                             series->rdates.join(QLatin1Char(',')),
                                             series->exdates.join(QLatin1Char(',')));
            if (set)
                info.set = *set;
            if (m_seriesCache.size() > 2000)
                m_seriesCache.clear();
            it = m_seriesCache.insert(id, info);
        }
        return &*it;
    }

    Result<MeetingImportOutcome> importOverride(const MeetingImportItem &item)
    {
        const auto seriesId = m_seriesByUid.find(item.meeting.uid);
        if (seriesId == m_seriesByUid.end() || !item.originalStart) {
            // No series anywhere: keep the occurrence as a single meeting, under a UID derived from
            // its UID and original start (several occurrences of one missing series stay apart, and
            // a re-import finds them again).
            MeetingImportItem single = item;
            single.meeting.kind = MeetingKind::Single;
            if (item.originalStart)
                single.meeting.uid = item.meeting.uid + QLatin1Char('/') + item.originalStart->text;
            const QString key = MeetingIdentityQuery::key(single.meeting.uid, QString());
            if (auto found = m_known.find(key); found != m_known.end()) {
                if (found->kind == MeetingKind::Single)
                    return update(single, *found, nullptr);
                warn(item,
                     tr("the changed occurrence “%1” has no series in the file or in Trellis, and its UID "
                        "is taken; skipped.")
                         .arg(item.meeting.title));
                return MeetingImportOutcome::Skipped;
            }
            warn(item, tr("the changed occurrence “%1” has no series in the file or in Trellis; kept as a "
                          "single meeting.")
                           .arg(item.meeting.title));
            return importMaster(single);
        }
        auto info = seriesInfo(*seriesId);
        if (!info)
            return failed(item, info.errorMessage());
        const Meeting &series = (*info)->series;
        auto rid = toSeriesForm(*item.originalStart, series);
        if (!rid)
            return failed(item, rid.errorMessage());
        const QString key = MeetingIdentityQuery::key(item.meeting.uid, *rid);
        if (auto found = m_known.find(key); found != m_known.end())
            return update(item, *found, &series);

        Meeting m = item.meeting;
        m.id = 0;
        m.kind = MeetingKind::Override;
        m.seriesId = series.id;
        m.relationshipId = series.relationshipId;
        m.recurrenceId = *rid;
        m.rrules.clear();
        m.rdates.clear();
        m.exdates.clear();
        if ((*info)->set) {
            auto ridUtc = MeetingTimes::startUtc(
                LocalStart{*rid, series.allDay || series.floating ? QString() : series.timezone,
                           series.floating, series.allDay});
            if (ridUtc) {
                const auto found = (*info)->set->between(*ridUtc, *ridUtc + 1);
                if (found.isEmpty() || found.first().utc != *ridUtc)
                    warn(item, tr("%1 is not an occurrence of the series “%2”; the change is kept anyway.")
                                   .arg(*rid, series.title));
            }
        }
        return insert(item, m, &series, key);
    }

    RowStore &m_rows;
    Id m_relationshipId;
    const std::vector<MeetingImportItem> &m_items;
    MeetingImportResult &m_result;
    const MeetingImportHooks &m_hooks;
    QHash<QString, MeetingIdentity> m_known;
    QHash<QString, Id> m_seriesByUid;
    QHash<Id, SeriesInfo> m_seriesCache;
    qint64 m_done = 0;
};

} // namespace

Result<MeetingImportResult> MeetingImportService::importMeetings(Id relationshipId,
                                                                 const std::vector<MeetingImportItem> &items,
                                                                 const MeetingImportHooks &hooks)
{
    MeetingImportResult result;
    result.outcomes.assign(items.size(), MeetingImportOutcome::Unchanged);
    if (!m_context.reader().exists(Entity::Relationship, relationshipId))
        return Error{tr("There is no relationship #%1.").arg(relationshipId)};
    auto changes = m_context.run([&](RowStore &rows) -> Result<Id> {
        ImportRun run(rows, relationshipId, items, result, hooks);
        if (auto s = run.run(m_context.connection()); !s)
            return s.error();
        return relationshipId;
    });
    if (!changes)
        return changes.error();
    result.changes = std::move(*changes);
    return result;
}

} // namespace trellis
