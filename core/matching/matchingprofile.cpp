#include "matching/matchingprofile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace trellis {

namespace {

// The weights and rules by their stored names (also the Matching panel's keys).
struct IntField {
    const char *key;
    int MatchingProfile::*field;
};
constexpr IntField IntFields[] = {
    {"skillFit", &MatchingProfile::skillFit},
    {"topicFit", &MatchingProfile::topicFit},
    {"crossDepartment", &MatchingProfile::crossDepartment},
    {"timeZonePerHour", &MatchingProfile::timeZonePerHour},
    {"sharedLanguage", &MatchingProfile::sharedLanguage},
    {"wishTop", &MatchingProfile::wishTop},
    {"loadBalance", &MatchingProfile::loadBalance},
    {"minimumScore", &MatchingProfile::minimumScore},
};
struct BoolField {
    const char *key;
    bool MatchingProfile::*field;
};
constexpr BoolField BoolFields[] = {
    {"avoidReportingLine", &MatchingProfile::avoidReportingLine},
    {"requireOtherDepartment", &MatchingProfile::requireOtherDepartment},
    {"requireCommonLanguage", &MatchingProfile::requireCommonLanguage},
};

} // namespace

QList<AttributeRule::Attribute> AttributeRule::attributes()
{
    return {Attribute::Department, Attribute::TimeZone, Attribute::Manager, Attribute::EmailDomain};
}

QString AttributeRule::attributeKey(Attribute attribute)
{
    switch (attribute) {
    case Attribute::Department:
        return QStringLiteral("department");
    case Attribute::TimeZone:
        return QStringLiteral("timezone");
    case Attribute::Manager:
        return QStringLiteral("manager");
    case Attribute::EmailDomain:
        return QStringLiteral("email-domain");
    }
    return {};
}

std::optional<AttributeRule::Attribute> AttributeRule::attributeFromKey(const QString &key)
{
    for (const Attribute attribute : attributes()) {
        if (attributeKey(attribute) == key)
            return attribute;
    }
    return std::nullopt;
}

QString AttributeRule::attributeName(Attribute attribute)
{
    switch (attribute) {
    case Attribute::Department:
        return QCoreApplication::translate("MatchingProfile", "Department");
    case Attribute::TimeZone:
        return QCoreApplication::translate("MatchingProfile", "Time zone");
    case Attribute::Manager:
        return QCoreApplication::translate("MatchingProfile", "Manager");
    case Attribute::EmailDomain:
        return QCoreApplication::translate("MatchingProfile", "E-mail domain");
    }
    return {};
}

QString AttributeRule::title() const
{
    switch (attribute) {
    case Attribute::Department:
        return same ? QCoreApplication::translate("MatchingProfile", "Same department")
                    : QCoreApplication::translate("MatchingProfile", "Different department");
    case Attribute::TimeZone:
        return same ? QCoreApplication::translate("MatchingProfile", "Same time zone")
                    : QCoreApplication::translate("MatchingProfile", "Different time zone");
    case Attribute::Manager:
        return same ? QCoreApplication::translate("MatchingProfile", "Same manager")
                    : QCoreApplication::translate("MatchingProfile", "Different manager");
    case Attribute::EmailDomain:
        return same ? QCoreApplication::translate("MatchingProfile", "Same e-mail domain")
                    : QCoreApplication::translate("MatchingProfile", "Different e-mail domain");
    }
    return {};
}

QJsonObject MatchingProfile::toJson() const
{
    QJsonObject json;
    QJsonArray custom;
    for (const AttributeRule &rule : rules)
        custom.append(QJsonObject{{QStringLiteral("attribute"), AttributeRule::attributeKey(rule.attribute)},
                                  {QStringLiteral("same"), rule.same},
                                  {QStringLiteral("points"), rule.points}});
    json.insert(QStringLiteral("customRules"), custom);
    json.insert(QStringLiteral("preset"), presetKey(basedOn));
    for (const IntField &f : IntFields)
        json.insert(QLatin1String(f.key), this->*f.field);
    for (const BoolField &f : BoolFields)
        json.insert(QLatin1String(f.key), this->*f.field);
    return json;
}

MatchingProfile MatchingProfile::fromJson(const QJsonObject &json)
{
    const auto base = presetFromKey(json.value(QStringLiteral("preset")).toString());
    MatchingProfile profile = preset(base.value_or(Preset::Balanced));
    profile.minimumScore = 0;
    for (const IntField &f : IntFields) {
        const QJsonValue value = json.value(QLatin1String(f.key));
        if (value.isDouble())
            profile.*f.field = value.toInt();
    }
    for (const BoolField &f : BoolFields) {
        const QJsonValue value = json.value(QLatin1String(f.key));
        if (value.isBool())
            profile.*f.field = value.toBool();
    }
    // A rule on an attribute this version does not know is left out rather than guessed.
    for (const QJsonValue &value : json.value(QStringLiteral("customRules")).toArray()) {
        const QJsonObject object = value.toObject();
        const auto attribute =
            AttributeRule::attributeFromKey(object.value(QStringLiteral("attribute")).toString());
        if (!attribute)
            continue;
        profile.rules.append(AttributeRule{*attribute, object.value(QStringLiteral("same")).toBool(true),
                                           object.value(QStringLiteral("points")).toInt()});
    }
    return profile;
}

MatchingProfile MatchingProfile::preset(Preset preset)
{
    MatchingProfile profile;
    profile.basedOn = preset;
    switch (preset) {
    case Preset::Balanced:
        break;
    case Preset::CrossDepartmentLeadership:
        // Leadership programmes pair across the organisation: another department is the point.
        profile.crossDepartment = 20;
        profile.requireOtherDepartment = true;
        profile.topicFit = 15;
        break;
    case Preset::Onboarding:
        // New starters learn the ropes from someone nearby, in their hours, in their team.
        profile.crossDepartment = 0;
        profile.timeZonePerHour = 4;
        profile.skillFit = 20;
        profile.topicFit = 15;
        break;
    case Preset::SkillsFirst:
        profile.skillFit = 50;
        profile.topicFit = 5;
        profile.crossDepartment = 5;
        break;
    }
    return profile;
}

QList<MatchingProfile::Preset> MatchingProfile::presets()
{
    return {Preset::Balanced, Preset::CrossDepartmentLeadership, Preset::Onboarding, Preset::SkillsFirst};
}

QString MatchingProfile::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Balanced:
        return QCoreApplication::translate("MatchingProfile", "Balanced");
    case Preset::CrossDepartmentLeadership:
        return QCoreApplication::translate("MatchingProfile", "Cross-department leadership");
    case Preset::Onboarding:
        return QCoreApplication::translate("MatchingProfile", "Onboarding");
    case Preset::SkillsFirst:
        return QCoreApplication::translate("MatchingProfile", "Skills first");
    }
    return {};
}

QString MatchingProfile::presetKey(Preset preset)
{
    switch (preset) {
    case Preset::Balanced:
        return QStringLiteral("balanced");
    case Preset::CrossDepartmentLeadership:
        return QStringLiteral("cross-department");
    case Preset::Onboarding:
        return QStringLiteral("onboarding");
    case Preset::SkillsFirst:
        return QStringLiteral("skills-first");
    }
    return {};
}

std::optional<MatchingProfile::Preset> MatchingProfile::presetFromKey(const QString &key)
{
    for (const Preset preset : presets()) {
        if (presetKey(preset) == key)
            return preset;
    }
    return std::nullopt;
}

} // namespace trellis
