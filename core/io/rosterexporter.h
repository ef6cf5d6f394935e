#pragma once

#include "storage/relationshipscope.h"
#include "util/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace trellis {

// CSV exports for spreadsheets (RFC 4180, UTF-8): the roster — with the headers the roster
// import recognises, so an exported roster imports again — and the relationships with their
// health. Never private notes.
class RosterExporter {
public:
    // The roster as CSV: Name, Email, Phone, Roles, Skills, Interests, Capacity, Time zone,
    // Department, Manager (e-mail, or name when there is none), Languages, Bio.
    [[nodiscard]] static Result<QByteArray> rosterCsv(QSqlDatabase db);
    // The relationships of `scope`: mentor, mentee (names and e-mails), programme, cohort, status,
    // dates, cadence, fit check, health, last contact and at-risk reasons — as the scope's viewer
    // may see them (a low rating they may not read gives no "low feedback" reason).
    [[nodiscard]] static Result<QByteArray>
    relationshipsCsv(QSqlDatabase db, const RelationshipScope &scope = RelationshipScope::all());

    // Writes the CSV atomically (QSaveFile); returns the number of data rows written.
    [[nodiscard]] static Result<int> writeRoster(QSqlDatabase db, const QString &path);
    [[nodiscard]] static Result<int>
    writeRelationships(QSqlDatabase db, const QString &path,
                       const RelationshipScope &scope = RelationshipScope::all());
};

} // namespace trellis
