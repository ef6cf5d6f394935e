#include "library/librarypage.h"

#include "commands/edits.h"
#include "demo/demogenerator.h"
#include "domain/searchresults.h"
#include "extract/libraryfilereader.h"
#include "library/librarydetailpane.h"
#include "library/sharedialog.h"
#include "mentor/mymenteespage.h"
#include "models/backgroundjob.h"
#include "models/jobleadlistmodel.h"
#include "models/sharelistmodel.h"
#include "models/suggestionlistmodel.h"
#include "relationships/relationshippage.h"
#include "relationships/relationshipresourcestab.h"
#include "storage/libraryquery.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QBuffer>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPdfWriter>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ScreenshotChecks;

namespace {

QByteArray pdfWith(const QString &text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 400), text);
    }
    return bytes;
}

} // namespace

// The Library place and a relationship's Resources tab on the small demo: a search shows ranked,
// marked hits; a resource is shared with two mentees in one step and one share is marked
// discussed on the relationship page; screenshots in light and dark at both sizes (issue 12,
// items 3, 4 and 7).
class LibraryPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoGenerator::generate(m_temp.db(), DemoOptions{}).ok());
        auto relationships = RelationshipQueries(m_temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        for (const Relationship &r : std::as_const(*relationships)) {
            if (r.status != RelationshipStatus::Active)
                continue;
            if (m_mentor == 0)
                m_mentor = r.mentorId;
            if (r.mentorId == m_mentor) {
                m_pairs.append(r.id);
                if (m_pairMentee == 0)
                    m_pairMentee = r.menteeId;
            }
        }
        QVERIFY(m_pairs.size() >= 2);
        // A guide whose key words are only inside its PDF, and a job lead closing soon.
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        Resource guide;
        guide.title = QStringLiteral("Salary negotiation guide");
        guide.kind = ResourceKind::File;
        guide.description = QStringLiteral("Scripts and numbers to prepare before the offer call.");
        guide.tags = {QStringLiteral("career"), QStringLiteral("negotiation")};
        guide.addedBy = m_mentor;
        auto added = fixture.edits->addResource(
            guide, {LibraryFileReader::fromData(QStringLiteral("negotiation.pdf"),
                                                pdfWith(QStringLiteral("Anchoring with a counteroffer")))});
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.errorMessage()));
        m_guide = added->changes.first().id;
        Resource lead;
        lead.title = QStringLiteral("Junior product analyst");
        lead.kind = ResourceKind::JobLead;
        lead.organisation = QStringLiteral("Northwind");
        lead.location = QStringLiteral("Lisbon");
        lead.deadline = QDate(2026, 3, 14);
        lead.tags = {QStringLiteral("job")};
        auto leadAdded = fixture.edits->addResource(lead);
        QVERIFY(leadAdded.ok());
        // The lead shared with the first mentee (Today's "closing soon"), and a suggestion back.
        ResourceShare share;
        share.resourceId = leadAdded->changes.first().id;
        share.relationshipId = m_pairs.at(0);
        share.sharedBy = m_mentor;
        share.sharedOn = QDate(2026, 3, 9);
        share.note = QStringLiteral("Apply before Friday");
        QVERIFY(fixture.edits->shareResource(share).ok());
        ResourceSuggestion suggestion;
        suggestion.relationshipId = m_pairs.at(0);
        suggestion.suggestedBy = m_pairMentee;
        suggestion.suggestedOn = QDate(2026, 3, 8);
        suggestion.title = QStringLiteral("Designing your career — a short course");
        suggestion.kind = ResourceKind::Course;
        suggestion.url = QStringLiteral("https://example.org/course");
        suggestion.note = QStringLiteral("The second module helped me frame my goals");
        QVERIFY(fixture.edits->suggestResource(suggestion).ok());
        QVERIFY(fixture.edits->setTagColour(QStringLiteral("career"), QStringLiteral("teal")).ok());
    }

    void cleanupTestCase()
    {
        BackgroundJob::drain();
        m_clock.reset();
    }

    void shouldSearchShareWithTwoMenteesAndMarkOneDiscussed()
    {
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        MainWindow window;
        window.setDatabase(&m_temp.db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPlace(QStringLiteral("library"));
        auto *page = window.findChild<LibraryPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->model()->rowCount() > 0);

        // Search: a word only inside the PDF finds the guide first, the word marked
        QSignalSpy loaded(page, &LibraryPage::loaded);
        page->searchField()->setText(QStringLiteral("counteroffer"));
        page->searchNow();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->itemAt(0).id(), m_guide);
        QVERIFY(page->model()->itemAt(0).snippet.contains(SearchHit::MatchStart +
                                                          QStringLiteral("counteroffer")));
        QVERIFY(page->coverageText().contains(QStringLiteral("negotiation.pdf")) ||
                page->coverageText().startsWith(QStringLiteral("1 of 1")));

        // Share with two mentees in one step
        page->selectResource(m_guide);
        QSignalSpy detail(page->detailPane(), &LibraryDetailPane::loaded);
        QTRY_VERIFY(page->detailPane()->detail().has_value());
        ShareDialog dialog(fixture.context.dataSource(), m_guide, QStringLiteral("Salary negotiation guide"),
                           m_mentor, Role::Mentor, {}, &window);
        QSignalSpy choices(&dialog, &ShareDialog::choicesLoaded);
        QVERIFY(choices.wait(10000));
        QVERIFY(dialog.choiceCount() >= 2);
        dialog.setChecked(m_pairs.at(0), true);
        dialog.setChecked(m_pairs.at(1), true);
        const ResourceShareRequest request = dialog.request();
        QCOMPARE(request.relationshipIds.size(), 2);
        const int steps = fixture.stack->count();
        QVERIFY(fixture.edits->shareResourceWith(request).ok());
        QCOMPARE(fixture.stack->count(), steps + 1);
        QTRY_COMPARE(page->detailPane()->detail()->shares.size(), 2);

        // Mark one discussed on its relationship's Resources tab
        auto *relationship = window.findChild<RelationshipPage *>();
        QSignalSpy pageLoaded(relationship, &RelationshipPage::loaded);
        window.openRelationship(m_pairs.at(0));
        QVERIFY(pageLoaded.wait(15000));
        relationship->showTab(RelationshipPage::ResourcesTab);
        auto *tab = relationship->findChild<RelationshipResourcesTab *>();
        QVERIFY(tab);
        const auto guideShare = [&]() -> Id {
            for (const ShareRow &row : tab->model()->items()) {
                if (row.share.resourceId == m_guide)
                    return row.id();
            }
            return 0;
        };
        QTRY_VERIFY(guideShare() != 0);
        const Id shareId = guideShare();
        auto *tree = tab->findChild<QTreeView *>(QStringLiteral("resourcesTree"));
        tree->setCurrentIndex(tab->model()->index(tab->model()->rowOf(shareId), 0));
        tab->markCurrent(ShareStatus::Discussed);
        QTRY_COMPARE(tab->model()->find(shareId)->share.status(), ShareStatus::Discussed);
        QCOMPARE(tab->model()->find(shareId)->share.discussedOn, std::optional<QDate>(QDate(2026, 3, 10)));
        QCOMPARE(tab->model()->find(shareId)->share.discussedBy, std::optional<Id>(m_mentor));
        // The other mentee's share is still only shared
        auto other = LibraryQuery(m_temp.db().connection()).sharesInRelationship(m_pairs.at(1));
        const auto it = std::find_if(other->cbegin(), other->cend(),
                                     [&](const ShareRow &row) { return row.share.resourceId == m_guide; });
        QVERIFY(it != other->cend());
        QCOMPARE(it->share.status(), ShareStatus::Shared);
        // Undo takes the mark back
        fixture.stack->undo();
        QTRY_COMPARE(tab->model()->find(shareId)->share.status(), ShareStatus::Shared);
        fixture.stack->redo();
        window.setDatabase(nullptr);
    }

    void shouldRenderTheLibraryReadably_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::newRow("light 1440x900") << false << QSize(1440, 900);
        QTest::newRow("light 1024x700") << false << QSize(1024, 700);
        QTest::newRow("dark 1440x900") << true << QSize(1440, 900);
        QTest::newRow("dark 1024x700") << true << QSize(1024, 700);
    }

    void shouldRenderTheLibraryReadably()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        const QString shot = suffix(dark, size);
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        MainWindow window;
        window.setDatabase(&m_temp.db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPlace(QStringLiteral("library"));
        auto *page = window.findChild<LibraryPage *>();
        QTRY_VERIFY(page->model()->rowCount() > 0);
        QTest::qWait(100);
        QCOMPARE(window.size(), size); // no page (the library's filter row) widens the window
        QString problem = renderAndCheck(&window,
                                         {QStringLiteral("libraryPage"), QStringLiteral("librarySearch"),
                                          QStringLiteral("libraryList"), QStringLiteral("libraryAddLink")},
                                         QStringLiteral("library") + shot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // A search with the guide chosen: marked words, the detail pane with its file and shares
        QSignalSpy loaded(page, &LibraryPage::loaded);
        page->searchField()->setText(QStringLiteral("negotiation"));
        page->searchNow();
        QVERIFY(loaded.wait(10000));
        page->selectResource(m_guide);
        QTRY_VERIFY(page->detailPane()->detail().has_value());
        QTest::qWait(100);
        problem = renderAndCheck(&window,
                                 {QStringLiteral("libraryList"), QStringLiteral("libraryDetail"),
                                  QStringLiteral("libraryDetailTitle")},
                                 QStringLiteral("library-detail") + shot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        auto *relationship = window.findChild<RelationshipPage *>();
        QSignalSpy pageLoaded(relationship, &RelationshipPage::loaded);
        window.openRelationship(m_pairs.at(0));
        QVERIFY(pageLoaded.wait(15000));
        relationship->showTab(RelationshipPage::ResourcesTab);
        auto *tab = relationship->findChild<RelationshipResourcesTab *>();
        QTRY_VERIFY(tab->model()->rowCount() > 0);
        QTest::qWait(100);
        QTRY_VERIFY(tab->suggestions()->rowCount() > 0);
        QTest::qWait(100);
        problem =
            renderAndCheck(&window,
                           {QStringLiteral("resourcesTab"), QStringLiteral("resourcesTree"),
                            QStringLiteral("suggestionsTree"), QStringLiteral("acceptSuggestionButton")},
                           QStringLiteral("relationship-resources") + shot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Today with the job lead closing in four days.
        window.showPlace(QStringLiteral("today"));
        auto *today = window.findChild<MyMenteesPage *>();
        QTRY_VERIFY(today->jobLeads()->rowCount() > 0);
        QTest::qWait(100);
        problem =
            renderAndCheck(&window, {QStringLiteral("myMenteesList"), QStringLiteral("myMenteesJobLeads")},
                           QStringLiteral("today-job-leads") + shot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        window.setDatabase(nullptr);
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    TempDatabase m_temp;
    Id m_mentor = 0;
    QList<Id> m_pairs;
    Id m_pairMentee = 0;
    Id m_guide = 0;
};

TRELLIS_REGISTER_TEST(LibraryPageTest);

#include "librarypagetest.moc"
