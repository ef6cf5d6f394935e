#pragma once

#include "insights/cohortkpis.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis {

// What a report shows and how (issue 13, item 2).
struct ReportOptions {
    enum class Variant { Board, Full };
    Variant variant = Variant::Board;
    bool anonymise = true;     // counts under 5 as "< 5", people as initials
    bool includeNotes = false; // full variant: a section per pair with goals and shared notes
    QDate generatedOn;         // printed on the cover; never the wall clock inside the renderer

    // The board pack anonymises by default, the full report does not.
    static ReportOptions defaultsFor(Variant variant, const QDate &generatedOn);
    static QString variantName(Variant variant); // "board", "full"
    static std::optional<Variant> variantNamed(const QString &name);
};

// A table of the document: every row is kept whole on one page (cells are elided, except in a
// column that wraps, whose rows grow to hold it) and the header repeats on every page the table
// continues on; a header wider than its column wraps between words.
struct ReportTable {
    enum class Align { Left, Right };
    struct Column {
        QString header;
        double width = 1; // share of the table's width
        Align align = Align::Left;
        bool wrap = false;      // long text (reasons) wraps within the row instead of being elided
        bool secondary = false; // quieter text (a KPI's timing)
    };
    struct Row {
        QStringList cells;
        bool group = false; // a group heading spanning the table (e.g. an Elements stage)
        bool muted = false; // a quieter row (an explanation, "and 3 more")
    };
    QList<Column> columns;
    QList<Row> rows;
    bool compact = false; // a smaller type for wide tables (the per-pair table)
};

// A chart of the document: drawn with ui/charts' ActivityChart from the report's series.
struct ReportChart {
    int kind = 0; // ActivityChart::Kind, kept as an int so the model needs no Qt Charts
    QString heading;
};

// One document model for screen, printer and PDF: a cover and a list of blocks, laid out onto
// pages by ReportRenderer.
struct ReportBlock {
    enum class Kind { Heading, Paragraph, Headlines, Table, Chart, Footnotes, PageBreak };
    Kind kind = Kind::Paragraph;
    QString text;             // Heading, Paragraph
    QList<QStringList> items; // Headlines: {value, label, change}; Footnotes: {number, text}
    ReportTable table;
    ReportChart chart;
};

struct ReportDocument {
    QString title;       // "Board pack" / "Cohort report"
    QString subjectLine; // programme · cohort
    QString periodLine;  // period and generation date
    QString runningHeader;
    QString runningFooter;
    QString pdfTitle; // the PDF's /Title
    QList<ReportBlock> blocks;
    ActivitySeries series; // what the charts draw
    bool anonymised = false;

    // The report of `kpis`. Never private notes; shared notes (kpis.sharedNotes, read by
    // CohortKpis::loadSharedNotes) only in the full variant with includeNotes.
    static ReportDocument build(const CohortKpis &kpis, const ReportOptions &options);

    // "< 5" for 1..4 when anonymising (a 0 is shown: nobody to identify).
    static QString count(double value, bool anonymise);
    static QString kpiValue(const Kpi &kpi, std::optional<double> value, bool anonymise);
    static QString change(const Kpi &kpi, bool anonymise);
    // The name, or its initials when anonymising.
    static QString person(const QString &name, bool anonymise);
};

} // namespace trellis
