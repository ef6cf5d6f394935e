#include "models/meetingentrylistmodel.h"

#include "models/displaytexts.h"
#include "models/meetingtime.h"
#include "models/pastmeetinglistmodel.h"

namespace trellis {

MeetingEntryListModel::MeetingEntryListModel(Kind kind, QObject *parent)
    : IdListModel<MeetingEntry>(parent)
    , m_kind(kind)
{}

Id MeetingEntryListModel::idOf(const MeetingEntry &entry) const
{
    return PastMeetingListModel::keyOf(entry);
}

QString MeetingEntryListModel::statusText(const MeetingEntry &entry) const
{
    if (m_kind == Kind::Past && entry.occurrence.status == OccurrenceStatus::Planned)
        return tr("Not logged");
    return DisplayTexts::occurrenceStatus(entry.occurrence.status);
}

int MeetingEntryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingEntryListModel::data(const QModelIndex &index, int role) const
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
        case Mode:
            return DisplayTexts::meetingMode(entry.row.mode);
        case Status:
            return statusText(entry);
        }
        return {};
    case KeyRole:
        return PastMeetingListModel::keyOf(entry);
    case EntryRole:
        return QVariant::fromValue(entry);
    default:
        return {};
    }
}

Qt::ItemFlags MeetingEntryListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant MeetingEntryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Title:
        return tr("Meeting");
    case Mode:
        return tr("Mode");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace trellis
