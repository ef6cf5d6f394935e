#include "icsexporttesting.h"

#include "io/icsexporter.h"
#include "meetingfixture.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>

namespace trellis::test {

QByteArray exportIcs(Database &db, const QString &dir, const MeetingExportScope &scope,
                     const IcsExportOptions &options)
{
    const QString path = QDir(dir).filePath(QStringLiteral("export.ics"));
    IcsExporter exporter(db);
    exporter.setOptions(options);
    const auto result = exporter.exportToFile(scope, path);
    if (!result)
        qFatal("export failed: %s", qPrintable(result.errorMessage()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList contentLines(const QByteArray &ics)
{
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList lines = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList linesNamed(const QStringList &lines, const QString &name)
{
    QStringList found;
    for (const QString &line : lines) {
        if (line.startsWith(name) && (line.mid(name.size(), 1) == QLatin1String(":") ||
                                      line.mid(name.size(), 1) == QLatin1String(";")))
            found << line;
    }
    return found;
}

QList<QStringList> events(const QStringList &lines)
{
    QList<QStringList> result;
    QStringList current;
    bool inside = false;
    for (const QString &line : lines) {
        if (line == QLatin1String("BEGIN:VEVENT"))
            inside = true;
        if (inside)
            current << line;
        if (line == QLatin1String("END:VEVENT")) {
            result << current;
            current.clear();
            inside = false;
        }
    }
    return result;
}

QStringList eventLines(const QStringList &lines)
{
    QStringList result;
    for (const QStringList &block : events(lines))
        result += block;
    return result;
}

void addCrossCheckScenario(MeetingFixture &f, qint64 rel)
{
    const QString berlin = QStringLiteral("Europe/Berlin");
    MeetingSpec weekly;
    weekly.kind = QStringLiteral("series");
    weekly.title = QStringLiteral("Berlin weekly");
    weekly.location = QStringLiteral("Café Einstein, Unter den Linden 42; Berlin");
    weekly.startLocal = QStringLiteral("2024-03-12T17:00:00");
    weekly.timezone = berlin;
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU;UNTIL=20240430T170000");
    weekly.exdates = QStringLiteral("2024-04-23T17:00:00");
    weekly.sequence = 2;
    weekly.reminderMinutes = 15;
    const qint64 series = f.addMeeting(rel, weekly, QStringLiteral("0b5c3f1e-berlin@trellis.test"));

    MeetingSpec cancelled;
    cancelled.kind = QStringLiteral("override");
    cancelled.seriesId = series;
    cancelled.recurrenceId = QStringLiteral("2024-03-26T17:00:00");
    cancelled.startLocal = cancelled.recurrenceId;
    cancelled.timezone = berlin;
    cancelled.status = QStringLiteral("cancelled");
    cancelled.sequence = 3;
    f.addMeeting(rel, cancelled);

    MeetingSpec moved;
    moved.kind = QStringLiteral("override");
    moved.seriesId = series;
    moved.title = QStringLiteral("Berlin weekly (moved)");
    moved.recurrenceId = QStringLiteral("2024-04-09T17:00:00");
    moved.startLocal = QStringLiteral("2024-04-10T18:30:00");
    moved.timezone = berlin;
    moved.durationMinutes = 45;
    moved.sequence = 3;
    f.addMeeting(rel, moved);

    MeetingSpec newYork;
    newYork.kind = QStringLiteral("series");
    newYork.title = QStringLiteral("New York fortnightly");
    newYork.startLocal = QStringLiteral("2024-10-24T09:00:00");
    newYork.timezone = QStringLiteral("America/New_York");
    newYork.rrule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2;COUNT=4");
    newYork.durationMinutes = 30;
    f.addMeeting(rel, newYork, QStringLiteral("7d1e0a52-newyork@trellis.test"));

    MeetingSpec allDay;
    allDay.kind = QStringLiteral("series");
    allDay.title = QStringLiteral("Month-end reflection");
    allDay.startLocal = QStringLiteral("2024-01-31");
    allDay.allDay = true;
    allDay.durationMinutes = 1440;
    allDay.rrule = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20240430");
    f.addMeeting(rel, allDay, QStringLiteral("c4a9e2b0-allday@trellis.test"));

    MeetingSpec floating;
    floating.kind = QStringLiteral("series");
    floating.title = QStringLiteral("Floating stand-up");
    floating.startLocal = QStringLiteral("2024-06-01T08:00:00");
    floating.floating = true;
    floating.durationMinutes = 15;
    floating.rrule = QStringLiteral("FREQ=DAILY;COUNT=3");
    f.addMeeting(rel, floating, QStringLiteral("e91f6d3c-floating@trellis.test"));

    MeetingSpec utc;
    utc.title = QStringLiteral("UTC check-in");
    utc.startLocal = QStringLiteral("2024-05-05T12:00:00");
    utc.timezone = QStringLiteral("UTC");
    utc.durationMinutes = 20;
    f.addMeeting(rel, utc, QStringLiteral("5a27c8d4-utc@trellis.test"));
}

} // namespace trellis::test
