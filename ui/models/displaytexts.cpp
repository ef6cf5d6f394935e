#include "models/displaytexts.h"

#include "domain/goal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DisplayTexts", text);
}

} // namespace

QString DisplayTexts::relationshipStatus(RelationshipStatus status)
{
    switch (status) {
    case RelationshipStatus::Proposed:
        return tr("Proposed");
    case RelationshipStatus::Active:
        return tr("Active");
    case RelationshipStatus::Paused:
        return tr("Paused");
    case RelationshipStatus::Completed:
        return tr("Completed");
    case RelationshipStatus::EndedEarly:
        return tr("Ended early");
    }
    return {};
}

QString DisplayTexts::goalStatus(GoalStatus status)
{
    switch (status) {
    case GoalStatus::NotStarted:
        return tr("Not started");
    case GoalStatus::InProgress:
        return tr("In progress");
    case GoalStatus::Achieved:
        return tr("Achieved");
    case GoalStatus::OnHold:
        return tr("On hold");
    case GoalStatus::Abandoned:
        return tr("Abandoned");
    }
    return {};
}

QString DisplayTexts::meetingMode(MeetingMode mode)
{
    switch (mode) {
    case MeetingMode::InPerson:
        return tr("In person");
    case MeetingMode::Video:
        return tr("Video");
    case MeetingMode::Phone:
        return tr("Phone");
    case MeetingMode::Chat:
        return tr("Chat");
    case MeetingMode::ShadowDay:
        return tr("Shadow day");
    case MeetingMode::Event:
        return tr("Event");
    }
    return {};
}

QString DisplayTexts::occurrenceStatus(OccurrenceStatus status)
{
    switch (status) {
    case OccurrenceStatus::Planned:
        return tr("Planned");
    case OccurrenceStatus::Held:
        return tr("Held");
    case OccurrenceStatus::Cancelled:
        return tr("Cancelled");
    case OccurrenceStatus::NoShow:
        return tr("No-show");
    }
    return {};
}

QString DisplayTexts::channel(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Call:
        return tr("Call");
    case ContactChannel::Email:
        return tr("E-mail");
    case ContactChannel::Message:
        return tr("Message");
    case ContactChannel::Video:
        return tr("Video call");
    case ContactChannel::InPerson:
        return tr("In person");
    case ContactChannel::Other:
        return tr("Other");
    }
    return {};
}

QString DisplayTexts::initiator(Initiator initiator)
{
    switch (initiator) {
    case Initiator::Mentor:
        return tr("Mentor");
    case Initiator::Mentee:
        return tr("Mentee");
    case Initiator::Coordinator:
        return tr("Coordinator");
    case Initiator::Unknown:
        return tr("Not recorded");
    }
    return {};
}

QString DisplayTexts::role(Role role)
{
    switch (role) {
    case Role::Mentor:
        return tr("Mentor");
    case Role::Mentee:
        return tr("Mentee");
    case Role::Coordinator:
        return tr("Coordinator");
    }
    return {};
}

QString DisplayTexts::date(const QDate &date)
{
    if (!date.isValid())
        return tr("—");
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString DisplayTexts::date(const std::optional<QDate> &value)
{
    return value ? date(*value) : tr("—");
}

QString DisplayTexts::dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return tr("—");
    return QLocale().toString(dateTime, QStringLiteral("ddd d MMM yyyy, ")) +
           QLocale().toString(dateTime.time(), QStringLiteral("HH:mm"));
}

QString DisplayTexts::number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString DisplayTexts::percent(double value)
{
    return number(value) + QLocale().percent();
}

QString DisplayTexts::measure(const Goal &goal, double value)
{
    if (goal.measureKind == MeasureKind::Percentage)
        return percent(value);
    return tr("%1 of %2 %3").arg(number(value), number(goal.targetValue), goal.unit).trimmed();
}

QString DisplayTexts::initials(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString result;
    if (!parts.isEmpty())
        result += parts.first().left(1);
    if (parts.size() > 1)
        result += parts.last().left(1);
    return result.toUpper();
}

} // namespace trellis
