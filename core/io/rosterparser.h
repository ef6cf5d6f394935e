#pragma once

#include "io/csvreader.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis {

// The roster columns Trellis understands.
enum class RosterField {
    Name,
    Email,
    Phone,
    Roles,
    Skills,
    Interests,
    Capacity,
    TimeZone,
    Department,
    Manager,
    Languages,
    Bio,
    Wishes,    // a mentee's wished-for mentors, most wanted first (names or e-mails)
    NeverPair, // mentors a mentee must never be paired with (names or e-mails)
};

// Which CSV column feeds which field; guessed from the header or read from a mapping file.
struct RosterMapping {
    QHash<RosterField, int> columns;

    // Recognises common header names ("Full name", "E-mail", "Role(s)", "Skills"…), case-insensitively.
    static RosterMapping guess(const QStringList &header);
    // A mapping file has one "field = Column header" per line; '#' starts a comment.
    [[nodiscard]] static Result<RosterMapping> fromFile(const QString &path, const QStringList &header);

    static QString fieldKey(RosterField field);
    static std::optional<RosterField> fieldFromKey(const QString &key);
    static QList<RosterField> allFields();
};

// One valid roster row, ready to become a Person.
struct RosterEntry {
    int line = 0;
    QString name;
    QString email;
    QString phone;
    bool mentor = false;
    bool mentee = false;
    bool coordinator = false;
    QStringList skills;
    QStringList interests;
    int capacity = 0;
    QString timeZone;
    QString department;
    QString manager; // a name or e-mail, resolved when importing
    QStringList languages;
    QString bio;
    QStringList wishes; // names or e-mails, resolved when importing, most wanted first
    QStringList never;  // names or e-mails, resolved when importing
};

// A problem with one row: the line in the file, the field, and what is wrong.
struct RosterProblem {
    int line = 0;
    QString field;
    QString message;
    QString toString(const QString &fileName) const;
};

struct RosterParseResult {
    QList<RosterEntry> entries;
    QList<RosterProblem> problems; // any problem means nothing is imported
};

// Turns CSV records into roster entries, checking every field of every row.
class RosterParser {
public:
    [[nodiscard]] static Result<RosterParseResult> parse(const CsvTable &table, const RosterMapping &mapping);
};

} // namespace trellis
