#include "domain/feedback.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

FeedbackVisibility Feedback::defaultVisibility(Role author)
{
    return author == Role::Coordinator ? FeedbackVisibility::SharedWithPair
                                       : FeedbackVisibility::CoordinatorOnly;
}

bool Feedback::isVisibleTo(Role viewer) const
{
    return viewer == Role::Coordinator || visibility == FeedbackVisibility::SharedWithPair ||
           authorRole == viewer;
}

QList<Feedback> Feedback::visibleTo(const QList<Feedback> &feedback, Role viewer)
{
    QList<Feedback> visible;
    for (const Feedback &given : feedback)
        if (given.isVisibleTo(viewer))
            visible.append(given);
    return visible;
}

Status Feedback::validate() const
{
    const QString entity = tr("Feedback");
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    if (rating < 1 || rating > 5)
        return Error{tr("Feedback: the rating must be between 1 and 5 (it is %1).").arg(rating)};
    return requireDate(givenOn, entity, tr("the date given"));
}

} // namespace trellis
