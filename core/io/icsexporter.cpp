#include "io/icsexporter.h"

#include "calendar/icsevent.h"
#include "calendar/icseventwriter.h"
#include "calendar/vtimezonewriter.h"
#include "io/writefailure.h"
#include "storage/database.h"
#include "storage/meetingexportquery.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

#include <optional>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IcsExporter", text);
}

constexpr qint64 kProgressEvery = 250;

// A stored time ('YYYY-MM-DDTHH:MM:SS' or 'YYYY-MM-DD'; compact iCalendar forms accepted too)
// in the given form.
std::optional<IcsEventTime> parseStored(const QString &raw, bool allDay, bool floating, const QString &zone)
{
    QString text = raw.trimmed();
    text.remove(QLatin1Char('-'));
    text.remove(QLatin1Char(':'));
    const QDate date = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        return std::nullopt;
    if (allDay)
        return IcsEventTime::allDay(date);
    if (text.size() < 13 || text.at(8) != QLatin1Char('T'))
        return std::nullopt;
    QString clock = text.mid(9, 6);
    if (clock.size() == 4)
        clock += QStringLiteral("00");
    const QTime time = QTime::fromString(clock, QStringLiteral("HHmmss"));
    if (!time.isValid())
        return std::nullopt;
    if (floating || zone.isEmpty())
        return IcsEventTime::floating(date, time);
    return IcsEventTime::zoned(date, time, zone);
}

Result<QList<IcsEventTime>> parseList(const QStringList &items, const MeetingExportRow &row, const char *what)
{
    QList<IcsEventTime> times;
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            continue;
        const auto t = parseStored(item, row.allDay, row.floating, row.timezone);
        if (!t)
            return Error{
                tr("Meeting %1: the %2 \"%3\" cannot be read.").arg(row.id).arg(QLatin1String(what), item)};
        bool seen = false;
        for (const IcsEventTime &other : std::as_const(times))
            seen = seen || (other.date == t->date && other.time == t->time);
        if (!seen)
            times.push_back(*t);
    }
    return times;
}

QString descriptionOf(const MeetingExportRow &row)
{
    const QString agenda = row.agenda.trimmed();
    const QString notes = row.sharedNotes.trimmed();
    if (agenda.isEmpty())
        return notes;
    const QString agendaPart = tr("Agenda:") % QLatin1Char('\n') % agenda;
    if (notes.isEmpty())
        return agendaPart;
    return agendaPart % QStringLiteral("\n\n") % tr("Notes:") % QLatin1Char('\n') % notes;
}

Result<IcsEvent> eventOf(const MeetingExportRow &row, const IcsExportOptions &options)
{
    IcsEvent event;
    event.uid = row.uid;
    event.sequence = row.sequence;
    const auto start = parseStored(row.startLocal, row.allDay, row.floating, row.timezone);
    if (!start)
        return Error{tr("Meeting %1: the start \"%2\" cannot be read.").arg(row.id).arg(row.startLocal)};
    event.start = *start;
    event.durationMinutes = row.durationMinutes;

    if (row.kind == MeetingExportRow::Kind::Series) {
        event.rrules = row.rrule.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        auto rdates = parseList(row.rdates.split(QLatin1Char(',')), row, "extra date");
        if (!rdates)
            return rdates.error();
        event.rdates = rdates.value();
        auto exdates =
            parseList(row.exdates.split(QLatin1Char(',')) + row.cancelledRecurrenceIds, row, "excluded date");
        if (!exdates)
            return exdates.error();
        event.exdates = exdates.value();
    } else if (row.kind == MeetingExportRow::Kind::Override) {
        const auto original =
            parseStored(row.recurrenceId, row.seriesAllDay, row.seriesFloating, row.seriesTimezone);
        if (!original)
            return Error{tr("Meeting %1: the original start \"%2\" cannot be read.")
                             .arg(row.id)
                             .arg(row.recurrenceId)};
        event.recurrenceId = *original;
    }

    event.summary = row.title.trimmed().isEmpty()
                        ? tr("Mentoring: %1 / %2").arg(row.mentorName, row.menteeName)
                        : row.title;
    event.location = row.location;
    if (options.includeNotes)
        event.description = descriptionOf(row);
    if (row.status == QLatin1String("cancelled"))
        event.status = IcsEvent::Status::Cancelled;
    else if (row.relationshipStatus == QLatin1String("proposed"))
        event.status = IcsEvent::Status::Tentative;
    else
        event.status = IcsEvent::Status::Confirmed;
    event.reminderMinutes = row.reminderMinutes;
    if (row.createdAt > 0)
        event.created = QDateTime::fromSecsSinceEpoch(row.createdAt, Qt::UTC);
    if (row.updatedAt > 0)
        event.lastModified = QDateTime::fromSecsSinceEpoch(row.updatedAt, Qt::UTC);
    if (options.includeAttendees) {
        if (!row.mentorEmail.trimmed().isEmpty())
            event.organizer = IcsEvent::Person{row.mentorName, row.mentorEmail};
        event.attendees = {IcsEvent::Person{row.mentorName, row.mentorEmail},
                           IcsEvent::Person{row.menteeName, row.menteeEmail}};
    }
    return event;
}

} // namespace

