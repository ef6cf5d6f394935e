#include "dialogs/logmeetingdialog.h"
#include "dialogs/persondialog.h"
#include "goals/goaldialog.h"
#include "models/backgroundjob.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/formdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// Shows the dialog as the window manager would (visible and active).
bool showActive(QDialog &dialog)
{
    dialog.open();
    QApplication::setActiveWindow(&dialog);
    return QTest::qWaitForWindowActive(&dialog);
}

// The "Discard your changes?" question once it is shown.
QMessageBox *question(QWidget *dialog)
{
    QMessageBox *box = nullptr;
    [&] {
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("discardChangesQuestion"))) &&
                    box->isVisible());
    }();
    return box;
}

} // namespace

// Issue 9 item 7: nothing typed is lost. Esc, Cancel or closing a dialog with changes asks
// "Discard your changes?" (Keep Editing keeps the dialog and what was typed); a dialog without
// changes closes at once. One mechanism for every dialog with free text (EditorDialog).
class DiscardChangesTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    SampleData m_data;
    std::unique_ptr<WorkspaceFixture> m_fixture;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
        m_fixture = std::make_unique<WorkspaceFixture>(m_temp->db(), Profile{m_data.mentor, Role::Mentor});
    }

    void cleanup()
    {
        BackgroundJob::drain();
        m_fixture.reset();
        m_temp.reset();
        m_clock.reset();
    }

    void shouldAskBeforeEscDiscardsTypedMeetingNotes()
    {
        // GIVEN Log meeting with notes typed
        LogMeetingDialog dialog(m_fixture->context, m_data.relationship);
        QVERIFY(dialog.loadError().isEmpty());
        QVERIFY(showActive(dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("logMeetingSharedNotes"));
        QVERIFY(notes);
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("We planned the portfolio review"));
        QVERIFY(dialog.hasChanges());

        // WHEN Esc is pressed
        QTest::keyClick(notes, Qt::Key_Escape);
        // THEN the question appears and the dialog stays open
        QMessageBox *box = question(&dialog);
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Discard your changes?"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(rejected.count(), 0);

        // WHEN Keep Editing is chosen THEN the dialog is still open with the notes
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepEditing")), Qt::LeftButton);
        QTRY_VERIFY(!dialog.discardQuestion());
        QVERIFY(dialog.isVisible());
        QCOMPARE(notes->toPlainText(), QStringLiteral("We planned the portfolio review"));
        QCOMPARE(rejected.count(), 0);

        // WHEN Cancel is clicked and the change discarded THEN the dialog closes
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        box = question(&dialog);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("discardChanges")), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void shouldCloseAnUntouchedDialogAtOnce()
    {
        // GIVEN Log meeting as it opened (its defaults filled in)
        LogMeetingDialog dialog(m_fixture->context, m_data.relationship);
        QVERIFY(showActive(dialog));
        QVERIFY(!dialog.hasChanges());
        // WHEN Esc is pressed THEN it closes without asking
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.findChild<QMessageBox *>());

        // AND typing then deleting it again is no change
        LogMeetingDialog again(m_fixture->context, m_data.relationship);
        QVERIFY(showActive(again));
        auto *notes = again.findChild<QPlainTextEdit *>(QStringLiteral("logMeetingPrivateNotes"));
        QTest::keyClicks(notes, QStringLiteral("ab"));
        QVERIFY(again.hasChanges());
        QTest::keyClick(notes, Qt::Key_Backspace);
        QTest::keyClick(notes, Qt::Key_Backspace);
        QVERIFY(!again.hasChanges());
        again.close();
        QVERIFY(!again.isVisible());
    }

    void shouldAskInEveryDialogWithFreeText()
    {
        // GIVEN the shared small form (feedback, contacts, endings…), a person and a goal dialog
        FormDialog form(QStringLiteral("Add Action"));
        form.addLine(QStringLiteral("title"), QStringLiteral("Title:"));
        form.addText(QStringLiteral("note"), QStringLiteral("Note:"));
        PersonDialog person({}, Person{}, {});
        GoalDialog goal(Goal{});
        const QList<std::pair<QDialog *, QString>> dialogs = {
            {&form, QStringLiteral("note")}, {&person, QStringLiteral("personName")}, {&goal, QString()}};
        for (const auto &[dialog, field] : dialogs) {
            QVERIFY(showActive(*dialog));
            // WHEN something is typed into its first text field and the window is closed
            QWidget *edit =
                field.isEmpty() ? dialog->findChild<QLineEdit *>() : dialog->findChild<QWidget *>(field);
            QVERIFY2(edit, qPrintable(dialog->objectName()));
            edit->setFocus();
            QTest::keyClicks(edit, QStringLiteral("Something worth keeping"));
            dialog->close();
            // THEN it asks and stays open
            QMessageBox *box = question(dialog);
            QVERIFY2(box, qPrintable(dialog->objectName()));
            QVERIFY(dialog->isVisible());
            // AND Esc on the question keeps editing
            QTest::keyClick(box, Qt::Key_Escape);
            QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("discardChangesQuestion")));
            QVERIFY(dialog->isVisible());
            // AND Discard closes it
            dialog->close();
            box = question(dialog);
            QVERIFY(box);
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("discardChanges")),
                              Qt::LeftButton);
            QTRY_VERIFY(!dialog->isVisible());
        }
    }
};

TRELLIS_REGISTER_TEST(DiscardChangesTest);

#include "discardchangestest.moc"
