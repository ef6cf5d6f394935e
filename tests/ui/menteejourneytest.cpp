#include "demo/demogenerator.h"
#include "mentee/menteegoalspage.h"
#include "relationships/agendaeditor.h"
#include "storage/database.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace trellis;
using namespace trellis::test;

namespace {

// Every text a person could reach in a widget: its own texts, tool tips, accessible names,
// and every role of every index of its model.
void collectTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &texts)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole), int(Qt::StatusTipRole),
                  int(Qt::WhatsThisRole), int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole)})
                texts.append(index.data(role).toString());
            if (column == 0)
                collectTexts(model, index, texts);
        }
    }
}

QStringList reachableTexts(const QWidget *root)
{
    QStringList texts;
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets.append(w);
    for (const QWidget *w : std::as_const(widgets)) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->whatsThis()
              << w->windowTitle();
        if (auto *label = qobject_cast<const QLabel *>(w))
            texts << label->text();
        if (auto *line = qobject_cast<const QLineEdit *>(w))
            texts << line->text() << line->placeholderText();
        if (auto *plain = qobject_cast<const QPlainTextEdit *>(w))
            texts << plain->toPlainText();
        if (auto *rich = qobject_cast<const QTextEdit *>(w))
            texts << rich->toPlainText() << rich->toHtml();
        if (auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << button->text();
        if (auto *combo = qobject_cast<const QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        if (auto *tabs = qobject_cast<const QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        if (auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model())
            collectTexts(view->model(), view->rootIndex(), texts);
    }
    texts.removeAll(QString());
    return texts;
}

QStringList privateNotes(Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT DISTINCT private_notes FROM meeting WHERE private_notes <> ''"));
    QStringList notes;
    while (query.next())
        notes.append(query.value(0).toString());
    return notes;
}

QString agendaOf(Database &db, const MeetingEntry &entry)
{
    QSqlQuery query(db.connection());
    if (entry.row.kind == MeetingKind::Series) {
        query.prepare(QStringLiteral("SELECT agenda FROM meeting WHERE series_id = ? AND recurrence_id = ?"));
        query.addBindValue(entry.row.id);
        query.addBindValue(entry.occurrence.recurrenceId);
    } else {
        query.prepare(QStringLiteral("SELECT agenda FROM meeting WHERE id = ?"));
        query.addBindValue(entry.row.id);
    }
    if (!query.exec() || !query.next())
        return QStringLiteral("<no row>");
    return query.value(0).toString();
}

} // namespace

// The mentee journey (issue 5): a mentee prepares the next meeting's agenda (saved, one undo
// step) and no private-note text is reachable in any widget of the mentee workspace.
class MenteeJourneyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldEditTheNextAgendaAndNeverShowPrivateNotes()
    {
        // GIVEN the small demo programme on a pinned clock, with private notes on every meeting
        // row of a mentee's active relationship that has a meeting coming up
        PinnedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        TempDatabase temp;
        DemoOptions options;
        options.size = DemoSize::Small;
        QVERIFY(DemoGenerator::generate(temp.db(), options).ok());
        auto relationships = RelationshipQueries(temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        Id menteeId = 0;
        Id relationshipId = 0;
        for (const Relationship &r : std::as_const(*relationships)) {
            if (r.status != RelationshipStatus::Active)
                continue;
            auto snapshot = RelationshipSnapshot::load(temp.db().connection(), r.id, false);
            QVERIFY(snapshot.ok());
            if (snapshot->nextMeeting() && !snapshot->past.isEmpty()) {
                menteeId = r.menteeId;
                relationshipId = r.id;
                break;
            }
        }
        QVERIFY(menteeId != 0);
        QSqlQuery mark(temp.db().connection());
        mark.prepare(QStringLiteral("UPDATE meeting SET private_notes = 'Private marker ' || id || '.' "
                                    "WHERE relationship_id = ?"));
        mark.addBindValue(relationshipId);
        QVERIFY(mark.exec());
        const QStringList secrets = privateNotes(temp.db());
        QVERIFY(secrets.size() > 3);

        // AND the workspace a mentee profile gets
        WorkspaceFixture fixture(temp.db(), Profile{menteeId, Role::Mentee});
        MainWindow window;
        window.setDatabase(&temp.db());
        window.resize(1440, 900);
        WorkspaceBuilder::populate(window, fixture.context);
        auto *page = window.findChild<MenteeGoalsPage *>();
        QVERIFY(page);
        QCOMPARE(window.currentPlace(), QStringLiteral("myGoals"));
        window.show();
        QVERIFY(waitLoaded(page));
        QVERIFY(!page->snapshot().relationships.isEmpty());
        QCOMPARE(page->snapshot().relationships.first().relationship.id, relationshipId);
        for (const RelationshipSnapshot &r : page->snapshot().relationships) {
            QVERIFY(!r.privateNotesLoaded);
            for (const QList<MeetingEntry> *list : {&r.past, &r.upcoming})
                for (const MeetingEntry &entry : *list)
                    QVERIFY2(entry.row.privateNotes.isEmpty(), "a private note was loaded");
        }
        const auto next = page->snapshot().relationships.first().nextMeeting();
        QVERIFY(next.has_value());
        const QString before = agendaOf(temp.db(), *next);

        // WHEN the mentee writes questions for the next meeting and saves them
        auto *editor = page->findChild<AgendaEditor *>(QStringLiteral("menteeAgendaEditor"));
        QVERIFY(editor);
        auto *edit = editor->findChild<QPlainTextEdit *>(QStringLiteral("agendaEdit"));
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveAgendaButton"));
        QVERIFY(edit->isEnabled());
        QVERIFY(!save->isEnabled());
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("How do I prepare for the panel interview?"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(waitLoaded(page));

        // THEN it is the stored agenda of that occurrence, in one undo step
        const QString agenda = QStringLiteral("How do I prepare for the panel interview?");
        QCOMPARE(agendaOf(temp.db(), *next), agenda);
        QCOMPARE(edit->toPlainText(), agenda);
        QCOMPARE(fixture.stack->count(), 1);
        QCOMPARE(fixture.stack->undoText(), QStringLiteral("Edit agenda"));
        // WHEN undone THEN the agenda is as before; redo brings it back
        fixture.stack->undo();
        QVERIFY(waitLoaded(page));
        const QString undone = agendaOf(temp.db(), *next);
        QVERIFY(undone == before ||
                (undone == QStringLiteral("<no row>") && next->row.kind == MeetingKind::Series));
        QCOMPARE(edit->toPlainText(), next->agenda());
        fixture.stack->redo();
        QVERIFY(waitLoaded(page));
        QCOMPARE(agendaOf(temp.db(), *next), agenda);

        // THEN no private-note text is reachable in any widget of the workspace, whichever
        // past meeting or tab is shown
        auto assertNoSecrets = [&](const char *where) {
            const QStringList texts = reachableTexts(page);
            for (const QString &text : texts)
                for (const QString &secret : secrets)
                    if (text.contains(secret))
                        QFAIL(qPrintable(QStringLiteral("%1: private note “%2” reachable")
                                             .arg(QLatin1String(where), secret)));
        };
        assertNoSecrets("goals tab");
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("menteeTabs"));
        tabs->setCurrentIndex(1);
        auto *past = page->findChild<QTreeView *>(QStringLiteral("menteePastMeetings"));
        QVERIFY(past->model()->rowCount() > 0);
        for (int i = 0; i < past->model()->rowCount(); ++i) {
            past->setCurrentIndex(past->model()->index(i, 0));
            assertNoSecrets("past meeting");
        }
        // AND the shared notes are there to read (the walk sees real content)
        bool sharedSeen = false;
        for (const MeetingEntry &entry : page->snapshot().relationships.first().past)
            sharedSeen = sharedSeen || !entry.sharedNotes().isEmpty();
        QVERIFY(sharedSeen);
        window.setDatabase(nullptr);
    }
};

TRELLIS_REGISTER_TEST(MenteeJourneyTest);

#include "menteejourneytest.moc"
