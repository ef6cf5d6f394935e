#include "mentee/menteegoalspage.h"
#include "models/backgroundjob.h"
#include "models/modelloader.h"
#include "models/suggestionlistmodel.h"
#include "relationships/relationshipresourcestab.h"
#include "storage/libraryquery.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;

// A mentee suggests a resource back to the mentor from their workspace (one undo step); the
// mentor sees it on the relationship's Resources tab and adds it to the library or dismisses it
// (issue 12, item 3).
class SuggestionsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    SampleData m_data;

    // Fills the suggestion dialog once it opens and presses Suggest.
    static void fillSuggestion(const QString &title, const QString &url, const QString &note)
    {
        whenDialogOpens([title, url, note](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("suggestionForm"));
            dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(title);
            dialog->findChild<QLineEdit *>(QStringLiteral("url"))->setText(url);
            if (auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("note")))
                text->setPlainText(note);
            dialog->findChild<QPushButton *>(QStringLiteral("formOk"))->click();
        });
    }

    QList<SuggestionRow> stored() const
    {
        return LibraryQuery(m_temp->db().connection()).suggestionsInRelationship(m_data.relationship).value();
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
    }

    void cleanup()
    {
        BackgroundJob::drain();
        m_temp.reset();
        m_clock.reset();
    }

    void shouldLetTheMenteeSuggestAndTheMentorAcceptOrDismiss()
    {
        {
            // The mentee suggests two resources from "My goals" ▸ Suggestions.
            WorkspaceFixture mentee(m_temp->db(), Profile{m_data.mentee, Role::Mentee});
            MenteeGoalsPage page(mentee.context);
            page.resize(1200, 800);
            page.show();
            QTRY_COMPARE(page.loader()->state(), ModelLoader::State::Loaded);
            QTRY_COMPARE(page.suggestionsLoader()->state(), ModelLoader::State::Loaded);
            const int steps = mentee.stack->count();
            fillSuggestion(QStringLiteral("Interview podcast"), QStringLiteral("https://example.org/podcast"),
                           QStringLiteral("Helped me before the panel"));
            page.suggestResource();
            QCOMPARE(mentee.stack->count(), steps + 1);
            QCOMPARE(mentee.stack->undoText(), QStringLiteral("Suggest resource"));
            QTRY_COMPARE(page.suggestions()->rowCount(), 1);
            const SuggestionRow row = page.suggestions()->itemAt(0);
            QCOMPARE(row.suggestion.suggestedBy, std::optional<Id>(m_data.mentee));
            QCOMPARE(row.suggestion.suggestedOn, QDate(2026, 3, 10));
            QCOMPARE(row.suggestion.note, QStringLiteral("Helped me before the panel"));
            QCOMPARE(page.suggestions()->index(0, SuggestionListModel::Status).data().toString(),
                     QStringLiteral("Waiting for a decision"));
            auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("menteeTabs"));
            QVERIFY(tabs);
            QTRY_COMPARE(tabs->tabText(3), QStringLiteral("Suggestions (1)"));
            // Undo takes it back; redo brings it again.
            mentee.stack->undo();
            QTRY_COMPARE(page.suggestions()->rowCount(), 0);
            mentee.stack->redo();
            QTRY_COMPARE(page.suggestions()->rowCount(), 1);
            fillSuggestion(QStringLiteral("Off-topic blog"), QString(), QString());
            page.suggestResource();
            QTRY_COMPARE(page.suggestions()->rowCount(), 2);
        }

        // The mentor sees both on the relationship's Resources tab, pending.
        WorkspaceFixture mentor(m_temp->db(), Profile{m_data.mentor, Role::Mentor});
        RelationshipResourcesTab tab(mentor.context);
        tab.resize(1100, 700);
        tab.show();
        RelationshipSnapshot snapshot;
        snapshot.relationship.id = m_data.relationship;
        tab.setSnapshot(snapshot);
        QTRY_COMPARE(tab.suggestions()->rowCount(), 2);
        QCOMPARE(tab.suggestions()->pendingCount(), 2);
        auto *box = tab.findChild<QWidget *>(QStringLiteral("suggestionsBox"));
        QVERIFY(box && box->isVisible());
        auto *accept = tab.findChild<QPushButton *>(QStringLiteral("acceptSuggestionButton"));
        QVERIFY(accept && accept->isVisible());

        // Accept the podcast: it joins the library as the mentor's, with the note as description.
        const int podcastRow =
            tab.suggestions()->itemAt(0).suggestion.title == QStringLiteral("Interview podcast") ? 0 : 1;
        tab.findChild<QAbstractItemView *>(QStringLiteral("suggestionsTree"))
            ->setCurrentIndex(tab.suggestions()->index(podcastRow, 0));
        QTRY_VERIFY(accept->isEnabled());
        accept->click();
        QCOMPARE(mentor.stack->undoText(), QStringLiteral("Accept suggestion"));
        QTRY_COMPARE(tab.suggestions()->pendingCount(), 1);
        ResourceSuggestion accepted;
        for (const SuggestionRow &r : stored()) {
            if (r.suggestion.title == QStringLiteral("Interview podcast"))
                accepted = r.suggestion;
        }
        QCOMPARE(accepted.status, SuggestionStatus::Accepted);
        QCOMPARE(accepted.decidedOn, QDate(2026, 3, 10));
        QVERIFY(accepted.resourceId);
        auto resource = LibraryQuery(m_temp->db().connection()).items({*accepted.resourceId});
        QVERIFY(resource.ok() && resource->size() == 1);
        QCOMPARE(resource->first().resource.url, QStringLiteral("https://example.org/podcast"));
        QCOMPARE(resource->first().resource.description, QStringLiteral("Helped me before the panel"));
        QCOMPARE(resource->first().resource.addedBy, std::optional<Id>(m_data.mentor));

        // Dismiss the other: no resource, marked dismissed; decided ones cannot be decided again.
        const int blogRow = tab.suggestions()->rowOf([&] {
            for (const SuggestionRow &r : stored())
                if (r.suggestion.title == QStringLiteral("Off-topic blog"))
                    return r.id();
            return Id(0);
        }());
        QVERIFY(blogRow >= 0);
        tab.findChild<QAbstractItemView *>(QStringLiteral("suggestionsTree"))
            ->setCurrentIndex(tab.suggestions()->index(blogRow, 0));
        tab.dismissCurrentSuggestion();
        QTRY_COMPARE(tab.suggestions()->pendingCount(), 0);
        QVERIFY(!accept->isEnabled());
        for (const SuggestionRow &r : stored())
            QVERIFY(!mentor.edits->dismissSuggestion(r.id(), QDate(2026, 3, 11)).ok());
        QCOMPARE(LibraryQuery(m_temp->db().connection()).resourceCount().value(),
                 2); // the sample's book + podcast

        // Undo of the dismissal makes it pending again.
        mentor.stack->undo();
        QTRY_COMPARE(tab.suggestions()->pendingCount(), 1);
    }
};

TRELLIS_REGISTER_TEST(SuggestionsTest);
#include "suggestionstest.moc"
