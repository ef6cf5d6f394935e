#include "io/icsimporter.h"

#include "io/ianazonealiases.h"
#include "io/icsreader.h"
#include "services/meetingimportservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IcsImporter", text);
}

LocalStart localStart(const IcsTime &time)
{
    switch (time.kind) {
    case IcsTime::Kind::Zoned:
        return LocalStart{time.local, IanaZoneAliases::canonical(time.zone), false, false};
    case IcsTime::Kind::Floating:
        return LocalStart{time.local, QString(), true, false};
    case IcsTime::Kind::AllDay:
        break;
    }
    return LocalStart{time.local, QString(), false, true};
}

MeetingImportItem itemOf(const IcsReadEvent &event)
{
    MeetingImportItem item;
    Meeting &m = item.meeting;
    m.kind = event.isOverride() ? MeetingKind::Override
                                : (event.isSeries() ? MeetingKind::Series : MeetingKind::Single);
    m.uid = event.uid;
    m.sequence = std::max(0, event.sequence);
    m.title = event.summary;
    m.location = event.location;
    const LocalStart start = localStart(event.start);
    m.startLocal = start.text;
    m.timezone = start.timezone;
    m.floating = start.floating;
    m.allDay = start.allDay;
    m.durationMinutes = std::max(0, event.durationMinutes);
    if (m.kind == MeetingKind::Series) {
        m.rrules = event.rrules;
        m.rdates = event.rdates;
        m.exdates = event.exdates;
    }
    m.status = event.status == IcsEventStatus::Cancelled ? MeetingStatus::Cancelled : MeetingStatus::Planned;
    m.sharedNotes = event.description;
    m.reminderMinutes = event.reminderMinutes;
    item.hasDescription = !event.description.isEmpty();
    if (event.recurrenceId)
        item.originalStart = localStart(*event.recurrenceId);
    item.line = event.line;
    return item;
}

} // namespace

IcsImporter::IcsImporter(Database &db, ChangeNotifier *notifier)
    : m_db(db)
    , m_notifier(notifier)
{}

Result<IcsImportReport> IcsImporter::importFile(const QString &path, Id relationshipId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open %1: %2").arg(path, file.errorString())};
    return importData(file.readAll(), relationshipId);
}

Result<IcsImportReport> IcsImporter::importData(const QByteArray &data, Id relationshipId)
{
    IcsReadOptions options;
    options.skipInvalid = m_skipInvalid;
    options.cancel = m_cancel;
    if (m_progress) {
        options.progress = [this](int done, int total) { m_progress(done, 2 * qint64(std::max(total, 1))); };
    }
    auto read = IcsReader(options).readData(data);
    if (!read)
        return read.error();
    return write(std::move(*read), relationshipId);
}

Result<IcsImportReport> IcsImporter::write(IcsReadResult read, Id relationshipId)
{
    IcsImportReport report;
    report.refused = read.refused;
    report.warnings = std::move(read.warnings);
    report.errors = std::move(read.errors);
    report.skippedEvents = std::move(read.skipped);
    report.skipped = qint64(report.skippedEvents.size());
    report.events = read.refused ? 0 : qint64(read.events.size());
    if (read.refused)
        return report; // nothing is written, the database is not touched
    // Nor into a damaged file (it would hide the damage under new rows).
    if (Status intact = m_db.checkIntact(); !intact)
        return intact.error();

    std::vector<MeetingImportItem> items;
    items.reserve(read.events.size());
    for (const IcsReadEvent &event : read.events)
        items.push_back(itemOf(event));
    read.events.clear();
    read.events.shrink_to_fit();

    MeetingImportHooks hooks;
    hooks.cancel = m_cancel;
    const qint64 total = qint64(items.size());
    if (m_progress)
        hooks.progress = [this, total](qint64 done, qint64) {
            m_progress(total + done, 2 * std::max<qint64>(total, 1));
        };
    auto written = MeetingImportService(m_db, m_notifier).importMeetings(relationshipId, items, hooks);
    if (!written)
        return written.error();

    for (size_t i = 0; i < items.size(); ++i) {
        const MeetingImportItem &item = items[i];
        switch (written->outcomes[i]) {
        case MeetingImportOutcome::Added:
        case MeetingImportOutcome::Updated: {
            const bool updated = written->outcomes[i] == MeetingImportOutcome::Updated;
            ++(updated ? report.updated : report.added);
            report.changedEvents.push_back({item.line, item.meeting.uid, item.meeting.title, updated,
                                            LocalStart{item.meeting.startLocal, item.meeting.timezone,
                                                       item.meeting.floating, item.meeting.allDay}});
            break;
        }
        case MeetingImportOutcome::Unchanged:
            ++report.unchanged;
            break;
        case MeetingImportOutcome::Skipped:
            ++report.skipped;
            report.skippedEvents.push_back({item.line, item.meeting.uid, item.meeting.title, {}});
            break;
        }
    }
    for (const MeetingImportNote &note : written->warnings)
        report.warnings.push_back({note.line, tr("Line %1: %2").arg(note.line).arg(note.message)});
    report.changes = std::move(written->changes);
    return report;
}

} // namespace trellis
