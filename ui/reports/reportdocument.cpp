#include "reports/reportdocument.h"

#include "charts/activitychart.h"
#include "insights/healthcalculator.h"
#include "models/displaytexts.h"
#include "models/programmetreemodel.h"

#include <QLocale>

#include <cmath>

namespace trellis {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("trellis::ReportDocument", text, disambiguation, n);
}

QString period(const ReportPeriod &p)
{
    return tr("%1 – %2").arg(DisplayTexts::date(p.from), DisplayTexts::date(p.to));
}

QString statusText(const QString &status)
{
    const auto value = fromText<RelationshipStatus>(status);
    return value ? DisplayTexts::relationshipStatus(*value) : status;
}

// A cohort's name without the programme's name it may repeat ("Summer 2026 — Career Compass").
QString shortCohort(const QString &programme, const QString &cohortName)
{
    if (cohortName.isEmpty())
        return {};
    Cohort cohort;
    cohort.name = cohortName;
    const QString label = ProgrammeTreeModel::cohortLabel(programme, cohort, false);
    const QString prefix = programme + ProgrammeTreeModel::tr(" · ");
    return label.startsWith(prefix) ? label.mid(prefix.size()) : label;
}

// At most this many at-risk pairs on the board pack, so it stays within three pages.
constexpr int boardAtRiskRows = 12;

ReportBlock heading(const QString &text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.text = text;
    return block;
}

ReportBlock paragraph(const QString &text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    return block;
}

} // namespace

ReportOptions ReportOptions::defaultsFor(Variant variant, const QDate &generatedOn)
{
    ReportOptions options;
    options.variant = variant;
    options.anonymise = variant == Variant::Board;
    options.generatedOn = generatedOn;
    return options;
}

QString ReportOptions::variantName(Variant variant)
{
    return variant == Variant::Board ? QStringLiteral("board") : QStringLiteral("full");
}

std::optional<ReportOptions::Variant> ReportOptions::variantNamed(const QString &name)
{
    if (name == QLatin1String("board"))
        return Variant::Board;
    if (name == QLatin1String("full"))
        return Variant::Full;
    return std::nullopt;
}

QString ReportDocument::count(double value, bool anonymise)
{
    const int n = int(std::lround(value));
    if (anonymise && n > 0 && n < CohortKpis::suppressBelow)
        return tr("< %1").arg(CohortKpis::suppressBelow);
    return QLocale().toString(n);
}

QString ReportDocument::kpiValue(const Kpi &kpi, std::optional<double> value, bool anonymise)
{
    if (!value)
        return tr("—");
    switch (kpi.unit()) {
    case KpiUnit::Count:
        return count(*value, anonymise);
    case KpiUnit::Percent:
        return DisplayTexts::percent(std::round(*value * 100.0));
    case KpiUnit::Hours:
        return QLocale().toString(*value, 'f', 1);
    case KpiUnit::Rating:
        return QLocale().toString(*value, 'f', 1);
    case KpiUnit::Days:
        return tr("%n day(s)", nullptr, int(std::lround(*value)));
    }
    return {};
}

QString ReportDocument::change(const Kpi &kpi, bool anonymise)
{
    if (!kpi.value || !kpi.previous)
        return tr("—");
    // A difference of suppressed counts would give them away.
    if (anonymise && kpi.isCount() &&
        ((*kpi.value > 0 && *kpi.value < CohortKpis::suppressBelow) ||
         (*kpi.previous > 0 && *kpi.previous < CohortKpis::suppressBelow)))
        return tr("—");
    double delta = *kpi.value - *kpi.previous;
    QString text;
    switch (kpi.unit()) {
    case KpiUnit::Percent:
        delta = std::round(delta * 100.0);
        text = tr("%1 pts").arg(QLocale().toString(std::abs(delta), 'f', 0));
        break;
    case KpiUnit::Hours:
    case KpiUnit::Rating:
        text = QLocale().toString(std::abs(delta), 'f', 1);
        delta = std::round(delta * 10.0);
        break;
    default:
        delta = std::round(delta);
        text = QLocale().toString(std::abs(delta), 'f', 0);
        break;
    }
    if (delta == 0)
        return tr("no change");
    return (delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) + text;
}

