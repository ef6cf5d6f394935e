#include "relationships/relationshippage.h"

#include "goals/goaldialog.h"
#include "models/actionitemlistmodel.h"
#include "models/contactlistmodel.h"
#include "models/modelloader.h"
#include "services/goalservice.h"
#include "storage/entityreader.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"

#include <QAction>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace trellis;
using namespace trellis::test;

namespace {

template <typename T>
T stored(Database &db, Id id)
{
    auto value = EntityReader(db.connection()).get<T>(id);
    if (!value)
        qFatal("%s", qPrintable(value.errorMessage()));
    return *value;
}

} // namespace

// The relationship page through its widgets: lifecycle actions with undo, ending with a reason
// and a reflection, action items, goals (SMART form validation, record progress).
class RelationshipPageTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<WorkspaceFixture> m_fixture;
    std::unique_ptr<RelationshipPage> m_page;
    SampleData m_data;

    // The rows of the list view `name`.
    int rows(const char *name) { return child<QTreeView>(name)->model()->rowCount(); }

    template <typename T>
    T *child(const char *name)
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
        m_fixture = std::make_unique<WorkspaceFixture>(m_temp->db(), Profile{m_data.mentor, Role::Mentor});
        m_page = std::make_unique<RelationshipPage>(m_fixture->context);
        m_page->resize(1100, 700);
        m_page->show();
        QSignalSpy loaded(m_page.get(), &RelationshipPage::loaded);
        m_page->openRelationship(m_data.relationship);
        QVERIFY(loaded.wait(15000));
    }

    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
        m_temp.reset();
        m_clock.reset();
    }

    void shouldShowTheHeaderAndEveryTab()
    {
        // GIVEN the sample relationship, loaded
        // THEN the header names both people, the status with its date and the cadence
        QVERIFY(child<QLabel>("relationshipNames")->text().contains(QStringLiteral("mentored by")));
        QCOMPARE(child<QLabel>("relationshipStatus")->text(), QStringLiteral("● Active since 1 Mar 2025"));
        QVERIFY(child<QLabel>("relationshipDetails")->text().contains(QStringLiteral("every 14 days")));
        // AND every section is a tab
        QCOMPARE(child<QTabWidget>("relationshipTabs")->count(), int(RelationshipPage::TabCount));
        // AND the lists show the relationship's children
        QCOMPARE(rows("contactsTree"), 1);
        QCOMPARE(rows("actionsTree"), 1);
        QCOMPARE(rows("supportTree"), 1);
        QCOMPARE(rows("feedbackTree"), 1);
        QCOMPARE(rows("pastMeetingsTree") + rows("upcomingMeetingsTree"),
                 int(m_page->snapshot()->past.size() + m_page->snapshot()->upcoming.size()));
        QVERIFY(rows("pastMeetingsTree") > 0);
        QCOMPARE(child<QPlainTextEdit>("agreementEdit")->toPlainText(), QStringLiteral("Fortnightly, video"));
    }

    void shouldPauseAndUndoThroughTheLifecycleMenu()
    {
        // GIVEN an active relationship
        QAction *pause = child<QAction>("lifecyclePause");
        QVERIFY(pause->isEnabled());
        QVERIFY(!child<QAction>("lifecycleResume")->isVisible());
        // WHEN it is paused from the menu
        pause->trigger();
        QVERIFY(waitLoaded(m_page.get()));
        // THEN it is stored paused, the header says so and Resume is offered
        QCOMPARE(stored<Relationship>(m_temp->db(), m_data.relationship).status, RelationshipStatus::Paused);
        QVERIFY(child<QLabel>("relationshipStatus")->text().contains(QStringLiteral("Paused")));
        QVERIFY(child<QAction>("lifecycleResume")->isEnabled());
        QCOMPARE(m_fixture->stack->undoText(), QStringLiteral("Pause relationship"));
        // WHEN undone THEN it is active again, on screen too
        m_fixture->stack->undo();
        QVERIFY(waitLoaded(m_page.get()));
        QCOMPARE(stored<Relationship>(m_temp->db(), m_data.relationship).status, RelationshipStatus::Active);
        QCOMPARE(child<QLabel>("relationshipStatus")->text(), QStringLiteral("● Active since 1 Mar 2025"));
    }

    void shouldEndEarlyWithAReasonAndAReflectionAndKeepHistory()
    {
        // GIVEN the end dialog, which refuses to end without a reason
        bool okWasDisabled = false;
        whenDialogOpens([&okWasDisabled](QWidget *dialog) {
            auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("formOk"));
            okWasDisabled = !ok->isEnabled();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("endReason")),
                             QStringLiteral("Moved abroad"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("closingReflection"))
                ->setPlainText(QStringLiteral("We both learned to plan ahead."));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        // WHEN the relationship is ended early
        child<QAction>("lifecycleEndEarly")->trigger();
        QVERIFY(waitLoaded(m_page.get()));
        // THEN the reason and reflection are stored, shown, and the history stays readable
        QVERIFY(okWasDisabled);
        const Relationship ended = stored<Relationship>(m_temp->db(), m_data.relationship);
        QCOMPARE(ended.status, RelationshipStatus::EndedEarly);
        QCOMPARE(ended.endReason, QStringLiteral("Moved abroad"));
        QCOMPARE(ended.closingReflection, QStringLiteral("We both learned to plan ahead."));
        QVERIFY(child<QLabel>("overviewEnding")->text().contains(QStringLiteral("We both learned")));
        QCOMPARE(rows("contactsTree"), 1);
        QVERIFY(!child<QWidget>("lifecycleButton")->isEnabled());
        // WHEN undone THEN it is active again with no end
        m_fixture->stack->undo();
        QVERIFY(waitLoaded(m_page.get()));
        QCOMPARE(stored<Relationship>(m_temp->db(), m_data.relationship).status, RelationshipStatus::Active);
        QVERIFY(!stored<Relationship>(m_temp->db(), m_data.relationship).endDate.has_value());
    }

    void shouldTickAnActionItemUndoably()
    {
        // GIVEN the open action item
        QAbstractItemModel *model = child<QTreeView>("actionsTree")->model();
        const QModelIndex item = model->index(0, ActionItemListModel::Action);
        QCOMPARE(item.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // WHEN it is ticked
        QVERIFY(model->setData(item, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(waitLoaded(m_page.get()));
        // THEN it is done today, and undo reopens it
        QCOMPARE(stored<ActionItem>(m_temp->db(), m_data.actionItem).doneOn,
                 std::optional<QDate>(QDate(2025, 5, 15)));
        QCOMPARE(model->index(0, ActionItemListModel::Action).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(model->index(0, ActionItemListModel::DoneOn).data().toString(),
                 QStringLiteral("15 May 2025"));
        m_fixture->stack->undo();
        QVERIFY(waitLoaded(m_page.get()));
        QCOMPARE(stored<ActionItem>(m_temp->db(), m_data.actionItem).doneOn, std::nullopt);
        QCOMPARE(model->index(0, ActionItemListModel::Action).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
    }

    void shouldSaveTheAgreementUndoably()
    {
        // GIVEN the agreement tab
        auto *edit = child<QPlainTextEdit>("agreementEdit");
        auto *save = child<QPushButton>("saveAgreementButton");
        QVERIFY(!save->isEnabled());
        // WHEN the text changes and is saved
        edit->setPlainText(QStringLiteral("Weekly, in person"));
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(waitLoaded(m_page.get()));
        // THEN it is stored, and undo restores it
        QCOMPARE(stored<Relationship>(m_temp->db(), m_data.relationship).agreement,
                 QStringLiteral("Weekly, in person"));
        m_fixture->stack->undo();
        QVERIFY(waitLoaded(m_page.get()));
        QCOMPARE(edit->toPlainText(), QStringLiteral("Fortnightly, video"));
    }

    void shouldRecordProgressOnAGoal()
    {
        // GIVEN the goals tab with the sample goal and its two progress updates
        m_page->showTab(RelationshipPage::GoalsTab);
        QAbstractItemModel *history = child<QTreeView>("progressHistory")->model();
        QCOMPARE(history->rowCount(), 2);
        // WHEN progress is recorded through the dialog
        whenDialogOpens([](QWidget *dialog) {
            auto *value = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("progressValue"));
            value->setValue(4);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("progressNote")),
                             QStringLiteral("Fourth talk booked"));
            dialog->findChild<QPushButton *>(QStringLiteral("progressOk"))->click();
        });
        child<QPushButton>("recordProgressButton")->click();
        QVERIFY(waitLoaded(m_page.get()));
        // THEN the history shows it first (newest on top), authored by the profile's person
        QCOMPARE(history->rowCount(), 3);
        QCOMPARE(history->index(0, 2).data().toString(), QStringLiteral("Fourth talk booked"));
        QCOMPARE(m_fixture->stack->undoText(), QStringLiteral("Record progress"));
        // WHEN undone THEN it is gone again
        m_fixture->stack->undo();
        QVERIFY(waitLoaded(m_page.get()));
        QCOMPARE(history->rowCount(), 2);
    }

    void shouldKeepTheGoalFormDisabledUntilValid()
    {
        // GIVEN an empty new goal
        Goal goal;
        goal.relationshipId = m_data.relationship;
        GoalDialog dialog(goal);
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("goalOk"));
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("goalTitle"));
        auto *due = dialog.findChild<QDateEdit *>(QStringLiteral("goalDueDate"));
        auto *start = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("goalStartValue"));
        auto *target = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("goalTargetValue"));
        auto *unit = dialog.findChild<QLineEdit *>(QStringLiteral("goalUnit"));
        dialog.show();
        // THEN OK is disabled and each missing letter says why
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("goalTitleError"))->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("goalDueError"))->isVisible());
        // WHEN specific and time-bound are filled THEN it is valid
        QTest::keyClicks(title, QStringLiteral("Give three talks"));
        due->setDate(QDate(2025, 9, 30));
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        // WHEN a due date in the past is chosen THEN it is refused for a new goal
        due->setDate(QDate(2025, 5, 1));
        QVERIFY(!ok->isEnabled());
        due->setDate(QDate(2025, 9, 30));
        // WHEN the measure is a target without a unit THEN it is refused until a unit is named
        dialog.findChild<QRadioButton *>(QStringLiteral("goalMeasureTarget"))->setChecked(true);
        start->setValue(0);
        target->setValue(3);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("goalMeasureError"))->isVisible());
        QTest::keyClicks(unit, QStringLiteral("talks"));
        QVERIFY(ok->isEnabled());
        // WHEN start equals target THEN it is refused
        target->setValue(0);
        QVERIFY(!ok->isEnabled());
        target->setValue(3);
        QVERIFY(ok->isEnabled());
        // THEN the goal carries every letter
        const Goal made = dialog.goal();
        QCOMPARE(made.title, QStringLiteral("Give three talks"));
        QCOMPARE(made.measureKind, MeasureKind::Target);
        QCOMPARE(made.unit, QStringLiteral("talks"));
        QCOMPARE(made.targetValue, 3.0);
        QCOMPARE(made.dueDate, std::optional<QDate>(QDate(2025, 9, 30)));
        QVERIFY(made.validate().ok());
    }

    void shouldAddAGoalThroughTheForm()
    {
        // GIVEN the goals tab
        m_page->showTab(RelationshipPage::GoalsTab);
        // WHEN a goal is added through the SMART form
        whenDialogOpens([](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("goalTitle")),
                             QStringLiteral("Lead a project"));
            dialog->findChild<QPushButton *>(QStringLiteral("goalOk"))->click();
        });
        child<QPushButton>("addGoalButton")->click();
        QVERIFY(waitLoaded(m_page.get()));
        // THEN it is stored and listed
        QVERIFY(m_page->snapshot().has_value());
        QCOMPARE(m_page->snapshot()->goals.size(), 2);
        QCOMPARE(m_fixture->stack->undoText(), QStringLiteral("Add goal"));
        m_fixture->stack->undo();
        QVERIFY(waitLoaded(m_page.get()));
        QCOMPARE(m_page->snapshot()->goals.size(), 1);
    }

    void shouldReloadOnlyForChangesToThisRelationship()
    {
        ModelLoader *loader = m_page->loader();
        QSignalSpy pageLoaded(m_page.get(), &RelationshipPage::loaded);
        QSignalSpy loaderLoaded(loader, &ModelLoader::loaded);
        const int shownActions = int(m_page->snapshot()->actionItems.size());
        // WHEN an action item is added to ANOTHER relationship
        ActionItem elsewhere;
        elsewhere.relationshipId = m_data.proposed;
        elsewhere.title = QStringLiteral("Read the programme handbook");
        QVERIFY(m_fixture->edits->addActionItem(elsewhere).ok());
        // THEN the loader looks (a partial load) but the page reads and shows nothing new
        QVERIFY(loaderLoaded.wait(15000));
        QCOMPARE(pageLoaded.count(), 0);
        QCOMPARE(int(m_page->snapshot()->actionItems.size()), shownActions);
        // AND WHEN it is removed again (a row the page never showed) THEN still nothing is read
        m_fixture->stack->undo();
        QVERIFY(loaderLoaded.wait(15000));
        QCOMPARE(pageLoaded.count(), 0);
        // AND WHEN one is added to THIS relationship THEN the page reads it and shows it
        ActionItem here = elsewhere;
        here.relationshipId = m_data.relationship;
        QVERIFY(m_fixture->edits->addActionItem(here).ok());
        QVERIFY(waitLoaded(m_page.get()));
        QCOMPARE(pageLoaded.count(), 1);
        QCOMPARE(int(m_page->snapshot()->actionItems.size()), shownActions + 1);
        QCOMPARE(rows("actionsTree"), shownActions + 1);
        // AND a renamed mentor (a person the page names) reloads it too
        Person mentor = stored<Person>(m_temp->db(), m_data.mentor);
        mentor.displayName = QStringLiteral("Renamed Mentor");
        QVERIFY(m_fixture->edits->updatePerson(mentor).ok());
        QVERIFY(waitLoaded(m_page.get()));
        QVERIFY(child<QLabel>("relationshipNames")->text().contains(QStringLiteral("Renamed Mentor")));
    }

    void shouldKeepTheSelectedRowAcrossAReload()
    {
        // GIVEN the one contact, selected
        m_page->showTab(RelationshipPage::ContactsTab);
        auto *view = child<QTreeView>("contactsTree");
        view->setCurrentIndex(view->model()->index(0, 0));
        const qint64 selected = view->currentIndex().data(ContactListModel::ContactIdRole).toLongLong();
        QCOMPARE(selected, m_data.contact);
        QVERIFY(child<QPushButton>("removeContactButton")->isEnabled());
        // WHEN a newer contact is logged (it comes first: newest on top)
        Contact newer;
        newer.relationshipId = m_data.relationship;
        newer.occurredAt = QDateTime(QDate(2025, 5, 14), QTime(18, 0), Qt::UTC);
        newer.channel = ContactChannel::Call;
        newer.initiator = Initiator::Mentee;
        newer.summary = QStringLiteral("Quick call about the talk");
        QVERIFY(m_fixture->edits->logContact(newer).ok());
        QVERIFY(waitLoaded(m_page.get()));
        // THEN the same contact is still the selected one, now in the second row
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->currentIndex().data(ContactListModel::ContactIdRole).toLongLong(), selected);
        QCOMPARE(view->currentIndex().row(), 1);
        // AND Remove removes the selected one, undoably
        child<QPushButton>("removeContactButton")->click();
        QVERIFY(waitLoaded(m_page.get()));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ContactListModel::Summary).data().toString(),
                 QStringLiteral("Quick call about the talk"));
    }
};

TRELLIS_REGISTER_TEST(RelationshipPageTest);

#include "relationshippagetest.moc"
