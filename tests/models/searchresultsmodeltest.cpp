#include "models/searchresultsmodel.h"

#include "testlib/testregistry.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace trellis;

namespace {

SearchHit hit(SearchHit::Kind kind, Id id, const QString &title, Id relationship = 0)
{
    SearchHit h;
    h.kind = kind;
    h.id = id;
    h.title = title;
    h.relationshipId = relationship;
    h.snippet = SearchHit::MatchStart + title + SearchHit::MatchEnd;
    return h;
}

SearchResults sample()
{
    SearchResults results;
    results.text = QStringLiteral("ada");
    SearchGroup people{
        SearchGroup::Kind::People, {hit(SearchHit::Kind::Person, 1, QStringLiteral("Ada"))}, false};
    SearchGroup notes{
        SearchGroup::Kind::Notes,
        {hit(SearchHit::Kind::Meeting, 7, QString(), 3), hit(SearchHit::Kind::Contact, 9, QString(), 3)},
        true};
    notes.hits[0].date = QDate(2025, 3, 3);
    results.groups = {people, notes};
    return results;
}

} // namespace

class SearchResultsModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldShowGroupsWithTheirHits()
    {
        // GIVEN a model under the tester WHEN results are set
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(sample());

        // THEN groups are top-level, unselectable headers with their hits below
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex people = model.index(0, 0);
        QVERIFY(people.data(SearchResultsModel::IsGroupRole).toBool());
        QVERIFY(!(model.flags(people) & Qt::ItemIsSelectable));
        QCOMPARE(people.data().toString(), QStringLiteral("People (1)"));
        QCOMPARE(model.rowCount(people), 1);
        const QModelIndex notes = model.index(1, 0);
        QVERIFY(notes.data(SearchResultsModel::MoreRole).toBool());
        QCOMPARE(model.rowCount(notes), 2);

        const QModelIndex meeting = model.index(0, 0, notes);
        QCOMPARE(meeting.parent(), notes);
        QVERIFY(model.flags(meeting) & Qt::ItemIsSelectable);
        QCOMPARE(meeting.data(SearchResultsModel::KindRole).toInt(), int(SearchHit::Kind::Meeting));
        QCOMPARE(meeting.data(SearchResultsModel::IdRole).toLongLong(), 7);
        QCOMPARE(meeting.data(SearchResultsModel::RelationshipIdRole).toLongLong(), 3);
        QVERIFY(meeting.data().toString().startsWith(QStringLiteral("Meeting on ")));
        QCOMPARE(model.hit(meeting)->id, 7);
        QVERIFY(!model.hit(notes));
        QCOMPARE(model.firstHit(), model.index(0, 0, people));
        QCOMPARE(model.index(1, 0, notes).data().toString(), QStringLiteral("Contact"));

        // AND new results replace them, empty ones leave nothing
        model.setResults(SearchResults{});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.firstHit().isValid());
    }
};

TRELLIS_REGISTER_TEST(SearchResultsModelTest);

#include "searchresultsmodeltest.moc"
