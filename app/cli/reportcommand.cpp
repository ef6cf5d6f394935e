#include "cli/reportcommand.h"

#include "insights/cohortkpis.h"
#include "reports/reportdocument.h"
#include "reports/reportpdf.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QApplication>

#include <memory>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("Write a cohort's or programme's board pack or full report as a PDF.");
}

void ReportCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("cohort"), tr("The cohort to report on."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("programme"), tr("The programme to report on, across its cohorts."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("variant"),
                      tr("board (a board pack of at most three pages) or full (adds every pair)."),
                      QStringLiteral("VARIANT")});
    parser.addOption(
        {QStringLiteral("from"), tr("The first day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("to"), tr("The last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("include-notes"),
         tr("Full report: add a section per pair with its shared meeting notes (never private ones).")});
    parser.addOption({QStringLiteral("no-anonymise"),
                      tr("Show counts under 5 and people's names (the board pack hides them by default).")});
    parser.addOption(
        {QStringLiteral("anonymise"),
         tr("Hide counts under 5 and show people by their initials (the full report's default is not to).")});
    parser.addOption({QStringLiteral("generated"),
                      tr("The generation date printed on the report and counted as today (default: today)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF to write."), QStringLiteral("FILE")});
}

int ReportCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    const auto fail = [&](const QString &message, int code) {
        streams.err << QStringLiteral("trellis-cli report: ") << message << Qt::endl;
        return code;
    };
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(tr("drawing needs the GUI libraries (QApplication)"), 1);
    const bool cohort = parser.isSet(QStringLiteral("cohort"));
    if (cohort == parser.isSet(QStringLiteral("programme")))
        return fail(tr("give one of --cohort ID or --programme ID"), 2);
    const QString subjectName = cohort ? QStringLiteral("cohort") : QStringLiteral("programme");
    bool ok = false;
    const Id id = parser.value(subjectName).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(tr("--%1 needs a positive number").arg(subjectName), 2);
    const auto variant = ReportOptions::variantNamed(parser.value(QStringLiteral("variant")));
    if (!variant)
        return fail(tr("--variant must be board or full"), 2);
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(tr("missing -o OUT.pdf"), 2);
    if (parser.isSet(QStringLiteral("from")) != parser.isSet(QStringLiteral("to")))
        return fail(tr("give --from and --to together"), 2);
    if (parser.isSet(QStringLiteral("anonymise")) && parser.isSet(QStringLiteral("no-anonymise")))
        return fail(tr("give --anonymise or --no-anonymise, not both"), 2);

    std::optional<ReportPeriod> period;
    if (parser.isSet(QStringLiteral("from"))) {
        const auto from = parseDate(parser.value(QStringLiteral("from")));
        const auto to = parseDate(parser.value(QStringLiteral("to")));
        if (!from || !to || *to < *from)
            return fail(tr("--from and --to must be dates YYYY-MM-DD, --from not after --to"), 2);
        period = ReportPeriod{*from, *to};
    }
    // A fixed generation date is also "today" for every count, so a report can be reproduced.
    std::unique_ptr<PinnedClock> pinned;
    if (parser.isSet(QStringLiteral("generated"))) {
        const auto generated = parseDate(parser.value(QStringLiteral("generated")));
        if (!generated)
            return fail(tr("--generated must be a date YYYY-MM-DD"), 2);
        pinned = std::make_unique<PinnedClock>(QDateTime(*generated, QTime(12, 0), Qt::UTC));
    }
    const QDate generatedOn = Clock::today();

    auto opened = Database::open(database, Database::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.errorMessage(), 1);
    Database &db = *opened.value();
    const ReportSubject subject{cohort ? ReportSubject::Kind::Cohort : ReportSubject::Kind::Programme, id};
    auto kpis = CohortKpis::load(db, subject, period);
    if (!kpis)
        return fail(kpis.errorMessage(), 1);
    ReportOptions options = ReportOptions::defaultsFor(*variant, generatedOn);
    if (parser.isSet(QStringLiteral("no-anonymise")))
        options.anonymise = false;
    if (parser.isSet(QStringLiteral("anonymise")))
        options.anonymise = true;
    options.includeNotes = parser.isSet(QStringLiteral("include-notes"));
    if (options.includeNotes && options.variant == ReportOptions::Variant::Full) {
        if (const Status read = CohortKpis::loadSharedNotes(db, *kpis); !read)
            return fail(read.errorMessage(), 1);
    }
    const ReportDocument document = ReportDocument::build(*kpis, options);
    const Status written = ReportPdf::write(document, generatedOn, output);
    if (!written)
        return fail(written.errorMessage(), 1);
    streams.out << tr("Wrote %1").arg(output) << Qt::endl;
    return 0;
}

} // namespace trellis::cli