IcsExporter::IcsExporter(Database &db)
    : m_db(db)
{}

Result<IcsExportSummary> IcsExporter::exportToFile(const MeetingExportScope &scope, const QString &path)
{
    // The old file stays until the whole new one is written (QSaveFile renames at the end).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error{tr("Cannot write %1: %2").arg(path, WriteFailure::reason(file, path))};
    m_describeWriteFailure = [&file, &path] { return WriteFailure::reason(file, path); };
    auto result = exportTo(scope, file);
    m_describeWriteFailure = nullptr;
    if (!result) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, WriteFailure::reason(file, path))};
    return result;
}

Result<IcsExportSummary> IcsExporter::exportTo(const MeetingExportScope &scope, QIODevice &device)
{
    const auto cancelled = [this] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };
    // Written in chunks of a quarter MiB: the file device is unbuffered (a full disk shows at the
    // write that failed) and the syscalls stay few.
    constexpr qsizetype chunk = 256 * 1024;
    QByteArray pending;
    pending.reserve(chunk + 64 * 1024);
    const auto flush = [&device, &pending] {
        const bool ok = pending.isEmpty() || device.write(pending) == pending.size();
        pending.clear();
        return ok;
    };
    const auto writeError = [this, &device] {
        return Error{tr("Cannot write the calendar file: %1")
                         .arg(m_describeWriteFailure ? m_describeWriteFailure() : device.errorString())};
    };
    const auto write = [&pending, &flush](const QByteArray &bytes) {
        pending += bytes;
        return pending.size() < chunk || flush();
    };

    MeetingExportQuery query(m_db.connection(), scope, {m_options.includeNotes, m_options.includeAttendees});
    if (Status ok = query.checkScope(); !ok)
        return ok.error();
    auto zones = query.zones();
    if (!zones)
        return zones.error();
    auto total = query.count();
    if (!total)
        return total.error();

    IcsExportSummary summary;
    if (!write(IcsEventWriter::calendarBegin()))
        return writeError();
    for (const MeetingExportZone &zone : zones.value()) {
        if (VtimezoneWriter::isUtc(zone.timezone))
            continue;
        auto vtimezone = VtimezoneWriter::write(zone.timezone, zone.earliestUtc);
        if (!vtimezone)
            return vtimezone.error();
        if (!write(vtimezone.value()))
            return writeError();
        ++summary.timeZones;
    }

    if (m_progress)
        m_progress(0, total.value());
    if (Status ok = query.start(); !ok)
        return ok.error();
    const IcsEventWriter writer(Clock::nowUtc());
    MeetingExportRow row;
    while (query.next(row)) {
        if (cancelled())
            return Error{tr("The export was cancelled.")};
        auto event = eventOf(row, m_options);
        if (!event)
            return event.error();
        auto text = writer.write(event.value());
        if (!text)
            return Error{tr("Meeting %1: %2").arg(row.id).arg(text.errorMessage())};
        if (!write(text.value()))
            return writeError();
        ++summary.events;
        switch (row.kind) {
        case MeetingExportRow::Kind::Single:
            ++summary.singles;
            break;
        case MeetingExportRow::Kind::Series:
            ++summary.series;
            summary.cancelledOccurrences += row.cancelledRecurrenceIds.size();
            break;
        case MeetingExportRow::Kind::Override:
            ++summary.overrides;
            break;
        }
        if (m_progress && summary.events % kProgressEvery == 0)
            m_progress(summary.events, total.value());
    }
    if (const auto error = query.streamError())
        return *error;
    if (!write(IcsEventWriter::calendarEnd()) || !flush())
        return writeError();
    if (m_progress)
        m_progress(summary.events, std::max(total.value(), summary.events));
    return summary;
}

} // namespace trellis
