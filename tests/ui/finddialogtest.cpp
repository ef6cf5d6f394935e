#include "search/finddialog.h"

#include "commands/edits.h"
#include "models/backgroundjob.h"
#include "models/searchresultsmodel.h"
#include "storage/entityreader.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace trellis;
using namespace trellis::test;

namespace {

// Types the text into the find field and waits for its results.
bool typeAndWait(FindDialog &dialog, const QString &text)
{
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("findField"));
    QSignalSpy shown(&dialog, &FindDialog::resultsShown);
    field->clear();
    shown.clear();
    QTest::keyClicks(field, text);
    return shown.wait(5000) || !shown.isEmpty();
}

QStringList groupTitles(const SearchResultsModel &model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles.append(model.index(row, 0).data().toString());
    return titles;
}

} // namespace

class FindDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldSaySearchingAndNeverShowTheResultsOfAnOlderText()
    {
        // GIVEN the find dialog whose search of "lovel" waits until the test lets it go
        TempDatabase temp;
        SampleData::create(temp.db());
        FindDialog dialog(DataSource(&temp.db(), nullptr));
        auto gate = std::make_shared<QSemaphore>();
        auto ran = std::make_shared<QSemaphore>();
        dialog.setSearchFor([gate, ran](const QString &text) {
            SearchResultsModel::Fetch real = SearchResultsModel::searchFor(text);
            if (text != QLatin1String("lovel"))
                return real;
            return SearchResultsModel::Fetch(
                [gate, ran, real](Database &database, const LoadRequest &request) {
                    gate->acquire();
                    auto results = real(database, request);
                    ran->release();
                    return results;
                });
        });
        QStringList shownTexts;
        connect(&dialog, &FindDialog::resultsShown, this,
                [&] { shownTexts.append(dialog.model()->results().text); });
        dialog.show();
        QSignalSpy shown(&dialog, &FindDialog::resultsShown);
        dialog.setText(QStringLiteral("agreed"));
        dialog.searchNow();
        QVERIFY(shown.wait(5000));
        QVERIFY(dialog.model()->rowCount() > 0);

        // WHEN a new text is searched THEN the old results are gone at once and it says so
        dialog.setText(QStringLiteral("lovel"));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(dialog.statusText(), QStringLiteral("Searching…"));
        dialog.searchNow();
        QCOMPARE(dialog.statusText(), QStringLiteral("Searching…"));
        QVERIFY(!dialog.findChild<QTreeView *>(QStringLiteral("findResults"))->isVisible());

        // WHEN another text is typed before that search ends, and then it ends
        shown.clear();
        dialog.setText(QStringLiteral("babb"));
        dialog.searchNow();
        QVERIFY(shown.wait(5000));
        QCOMPARE(dialog.model()->results().text, QStringLiteral("babb"));
        gate->release();
        QVERIFY(ran->tryAcquire(1, 5000));
        BackgroundJob::drain();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();

        // THEN only the texts in the field were ever shown: the superseded search was dropped
        QCOMPARE(dialog.model()->results().text, QStringLiteral("babb"));
        QCOMPARE(shownTexts, (QStringList{QStringLiteral("agreed"), QStringLiteral("babb")}));
    }

    void shouldAskForTwoLettersBeforeSearching()
    {
        TempDatabase temp;
        SampleData::create(temp.db());
        FindDialog dialog(DataSource(&temp.db(), nullptr));
        dialog.show();
        dialog.setText(QStringLiteral("a"));
        dialog.searchNow();
        QVERIFY(dialog.statusText().contains(QStringLiteral("two letters")));
        QCOMPARE(dialog.model()->rowCount(), 0);
    }

    void shouldShowGroupedResultsAsYouType()
    {
        // GIVEN the find dialog on the sample programme
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        FindDialog dialog(DataSource(&temp.db(), nullptr));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<QTreeView *>(QStringLiteral("findResults"));
        QVERIFY(!view->isVisible());

        // WHEN a part of the mentor's surname is typed
        QVERIFY(typeAndWait(dialog, QStringLiteral("lovel")));

        // THEN people and relationships are listed in their groups, the first hit current
        QVERIFY(view->isVisible());
        QCOMPARE(groupTitles(*dialog.model()),
                 (QStringList{QStringLiteral("People (1)"), QStringLiteral("Relationships (2)")}));
        const SearchHit *current = dialog.model()->hit(view->currentIndex());
        QVERIFY(current);
        QCOMPARE(current->kind, SearchHit::Kind::Person);
        QCOMPARE(current->id, d.mentor);

        // WHEN Down and Enter are pressed in the field THEN the relationship below is opened
        QSignalSpy activated(&dialog, &FindDialog::hitActivated);
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("findField"));
        QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        const auto hit = activated.first().first().value<SearchHit>();
        QCOMPARE(hit.kind, SearchHit::Kind::Relationship);
        QVERIFY(hit.relationshipId == d.relationship || hit.relationshipId == d.proposed);
        QVERIFY(!dialog.isVisible());
    }

    void shouldFindSharedNotesButNotPrivateOnes()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        FindDialog dialog(DataSource(&temp.db(), nullptr));
        dialog.show();

        QVERIFY(typeAndWait(dialog, QStringLiteral("agreed")));
        QCOMPARE(groupTitles(*dialog.model()), QStringList{QStringLiteral("Meeting notes and contacts (1)")});
        const QModelIndex note = dialog.model()->firstHit();
        QCOMPARE(note.data(SearchResultsModel::IdRole).toLongLong(), d.single);
        QCOMPARE(note.data(SearchResultsModel::RelationshipIdRole).toLongLong(), d.relationship);

        // The private note's text finds nothing, and says so.
        QVERIFY(typeAndWait(dialog, QStringLiteral("nervous")));
        QCOMPARE(dialog.model()->rowCount(), 0);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("findStatus"));
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("Nothing matches")));
    }

    void shouldSearchAgainWhenAShownRecordChangesAndKeepTheCurrentHit()
    {
        // GIVEN the find dialog over the edits' notifier, on the first relationship of the mentor
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        FindDialog dialog(fixture.context.dataSource());
        dialog.show();
        QVERIFY(typeAndWait(dialog, QStringLiteral("lovel")));
        auto *view = dialog.findChild<QTreeView *>(QStringLiteral("findResults"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("findField")), Qt::Key_Down);
        const SearchHit *current = dialog.model()->hit(view->currentIndex());
        QVERIFY(current);
        QCOMPARE(current->kind, SearchHit::Kind::Relationship);
        const Id relationship = current->id;

        // WHEN the mentor is renamed
        Person mentor = EntityReader(temp.db().connection()).get<Person>(d.mentor).value();
        mentor.displayName = QStringLiteral("Ada King Lovelace");
        QSignalSpy shown(&dialog, &FindDialog::resultsShown);
        QVERIFY(fixture.edits->updatePerson(mentor).ok());

        // THEN the same text is searched again: the new name shows, the same relationship is current
        QVERIFY(shown.wait(5000));
        QCOMPARE(dialog.model()->hit(dialog.model()->firstHit())->title, mentor.displayName);
        current = dialog.model()->hit(view->currentIndex());
        QVERIFY(current);
        QCOMPARE(current->kind, SearchHit::Kind::Relationship);
        QCOMPARE(current->id, relationship);
    }
};

TRELLIS_REGISTER_TEST(FindDialogTest);

#include "finddialogtest.moc"
