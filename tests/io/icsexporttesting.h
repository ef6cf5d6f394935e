#pragma once

#include "domain/meetingexportscope.h"
#include "io/icsexportoptions.h"

#include <QByteArray>
#include <QStringList>

namespace trellis {
class Database;
}

namespace trellis::test {

class MeetingFixture;

// Exports scope to a file in dir and returns its bytes (fails the test via qFatal on error).
QByteArray exportIcs(Database &db, const QString &dir,
                     const MeetingExportScope &scope = MeetingExportScope::all(),
                     const IcsExportOptions &options = {});
// Content lines after unfolding (RFC 5545 §3.1), without their CRLF.
QStringList contentLines(const QByteArray &ics);
// The content lines whose name (before ';' or ':') is name.
QStringList linesNamed(const QStringList &lines, const QString &name);
// The lines inside VEVENTs (VTIMEZONEs have DTSTART and RRULE lines too).
QStringList eventLines(const QStringList &lines);
// The VEVENT blocks (unfolded lines from BEGIN:VEVENT to END:VEVENT).
QList<QStringList> events(const QStringList &lines);

// The scenario of the golden file and the cross-check with an independent parser:
// a Berlin weekly series across the March DST switch with a stored EXDATE, a
// cancelled and a moved occurrence; a New York series across November's switch;
// an all-day monthly series; a floating daily series; a single UTC meeting.
void addCrossCheckScenario(MeetingFixture &fixture, qint64 relationshipId);

} // namespace trellis::test
