#include "calendar/testrows.h"
#include "insights/cohortkpis.h"
#include "reports/reportdocument.h"
#include "reports/reportpdf.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis;
using trellis::test::TestRows;

namespace {

qint64 utc(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

QString pairName(const char *role, int n)
{
    return QStringLiteral("%1 P%2").arg(QLatin1String(role)).arg(n, 4, 10, QLatin1Char('0'));
}

} // namespace

// The PDF reports (issue 13, items 2–4 and 7), read back with poppler's pdftotext and pdfinfo.
// Today is 2024-06-15 12:00 UTC; a cohort "Summer" of the programme "Pathways" started 04-01.
class ReportTest : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<PinnedClock> m_clock;
    QTemporaryDir m_dir;
    qint64 m_programme = 0, m_cohort = 0;

    // `pairs` pairs "Mentor P0001" → "Mentee P0001", active from 04-01 with a goal half way, a
    // held meeting on 06-01 and a contact on 06-10 (so none is at risk); the first `earlyEndings`
    // ended early in May instead.
    void makeCohort(int pairs, int earlyEndings = 0)
    {
        QSqlDatabase db = m_temp->db().connection();
        db.transaction();
        TestRows rows(db);
        m_programme = rows.programme(QStringLiteral("Pathways"));
        m_cohort = rows.cohort(m_programme, QStringLiteral("Summer"));
        rows.exec(QStringLiteral("UPDATE cohort SET start_date = '2024-04-01', end_date = NULL WHERE id = ?"),
                  {m_cohort});
        for (int i = 1; i <= pairs; ++i) {
            TestRows::RelationshipSpec spec;
            spec.mentorId = rows.person(pairName("Mentor", i));
            spec.menteeId = rows.person(pairName("Mentee", i));
            spec.programmeId = m_programme;
            spec.cohortId = m_cohort;
            spec.startDate = QStringLiteral("2024-04-01");
            spec.status = i <= earlyEndings ? QStringLiteral("ended_early") : QStringLiteral("active");
            const qint64 r = rows.relationship(spec);
            if (i <= earlyEndings)
                rows.exec(QStringLiteral(
                              "UPDATE relationship SET end_date = '2024-05-10', end_reason = 'Moved away'"
                              " WHERE id = ?"),
                          {r});
            rows.progress(rows.goal(r, 0, 100), QStringLiteral("2024-05-20"), 50);
            rows.single(r, LocalStart{QStringLiteral("2024-06-01T10:00:00"), QStringLiteral("UTC")}, 60,
                        QStringLiteral("held"));
            rows.contact(r, utc(QStringLiteral("2024-06-10T10:00:00")));
            rows.feedback(r, 4, QStringLiteral("2024-06-02"));
        }
        db.commit();
    }

    ReportDocument document(ReportOptions::Variant variant, std::optional<bool> anonymise = {},
                            bool includeNotes = false)
    {
        auto kpis = CohortKpis::load(m_temp->db(), {ReportSubject::Kind::Cohort, m_cohort});
        if (!kpis)
            qWarning("%s", qPrintable(kpis.errorMessage()));
        ReportOptions options = ReportOptions::defaultsFor(variant, QDate(2024, 6, 15));
        if (anonymise)
            options.anonymise = *anonymise;
        options.includeNotes = includeNotes;
        if (includeNotes && !CohortKpis::loadSharedNotes(m_temp->db(), *kpis))
            qWarning("could not read shared notes");
        return ReportDocument::build(*kpis, options);
    }

