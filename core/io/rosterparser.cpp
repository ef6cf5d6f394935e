#include "io/rosterparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RosterImport", text);
}

QString normalised(const QString &header)
{
    QString key = header.toLower();
    key.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return key;
}

// Header spellings seen in spreadsheets, normalised (lower case, letters and digits only).
const QHash<QString, RosterField> &synonyms()
{
    static const QHash<QString, RosterField> table = {
        {QStringLiteral("name"), RosterField::Name},
        {QStringLiteral("fullname"), RosterField::Name},
        {QStringLiteral("displayname"), RosterField::Name},
        {QStringLiteral("person"), RosterField::Name},
        {QStringLiteral("email"), RosterField::Email},
        {QStringLiteral("emailaddress"), RosterField::Email},
        {QStringLiteral("mail"), RosterField::Email},
        {QStringLiteral("phone"), RosterField::Phone},
        {QStringLiteral("telephone"), RosterField::Phone},
        {QStringLiteral("mobile"), RosterField::Phone},
        {QStringLiteral("role"), RosterField::Roles},
        {QStringLiteral("roles"), RosterField::Roles},
        {QStringLiteral("skills"), RosterField::Skills},
        {QStringLiteral("skill"), RosterField::Skills},
        {QStringLiteral("expertise"), RosterField::Skills},
        {QStringLiteral("interests"), RosterField::Interests},
        {QStringLiteral("interest"), RosterField::Interests},
        {QStringLiteral("capacity"), RosterField::Capacity},
        {QStringLiteral("maxmentees"), RosterField::Capacity},
        {QStringLiteral("timezone"), RosterField::TimeZone},
        {QStringLiteral("tz"), RosterField::TimeZone},
        {QStringLiteral("department"), RosterField::Department},
        {QStringLiteral("team"), RosterField::Department},
        {QStringLiteral("manager"), RosterField::Manager},
        {QStringLiteral("linemanager"), RosterField::Manager},
        {QStringLiteral("languages"), RosterField::Languages},
        {QStringLiteral("language"), RosterField::Languages},
        {QStringLiteral("bio"), RosterField::Bio},
        {QStringLiteral("about"), RosterField::Bio},
        {QStringLiteral("notes"), RosterField::Bio},
        {QStringLiteral("wishes"), RosterField::Wishes},
        {QStringLiteral("wishlist"), RosterField::Wishes},
        {QStringLiteral("wishedformentors"), RosterField::Wishes},
        {QStringLiteral("preferredmentors"), RosterField::Wishes},
        {QStringLiteral("neverpair"), RosterField::NeverPair},
        {QStringLiteral("neverpairwith"), RosterField::NeverPair},
        {QStringLiteral("notwith"), RosterField::NeverPair},
        {QStringLiteral("exclusions"), RosterField::NeverPair},
    };
    return table;
}

QStringList splitList(const QString &value)
{
    QStringList items;
    const QStringList parts = value.split(QRegularExpression(QStringLiteral("[;,|/]")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item, Qt::CaseInsensitive))
            items.append(item);
    }
    return items;
}

} // namespace

QString RosterMapping::fieldKey(RosterField field)
{
    switch (field) {
    case RosterField::Name:
        return QStringLiteral("name");
    case RosterField::Email:
        return QStringLiteral("email");
    case RosterField::Phone:
        return QStringLiteral("phone");
    case RosterField::Roles:
        return QStringLiteral("roles");
    case RosterField::Skills:
        return QStringLiteral("skills");
    case RosterField::Interests:
        return QStringLiteral("interests");
    case RosterField::Capacity:
        return QStringLiteral("capacity");
    case RosterField::TimeZone:
        return QStringLiteral("timezone");
    case RosterField::Department:
        return QStringLiteral("department");
    case RosterField::Manager:
        return QStringLiteral("manager");
    case RosterField::Languages:
        return QStringLiteral("languages");
    case RosterField::Bio:
        return QStringLiteral("bio");
    case RosterField::Wishes:
        return QStringLiteral("wishes");
    case RosterField::NeverPair:
        return QStringLiteral("never-pair");
    }
    return {};
}

QList<RosterField> RosterMapping::allFields()
{
    return {RosterField::Name,       RosterField::Email,     RosterField::Phone,     RosterField::Roles,
            RosterField::Skills,     RosterField::Interests, RosterField::Capacity,  RosterField::TimeZone,
            RosterField::Department, RosterField::Manager,   RosterField::Languages, RosterField::Bio,
            RosterField::Wishes,     RosterField::NeverPair};
}

std::optional<RosterField> RosterMapping::fieldFromKey(const QString &key)
{
    for (RosterField field : allFields()) {
        if (fieldKey(field) == key.trimmed().toLower())
            return field;
    }
    return std::nullopt;
}

RosterMapping RosterMapping::guess(const QStringList &header)
{
    RosterMapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const auto it = synonyms().constFind(normalised(header.at(column)));
        if (it != synonyms().cend() && !mapping.columns.contains(*it))
            mapping.columns.insert(*it, column);
    }
    return mapping;
}

