#include "models/defaultsreader.h"

#include "services/preferences.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace trellis {

DatabasePreferences DefaultsReader::preferences() const
{
    if (!m_source.isValid())
        return {};
    return Preferences::load(m_source.database()->connection());
}

Result<MeetingDefaults> DefaultsReader::meetingDefaults(Id relationshipId) const
{
    if (!m_source.isValid())
        return Error{QCoreApplication::translate("DefaultsReader", "No database is open.")};
    return MeetingDefaults::load(*m_source.database(), relationshipId);
}

Result<std::optional<SeriesOverlap>> DefaultsReader::seriesOverlap(const Meeting &series, Id mentorId) const
{
    if (!m_source.isValid())
        return Error{QCoreApplication::translate("DefaultsReader", "No database is open.")};
    return SeriesOverlap::find(*m_source.database(), series, mentorId);
}

} // namespace trellis
