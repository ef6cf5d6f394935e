#include "domain/preferences.h"

#include <QCoreApplication>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Preferences", text);
}

} // namespace

Status DatabasePreferences::validate() const
{
    if (cadenceDays < 1 || cadenceDays > 365)
        return Error{tr("The default cadence must be between 1 and 365 days (it is %1).").arg(cadenceDays)};
    if (meetingMinutes < 5 || meetingMinutes > 24 * 60)
        return Error{
            tr("The default meeting length must be between 5 minutes and 24 hours (it is %1 minutes).")
                .arg(meetingMinutes)};
    if (reminderMinutes && (*reminderMinutes < 0 || *reminderMinutes > 7 * 24 * 60))
        return Error{tr("The default reminder must be between 0 minutes and a week before the meeting.")};
    if (attachmentLimitMb < 1 || attachmentLimitMb > 500)
        return Error{tr("The library's file size limit must be between 1 and 500 MB (it is %1 MB).")
                         .arg(attachmentLimitMb)};
    return {};
}

} // namespace trellis
