#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace trellis {

// Windows time-zone names → IANA ids, for .ics files written by Outlook and Exchange.
// Knows the Windows ids ("W. Europe Standard Time", via Qt's CLDR table) and the display
// names Outlook puts in TZIDs ("(UTC-05:00) Eastern Time (US & Canada)",
// "Canberra, Melbourne, Sydney", "Pacific Time (US & Canada), Tijuana").
class WindowsZones {
public:
    // IANA ids that may be meant by the name, best first; empty when nothing fits.
    // The first is the CLDR default for a Windows id or a known display name; then
    // zones named after a city in the display name ("Bangkok" → Asia/Bangkok).
    static QList<QByteArray> candidates(const QString &windowsName);

    // The UTC offset written in a display name, "(GMT+10:00) …" → 36000 seconds.
    static std::optional<int> displayOffsetSeconds(const QString &windowsName);

    // The CLDR default IANA zone of every Windows id (one representative zone per rule set).
    static QList<QByteArray> representativeZones();
};

} // namespace trellis
