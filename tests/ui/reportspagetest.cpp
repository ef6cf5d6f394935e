#include "reports/reportspage.h"

#include "demo/demogenerator.h"
#include "insights/cohortkpis.h"
#include "io/csvreader.h"
#include "models/backgroundjob.h"
#include "models/modelloader.h"
#include "reports/reportkpimodel.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/pagescaffold.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ScreenshotChecks;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// Coordinator ▸ Reports on the small demo (issue 13, item 5): the place lists the cohort's KPIs
// as CohortKpis counts them, Export PDF writes the report on a worker (and a cancelled export
// leaves no file), the KPIs go to CSV, and the place renders readably in light and dark.
class ReportsPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        QVERIFY(DemoGenerator::generate(m_temp->db(), DemoOptions{}).ok());
    }
    void cleanup() { BackgroundJob::drain(); }
    void cleanupTestCase()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void shouldListTheCohortsKpis()
    {
        // GIVEN the coordinator's Reports place on the demo
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        ReportsPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        QCOMPARE(page.findChild<PageScaffold *>()->body(), PageScaffold::Body::Content);
        QVERIFY(page.cohortId() > 0);

        // THEN it lists every KPI of the cohort, with the values CohortKpis counts
        auto expected = CohortKpis::load(m_temp->db(), {ReportSubject::Kind::Cohort, page.cohortId()});
        QVERIFY(expected.ok());
        ReportKpiModel *model = page.kpiModel();
        QCOMPARE(model->rowCount(), int(CohortKpis::allIds().size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto id = KpiId(model->index(row, 0).data(ReportKpiModel::KpiIdRole).toInt());
            const Kpi kpi = *expected->kpi(id);
            QCOMPARE(model->index(row, ReportKpiModel::Measure).data().toString(), kpi.label());
            QCOMPARE(model->index(row, ReportKpiModel::Definition).data().toString(), kpi.definition());
            QCOMPARE(model->index(row, ReportKpiModel::Value).data().toString(),
                     ReportKpiModel::cells(kpi, true).at(ReportKpiModel::Value)); // the board pack anonymises
        }
        QCOMPARE(page.kpis()->cohortName, expected->cohortName);

        // AND the whole programme is one choice away
        page.setWholeProgramme(true);
        QTRY_VERIFY_WITH_TIMEOUT(page.kpis() && page.kpis()->cohortName.isEmpty() &&
                                     page.loader()->state() == ModelLoader::State::Loaded,
                                 20000);
        QCOMPARE(page.kpis()->subject.kind, ReportSubject::Kind::Programme);
        QCOMPARE(model->rowCount(), int(CohortKpis::allIds().size()));
    }

    void shouldExportThePdfOnAWorker()
    {
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        ReportsPage page(fixture.context);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        page.setVariant(ReportOptions::Variant::Full);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        QVERIFY(page.exportPdf(path));
        QVERIFY(page.isExporting());
        QVERIFY(!page.exportPdf(path)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toBool(), true);  // ok
        QCOMPARE(finished.first().at(1).toBool(), false); // not cancelled
        QVERIFY(QFile::exists(path));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Cohort report")), qPrintable(text.left(300)));
        QVERIFY2(text.contains(page.kpis()->programmeName), qPrintable(text.left(300)));
        QVERIFY2(text.contains(page.document().subjectLine), qPrintable(text.left(300)));
        // The full report names the pairs (not anonymised by default).
        QVERIFY(!page.kpis()->pairs.isEmpty());
        QVERIFY(text.contains(page.kpis()->pairs.first().menteeName));
    }

    void shouldPrintTheSameDocument()
    {
        // What the print preview's paintRequested draws, onto a PDF printer
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        ReportsPage page(fixture.context);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        page.printOn(&printer);
        const QString text = pdfText(printer.outputFileName());
        QVERIFY2(text.contains(QStringLiteral("Board pack")), qPrintable(text.left(300)));
        QVERIFY(text.contains(page.document().subjectLine));
        QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
    }

    void shouldLeaveNoFileWhenCancelled()
    {
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        ReportsPage page(fixture.context);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        page.setVariant(ReportOptions::Variant::Full);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        QVERIFY(page.exportPdf(path));
        page.cancelExport(); // what the progress dialog's Cancel does
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no temporary either
        // The place can export again afterwards.
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("reportsExportPdf"))->isEnabled());
    }

    void shouldExportTheKpisAsCsv()
    {
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        ReportsPage page(fixture.context);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kpis.csv"));
        QVERIFY(page.exportCsv(path).ok());
        auto table = CsvReader::readFile(path);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.errorMessage()));
        QCOMPARE(table->records.size(), 1 + CohortKpis::allIds().size());
        QCOMPARE(table->records.first().fields.value(ReportKpiModel::Definition),
                 QStringLiteral("Definition"));
        for (const CsvRecord &record : std::as_const(table->records))
            for (const QString &field : record.fields)
                QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@").contains(field.front()),
                         qPrintable(field));
    }

    void shouldRenderReadably_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::addRow("light 1440x900") << false << QSize(1440, 900);
        QTest::addRow("light 1024x700") << false << QSize(1024, 700);
        QTest::addRow("dark 1440x900") << true << QSize(1440, 900);
        QTest::addRow("dark 1024x700") << true << QSize(1024, 700);
    }
    void shouldRenderReadably()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        MainWindow window;
        window.setDatabase(&m_temp->db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<ReportsPage *>();
        QVERIFY(page);
        window.showPlace(QStringLiteral("reports"));
        QCOMPARE(window.currentPlace(), QStringLiteral("reports"));
        QTRY_VERIFY_WITH_TIMEOUT(page->loader()->hasLoaded(), 20000);
        QTest::qWait(100);
        const QString problem = renderAndCheck(
            &window,
            {QStringLiteral("reportsPage"), QStringLiteral("reportsKpis"), QStringLiteral("reportsExportPdf"),
             QStringLiteral("reportsPrint"), QStringLiteral("reportsExportCsv")},
            QStringLiteral("reports") + suffix(dark, size));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        window.setDatabase(nullptr);
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
};

TRELLIS_REGISTER_TEST(ReportsPageTest);

#include "reportspagetest.moc"
