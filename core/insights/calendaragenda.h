#pragma once

#include "calendar/occurrence.h"
#include "domain/enums.h"
#include "storage/relationshipscope.h"
#include "util/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace trellis {

class Database;

// One occurrence as the calendar shows it: the occurrence (series expanded in its own zone,
// overrides applied, cancellations kept) with the two people of its relationship and whether one
// of them has another meeting at the same time. The calendar models, `trellis-cli agenda` and its
// tests all read these, so the views and the CLI cannot disagree.
struct AgendaEntry {
    Occurrence occurrence;
    Id mentorId = 0;
    Id menteeId = 0;
    std::optional<Id> cohortId;
    QString mentorName;
    QString menteeName;
    // A person of this occurrence has another one that overlaps it (neither cancelled).
    bool conflict = false;

    // Stable across a move: the series and the original start, or the single meeting. An
    // occurrence that becomes an override keeps its key, so a view keeps it selected.
    QString key() const;
    bool operator==(const AgendaEntry &) const = default;
};

// The part of a window that a change can alter: the entries, inside it, of some relationships.
struct AgendaUpdate {
    QList<Id> relationships; // ascending: their entries in the window are exactly `entries`
    QList<AgendaEntry> entries;
};

class CalendarAgenda {
public:
    // The occurrences in [fromUtc, toUtc) of the relationships in `scope`, sorted by start then
    // meeting id, with names and conflict marks. Conflicts are looked for inside the window only.
    [[nodiscard]] static Result<QList<AgendaEntry>> load(Database &db, const RelationshipScope &scope,
                                                         qint64 fromUtc, qint64 toUtc);

    // The entries of whole days [first, first + days) in `viewer`'s zone: timed occurrences that
    // overlap those days, all-day ones whose dates fall on them (dates are the same everywhere).
    // What the calendar models hold and `trellis-cli agenda` prints.
    [[nodiscard]] static Result<QList<AgendaEntry>> window(Database &db, const RelationshipScope &scope,
                                                           const QDate &first, int days,
                                                           const QTimeZone &viewer);
    // What the notifier's precise changes (rows `ids` of each entity: meetings, relationships,
    // people) do to the window of window(): the entries of the rows' relationships and, since a
    // conflict is a person's, of every other relationship of their people, with window()'s order
    // and marks, for any scope (the caller keeps those of its own). Nullopt when a row is gone or
    // belongs to no relationship it can name: whose it was cannot be read, so read the window.
    [[nodiscard]] static Result<std::optional<AgendaUpdate>>
    windowUpdate(Database &db, const QList<std::pair<Entity, QList<Id>>> &changes, const QDate &first,
                 int days, const QTimeZone &viewer);
    // Whether `entry` belongs to the relationships of `scope` (its kind and ids; not the viewer).
    static bool inScope(const AgendaEntry &entry, const RelationshipScope &scope);
    // The order of load() and window(): by start, then meeting id.
    static bool precedes(const AgendaEntry &a, const AgendaEntry &b);

    // The window's UTC bounds in `zone` (midnight of first to midnight after the last day).
    static std::pair<qint64, qint64> utcBounds(const QDate &first, int days, const QTimeZone &zone);
    // The first and last day (inclusive, in `zone`) an occurrence covers; a timed one ending exactly
    // at midnight does not reach the next day; all-day ones by their dates.
    static std::pair<QDate, QDate> daysOf(const Occurrence &occurrence, const QTimeZone &zone);

    // Sets `conflict` on every entry one of whose people has another overlapping occurrence
    // (cancelled and all-day ones never conflict). A sweep per person over entries sorted by start.
    static void markConflicts(QList<AgendaEntry> &entries);

    // The entries (indexes into `entries`) that would conflict with `moving` at [startUtc, endUtc):
    // another, not cancelled, timed occurrence of one of its people that overlaps that time.
    static QList<int> overlapping(const QList<AgendaEntry> &entries, const AgendaEntry &moving,
                                  qint64 startUtc, qint64 endUtc);

    // What a meeting of mentorId and menteeId at [startUtc, endUtc) would clash with: the other,
    // not cancelled, timed occurrences of either person that overlap it (in any relationship;
    // `exceptKey` — the occurrence being moved — left out), sorted by start. Reads both people's
    // meetings of that time only, so planning and moving may ask it on the GUI thread.
    [[nodiscard]] static Result<QList<AgendaEntry>> clashes(Database &db, Id mentorId, Id menteeId,
                                                            qint64 startUtc, qint64 endUtc,
                                                            const QString &exceptKey = {});

    // The entry for scripts (`trellis-cli agenda --json`): times in `viewer`'s zone as ISO 8601
    // with offset, the meeting's own zone, status, unlogged (at nowUtc) and conflict.
    static QJsonObject toJson(const AgendaEntry &entry, const QTimeZone &viewer, qint64 nowUtc);
    // One line of the plain listing: "2026-12-03 17:30–18:30  Mentor – Mentee  Title  [planned]".
    static QString toLine(const AgendaEntry &entry, const QTimeZone &viewer, qint64 nowUtc);
};

} // namespace trellis
