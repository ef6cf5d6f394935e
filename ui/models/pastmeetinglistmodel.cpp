#include "models/pastmeetinglistmodel.h"

#include "models/displaytexts.h"
#include "models/meetingtime.h"

#include <QDateTime>

namespace trellis {

PastMeetingListModel::PastMeetingListModel(QObject *parent)
    : IdListModel<MeetingEntry>(parent)
{}

void PastMeetingListModel::setMeetings(const QList<MeetingEntry> &past)
{
    QList<MeetingEntry> shown;
    shown.reserve(past.size());
    for (const MeetingEntry &entry : past) {
        if (entry.occurrence.status != OccurrenceStatus::Cancelled)
            shown.append(entry);
    }
    setItems(std::move(shown));
}

Id PastMeetingListModel::keyOf(const MeetingEntry &entry)
{
    const Occurrence &occurrence = entry.occurrence;
    if (!occurrence.seriesId)
        return occurrence.meetingId;
    // The original start as a naive wall time ('YYYY-MM-DDTHH:MM:SS', or a date when all-day).
    QDateTime original = QDateTime::fromString(occurrence.recurrenceId, Qt::ISODate);
    if (!original.isValid())
        original = QDate::fromString(occurrence.recurrenceId, Qt::ISODate).startOfDay(Qt::UTC);
    const qint64 minutes = original.isValid()
                               ? QDateTime(original.date(), original.time(), Qt::UTC).toSecsSinceEpoch() / 60
                               : occurrence.startUtc / 60;
    return -((*occurrence.seriesId << 32) | (minutes & 0xffffffff));
}

int PastMeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PastMeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingEntry &entry = itemAt(index.row());
    const Occurrence &occurrence = entry.occurrence;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case When:
            return MeetingTime::dateTime(occurrence);
        case Title:
            return occurrence.title.isEmpty() ? tr("Meeting") : occurrence.title;
        case Status:
            return occurrence.status == OccurrenceStatus::Planned
                       ? tr("Not logged")
                       : DisplayTexts::occurrenceStatus(occurrence.status);
        }
        return {};
    case KeyRole:
        return keyOf(entry);
    case EntryRole:
        return QVariant::fromValue(entry);
    default:
        return {};
    }
}

Qt::ItemFlags PastMeetingListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant PastMeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Title:
        return tr("Meeting");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace trellis
