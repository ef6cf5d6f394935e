#include "changenotifier.h"
#include "commands/edits.h"
#include "dialogs/cohortdialog.h"
#include "dialogs/icsexportdialog.h"
#include "dialogs/icsimportdialog.h"
#include "dialogs/pairingdialog.h"
#include "dialogs/persondialog.h"
#include "dialogs/profiledialog.h"
#include "dialogs/programmedialog.h"
#include "dialogs/rosterimportdialog.h"
#include "models/backgroundjob.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ScreenshotChecks;

namespace {

// Dialogs open over the main window; the smallest window the app supports is 1024×700.
const QSize smallWindow(1024, 700);

QString corpus(const QString &name)
{
    return QStringLiteral(TRELLIS_SHARED_DIR "/testdata/ics/") + name;
}

} // namespace

// The file dialogs (calendar import with its preview, calendar export, roster import with its
// check) and the record dialogs (person, pairing, cohort, programme, profile) in a light and a
// dark palette, filled as a person would leave them: each is drawn at its
// size, fits a 1024×700 window, shows its key widgets inside it and keeps its text readable. With
// TRELLIS_SCREENSHOT_DIR set, each is saved there for a person to look at.
class DialogScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_sample = SampleData::create(m_temp.db()); }
    void cleanupTestCase() { BackgroundJob::drain(); }

    void shouldRenderTheFileDialogsReadably_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void shouldRenderTheFileDialogsReadably()
    {
        QFETCH(bool, dark);
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        const QString shot = suffix(dark, smallWindow);
        WorkspaceFixture fixture(m_temp.db(), Profile{m_sample.mentor, Role::Mentor});

        {
            // The calendar import, previewing a damaged file with "skip invalid events": events to
            // add, skipped ones, and the problems below.
            IcsImportDialog dialog(fixture.context);
            QSignalSpy loaded(&dialog, &IcsImportDialog::choicesLoaded);
            QVERIFY(loaded.wait(5000));
            QSignalSpy ready(&dialog, &IcsImportDialog::previewReady);
            dialog.setSkipInvalid(true);
            dialog.setPath(corpus(QStringLiteral("malformed/nodeical_badRRULE.ics")));
            QVERIFY(ready.wait(10000));
            while (dialog.isBusy())
                QVERIFY(ready.wait(10000));
            QVERIFY(dialog.counts().skipped > 0);
            QVERIFY(dialog.findChild<QTreeView *>(QStringLiteral("importPreview"))->model()->rowCount() > 0);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(50);
            QVERIFY(dialog.width() <= smallWindow.width() && dialog.height() <= smallWindow.height());
            const QString problem =
                renderAndCheck(&dialog,
                               {QStringLiteral("importPath"), QStringLiteral("importRelationship"),
                                QStringLiteral("importSkipInvalid"), QStringLiteral("importSummary"),
                                QStringLiteral("importPreview"), QStringLiteral("importProblems"),
                                QStringLiteral("importButton")},
                               QStringLiteral("ics-import") + shot);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        {
            IcsExportDialog dialog(fixture.context);
            QSignalSpy loaded(&dialog, &IcsExportDialog::choicesLoaded);
            QVERIFY(loaded.wait(5000));
            dialog.setScope(MeetingExportScope::relationship(m_sample.relationship));
            dialog.setPath(m_temp.file(QStringLiteral("meetings.ics")));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(50);
            QVERIFY(dialog.width() <= smallWindow.width() && dialog.height() <= smallWindow.height());
            const QString problem =
                renderAndCheck(&dialog,
                               {QStringLiteral("exportScopeKind"), QStringLiteral("exportScopeTarget"),
                                QStringLiteral("exportPath"), QStringLiteral("exportIncludeNotes"),
                                QStringLiteral("exportIncludeAttendees"),
                                QStringLiteral("exportPrivateNotesNever"), QStringLiteral("exportButton")},
                               QStringLiteral("ics-export") + shot);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        {
            // The roster import, checking a file with one bad address.
            const QString path = m_temp.file(QStringLiteral("roster.csv"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Name;E-mail;Role;Capacity\n"
                       "Maria Costa;maria@example.org;mentor;1\n"
                       "Ana Lopez;ana@example;mentee;\n");
            file.close();
            RosterImportDialog dialog(fixture.context);
            QSignalSpy planned(&dialog, &RosterImportDialog::planned);
            dialog.setFile(path);
            QVERIFY(planned.wait(10000));
            QVERIFY(!dialog.plan().canImport());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(50);
            QVERIFY(dialog.width() <= smallWindow.width() && dialog.height() <= smallWindow.height());
            const QString problem =
                renderAndCheck(&dialog,
                               {QStringLiteral("importFile"), QStringLiteral("importChoose"),
                                QStringLiteral("importColumns"), QStringLiteral("importPreview"),
                                QStringLiteral("importSummary"), QStringLiteral("importButton")},
                               QStringLiteral("roster-import") + shot);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        BackgroundJob::drain();
    }

    void shouldRenderTheRecordDialogsReadably_data() { shouldRenderTheFileDialogsReadably_data(); }

    void shouldRenderTheRecordDialogsReadably()
    {
        QFETCH(bool, dark);
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        const QString shot = suffix(dark, smallWindow);
        Person mentor;
        mentor.id = 1;
        mentor.displayName = QStringLiteral("Rachel Miller");
        mentor.isMentor = true;
        mentor.capacity = 2;
        Person mentee;
        mentee.id = 2;
        mentee.displayName = QStringLiteral("Oliver Hughes");
        mentee.isMentee = true;
        Programme programme;
        programme.id = 1;
        programme.name = QStringLiteral("Career Compass");
        Cohort cohort;
        cohort.id = 1;
        cohort.programmeId = 1;
        cohort.name = QStringLiteral("Autumn 2025");
        const auto saved = [](const auto &) { return Status(); };

        const auto check = [&shot](QDialog *dialog, const QStringList &keys, const QString &name) -> QString {
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog))
                return name + QStringLiteral(" was not shown");
            QTest::qWait(50);
            if (dialog->width() > smallWindow.width() || dialog->height() > smallWindow.height())
                return name + QStringLiteral(" does not fit a 1024×700 window");
            return renderAndCheck(dialog, keys, name + shot);
        };
        QString problem;
        {
            PersonDialog dialog({mentor, mentee}, mentee, saved);
            problem = check(&dialog,
                            {QStringLiteral("personMentor"), QStringLiteral("personMentee"),
                             QStringLiteral("personTimeZone"), QStringLiteral("personBio"),
                             QStringLiteral("personSave")},
                            QStringLiteral("person"));
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        {
            PairingDialog dialog({{mentor, mentee}, {{mentor.id, 1}}, {programme}, {cohort}}, cohort.id,
                                 saved);
            problem = check(&dialog,
                            {QStringLiteral("pairingMentor"), QStringLiteral("pairingMentee"),
                             QStringLiteral("pairingCohort"), QStringLiteral("pairingCadence"),
                             QStringLiteral("pairingPair")},
                            QStringLiteral("pairing"));
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        {
            CohortDialog dialog({programme}, cohort, saved);
            problem = check(&dialog,
                            {QStringLiteral("cohortProgramme"), QStringLiteral("cohortName"),
                             QStringLiteral("cohortStart"), QStringLiteral("cohortSave")},
                            QStringLiteral("cohort"));
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        {
            ProgrammeDialog dialog(programme, saved);
            problem = check(&dialog,
                            {QStringLiteral("programmeName"), QStringLiteral("programmeDescription"),
                             QStringLiteral("programmeFormat"), QStringLiteral("programmeSave")},
                            QStringLiteral("programme"));
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        {
            ProfileDialog dialog({mentor, mentee}, Profile{mentor.id, Role::Mentor});
            problem = check(&dialog, {}, QStringLiteral("profile"));
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

private:
    TempDatabase m_temp;
    SampleData m_sample;
};

TRELLIS_REGISTER_TEST(DialogScreenshotTest);

#include "dialogscreenshottest.moc"
