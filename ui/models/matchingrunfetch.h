#pragma once

#include "matching/matchinginput.h"
#include "matching/matchingprofile.h"
#include "models/matchingrun.h"
#include "util/result.h"

#include <QList>

namespace trellis {

class Database;
class LoadRequest;

// The Matching page's load: a whole run (MatchingRun::load) under the profile and rulings it was
// given, on the loader's worker thread. Holds only values. Every request, a change of people or
// relationships included, runs again: who is still to be paired may have changed.
class MatchingRunFetch {
public:
    MatchingRunFetch(const MatchingProfile &profile, QList<MatchPair> locks, QList<MatchPair> rejections)
        : m_profile(profile)
        , m_locks(std::move(locks))
        , m_rejections(std::move(rejections))
    {}

    [[nodiscard]] Result<MatchingRun> operator()(Database &database, const LoadRequest &request) const;

private:
    MatchingProfile m_profile;
    QList<MatchPair> m_locks;
    QList<MatchPair> m_rejections;
};

} // namespace trellis
