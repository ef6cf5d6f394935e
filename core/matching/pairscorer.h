#pragma once

#include "matching/matchinginput.h"
#include "matching/matchingprofile.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace trellis {

// One part of a pair's score, in words: "shares 3 of the 4 skills Ana wants to develop:
// negotiation, SQL, public speaking: +23".
struct ScoreTerm {
    enum class Kind { SkillFit, TopicFit, CrossDepartment, TimeZone, Language, Wish, Load, Rule };
    Kind kind = Kind::SkillFit;
    int points = 0;
    QString words; // without the points
};

// A pair's score and the terms it is the exact sum of.
struct PairScore {
    int total = 0;
    QList<ScoreTerm> terms;
};

// Scores the pairs of one MatchingInput under one profile. Mentees and mentors are addressed by
// their index in the input's lists. points() is the fast path the solver calls for every pair;
// explain() gives the same number as terms in words.
class PairScorer {
public:
    PairScorer(const MatchingInput &input, const MatchingProfile &profile);

    int menteeCount() const { return int(m_mentees.size()); }
    int mentorCount() const { return int(m_mentors.size()); }
    const MatchingProfile &profile() const { return m_profile; }
    const MatchingInput &input() const { return m_input; }

    // Why this pair may not be made (a rule of the profile, an exclusion), or nothing.
    [[nodiscard]] std::optional<QString> whyNot(int mentee, int mentor) const;
    bool allowed(int mentee, int mentor) const;
    // The score without the load term (which depends on the run: loadTerm).
    int points(int mentee, int mentor) const;
    PairScore explain(int mentee, int mentor) const;
    // What a mentor's `position`-th mentee of a run (0 for the first) costs: 0, −3, −6…
    int loadPoints(int position) const { return -m_profile.loadBalance * position; }
    ScoreTerm loadTerm(int mentor, int position) const;

    int menteeIndex(Id personId) const { return m_menteeIndex.value(personId, -1); }
    int mentorIndex(Id personId) const { return m_mentorIndex.value(personId, -1); }

private:
    struct Side {
        std::vector<int> wanted;   // mentee: interests (to develop); mentor: skills (offered)
        std::vector<int> topics;   // interests
        QString department;        // lower case
        QSet<QString> languages;   // lower case
        std::optional<int> offset; // seconds from UTC now, when the zone is known
        QSet<Id> above;            // their managers, up the reporting line
        QString zone;              // the time zone id as given
        std::optional<Id> manager;
        QString emailDomain; // lower case
    };
    // The points of the profile's custom rule `rule` for this pair (0 when it does not apply).
    int rulePoints(const Side &mentee, const Side &mentor, qsizetype rule) const;
    using TermPoints = std::array<int, 6>; // SkillFit … Wish, in ScoreTerm::Kind order
    TermPoints termPoints(int mentee, int mentor, int *sharedSkills = nullptr,
                          int *sharedTopics = nullptr) const;
    Side sideOf(const Person &person, bool mentee);

    const MatchingInput &m_input;
    MatchingProfile m_profile;
    QHash<QString, int> m_tags;
    std::vector<Side> m_mentees;
    std::vector<Side> m_mentors;
    QHash<Id, int> m_menteeIndex;
    QHash<Id, int> m_mentorIndex;
    QSet<QPair<Id, Id>> m_excluded;       // (mentee, mentor)
    QHash<Id, QHash<Id, int>> m_wishRank; // mentee → mentor → 0-based rank
};

} // namespace trellis
