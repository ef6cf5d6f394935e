#include "dialogs/logcontactdialog.h"
#include "dialogs/logmeetingdialog.h"
#include "mentor/mymenteespage.h"
#include "models/backgroundjob.h"
#include "relationships/relationshippage.h"
#include "storage/database.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QMenu>
#include <QStackedWidget>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// The page of the window's stack a widget belongs to (a menu counts where it pops up from), or
// null for the window's own widgets (its menus).
QWidget *pageOf(QWidget *widget, const QStackedWidget *pages)
{
    while (widget && widget->parentWidget() != pages)
        widget = widget->parentWidget();
    return widget;
}

struct Owner {
    QWidget *page = nullptr; // null: the window's own, active on every page
    bool windowWide = true;  // fires wherever the focus is (not only inside its widget)
    QString name;
};

// Every key sequence of the window's actions and buttons, with where it can fire.
QMultiHash<QString, Owner> shortcutOwners(MainWindow &window)
{
    const auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QMultiHash<QString, Owner> owners;
    auto add = [&](const QList<QKeySequence> &keys, QWidget *widget, Qt::ShortcutContext context,
                   const QString &name) {
        for (const QKeySequence &sequence : keys)
            owners.insert(sequence.toString(QKeySequence::PortableText),
                          Owner{pageOf(widget, pages),
                                context == Qt::WindowShortcut || context == Qt::ApplicationShortcut, name});
    };
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
        QList<QWidget *> widgets;
        for (QObject *object : action->associatedObjects())
            if (auto *widget = qobject_cast<QWidget *>(object))
                widgets.append(widget);
        // Once per page it can fire on (an action on a page and in that page's menu is one owner).
        QList<QWidget *> seen;
        for (QWidget *widget : std::as_const(widgets)) {
            QWidget *page = pageOf(widget, pages);
            if (seen.contains(page))
                continue;
            seen.append(page);
            add(action->shortcuts(), widget, action->shortcutContext(), name);
        }
    }
    // Buttons with a key of their own (Back: Alt+Left); not the Alt+letter of their text, which
    // Qt cycles through when two share it.
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (!button->shortcut().isEmpty() && button->shortcut() != QKeySequence::mnemonic(button->text()))
            add({button->shortcut()}, button, Qt::WindowShortcut, button->objectName());
    return owners;
}

} // namespace

