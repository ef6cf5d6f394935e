#include "domain/matchpreference.h"

#include "domain/validation.h"

#include <QSet>

namespace trellis {

using namespace validation;

Status MatchPreference::validate() const
{
    if (auto s = requireId(menteeId, tr("Matching wish"), tr("the mentee")); !s)
        return s;
    if (auto s = requireId(mentorId, tr("Matching wish"), tr("the mentor")); !s)
        return s;
    if (menteeId == mentorId)
        return Error{tr("A mentee cannot wish for or rule out themselves.")};
    return requireAtLeast(rank, kind == MatchPreferenceKind::Wish ? 1 : 0, tr("Matching wish"),
                          tr("the rank"));
}

Status MatchPreferences::validate() const
{
    if (auto s = requireId(menteeId, tr("Matching wishes"), tr("the mentee")); !s)
        return s;
    QSet<Id> seen;
    for (const QList<Id> *list : {&wishes, &never}) {
        for (const Id mentor : *list) {
            if (mentor == menteeId)
                return Error{tr("A mentee cannot wish for or rule out themselves.")};
            if (seen.contains(mentor))
                return Error{tr("A mentor can be wished for or ruled out, not both, and only once.")};
            seen.insert(mentor);
        }
    }
    return {};
}

} // namespace trellis
