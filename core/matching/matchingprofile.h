#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace trellis {

// How a programme weighs a pair, in whole points so that a pair's terms add up exactly to its
// score. Weights are what a coordinator trades; the rules are constraints, never large weights:
// a pair that breaks one is not a candidate at all.
struct MatchingProfile {
    enum class Preset { Balanced, CrossDepartmentLeadership, Onboarding, SkillsFirst };

    // Weights (points).
    int skillFit = 30;        // all the skills a mentee wants to develop are ones the mentor offers
    int topicFit = 10;        // all the mentee's interests are the mentor's too
    int crossDepartment = 10; // mentor from another department
    int timeZonePerHour = 1;  // taken off per hour between their time zones (at most 12 hours)
    int sharedLanguage = 5;   // a language both speak (when both list languages)
    int wishTop = 15;         // the mentee's first wish; later wishes get a share of it
    int loadBalance = 3;      // taken off a mentor's second mentee of a run, twice that the third…

    // Rules (constraints).
    bool avoidReportingLine = true;      // nobody paired with someone above or below them
    bool requireOtherDepartment = false; // only pairs across departments
    bool requireCommonLanguage = true;   // when both list languages, they share one
    int minimumScore = 0;                // a mentee stays unmatched rather than paired below this

    static MatchingProfile preset(Preset preset);
    static QList<Preset> presets();
    static QString presetName(Preset preset);
    // "balanced", "cross-department", "onboarding", "skills-first" (CLI and settings keys).
    static QString presetKey(Preset preset);
    static std::optional<Preset> presetFromKey(const QString &key);
};

} // namespace trellis
