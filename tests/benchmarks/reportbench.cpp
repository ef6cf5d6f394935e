// trellis-reportbench: the full report of a 500-pair cohort against the bare QPainter table
// floor of ../shared/bench-floors (PDF 1000x5 table, painter: A4, 300 dpi, 15 mm margins,
// drawText per cell), measured in the same run (issue 13, acceptance).
//   trellis-reportbench [RUNS]   (default 5)
// Prints "phase<TAB>median ms<TAB>min ms<TAB>max ms<TAB>details":
//   floor     1,000 rows × 5 columns drawn cell by cell onto a QPdfWriter
//   document  ReportDocument::build of the full variant (500 pairs)
//   report    ReportPdf::bytes of that document (layout, charts, tables, pinned metadata)
//   ratio     report / floor (the acceptance asks for <= 3)
// The cohort's KPIs are made in memory (no database), so only the drawing is measured.
#include "insights/cohortkpis.h"
#include "reports/reportdocument.h"
#include "reports/reportpdf.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cstdio>

using namespace trellis;

namespace {

CohortKpis cohort(int pairs)
{
    CohortKpis kpis;
    kpis.subject = {ReportSubject::Kind::Cohort, 1};
    kpis.programmeName = QStringLiteral("Pathways");
    kpis.cohortName = QStringLiteral("Autumn 2026");
    kpis.period = {QDate(2026, 1, 1), QDate(2026, 11, 30)};
    const QDate today(2026, 11, 30);
    for (int i = 1; i <= pairs; ++i) {
        ChartFacts::Relationship r;
        r.id = i;
        r.status = QStringLiteral("active");
        r.proposedOn = QDate(2025, 12, 1);
        r.startDate = QDate(2026, 1, 1).addDays(i % 60);
        r.mentorName = QStringLiteral("Mentor %1").arg(i);
        r.menteeName = QStringLiteral("Mentee %1").arg(i);
        kpis.series.facts.relationships.append(r);
        kpis.pairs.append({i, r.mentorName, r.menteeName, r.status, r.startDate, i % 9,
                           today.addDays(-(i % 40)), i % 3, 3, 0.4, 4.0});
    }
    kpis.series = ActivitySeries::of(kpis.series.facts, today);
    for (const KpiId id : CohortKpis::allIds())
        kpis.kpis.append(Kpi{id, 42, 40});
    return kpis;
}

qint64 floorTable()
{
    QElapsedTimer timer;
    timer.start();
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    const double rowH = 13.5 * 300 / 72.0;
    const double colW = writer.width() / 5.0;
    double y = 0;
    for (int row = 0; row < 1000; ++row) {
        if (y + rowH > writer.height()) {
            writer.newPage();
            y = 0;
        }
        for (int c = 0; c < 5; ++c)
            painter.drawText(QRectF(c * colW, y, colW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("Row %1 cell %2").arg(row).arg(c));
        y += rowH;
    }
    painter.end();
    return timer.nsecsElapsed();
}

struct Figure {
    double median = 0, min = 0, max = 0;
};

Figure figure(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return {double(ns.at(ns.size() / 2)) / 1e6, double(ns.first()) / 1e6, double(ns.last()) / 1e6};
}

void print(const char *phase, const Figure &f, const QString &details)
{
    std::printf("%s\t%.1f\t%.1f\t%.1f\t%s\n", phase, f.median, f.min, f.max, qPrintable(details));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    const CohortKpis kpis = cohort(500);
    ReportOptions options = ReportOptions::defaultsFor(ReportOptions::Variant::Full, QDate(2026, 11, 30));

    QList<qint64> floors, documents, reports;
    qsizetype bytes = 0;
    for (int i = 0; i < runs; ++i) {
        floors.append(floorTable());
        QElapsedTimer timer;
        timer.start();
        const ReportDocument doc = ReportDocument::build(kpis, options);
        documents.append(timer.nsecsElapsed());
        timer.restart();
        auto pdf = ReportPdf::bytes(doc, options.generatedOn, QPageSize(QPageSize::A4));
        reports.append(timer.nsecsElapsed());
        if (!pdf) {
            std::fprintf(stderr, "%s\n", qPrintable(pdf.errorMessage()));
            return 1;
        }
        bytes = pdf->size();
    }
    const Figure floor = figure(floors), report = figure(reports);
    print("floor", floor, QStringLiteral("1000x5 table, drawText per cell, A4 300 dpi"));
    print("document", figure(documents), QStringLiteral("full variant, 500 pairs"));
    print("report", report, QStringLiteral("full report PDF, %1 KiB").arg(bytes / 1024));
    std::printf("ratio\t%.2f\t\t\treport median / floor median (target <= 3)\n",
                report.median / floor.median);
    return 0;
}