    QString writePdf(const ReportDocument &doc, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status written = ReportPdf::write(doc, QDate(2024, 6, 15), path, QPageSize(QPageSize::A4));
        if (!written)
            qWarning("%s", qPrintable(written.errorMessage()));
        return path;
    }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static QString text(const QString &pdf)
    {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    }
    static int pages(const QString &pdf)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    // Whether `line` holds `cell` as a whole cell (spaces or the line's end around it).
    static bool hasCell(const QString &line, const QString &cell)
    {
        return line.contains(
            QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(cell))));
    }
    static QString lineWith(const QString &text, const QString &start)
    {
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (line.trimmed().startsWith(start))
                return line;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: packaging/setup.sh installs it");
    }

    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<test::TempDatabase>();
    }
    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void boardPackHoldsTheCoverAndTheNumbers()
    {
        makeCohort(12);
        const QString pdf = writePdf(document(ReportOptions::Variant::Board), QStringLiteral("board.pdf"));
        const QString all = text(pdf);
        QVERIFY2(all.contains(QStringLiteral("Board pack")), qPrintable(all.left(400)));
        QVERIFY(all.contains(QStringLiteral("Programme Pathways · Cohort Summer")));
        QVERIFY(all.contains(QStringLiteral("Period 1 Apr 2024 – 15 Jun 2024 · Generated 15 Jun 2024")));
        QVERIFY(all.contains(QStringLiteral("Matching and initiating")));
        QVERIFY(all.contains(QStringLiteral("Monitoring and support")));
        QVERIFY(all.contains(QStringLiteral("Closure")));
        QVERIFY(hasCell(lineWith(all, QStringLiteral("People served [")), QStringLiteral("24")));
        QVERIFY(hasCell(lineWith(all, QStringLiteral("Active pairs [")), QStringLiteral("12")));
        QVERIFY(hasCell(lineWith(all, QStringLiteral("Meetings held [")), QStringLiteral("12")));
        QVERIFY(lineWith(all, QStringLiteral("Average goal progress [")).contains(QStringLiteral("50%")));
        QVERIFY(
            all.contains(QStringLiteral("Distinct mentors and mentees in a pair that ran"))); // a footnote
        QVERIFY(all.contains(QStringLiteral("Page 1 of ")));
        QVERIFY(!all.contains(pairName("Mentee", 1))); // anonymised: no names on the board pack
    }

    void boardPackOfFortyPairsFitsThreePages()
    {
        makeCohort(40);
        const QString pdf = writePdf(document(ReportOptions::Variant::Board), QStringLiteral("board40.pdf"));
        const int count = pages(pdf);
        QVERIFY2(count >= 1 && count <= 3, qPrintable(QString::number(count)));
    }

    void fullReportHoldsEveryPairOnceAndSplitsNoRow()
    {
        makeCohort(500);
        const QString pdf = writePdf(document(ReportOptions::Variant::Full), QStringLiteral("full500.pdf"));
        const QString all = text(pdf);
        const QStringList pageTexts = all.split(QLatin1Char('\f'));
        for (int i = 1; i <= 500; ++i) {
            const QString mentee = pairName("Mentee", i);
            QCOMPARE(all.count(mentee), 1);
            // The pair's row is whole on one page: its mentor on the same line as its mentee.
            QVERIFY2(lineWith(all, pairName("Mentor", i)).contains(mentee), qPrintable(mentee));
        }
        // The table's header is repeated on every page it continues on.
        int pairPages = 0;
        for (const QString &page : pageTexts) {
            if (!page.contains(QStringLiteral("Mentee P")))
                continue;
            ++pairPages;
            // (A header wider than its column wraps: "LAST" over "CONTACT".)
            QVERIFY(page.contains(QStringLiteral("MENTEE")) && page.contains(QStringLiteral("CONTACT")) &&
                    page.contains(QStringLiteral("RATING")));
        }
        QVERIFY(pairPages >= 8); // 500 one-line rows
        QVERIFY(all.contains(QStringLiteral("Page %1 of %1").arg(pages(pdf))));
    }

    void neverPrivateNotes()
    {
        makeCohort(6);
        QSqlQuery query(m_temp->db().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE meeting SET private_notes = 'PRIVATEWORD about the mentee',"
                                          " shared_notes = 'SHAREDWORD agreed next steps'")));
        const QString board = text(writePdf(document(ReportOptions::Variant::Board, false, true),
                                            QStringLiteral("notes-board.pdf")));
        const QString full = text(
            writePdf(document(ReportOptions::Variant::Full, false, false), QStringLiteral("notes-full.pdf")));
        const QString withNotes = text(
            writePdf(document(ReportOptions::Variant::Full, false, true), QStringLiteral("notes-asked.pdf")));
        QVERIFY(!board.isEmpty() && !full.isEmpty() && !withNotes.isEmpty());
        for (const QString &t : {board, full, withNotes})
            QVERIFY(!t.contains(QStringLiteral("PRIVATEWORD")));
        QVERIFY(!board.contains(QStringLiteral("SHAREDWORD"))); // board pack: never
        QVERIFY(!full.contains(QStringLiteral("SHAREDWORD")));  // full: only when asked
        QCOMPARE(withNotes.count(QStringLiteral("SHAREDWORD")), 6);
    }

    void smallCountsAreSuppressed()
    {
        makeCohort(10, 3); // three early endings
        const QString anonymised =
            text(writePdf(document(ReportOptions::Variant::Board), QStringLiteral("a.pdf")));
        const QString closures = lineWith(anonymised, QStringLiteral("Closures ["));
        // (pdftotext may drop the narrow space of "< 5".)
        const QRegularExpression suppressed(QStringLiteral("<\\s?5"));
        QVERIFY2(closures.contains(suppressed), qPrintable(closures));
        QVERIFY(!hasCell(closures, QStringLiteral("3")));
        const QString reason = lineWith(anonymised, QStringLiteral("Moved away"));
        QVERIFY(reason.contains(suppressed));
        const QString open =
            text(writePdf(document(ReportOptions::Variant::Board, false), QStringLiteral("b.pdf")));
        QVERIFY(hasCell(lineWith(open, QStringLiteral("Closures [")), QStringLiteral("3")));
        QVERIFY(!lineWith(open, QStringLiteral("Closures [")).contains(suppressed));
        // The document model says the same.
        QCOMPARE(ReportDocument::count(3, true), QStringLiteral("< 5"));
        QCOMPARE(ReportDocument::count(0, true), QStringLiteral("0"));
        QCOMPARE(ReportDocument::count(5, true), QStringLiteral("5"));
    }

    void twoRendersAreByteIdentical()
    {
        makeCohort(8);
        const ReportDocument doc = document(ReportOptions::Variant::Full);
        auto first = ReportPdf::bytes(doc, QDate(2024, 6, 15), QPageSize(QPageSize::A4));
        QVERIFY(first.ok());
        // Across a second of the wall clock, which Qt would otherwise write into the file.
        const QTime started = QTime::currentTime();
        while (QTime::currentTime().second() == started.second())
            QTest::qSleep(20);
        auto second = ReportPdf::bytes(doc, QDate(2024, 6, 15), QPageSize(QPageSize::A4));
        QVERIFY(second.ok());
        QVERIFY(first->size() > 1000);
        QVERIFY(*first == *second);
        QVERIFY(first->contains("/CreationDate (D:20240615000000Z"));
    }

    void pinnedReplacesTheClock()
    {
        const QByteArray stamped = "1 0 obj\n<< /CreationDate (D:20261202133300+01'00') >>\n"
                                   "uuid:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\n";
        const QByteArray pinned = ReportPdf::pinned(stamped, QDate(2024, 6, 15));
        QCOMPARE(pinned.size(), stamped.size());
        QVERIFY(pinned.contains("(D:20240615000000Z"));
        QVERIFY(!pinned.contains("0f1e2d3c"));
        QCOMPARE(ReportPdf::pinned(stamped, QDate(2024, 6, 15)), pinned);
    }
};

TRELLIS_REGISTER_TEST(ReportTest);
#include "reporttest.moc"