QString ReportDocument::person(const QString &name, bool anonymise)
{
    return anonymise ? DisplayTexts::initials(name) : name;
}

ReportDocument ReportDocument::build(const CohortKpis &kpis, const ReportOptions &options)
{
    ReportDocument doc;
    const bool anon = options.anonymise;
    const bool full = options.variant == ReportOptions::Variant::Full;
    doc.anonymised = anon;
    doc.series = kpis.series;
    const QString cohortName = shortCohort(kpis.programmeName, kpis.cohortName);
    const QString subject =
        kpis.cohortName.isEmpty() ? kpis.programmeName : tr("%1 · %2").arg(kpis.programmeName, cohortName);
    doc.title = full ? tr("Programme report") : tr("Board pack");
    if (!kpis.cohortName.isEmpty())
        doc.title = full ? tr("Cohort report") : tr("Board pack");
    doc.subjectLine = kpis.cohortName.isEmpty()
                          ? tr("Programme %1, all cohorts").arg(kpis.programmeName)
                          : tr("Programme %1 · Cohort %2").arg(kpis.programmeName, cohortName);
    doc.periodLine =
        tr("Period %1 · Generated %2").arg(period(kpis.period), DisplayTexts::date(options.generatedOn));
    doc.runningHeader = tr("%1 — %2").arg(subject, doc.title);
    doc.runningFooter = tr("Trellis · %1 · generated %2%3")
                            .arg(period(kpis.period), DisplayTexts::date(options.generatedOn),
                                 anon ? tr(" · small numbers suppressed") : QString());
    doc.pdfTitle = tr("%1 — %2, %3").arg(doc.title, subject, period(kpis.period));

    const QString previousName = !kpis.previousLabel.isEmpty()
                                     ? shortCohort(kpis.programmeName, kpis.previousLabel)
                                 : kpis.previousPeriod ? tr("previous period")
                                                       : QString();

    // Three headline numbers.
    {
        ReportBlock block;
        block.kind = ReportBlock::Kind::Headlines;
        for (const KpiId id : {KpiId::ActivePairs, KpiId::CadenceAdherence, KpiId::AverageGoalProgress}) {
            const Kpi kpi = kpis.kpi(id).value_or(Kpi{id, std::nullopt, std::nullopt});
            QString changeLine;
            if (kpi.previous)
                changeLine = tr("%1 against %2").arg(change(kpi, anon), previousName);
            block.items.append({kpiValue(kpi, kpi.value, anon),
                                tr("%1 (%2)").arg(kpi.label(), CohortKpis::timingText(kpi.timing())),
                                changeLine});
        }
        doc.blocks.append(block);
    }

    // The KPI table, by the Elements' stages, with footnoted definitions.
    doc.blocks.append(heading(tr("Key figures")));
    {
        ReportBlock block;
        block.kind = ReportBlock::Kind::Table;
        ReportTable &t = block.table;
        // Without a previous cohort or period, no columns of dashes.
        const bool compared = kpis.previousPeriod.has_value();
        t.columns = {{tr("Measure"), 4.2, ReportTable::Align::Left},
                     {tr("Counted"), 1.5, ReportTable::Align::Left, false, true},
                     {tr("Value"), 1.3, ReportTable::Align::Right}};
        if (compared)
            t.columns << ReportTable::Column{previousName.isEmpty() ? tr("Previous") : previousName, 1.3,
                                             ReportTable::Align::Right}
                      << ReportTable::Column{tr("Change"), 1.3, ReportTable::Align::Right};
        ReportBlock notes;
        notes.kind = ReportBlock::Kind::Footnotes;
        int number = 0;
        for (const KpiStage stage : {KpiStage::Matching, KpiStage::MonitoringSupport, KpiStage::Closure}) {
            t.rows.append({{CohortKpis::stageText(stage)}, true, false});
            for (const Kpi &kpi : kpis.kpis) {
                if (kpi.stage() != stage)
                    continue;
                ++number;
                QStringList cells = {tr("%1 [%2]").arg(kpi.label()).arg(number),
                                     CohortKpis::timingText(kpi.timing()), kpiValue(kpi, kpi.value, anon)};
                if (compared)
                    cells << (kpi.previous ? kpiValue(kpi, kpi.previous, anon) : tr("—"))
                          << change(kpi, anon);
                t.rows.append({cells, false, false});
                notes.items.append({QString::number(number), kpi.definition()});
            }
        }
        doc.blocks.append(block);
        QString basis =
            tr("“At end date” counts on %1; “in period” counts %2.")
                .arg(DisplayTexts::date(std::min(kpis.period.to, options.generatedOn)), period(kpis.period));
        if (kpis.previousPeriod)
            basis += QLatin1Char(' ') + tr("%1 counts %2.").arg(previousName, period(*kpis.previousPeriod));
        if (anon)
            basis +=
                QLatin1Char(' ') + tr("Counts from 1 to 4 are shown as “< 5”; people by their initials.");
        notes.text = basis;
        doc.blocks.append(notes);
    }

    // Three charts, drawn by the window's chart classes.
    doc.blocks.append(heading(tr("Charts")));
    for (const auto &[kind, text] :
         {std::pair{ActivityChart::Kind::Status, tr("Pairs by status, month by month")},
          std::pair{ActivityChart::Kind::Contact, tr("Meetings and contacts against the agreed cadence")},
          std::pair{ActivityChart::Kind::Completion, tr("Goals by completion")}}) {
        ReportBlock block;
        block.kind = ReportBlock::Kind::Chart;
        block.chart = {int(kind), text};
        doc.blocks.append(block);
    }

    // At-risk pairs with reasons.
    doc.blocks.append(heading(tr("Pairs at risk")));
    if (kpis.atRisk.isEmpty()) {
        doc.blocks.append(paragraph(tr("No active pair has a risk reason.")));
    } else if (anon && kpis.atRisk.size() < CohortKpis::suppressBelow) {
        doc.blocks.append(
            paragraph(tr("Fewer than %1 pairs are at risk; they are not listed in an anonymised report.")
                          .arg(CohortKpis::suppressBelow)));
    } else {
        ReportBlock block;
        block.kind = ReportBlock::Kind::Table;
        block.table.columns = {{tr("Mentor"), 1, ReportTable::Align::Left},
                               {tr("Mentee"), 1, ReportTable::Align::Left},
                               {tr("Reasons"), 8, ReportTable::Align::Left, true}};
        const qsizetype shown =
            full ? kpis.atRisk.size() : std::min<qsizetype>(kpis.atRisk.size(), boardAtRiskRows);
        for (qsizetype i = 0; i < shown; ++i) {
            const CohortKpis::AtRisk &risk = kpis.atRisk.at(i);
            QStringList reasons;
            for (const RiskReason reason : risk.reasons)
                reasons << HealthCalculator::reasonText(reason);
            block.table.rows.append({{person(risk.mentorName, anon), person(risk.menteeName, anon),
                                      reasons.join(QStringLiteral("; "))},
                                     false,
                                     false});
        }
        if (shown < kpis.atRisk.size())
            block.table.rows.append(
                {{tr("and %n more (see the full report)", nullptr, int(kpis.atRisk.size() - shown))},
                 false,
                 true});
        doc.blocks.append(block);
    }

    // Closures with reasons.
    doc.blocks.append(heading(tr("Closures in the period")));
    if (kpis.closures.isEmpty()) {
        doc.blocks.append(paragraph(tr("No pair closed in the period.")));
    } else {
        ReportBlock block;
        block.kind = ReportBlock::Kind::Table;
        block.table.columns = {{tr("Reason given"), 8, ReportTable::Align::Left, true},
                               {tr("Pairs"), 2, ReportTable::Align::Right}};
        for (const CohortKpis::Closure &closure : kpis.closures)
            block.table.rows.append({{closure.reason.isEmpty() ? tr("(no reason given)") : closure.reason,
                                      count(closure.count, anon)},
                                     false,
                                     false});
        doc.blocks.append(block);
    }

    // Comparison with the previous cohort or period, in words.
    doc.blocks.append(heading(
        tr("Compared with %1").arg(previousName.isEmpty() ? tr("the previous cohort") : previousName)));
    if (!kpis.previousPeriod) {
        doc.blocks.append(paragraph(tr("There is no earlier cohort in this programme to compare with.")));
    } else {
        QStringList lines;
        for (const KpiId id : {KpiId::PeopleServed, KpiId::NewPairs, KpiId::SessionCompletion,
                               KpiId::CadenceAdherence, KpiId::MenteeSatisfaction, KpiId::EarlyEndingRate}) {
            const Kpi kpi = *kpis.kpi(id);
            lines << tr("%1: %2 (was %3)")
                         .arg(kpi.label(), kpiValue(kpi, kpi.value, anon), kpiValue(kpi, kpi.previous, anon));
        }
        doc.blocks.append(paragraph(
            tr("%1 (%2). %3.")
                .arg(previousName, period(*kpis.previousPeriod), lines.join(QStringLiteral("; ")))));
    }

    if (!full)
        return doc;

    // The per-pair table.
    ReportBlock pageBreak;
    pageBreak.kind = ReportBlock::Kind::PageBreak;
    doc.blocks.append(pageBreak);
    doc.blocks.append(heading(tr("Pairs (%n)", nullptr, int(kpis.pairs.size()))));
    {
        ReportBlock block;
        block.kind = ReportBlock::Kind::Table;
        block.table.compact = true;
        block.table.columns = {{tr("Mentor"), 2.4, ReportTable::Align::Left},
                               {tr("Mentee"), 2.4, ReportTable::Align::Left},
                               {tr("Status"), 1.5, ReportTable::Align::Left},
                               {tr("Start"), 1.5, ReportTable::Align::Left},
                               {tr("Meetings"), 1.1, ReportTable::Align::Right},
                               {tr("Last contact"), 1.5, ReportTable::Align::Left},
                               {tr("Goals"), 0.9, ReportTable::Align::Right},
                               {tr("Progress"), 1.0, ReportTable::Align::Right},
                               {tr("Rating"), 0.9, ReportTable::Align::Right}};
        for (const CohortKpis::PairRow &row : kpis.pairs)
            block.table.rows.append(
                {{person(row.mentorName, anon), person(row.menteeName, anon), statusText(row.status),
                  DisplayTexts::date(row.startDate), QLocale().toString(row.meetingsHeld),
                  DisplayTexts::date(row.lastContact),
                  tr("%1/%2").arg(QLocale().toString(row.goalsAchieved), QLocale().toString(row.goalsTotal)),
                  row.averageProgress ? DisplayTexts::percent(std::round(*row.averageProgress * 100.0))
                                      : tr("—"),
                  row.rating ? QLocale().toString(*row.rating, 'f', 1) : tr("—")},
                 false,
                 false});
        doc.blocks.append(block);
        doc.blocks.append(
            paragraph(tr("Meetings: held in the period. Last contact: the latest held meeting or logged "
                         "contact up to the end date. Goals: achieved of those not abandoned. "
                         "Rating: the mean of the ratings given in the period.")));
    }

    if (options.includeNotes) {
        // A section per pair: its goals as they stand and the shared notes of its meetings.
        QHash<Id, QList<const ReportSharedNote *>> notesBy;
        for (const ReportSharedNote &note : kpis.sharedNotes)
            notesBy[note.relationshipId].append(&note);
        ReportBlock notesBreak;
        notesBreak.kind = ReportBlock::Kind::PageBreak;
        doc.blocks.append(notesBreak);
        doc.blocks.append(heading(tr("Shared notes by pair")));
        doc.blocks.append(
            paragraph(tr("Notes both people of a pair can read, from the meetings held in the period. "
                         "Private notes are never part of a report.")));
        for (const CohortKpis::PairRow &row : kpis.pairs) {
            const QList<const ReportSharedNote *> notes = notesBy.value(row.relationshipId);
            if (notes.isEmpty())
                continue;
            doc.blocks.append(
                heading(tr("%1 and %2").arg(person(row.mentorName, anon), person(row.menteeName, anon))));
            doc.blocks.append(paragraph(
                tr("Goals: %1 of %2 achieved.")
                    .arg(QLocale().toString(row.goalsAchieved), QLocale().toString(row.goalsTotal))));
            for (const ReportSharedNote *note : notes)
                doc.blocks.append(paragraph(
                    tr("%1 — %2: %3")
                        .arg(DisplayTexts::date(
                                 QDateTime::fromSecsSinceEpoch(note->startUtc).toLocalTime().date()),
                             note->title.isEmpty() ? tr("Meeting") : note->title, note->notes.simplified())));
        }
    }
    return doc;
}

} // namespace trellis
