#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace trellis {

// Writes compact VTIMEZONE components the way Google Calendar does: the plain
// IANA name as TZID (libical 3.0.16 would write a /freeassociation.sourceforge.net/
// prefix) and only the observances from a given year on, with the open-ended
// yearly rules merged (libical splits them at 2037).
class VtimezoneWriter {
public:
    // UTC and its aliases: times in these zones are written as `…Z`, never with a TZID.
    static bool isUtc(const QString &zone);
    // Whether libical knows the IANA zone id.
    static bool isKnown(const QString &zone);
    // The VTIMEZONE (CRLF lines, folded) for zone, valid for times from fromUtcSecs on.
    [[nodiscard]] static Result<QByteArray> write(const QString &zone, qint64 fromUtcSecs);
};

} // namespace trellis