Result<RosterMapping> RosterMapping::fromFile(const QString &path, const QStringList &header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("Cannot read the mapping file %1: %2").arg(path, file.errorString())};
    RosterMapping mapping;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals < 0)
            return Error{tr("%1, line %2: expected \"field = Column header\".").arg(path).arg(line)};
        const QString key = text.left(equals).trimmed();
        const QString column = text.mid(equals + 1).trimmed();
        const auto field = fieldFromKey(key);
        if (!field)
            return Error{
                tr("%1, line %2: unknown field \"%3\"; known fields: %4.").arg(path).arg(line).arg(key, [] {
                    QStringList keys;
                    for (RosterField f : allFields())
                        keys << fieldKey(f);
                    return keys.join(QStringLiteral(", "));
                }())};
        const qsizetype index = header.indexOf(column);
        if (index < 0)
            return Error{
                tr("%1, line %2: the CSV file has no column \"%3\".").arg(path).arg(line).arg(column)};
        mapping.columns.insert(*field, int(index));
    }
    return mapping;
}

QString RosterProblem::toString(const QString &fileName) const
{
    return tr("%1, line %2, %3: %4").arg(fileName).arg(line).arg(field, message);
}

Result<RosterParseResult> RosterParser::parse(const CsvTable &table, const RosterMapping &mapping)
{
    if (!mapping.columns.contains(RosterField::Name))
        return Error{tr("The roster needs a name column (e.g. \"Name\" or \"Full name\").")};

    RosterParseResult result;
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QHash<QString, int> seenEmails;

    for (qsizetype r = 1; r < table.records.size(); ++r) { // record 0 is the header
        const CsvRecord &record = table.records.at(r);
        auto cell = [&](RosterField field) -> QString {
            const int column = mapping.columns.value(field, -1);
            return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed()
                                                                : QString();
        };
        auto problem = [&](RosterField field, const QString &message) {
            result.problems.append(RosterProblem{record.line, RosterMapping::fieldKey(field), message});
        };

        RosterEntry entry;
        entry.line = record.line;
        entry.name = cell(RosterField::Name);
        if (entry.name.isEmpty())
            problem(RosterField::Name, tr("the name is empty"));

        entry.email = cell(RosterField::Email);
        if (!entry.email.isEmpty()) {
            if (!emailPattern.match(entry.email).hasMatch())
                problem(RosterField::Email, tr("\"%1\" is not an e-mail address").arg(entry.email));
            const QString key = entry.email.toLower();
            if (seenEmails.contains(key))
                problem(RosterField::Email,
                        tr("%1 is already used on line %2").arg(entry.email).arg(seenEmails.value(key)));
            else
                seenEmails.insert(key, record.line);
        }
        entry.phone = cell(RosterField::Phone);

        for (const QString &role : splitList(cell(RosterField::Roles))) {
            const QString r2 = role.toLower();
            if (r2 == QLatin1String("mentor"))
                entry.mentor = true;
            else if (r2 == QLatin1String("mentee"))
                entry.mentee = true;
            else if (r2 == QLatin1String("coordinator"))
                entry.coordinator = true;
            else
                problem(RosterField::Roles,
                        tr("unknown role \"%1\" (use mentor, mentee or coordinator)").arg(role));
        }

        entry.skills = splitList(cell(RosterField::Skills));
        entry.interests = splitList(cell(RosterField::Interests));
        entry.languages = splitList(cell(RosterField::Languages));

        const QString capacity = cell(RosterField::Capacity);
        if (!capacity.isEmpty()) {
            bool ok = false;
            entry.capacity = capacity.toInt(&ok);
            if (!ok || entry.capacity < 0 || entry.capacity > 100)
                problem(RosterField::Capacity,
                        tr("\"%1\" is not a number of mentees from 0 to 100").arg(capacity));
        } else if (entry.mentor) {
            entry.capacity = 2;
        }

        entry.timeZone = cell(RosterField::TimeZone);
        if (!entry.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(entry.timeZone.toUtf8()))
            problem(
                RosterField::TimeZone,
                tr("\"%1\" is not a time zone; use an IANA name such as Europe/Berlin").arg(entry.timeZone));

        entry.department = cell(RosterField::Department);
        entry.manager = cell(RosterField::Manager);
        entry.bio = cell(RosterField::Bio);
        // Wishes are ranked: the list keeps the file's order (splitList drops repeats only).
        entry.wishes = splitList(cell(RosterField::Wishes));
        entry.never = splitList(cell(RosterField::NeverPair));
        if ((!entry.wishes.isEmpty() || !entry.never.isEmpty()) && !entry.mentee)
            problem(entry.wishes.isEmpty() ? RosterField::NeverPair : RosterField::Wishes,
                    tr("only a mentee can wish for a mentor or rule one out"));
        for (const QString &name : std::as_const(entry.never)) {
            if (entry.wishes.contains(name, Qt::CaseInsensitive))
                problem(RosterField::NeverPair, tr("%1 is both wished for and ruled out").arg(name));
        }
        result.entries.append(entry);
    }
    return result;
}

} // namespace trellis
