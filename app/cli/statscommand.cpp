#include "cli/statscommand.h"

#include "insights/healthcalculator.h"
#include "insights/relationshipoverview.h"
#include "storage/catalogquery.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString line(const QString &label, qint64 count, int indent = 0)
{
    return QString(indent, QLatin1Char(' ')) + QStringLiteral("%1 %2")
                                                   .arg(label + QLatin1Char(':'), -24 + indent)
                                                   .arg(QLocale::c().toString(count), 12);
}

} // namespace

QString StatsCommand::summary() const
{
    return tr("Show how many records of each kind the database holds.");
}

void StatsCommand::configure(QCommandLineParser &) const {}

int StatsCommand::run(const QString &database, const QCommandLineParser &, Streams streams) const
{
    auto opened = Database::open(database, Database::OpenMode::ReadOnly);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    const CatalogQuery query(opened.value()->connection());
    auto counts = query.entityCounts();
    auto byRole = query.peopleByRole();
    auto byStatus = query.relationshipsByStatus();
    auto byKind = query.meetingRowsByKind();
    auto meetingStatus = query.meetingRowsByStatus();
    auto privateNotes = query.meetingsWithPrivateNotes();
    for (const Status &status :
         {Status(counts ? Status() : counts.error()), Status(byRole ? Status() : byRole.error()),
          Status(byStatus ? Status() : byStatus.error()), Status(byKind ? Status() : byKind.error()),
          Status(meetingStatus ? Status() : meetingStatus.error()),
          Status(privateNotes ? Status() : privateNotes.error())}) {
        if (!status) {
            streams.err << status.errorMessage() << Qt::endl;
            return 1;
        }
    }

    streams.out << opened.value()->path() << Qt::endl;
    for (const CatalogQuery::Count &count : std::as_const(counts.value())) {
        streams.out << line(count.name, count.count) << Qt::endl;
        const QList<CatalogQuery::Count> *details = nullptr;
        if (count.name == QLatin1String("person"))
            details = &byRole.value();
        else if (count.name == QLatin1String("relationship"))
            details = &byStatus.value();
        else if (count.name == QLatin1String("meeting"))
            details = &byKind.value();
        if (details) {
            for (const CatalogQuery::Count &detail : *details)
                streams.out << line(detail.name, detail.count, 2) << Qt::endl;
        }
        if (count.name == QLatin1String("meeting")) {
            streams.out << QStringLiteral("  %1").arg(tr("occurrences logged (singles and overrides):"))
                        << Qt::endl;
            for (const CatalogQuery::Count &detail : std::as_const(meetingStatus.value()))
                streams.out << line(detail.name, detail.count, 4) << Qt::endl;
            streams.out << line(tr("with private notes"), privateNotes.value(), 2) << Qt::endl;
        }
    }
    auto overview = RelationshipOverview::load(opened.value()->connection(), RelationshipScope::all());
    if (!overview) {
        streams.err << overview.errorMessage() << Qt::endl;
        return 1;
    }
    const PortfolioCounts health = RelationshipOverview::summarize(overview.value());
    streams.out << tr("health of active relationships:") << Qt::endl;
    streams.out << line(tr("on track"), health.onTrack, 2) << Qt::endl;
    streams.out << line(tr("due soon"), health.dueSoon, 2) << Qt::endl;
    streams.out << line(tr("overdue"), health.overdue, 2) << Qt::endl;
    streams.out << line(tr("paused"), health.paused, 2) << Qt::endl;
    streams.out << line(tr("at risk"), health.atRisk, 2) << Qt::endl;
    for (auto it = health.reasons.cbegin(); it != health.reasons.cend(); ++it)
        streams.out << QStringLiteral("    - %1: %2")
                           .arg(HealthCalculator::reasonText(it.key()).toLower(),
                                QLocale::c().toString(it.value()))
                    << Qt::endl;
    return 0;
}

} // namespace trellis::cli
