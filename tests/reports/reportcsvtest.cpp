#include "reports/reportcsv.h"

#include "insights/cohortkpis.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "reports/reportdocument.h"
#include "reports/reportkpimodel.h"
#include "testlib/testregistry.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis;

// Reports ▸ Export KPIs as CSV (issue 13, item 5): a header and one row per KPI with its
// definition, timing, value, previous value and change, suppressed like the report, and no cell
// a spreadsheet would run as a formula.
class ReportCsvTest : public QObject {
    Q_OBJECT

    static CohortKpis kpis()
    {
        CohortKpis k;
        k.programmeName = QStringLiteral("Pathways");
        k.cohortName = QStringLiteral("Summer");
        k.previousLabel = QStringLiteral("Spring");
        k.period = {QDate(2024, 4, 1), QDate(2024, 6, 15)};
        for (const KpiId id : CohortKpis::allIds())
            k.kpis.append(Kpi{id, 8, 5});
        // A small count, suppressed when anonymising.
        for (Kpi &kpi : k.kpis)
            if (kpi.id == KpiId::Closures)
                kpi.value = 3;
        return k;
    }

private Q_SLOTS:
    void spreadsheetSafeNeutralisesFormulas()
    {
        QCOMPARE(CsvWriter::spreadsheetSafe(QStringLiteral("=SUM(A1:A9)")), QStringLiteral("'=SUM(A1:A9)"));
        QCOMPARE(CsvWriter::spreadsheetSafe(QStringLiteral("+3")), QStringLiteral("'+3"));
        QCOMPARE(CsvWriter::spreadsheetSafe(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(CsvWriter::spreadsheetSafe(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
        QCOMPARE(CsvWriter::spreadsheetSafe(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(CsvWriter::spreadsheetSafe(QStringLiteral("Active pairs")), QStringLiteral("Active pairs"));
        QCOMPARE(CsvWriter::spreadsheetSafe(QStringLiteral("42")), QStringLiteral("42"));
        QCOMPARE(CsvWriter::spreadsheetSafe(QString()), QString());
    }

    void csvHasTheHeaderAndOneRowPerKpi()
    {
        const CohortKpis k = kpis();
        auto table = CsvReader::parse(ReportCsv::encode(k, true), QStringLiteral("kpis.csv"));
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.errorMessage()));
        QCOMPARE(table->records.size(), 1 + CohortKpis::allIds().size());
        QCOMPARE(table->records.first().fields,
                 (QStringList{QStringLiteral("Stage"), QStringLiteral("Measure"), QStringLiteral("Counted"),
                              QStringLiteral("Value"), QStringLiteral("Previous (Spring)"),
                              QStringLiteral("Change"), QStringLiteral("Definition")}));
        QSet<QString> measures;
        for (qsizetype i = 1; i < table->records.size(); ++i) {
            const QStringList &fields = table->records.at(i).fields;
            QCOMPARE(fields.size(), qsizetype(ReportKpiModel::ColumnCount));
            measures.insert(fields.at(ReportKpiModel::Measure));
            QVERIFY(!fields.at(ReportKpiModel::Definition).isEmpty());
            QVERIFY(fields.at(ReportKpiModel::Counted) == QStringLiteral("in period") ||
                    fields.at(ReportKpiModel::Counted) == QStringLiteral("at end date"));
            // No cell begins as a formula would.
            for (const QString &field : fields)
                QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@").contains(field.front()),
                         qPrintable(field));
        }
        QCOMPARE(measures.size(), CohortKpis::allIds().size()); // every KPI once
        for (const KpiId id : CohortKpis::allIds())
            QVERIFY(measures.contains(Kpi{id, {}, {}}.label()));
    }

    void formulaLookingCellsAreNeutralisedAndSmallCountsSuppressed()
    {
        const CohortKpis k = kpis();
        auto table = CsvReader::parse(ReportCsv::encode(k, true), QStringLiteral("kpis.csv"));
        QVERIFY(table.ok());
        const auto row = [&](KpiId id) {
            for (const CsvRecord &record : std::as_const(table->records))
                if (record.fields.value(ReportKpiModel::Measure) == Kpi{id, {}, {}}.label())
                    return record.fields;
            return QStringList();
        };
        // 8 against 5: the change "+3" would be a formula; it is written as text.
        const QStringList pairs = row(KpiId::MeetingsHeld);
        QCOMPARE(pairs.value(ReportKpiModel::Value), QStringLiteral("8"));
        QCOMPARE(pairs.value(ReportKpiModel::Previous), QStringLiteral("5"));
        QCOMPARE(pairs.value(ReportKpiModel::Change), QStringLiteral("'+3"));
        // Three closures are "< 5" when anonymised, and their change is not given away.
        const QStringList closures = row(KpiId::Closures);
        QCOMPARE(closures.value(ReportKpiModel::Value), QStringLiteral("< 5"));
        QCOMPARE(closures.value(ReportKpiModel::Change), QStringLiteral("—"));
        auto open = CsvReader::parse(ReportCsv::encode(k, false), QStringLiteral("kpis.csv"));
        QVERIFY(open.ok());
        bool found = false;
        for (const CsvRecord &record : std::as_const(open->records))
            if (record.fields.value(ReportKpiModel::Measure) == Kpi{KpiId::Closures, {}, {}}.label()) {
                QCOMPARE(record.fields.value(ReportKpiModel::Value), QStringLiteral("3"));
                found = true;
            }
        QVERIFY(found);
    }

    void writeLeavesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kpis.csv"));
        QVERIFY(ReportCsv::write(kpis(), true, path).ok());
        auto table = CsvReader::readFile(path);
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), 1 + CohortKpis::allIds().size());
        QVERIFY(!ReportCsv::write(kpis(), true, dir.filePath(QStringLiteral("missing/kpis.csv"))).ok());
    }
};

TRELLIS_REGISTER_TEST(ReportCsvTest);
#include "reportcsvtest.moc"
