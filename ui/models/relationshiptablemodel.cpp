#include "models/relationshiptablemodel.h"

#include "models/contacttrend.h"
#include "models/displaytexts.h"
#include "models/healthpresentation.h"
#include "models/meetingtime.h"
#include "util/clock.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace trellis {

namespace {

QString shortDate(const std::optional<QDate> &date)
{
    return DisplayTexts::date(date);
}

QString shortDateTime(const std::optional<qint64> &utc, const QString &zone)
{
    if (!utc)
        return QStringLiteral("—");
    return MeetingTime::dateTime(*utc, zone);
}

} // namespace

RelationshipTableModel::RelationshipTableModel(QObject *parent)
    : OverviewListModel(parent)
{}

int RelationshipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RelationshipTableModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("proposed"))
        return tr("Proposed");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("ended_early"))
        return tr("Ended early");
    return status;
}

QVariant RelationshipTableModel::display(const RelationshipOverviewEntry &entry, int column) const
{
    const RelationshipOverviewRow &row = entry.row;
    const RelationshipHealth &health = entry.health;
    switch (column) {
    case Mentee:
        return row.menteeName;
    case Mentor:
        return row.mentorName;
    case Programme:
        if (row.cohortName.isEmpty())
            return row.programmeName;
        return tr("%1 · %2").arg(row.programmeName, row.cohortName);
    case Status:
        return statusLabel(row.status);
    case Health:
        return HealthPresentation::label(health);
    case LastContact:
        if (!health.lastContactDate)
            return tr("none yet");
        return shortDate(health.lastContactDate);
    case NextMeeting:
        return shortDateTime(health.nextPlannedUtc, entry.row.inputs.nextPlannedZone);
    case Goals:
        if (!health.averageGoalProgress)
            return tr("no goals");
        return DisplayTexts::percent(double(std::lround(*health.averageGoalProgress * 100.0)));
    case OpenActions:
        return QLocale().toString(health.openActionItems);
    case Cadence:
        return tr("every %n day(s)", nullptr, row.cadenceDays);
    case Trend:
        return {}; // drawn; its words are the tooltip and the accessible text
    default:
        return {};
    }
}

QVariant RelationshipTableModel::sortValue(const RelationshipOverviewEntry &entry, int column) const
{
    const RelationshipHealth &health = entry.health;
    switch (column) {
    case Health:
        return HealthPresentation::urgency(health) * 100000 - health.daysOverdue;
    case LastContact:
        return health.lastContactUtc.value_or(0);
    case NextMeeting:
        return health.nextPlannedUtc.value_or(std::numeric_limits<qint64>::max());
    case Goals:
        return health.averageGoalProgress.value_or(-1.0);
    case OpenActions:
        return health.openActionItems;
    case Cadence:
        return entry.row.cadenceDays;
    case Trend: {
        int total = 0;
        for (int month : entry.row.monthlyContacts)
            total += month;
        return total;
    }
    default:
        return display(entry, column).toString().toLower();
    }
}

QVariant RelationshipTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RelationshipOverviewEntry &entry = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, column);
    case Qt::AccessibleTextRole:
        if (column == Trend)
            return ContactTrend::of(entry.row, Clock::today()).text();
        return display(entry, column);
    case Qt::ToolTipRole:
        if (column == Trend)
            return ContactTrend::of(entry.row, Clock::today()).text();
        if (column == Health && entry.health.isAtRisk())
            return HealthPresentation::reasonsText(entry.health);
        return {};
    case Qt::DecorationRole:
        if (column == Health)
            return HealthPresentation::icon(entry.health);
        return {};
    case Qt::ForegroundRole:
        if (column == Health)
            return HealthPresentation::colour(HealthPresentation::tone(entry.health));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Goals || column == OpenActions)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(entry, column);
    case RelationshipIdRole:
        return entry.row.relationshipId;
    case StatusRole:
        return entry.row.status;
    case AtRiskRole:
        return entry.health.isAtRisk();
    case EntryRole:
        return QVariant::fromValue(entry);
    case TrendRole:
        return QVariant::fromValue(ContactTrend::of(entry.row, Clock::today()));
    default:
        return {};
    }
}

QVariant RelationshipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mentee:
        return tr("Mentee");
    case Mentor:
        return tr("Mentor");
    case Programme:
        return tr("Programme");
    case Status:
        return tr("Status");
    case Health:
        return tr("Health");
    case LastContact:
        return tr("Last contact");
    case NextMeeting:
        return tr("Next meeting");
    case Goals:
        return tr("Goals");
    case OpenActions:
        return tr("Open actions");
    case Cadence:
        return tr("Cadence");
    case Trend:
        return tr("Contact");
    default:
        return {};
    }
}

} // namespace trellis
