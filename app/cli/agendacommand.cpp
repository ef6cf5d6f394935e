#include "cli/agendacommand.h"

#include "insights/calendaragenda.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

QString AgendaCommand::summary() const
{
    return tr("List the meetings of a window of days, as the calendar shows them.");
}

void AgendaCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("person"), tr("Only the meetings of one person (as mentor or mentee)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("relationship"), tr("Only the meetings of one relationship."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("from"), tr("The first day (YYYY-MM-DD; default today)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("days"), tr("How many days (default 7)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), tr("Write a JSON array instead of lines.")});
}

int AgendaCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    RelationshipScope scope = RelationshipScope::all();
    for (const char *option : {"person", "relationship"}) {
        const QString name = QLatin1String(option);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const qint64 id = parser.value(name).toLongLong(&ok);
        if (!ok || id <= 0) {
            streams.err << tr("agenda: --%1 needs a numeric id, not \"%2\"").arg(name, parser.value(name))
                        << Qt::endl;
            return 2;
        }
        scope = name == QLatin1String("person") ? RelationshipScope::person(id)
                                                : RelationshipScope::relationship(id);
    }
    QDate from = Clock::today();
    if (parser.isSet(QStringLiteral("from"))) {
        from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        if (!from.isValid()) {
            streams.err << tr("agenda: --from needs a date YYYY-MM-DD, not \"%1\"")
                               .arg(parser.value(QStringLiteral("from")))
                        << Qt::endl;
            return 2;
        }
    }
    int days = 7;
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days <= 0 || days > 3660) {
            streams.err << tr("agenda: --days needs a number from 1 to 3660, not \"%1\"")
                               .arg(parser.value(QStringLiteral("days")))
                        << Qt::endl;
            return 2;
        }
    }
    auto opened = Database::open(database, Database::OpenMode::ReadOnly);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    const QTimeZone viewer = QTimeZone::systemTimeZone();
    auto entries = CalendarAgenda::window(*opened.value(), scope, from, days, viewer);
    if (!entries) {
        streams.err << tr("agenda: %1").arg(entries.errorMessage()) << Qt::endl;
        return 1;
    }
    const qint64 now = Clock::nowSecs();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AgendaEntry &entry : std::as_const(*entries))
            array.append(CalendarAgenda::toJson(entry, viewer, now));
        streams.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const AgendaEntry &entry : std::as_const(*entries))
        streams.out << CalendarAgenda::toLine(entry, viewer, now) << '\n';
    if (entries->isEmpty())
        streams.out << QCoreApplication::translate("cli", "No meetings from %1 in %n day(s).", nullptr, days)
                           .arg(from.toString(Qt::ISODate))
                    << '\n';
    return 0;
}

} // namespace trellis::cli
