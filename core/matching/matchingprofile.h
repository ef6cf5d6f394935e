#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace trellis {

// A coordinator's own weight on a person attribute both sides have: "same time zone: +5",
// "different e-mail domain (another site): +8". Applies only when both have a value; the points may
// be negative ("same manager: −10").
struct AttributeRule {
    enum class Attribute { Department, TimeZone, Manager, EmailDomain };
    Attribute attribute = Attribute::Department;
    bool same = true; // the rule is about both having the same value (else different ones)
    int points = 5;

    bool operator==(const AttributeRule &) const = default;
    static QList<Attribute> attributes();
    // "department", "timezone", "manager", "email-domain" (stored keys).
    static QString attributeKey(Attribute attribute);
    static std::optional<Attribute> attributeFromKey(const QString &key);
    // "Department", "Time zone", "Manager", "E-mail domain" (translated).
    static QString attributeName(Attribute attribute);
    // "Same time zone", "Different e-mail domain" (translated).
    QString title() const;
};

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

    QList<AttributeRule> rules;        // the coordinator's own, scored after the weights above
    Preset basedOn = Preset::Balanced; // the preset the coordinator started from (shown, stored)

    bool operator==(const MatchingProfile &) const = default;
    // As stored with a programme (MatchingProfileStore) and printed by the CLI: every weight and
    // rule by name. fromJson() keeps the defaults for what the object lacks.
    QJsonObject toJson() const;
    static MatchingProfile fromJson(const QJsonObject &json);

    static MatchingProfile preset(Preset preset);
    static QList<Preset> presets();
    static QString presetName(Preset preset);
    // "balanced", "cross-department", "onboarding", "skills-first" (CLI and settings keys).
    static QString presetKey(Preset preset);
    static std::optional<Preset> presetFromKey(const QString &key);
};

} // namespace trellis
