#include "models/menteelistmodel.h"

#include "models/contacttrend.h"
#include "models/healthpresentation.h"
#include "models/meetingtime.h"
#include "models/relationshiptablemodel.h"
#include "util/clock.h"

#include <QDateTime>
#include <QLocale>

namespace trellis {

namespace {

QString nextMeetingText(const std::optional<qint64> &utc, const QString &zone)
{
    if (!utc)
        return MenteeListModel::tr("Next: —");
    return MenteeListModel::tr("Next: %1").arg(MeetingTime::upcoming(*utc, zone, Clock::today()));
}

} // namespace

MenteeListModel::MenteeListModel(QObject *parent)
    : OverviewListModel(parent)
{}

QString MenteeListModel::initials(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString result;
    if (!words.isEmpty())
        result += words.first().front().toUpper();
    if (words.size() > 1)
        result += words.last().front().toUpper();
    return result;
}

QString MenteeListModel::daysAgo(const QDate &date)
{
    const qint64 days = date.daysTo(Clock::today());
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    return tr("%n days ago", nullptr, int(days));
}

bool MenteeListModel::needsAttention(const RelationshipOverviewEntry &entry)
{
    return PortfolioCounts::needsAttention(entry.health);
}

QString MenteeListModel::attentionText(const RelationshipOverviewEntry &entry)
{
    const RelationshipHealth &health = entry.health;
    QStringList parts;
    if (health.state == CadenceState::Overdue && health.dueDate)
        parts << tr("contact overdue since %1")
                     .arg(QLocale().toString(*health.dueDate, QStringLiteral("d MMM")));
    for (RiskReason reason : health.riskReasons) {
        if (reason == RiskReason::LongOverdue && health.state == CadenceState::Overdue)
            continue; // already said
        if (reason == RiskReason::UnloggedMeetings)
            parts
                << tr("past meetings not logged: %1").arg(QLocale().toString(health.unloggedPastOccurrences));
        else
            parts << HealthPresentation::reasonText(reason, health);
    }
    if (entry.row.inputs.fitCheckDue && !health.riskReasons.contains(RiskReason::FitCheckOverdue) &&
        entry.row.inputs.fitCheckOutcome == QLatin1String("pending") &&
        health.state == CadenceState::Overdue && *entry.row.inputs.fitCheckDue >= Clock::today())
        parts << tr("fit check due %1")
                     .arg(QLocale().toString(*entry.row.inputs.fitCheckDue, QStringLiteral("d MMM")));
    return parts.join(QStringLiteral("; "));
}

QVariant MenteeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RelationshipOverviewEntry &entry = itemAt(index.row());
    const RelationshipOverviewRow &row = entry.row;
    const RelationshipHealth &health = entry.health;
    switch (role) {
    case Qt::DisplayRole:
        return row.menteeName;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts{row.menteeName, HealthPresentation::label(health)};
        if (!data(index, ContactTextRole).toString().isEmpty())
            parts << data(index, ContactTextRole).toString();
        parts << data(index, NextMeetingTextRole).toString();
        if (health.isAtRisk())
            parts << HealthPresentation::reasonsText(health).replace(QLatin1Char('\n'), QStringLiteral("; "));
        parts << ContactTrend::of(row, Clock::today()).text();
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::DecorationRole:
        return HealthPresentation::icon(health);
    case RelationshipIdRole:
        return row.relationshipId;
    case MenteeIdRole:
        return row.menteeId;
    case InitialsRole:
        return initials(row.menteeName);
    case StatusRole:
        return row.status;
    case HealthTextRole:
        if (row.status != QLatin1String("active") && row.status != QLatin1String("paused"))
            return RelationshipTableModel::statusLabel(row.status);
        return HealthPresentation::label(health);
    case HealthShortTextRole:
        if (row.status != QLatin1String("active") && row.status != QLatin1String("paused"))
            return RelationshipTableModel::statusLabel(row.status);
        return HealthPresentation::shortLabel(health);
    case HealthToneRole:
        return int(HealthPresentation::tone(health));
    case ContactTextRole:
        if (!health.lastContactDate)
            return tr("no contact yet");
        return tr("last contact %1").arg(daysAgo(*health.lastContactDate));
    case ReasonsRole:
        return HealthPresentation::reasonsText(health);
    case ProgrammeTextRole: {
        QStringList parts;
        if (!row.programmeName.isEmpty())
            parts << row.programmeName;
        // A cohort named after its programme ("Summer 2026 — Career Compass") says both.
        if (!row.cohortName.isEmpty() && !row.programmeName.isEmpty() &&
            row.cohortName.contains(row.programmeName, Qt::CaseInsensitive))
            parts = QStringList{row.cohortName};
        else if (!row.cohortName.isEmpty())
            parts << row.cohortName;
        return parts.isEmpty() ? tr("No programme") : parts.join(QStringLiteral(" · "));
    }
    case NextMeetingTextRole:
        return nextMeetingText(health.nextPlannedUtc, entry.row.inputs.nextPlannedZone);
    case NextMeetingShortTextRole:
        return nextMeetingText(health.nextPlannedUtc, QString::fromUtf8(MeetingTime::viewerZone().id()));
    case GoalProgressRole:
        return health.averageGoalProgress ? QVariant(*health.averageGoalProgress) : QVariant();
    case OpenActionsRole:
        return health.openActionItems;
    case UnloggedRole:
        return health.unloggedPastOccurrences;
    case AtRiskRole:
        return health.isAtRisk();
    case NeedsAttentionRole:
        return needsAttention(entry);
    case AttentionTextRole:
        return attentionText(entry);
    case UrgencyRole:
        return HealthPresentation::urgency(health);
    case LastContactRole:
        return health.lastContactUtc ? QVariant(*health.lastContactUtc) : QVariant();
    case NextMeetingRole:
        return health.nextPlannedUtc ? QVariant(*health.nextPlannedUtc) : QVariant();
    case EntryRole:
        return QVariant::fromValue(entry);
    case ContactTrendRole:
        return QVariant::fromValue(ContactTrend::of(row, Clock::today()));
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> MenteeListModel::roleNames() const
{
    QHash<int, QByteArray> names = OverviewListModel::roleNames();
    names.insert(RelationshipIdRole, "relationshipId");
    names.insert(HealthTextRole, "healthText");
    names.insert(NextMeetingTextRole, "nextMeeting");
    names.insert(NextMeetingShortTextRole, "nextMeetingShort");
    names.insert(GoalProgressRole, "goalProgress");
    return names;
}

} // namespace trellis
