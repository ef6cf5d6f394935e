#include "domain/relationshiplifecycle.h"

#include <QCoreApplication>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RelationshipLifecycle", text);
}

QString statusName(RelationshipStatus status)
{
    switch (status) {
    case RelationshipStatus::Proposed:
        return tr("proposed");
    case RelationshipStatus::Active:
        return tr("active");
    case RelationshipStatus::Paused:
        return tr("paused");
    case RelationshipStatus::Completed:
        return tr("completed");
    case RelationshipStatus::EndedEarly:
        return tr("ended early");
    }
    return {};
}

bool isFinal(RelationshipStatus status)
{
    return status == RelationshipStatus::Completed || status == RelationshipStatus::EndedEarly;
}

} // namespace

Status RelationshipLifecycle::check(RelationshipStatus from, RelationshipStatus to, const QString &reason)
{
    using S = RelationshipStatus;
    if (from == to)
        return Error{tr("The relationship is already %1.").arg(statusName(from))};
    if (isFinal(from))
        return Error{tr("The relationship is %1; that is final and cannot change to %2.")
                         .arg(statusName(from), statusName(to))};
    bool allowed = false;
    switch (to) {
    case S::Proposed:
        allowed = false;
        break;
    case S::Active:
        allowed = from == S::Proposed || from == S::Paused;
        break;
    case S::Paused:
        allowed = from == S::Active;
        break;
    case S::Completed:
        allowed = from == S::Active || from == S::Paused;
        break;
    case S::EndedEarly:
        allowed = true; // from proposed, active or paused
        break;
    }
    if (!allowed) {
        if (to == S::Proposed)
            return Error{
                tr("A relationship cannot go back to proposed once it is %1.").arg(statusName(from))};
        return Error{tr("A %1 relationship cannot become %2.").arg(statusName(from), statusName(to))};
    }
    if (to == S::EndedEarly && reason.trimmed().isEmpty())
        return Error{tr("Ending a relationship early needs a reason.")};
    return {};
}

Status RelationshipLifecycle::apply(Relationship &relationship, RelationshipStatus to, const QDate &on,
                                    const QString &reason)
{
    if (auto s = check(relationship.status, to, reason); !s)
        return s;
    if (!on.isValid())
        return Error{tr("The date of the status change is missing.")};
    switch (to) {
    case RelationshipStatus::Active:
        if (!relationship.startDate)
            relationship.startDate = on;
        break;
    case RelationshipStatus::Completed:
    case RelationshipStatus::EndedEarly:
        if (relationship.startDate && on < *relationship.startDate)
            return Error{tr("The end date %1 is before the start date %2.")
                             .arg(on.toString(Qt::ISODate), relationship.startDate->toString(Qt::ISODate))};
        relationship.endDate = on;
        if (!reason.trimmed().isEmpty())
            relationship.endReason = reason.trimmed();
        break;
    case RelationshipStatus::Proposed:
    case RelationshipStatus::Paused:
        break;
    }
    relationship.status = to;
    return {};
}

Status RelationshipLifecycle::confirmFit(Relationship &relationship)
{
    if (relationship.fitCheckOutcome != FitCheckOutcome::Pending)
        return Error{tr("The fit check has already been done.")};
    if (relationship.status != RelationshipStatus::Active &&
        relationship.status != RelationshipStatus::Paused)
        return Error{tr("Only an active or paused relationship has a fit check; this one is %1.")
                         .arg(statusName(relationship.status))};
    relationship.fitCheckOutcome = FitCheckOutcome::Confirmed;
    return {};
}

Status RelationshipLifecycle::endAfterFitCheck(Relationship &relationship, const QDate &on,
                                               const QString &reason)
{
    if (relationship.fitCheckOutcome != FitCheckOutcome::Pending)
        return Error{tr("The fit check has already been done.")};
    if (relationship.status != RelationshipStatus::Active &&
        relationship.status != RelationshipStatus::Paused)
        return Error{tr("Only an active or paused relationship has a fit check; this one is %1.")
                         .arg(statusName(relationship.status))};
    if (auto s = apply(relationship, RelationshipStatus::EndedEarly, on, reason); !s)
        return s;
    relationship.fitCheckOutcome = FitCheckOutcome::Ended;
    return {};
}

} // namespace trellis
