#include "models/occurrencemodel.h"

#include "models/calendarmoves.h"
#include "models/calendartexts.h"
#include "storage/database.h"
#include "util/clock.h"

namespace trellis {

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
                                                                 const LoadRequest &) const
{
    auto entries = CalendarAgenda::window(database, scope, first, days, viewer);
    if (!entries)
        return entries.error();
    filter.apply(*entries, nowUtc);
    return Data{first, days, std::move(*entries)};
}

void OccurrenceModel::apply(Data data, const LoadRequest &)
{
    if (data.first != m_first || data.days != m_days)
        return;
    setItems(std::move(data.entries));
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
    const QString key = entry.key();
    auto it = m_keyIds.constFind(key);
    if (it != m_keyIds.constEnd())
        return it.value();
    const Id id = Id(m_keyIds.size()) + 1;
    m_keyIds.insert(key, id);
    return id;
}

} // namespace trellis
