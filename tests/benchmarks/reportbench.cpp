// trellis-reportbench: the full report of a 500-pair cohort against the bare QPainter table
// floor of ../shared/bench-floors (pdf_report painter: PDF 1000x5 table, A4, 300 dpi, 15 mm
// margins, drawText per cell), measured in the same run (issue 13, acceptance); run-report.sh
// also runs the floor's own binary beside it.
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

// ../shared/bench-floors/src/pdf_report.cpp's "painter" mode, line for line (its cells, DejaVu Sans
// 9 pt, rows 1.5 lines high, the bold header on every page, A4 at 300 dpi with 15 mm margins),
// into memory instead of a file: the floor measured in this process, next to the report.
QString floorCell(int r, int c)
{
    switch (c) {
    case 0:
        return QStringLiteral("Mentee %1 Example").arg(r + 1);
    case 1:
        return QStringLiteral("Mentor %1 Sample").arg(r % 97 + 1);
    case 2:
        return QStringLiteral("Cohort %1 - Leadership").arg(r % 12 + 1);
    case 3:
        return QStringLiteral("%1 %").arg((r * 37) % 101);
    default:
        return QDate(2024, 1, 1).addDays(r % 365).toString(Qt::ISODate);
    }
}

qint64 floorTable()
{
    static const char *headers[5] = {"Mentee", "Mentor", "Program", "Goal progress", "Last meeting"};
    QElapsedTimer timer;
    timer.start();
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter w(&buffer);
        w.setPageSize(QPageSize(QPageSize::A4));
        w.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        w.setResolution(300);
        QPainter p(&w);
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        const QRect page = p.viewport();
        const int rowH = p.fontMetrics().height() * 3 / 2;
        int y = 0;
        const double frac[6] = {0, 0.2, 0.4, 0.62, 0.8, 1.0};
        auto col = [&](int c) {
            return QRect(int(frac[c] * page.width()), y, int((frac[c + 1] - frac[c]) * page.width()), rowH);
        };
        auto header = [&] {
            QFont bold = p.font();
            bold.setBold(true);
            p.save();
            p.setFont(bold);
            for (int c = 0; c < 5; c++)
                p.drawText(col(c), Qt::AlignVCenter, QString::fromLatin1(headers[c]));
            p.restore();
            y += rowH;
            p.drawLine(0, y, page.width(), y);
        };
        header();
        for (int r = 0; r < 1000; r++) {
            if (y + rowH > page.height()) {
                w.newPage();
                y = 0;
                header();
            }
            for (int c = 0; c < 5; c++)
                p.drawText(col(c), Qt::AlignVCenter, floorCell(r, c));
            y += rowH;
        }
    }
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
    print("floor", floor, QStringLiteral("pdf_report painter: 1000x5 table, drawText per cell, A4 300 dpi"));
    print("document", figure(documents), QStringLiteral("full variant, 500 pairs"));
    print("report", report, QStringLiteral("full report PDF, %1 KiB").arg(bytes / 1024));
    std::printf("ratio\t%.2f\t\t\treport median / floor median (target <= 3)\n",
                report.median / floor.median);
    return 0;
}
