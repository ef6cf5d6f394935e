#include "matching/matchingprofile.h"

#include <QCoreApplication>

#include <optional>

namespace trellis {

MatchingProfile MatchingProfile::preset(Preset preset)
{
    MatchingProfile profile;
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
