#include "models/occurrencemodel.h"

#include "models/calendarmoves.h"
#include "models/calendartexts.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QSet>

#include <algorithm>
#include <iterator>

namespace trellis {

namespace {

// A page over every relationship whose filter keeps one mentee, mentor or cohort, or only the
// viewer's meetings, reads just those relationships: a cohort's month instead of the whole
// programme's. The filter still decides what is kept, and conflicts still count the people's
// meetings elsewhere (CalendarAgenda::load reads those for any narrower scope).
RelationshipScope narrowed(const RelationshipScope &scope, const CalendarFilter &filter)
{
    if (scope.kind != RelationshipScope::Kind::All)
        return scope;
    RelationshipScope read = scope;
    if (filter.mentee)
        read = RelationshipScope::mentee(*filter.mentee);
    else if (filter.mentor)
        read = RelationshipScope::mentor(*filter.mentor);
    else if (filter.onlyMine && filter.me != 0)
        read = RelationshipScope::person(filter.me);
    else if (filter.cohort)
        read = RelationshipScope::cohort(*filter.cohort);
    return read.seenBy(scope.viewer);
}

} // namespace

OccurrenceModel::OccurrenceModel(QObject *parent)
    : IdListModel<AgendaEntry>(parent)
{}

void OccurrenceModel::setWindow(const QDate &first, int days)
{
    if (first == m_first && days == m_days)
        return;
    m_first = first;
    m_days = days;
    // The layouts follow at once (what is shown and still inside stays until the new result).
    Q_EMIT entriesChanged();
}

qint64 OccurrenceModel::nowUtc() const
{
    return m_nowUtc != 0 ? m_nowUtc : Clock::nowUtc().toSecsSinceEpoch();
}

Result<OccurrenceModel::Data> OccurrenceModel::Fetch::operator()(Database &database,
                                                                 const LoadRequest &request) const
{
    if (!request.isFull()) {
        QList<std::pair<Entity, QList<Id>>> changes;
        for (const Entity entity : request.entities())
            changes.append({entity, request.ids(entity)});
        auto update = CalendarAgenda::windowUpdate(database, changes, first, days, viewer);
        if (!update)
            return update.error();
        if (*update) {
            // The relationships around the change, in every scope: keep this page's.
            QList<AgendaEntry> entries;
            entries.reserve((*update)->entries.size());
            for (AgendaEntry &entry : (*update)->entries)
                if (CalendarAgenda::inScope(entry, scope))
                    entries.append(std::move(entry));
            filter.apply(entries, nowUtc);
            return Data{first, days, std::move(entries), std::move((*update)->relationships)};
        }
        // A removed row: read the window.
    }
    auto entries = CalendarAgenda::window(database, narrowed(scope, filter), first, days, viewer);
    if (!entries)
        return entries.error();
    filter.apply(*entries, nowUtc);
    return Data{first, days, std::move(*entries), std::nullopt};
}

void OccurrenceModel::apply(Data data, const LoadRequest &)
{
    if (data.first != m_first || data.days != m_days)
        return;
    if (!data.relationships) {
        setItems(std::move(data.entries));
        Q_EMIT entriesChanged();
        return;
    }
    // The rows of other relationships stay as they are; the new ones slot in by start, so the
    // diff touches only the changed relationships' rows.
    const QSet<Id> replaced(data.relationships->cbegin(), data.relationships->cend());
    QList<AgendaEntry> kept;
    kept.reserve(rowCount());
    for (const AgendaEntry &entry : items())
        if (!replaced.contains(entry.occurrence.relationshipId))
            kept.append(entry);
    std::sort(data.entries.begin(), data.entries.end(), &CalendarAgenda::precedes);
    QList<AgendaEntry> merged;
    merged.reserve(kept.size() + data.entries.size());
    std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
               std::make_move_iterator(data.entries.begin()), std::make_move_iterator(data.entries.end()),
               std::back_inserter(merged), &CalendarAgenda::precedes);
    setItems(std::move(merged));
    Q_EMIT entriesChanged();
}

QString OccurrenceModel::tooltipOf(int row, trellis::Role viewer) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const AgendaEntry &entry = itemAt(row);
    if (m_data.isValid())
        if (auto meeting = CalendarMoves::rowOf(m_data, entry))
            return CalendarTexts::tooltip(entry, viewer, nowUtc(), *meeting);
    return CalendarTexts::tooltip(entry, viewer, nowUtc());
}

QList<Entity> OccurrenceModel::watched()
{
    return {Entity::Meeting, Entity::Relationship, Entity::Person};
}

QDateTime OccurrenceModel::startOf(const AgendaEntry &entry) const
{
    const Occurrence &o = entry.occurrence;
    if (o.allDay)
        return QDateTime(o.startLocal.date(), QTime(0, 0), m_viewer);
    return QDateTime::fromSecsSinceEpoch(o.startUtc, m_viewer);
}

QDateTime OccurrenceModel::endOf(const AgendaEntry &entry) const
{
    const Occurrence &o = entry.occurrence;
    if (o.allDay)
        return QDateTime(o.endLocal.date(), QTime(0, 0), m_viewer);
    return QDateTime::fromSecsSinceEpoch(o.endUtc, m_viewer);
}

int OccurrenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant OccurrenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaEntry &e = itemAt(index.row());
    const Occurrence &o = e.occurrence;
    switch (role) {
    case Qt::DisplayRole:
        return o.title.isEmpty() ? e.menteeName : o.title;
    case EntryRole:
        return QVariant::fromValue(e);
    case KeyRole:
        return e.key();
    case StartRole:
        return startOf(e);
    case EndRole:
        return endOf(e);
    case AllDayRole:
        return o.allDay;
    case StatusRole:
        return int(o.status);
    case UnloggedRole:
        return o.isUnloggedAt(nowUtc());
    case CancelledRole:
        return o.status == OccurrenceStatus::Cancelled;
    case ConflictRole:
        return e.conflict;
    case RelationshipRole:
        return o.relationshipId;
    case TimeZoneRole:
        return o.timezone;
    default:
        return {};
    }
}

Id OccurrenceModel::idOf(const AgendaEntry &entry) const
{
    const Occurrence &o = entry.occurrence;
    const std::pair<qint64, QString> key = o.seriesId
                                               ? std::pair<qint64, QString>(*o.seriesId, o.recurrenceId)
                                               : std::pair<qint64, QString>(-o.meetingId, {});
    auto it = m_keyIds.constFind(key);
    if (it != m_keyIds.constEnd())
        return it.value();
    const Id id = Id(m_keyIds.size()) + 1;
    m_keyIds.insert(key, id);
    return id;
}

} // namespace trellis
