#include "domain/enums.h"

#include <array>

namespace trellis {

namespace {

template <typename E>
struct EnumTexts;

#define TRELLIS_ENUM_TEXTS(Enum, ...)                                                                        \
    template <>                                                                                              \
    struct EnumTexts<Enum> {                                                                                 \
        static constexpr std::array names{__VA_ARGS__};                                                      \
    }

TRELLIS_ENUM_TEXTS(Role, u"mentor", u"mentee", u"coordinator");
TRELLIS_ENUM_TEXTS(TagKind, u"skill", u"interest");
TRELLIS_ENUM_TEXTS(ProgrammeFormat, u"one_to_one", u"group", u"peer", u"reverse", u"micro");
TRELLIS_ENUM_TEXTS(RelationshipStatus, u"proposed", u"active", u"paused", u"completed", u"ended_early");
TRELLIS_ENUM_TEXTS(FitCheckOutcome, u"pending", u"confirmed", u"ended");
TRELLIS_ENUM_TEXTS(MeasureKind, u"percentage", u"target");
TRELLIS_ENUM_TEXTS(GoalStatus, u"not_started", u"in_progress", u"achieved", u"on_hold", u"abandoned");
TRELLIS_ENUM_TEXTS(MeetingKind, u"single", u"series", u"override");
TRELLIS_ENUM_TEXTS(MeetingMode, u"in_person", u"video", u"phone", u"chat", u"shadow_day", u"event");
TRELLIS_ENUM_TEXTS(MeetingStatus, u"planned", u"held", u"cancelled", u"no_show");
TRELLIS_ENUM_TEXTS(Initiator, u"mentor", u"mentee", u"coordinator", u"unknown");
TRELLIS_ENUM_TEXTS(ContactChannel, u"call", u"email", u"message", u"video", u"in_person", u"other");
TRELLIS_ENUM_TEXTS(ResourceKind, u"article", u"link", u"file", u"template", u"book", u"video", u"job_lead",
                   u"course", u"event");
TRELLIS_ENUM_TEXTS(ResourceAudience, u"everyone", u"mentors", u"mentees");
TRELLIS_ENUM_TEXTS(AttachmentText, u"indexed", u"unreadable");
TRELLIS_ENUM_TEXTS(FeedbackVisibility, u"shared_with_pair", u"coordinator_only");
TRELLIS_ENUM_TEXTS(MatchPreferenceKind, u"wish", u"never");
TRELLIS_ENUM_TEXTS(SuggestionStatus, u"pending", u"accepted", u"dismissed");

#undef TRELLIS_ENUM_TEXTS

} // namespace

template <typename E>
QString toText(E value)
{
    const auto index = static_cast<std::size_t>(value);
    const auto &names = EnumTexts<E>::names;
    return index < names.size() ? QString::fromUtf16(names[index]) : QString();
}

template <typename E>
std::optional<E> fromText(QStringView text)
{
    const auto &names = EnumTexts<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (text == QStringView(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

#define TRELLIS_INSTANTIATE(Enum)                                                                            \
    template QString toText<Enum>(Enum);                                                                     \
    template std::optional<Enum> fromText<Enum>(QStringView)

TRELLIS_INSTANTIATE(Role);
TRELLIS_INSTANTIATE(TagKind);
TRELLIS_INSTANTIATE(ProgrammeFormat);
TRELLIS_INSTANTIATE(RelationshipStatus);
TRELLIS_INSTANTIATE(FitCheckOutcome);
TRELLIS_INSTANTIATE(MeasureKind);
TRELLIS_INSTANTIATE(GoalStatus);
TRELLIS_INSTANTIATE(MeetingKind);
TRELLIS_INSTANTIATE(MeetingMode);
TRELLIS_INSTANTIATE(MeetingStatus);
TRELLIS_INSTANTIATE(Initiator);
TRELLIS_INSTANTIATE(ContactChannel);
TRELLIS_INSTANTIATE(ResourceKind);
TRELLIS_INSTANTIATE(FeedbackVisibility);
TRELLIS_INSTANTIATE(ResourceAudience);
TRELLIS_INSTANTIATE(AttachmentText);
TRELLIS_INSTANTIATE(MatchPreferenceKind);
TRELLIS_INSTANTIATE(SuggestionStatus);

#undef TRELLIS_INSTANTIATE

} // namespace trellis