// Issue 9 item 6: one owner per shortcut on every page of every workspace; Ctrl+L and
// Ctrl+Shift+L on the relationship page; Ctrl+1…7 go to their place from a page opened from it.
class KeyboardTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    SampleData m_data;
    std::unique_ptr<WorkspaceFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    RelationshipPage *openWorkspace(Profile profile)
    {
        m_fixture = std::make_unique<WorkspaceFixture>(m_temp->db(), profile);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1440, 900);
        m_window->setDatabase(&m_temp->db());
        WorkspaceBuilder::populate(*m_window, m_fixture->context);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        RelationshipPage *page = m_window->findChild<RelationshipPage *>();
        [&] {
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            QVERIFY(page);
        }();
        return page;
    }

    // Opens the relationship's page (from the current place) and waits for it.
    void openRelationship(RelationshipPage *page, Id id)
    {
        m_window->openRelationship(id);
        QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(page));
        QTRY_VERIFY(page->snapshot() && page->snapshot()->relationship.id == id && page->isEnabled());
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
    }

    void cleanup()
    {
        if (m_window)
            m_window->setDatabase(nullptr);
        m_window.reset();
        BackgroundJob::drain(); // no loader still reads the database that closes next
        m_fixture.reset();
        m_temp.reset();
        m_clock.reset();
    }

    void shouldGiveEveryShortcutOfEveryPageOneOwner_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("mentor") << int(Role::Mentor);
        QTest::newRow("mentee") << int(Role::Mentee);
        QTest::newRow("coordinator") << int(Role::Coordinator);
    }

    void shouldGiveEveryShortcutOfEveryPageOneOwner()
    {
        // GIVEN each role's workspace, the relationship page (with its tabs) open
        QFETCH(int, role);
        const Id person = Role(role) == Role::Mentor   ? m_data.mentor
                          : Role(role) == Role::Mentee ? m_data.mentee
                                                       : m_data.manager;
        RelationshipPage *relationship = openWorkspace(Profile{person, Role(role)});
        if (QTest::currentTestFailed())
            return;
        openRelationship(relationship, m_data.relationship);
        if (QTest::currentTestFailed())
            return;
        for (int tab = 0; tab < RelationshipPage::TabCount; ++tab)
            relationship->showTab(RelationshipPage::Tab(tab)); // every tab built and shown once

        // WHEN every key sequence of every action and button is listed with its page
        const QMultiHash<QString, Owner> owners = shortcutOwners(*m_window);
        QList<QWidget *> pages{relationship};
        for (const QString &place : m_window->placeIds()) {
            m_window->showPlace(place);
            pages.append(m_window->currentPage());
        }
        QVERIFY(pages.size() >= 3);

        // THEN on each page (with the window's own keys), a key that fires wherever the focus is
        // has one owner, and no key that fires inside a widget is also one of those
        for (QWidget *page : std::as_const(pages)) {
            for (const QString &key : owners.uniqueKeys()) {
                QStringList windowWide;
                QStringList local;
                for (const Owner &owner : owners.values(key)) {
                    if (owner.page && owner.page != page)
                        continue;
                    (owner.windowWide ? windowWide : local).append(owner.name);
                }
                QVERIFY2(windowWide.size() <= 1 && (windowWide.isEmpty() || local.isEmpty()),
                         qPrintable(QStringLiteral("%1 on %2 is owned by %3")
                                        .arg(key, page->objectName(), (windowWide + local).join(u", "))));
            }
        }
        // AND the walk saw the keys that matter: the places, undo, and logging on the relationship page
        for (const char *key : {"Ctrl+1", "Ctrl+2", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Shift+L"})
            QVERIFY2(owners.contains(QLatin1String(key)), key);
        bool logOnRelationship = false;
        for (const Owner &owner : owners.values(QStringLiteral("Ctrl+L")))
            logOnRelationship = logOnRelationship || owner.page == relationship;
        QVERIFY(logOnRelationship);
    }

    void shouldLogAMeetingAndAContactWithCtrlLOnTheRelationshipPage()
    {
        // GIVEN a mentor on the page of a relationship opened from Today
        RelationshipPage *page = openWorkspace(Profile{m_data.mentor, Role::Mentor});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_window->currentPlace(), QStringLiteral("today"));
        openRelationship(page, m_data.relationship);
        if (QTest::currentTestFailed())
            return;

        // WHEN Ctrl+L is pressed
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        // THEN Log meeting opens for this relationship
        LogMeetingDialog *meeting = nullptr;
        QTRY_VERIFY((meeting = m_window->findChild<LogMeetingDialog *>()) && meeting->isVisible());
        QCOMPARE(meeting->report().relationshipId, m_data.relationship);
        meeting->reject(); // untouched: closes at once
        QTRY_VERIFY(m_window->findChildren<LogMeetingDialog *>().isEmpty());

        // WHEN Ctrl+Shift+L is pressed
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        // THEN Log contact opens for it
        LogContactDialog *contact = nullptr;
        QTRY_VERIFY((contact = m_window->findChild<LogContactDialog *>()) && contact->isVisible());
        contact->reject();
        QTRY_VERIFY(m_window->findChildren<LogContactDialog *>().isEmpty());
    }

    void shouldGoToThePlaceWithCtrlNumberFromAPageOpenedFromIt()
    {
        // GIVEN a mentor on a relationship page opened from Today (place 1)
        RelationshipPage *page = openWorkspace(Profile{m_data.mentor, Role::Mentor});
        if (QTest::currentTestFailed())
            return;
        auto *today = m_window->findChild<MyMenteesPage *>();
        QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(today));
        openRelationship(page, m_data.relationship);
        if (QTest::currentTestFailed())
            return;

        // WHEN Ctrl+1 is pressed THEN Today is shown again
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(today));
        QCOMPARE(m_window->currentPlace(), QStringLiteral("today"));

        // AND from the relationship page opened again, Ctrl+2 goes to the second place
        openRelationship(page, m_data.relationship);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentPlace(), m_window->placeIds().at(1));
        QVERIFY(m_window->currentPage() != page);
        // AND Ctrl+2 again, from a relationship opened from there, still shows that place
        openRelationship(page, m_data.relationship);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentPlace(), m_window->placeIds().at(1));
        QVERIFY(m_window->currentPage() != page);
    }
};

TRELLIS_REGISTER_TEST(KeyboardTest);

#include "keyboardtest.moc"
