#include "matching/matchinginputquery.h"
#include "matching/matchingprofilestore.h"
#include "matching/matchingsolver.h"
#include "services/peopleservice.h"
#include "services/settingsservice.h"
#include "storage/entityreader.h"
#include "storage/rosterqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

Id add(PeopleService &people, const QString &name, bool mentor, const QString &department = {})
{
    Person person;
    person.displayName = name;
    person.isMentor = mentor;
    person.isMentee = !mentor;
    person.capacity = mentor ? 1 : 0;
    person.department = department;
    auto made = people.createPerson(person);
    return made.ok() ? made->primaryId : 0;
}

} // namespace

// Wish lists and never-pair lists stored per mentee (schema 8), and a programme's matching
// profile stored with it: what a run reads from a real database (issue 14, items 1 and 2).
class MatchPreferencesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreWishesAndExclusionsThatARunHonours()
    {
        // GIVEN a mentee and three mentors, stored
        TempDatabase temp;
        PeopleService people(temp.db());
        const Id ana = add(people, QStringLiteral("Ana Lima"), false);
        const Id bo = add(people, QStringLiteral("Bo Berg"), true);
        const Id cy = add(people, QStringLiteral("Cy Diaz"), true);
        const Id di = add(people, QStringLiteral("Di Evans"), true);
        QVERIFY(ana && bo && cy && di);

        // WHEN Ana wishes for Cy then Di, and must never be paired with Bo
        auto set = people.setMatchPreferences({ana, {cy, di}, {bo}});
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.errorMessage()));

        // THEN the run's input holds the ranked wishes and the exclusion
        auto input = MatchingInputQuery::load(temp.db().connection());
        QVERIFY(input.ok());
        QCOMPARE(input->wishes.value(ana), (QList<Id>{cy, di}));
        QCOMPARE(input->excluded, (QList<MatchPair>{{ana, bo}}));
        // AND the optimum pairs Ana with her first wish, never with Bo
        auto result = MatchingSolver::solve(*input, MatchingProfile{});
        QVERIFY(result.ok());
        QCOMPARE(result->pairs.size(), 1);
        QCOMPARE(result->pairs.first().mentorId, cy);
        bool wishTerm = false;
        for (const ScoreTerm &term : result->pairs.first().score.terms)
            wishTerm = wishTerm || (term.kind == ScoreTerm::Kind::Wish &&
                                    term.words.contains(QStringLiteral("first wish")));
        QVERIFY(wishTerm);

        // WHEN the lists change: Di first, Cy ruled out, Bo no longer mentioned
        auto before = EntityReader(temp.db().connection()).matchPreferencesOf(ana);
        QVERIFY(before.ok());
        QCOMPARE(before->size(), 3);
        QVERIFY(people.setMatchPreferences({ana, {di}, {cy}}).ok());
        auto after = EntityReader(temp.db().connection()).matchPreferencesOf(ana);
        QVERIFY(after.ok());
        // THEN the rows of pairs still listed keep their ids, changed in place; Bo's is gone
        QCOMPARE(after->size(), 2);
        QCOMPARE(after->at(0).mentorId, di);
        QCOMPARE(after->at(0).kind, MatchPreferenceKind::Wish);
        QCOMPARE(after->at(0).rank, 1);
        QCOMPARE(after->at(1).mentorId, cy);
        QCOMPARE(after->at(1).kind, MatchPreferenceKind::Never);
        for (const MatchPreference &row : *after) {
            const auto old = std::find_if(before->cbegin(), before->cend(), [&](const MatchPreference &b) {
                return b.mentorId == row.mentorId;
            });
            QVERIFY(old != before->cend());
            QCOMPARE(old->id, row.id);
        }
        input = MatchingInputQuery::load(temp.db().connection());
        result = MatchingSolver::solve(*input, MatchingProfile{});
        QCOMPARE(result->pairs.first().mentorId, di);

        // AND a removed mentor takes their rows along
        QVERIFY(people.deletePerson(cy).ok());
        auto rows = RosterQueries(temp.db().connection()).matchPreferences();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().mentorId, di);
    }

    void shouldRefuseListsThatContradictThemselves()
    {
        TempDatabase temp;
        PeopleService people(temp.db());
        const Id ana = add(people, QStringLiteral("Ana Lima"), false);
        const Id eve = add(people, QStringLiteral("Eve Fox"), false);
        const Id bo = add(people, QStringLiteral("Bo Berg"), true);
        // A mentor both wished for and ruled out, twice wished, oneself, a mentee as the mentor
        QVERIFY(!people.setMatchPreferences({ana, {bo}, {bo}}).ok());
        QVERIFY(!people.setMatchPreferences({ana, {bo, bo}, {}}).ok());
        QVERIFY(!people.setMatchPreferences({ana, {ana}, {}}).ok());
        const auto notMentor = people.setMatchPreferences({ana, {eve}, {}});
        QVERIFY(!notMentor.ok());
        QVERIFY2(notMentor.errorMessage().contains(QStringLiteral("Eve Fox")),
                 qPrintable(notMentor.errorMessage()));
        // A mentor has no wishes of their own
        QVERIFY(!people.setMatchPreferences({bo, {}, {ana}}).ok());
        QVERIFY(RosterQueries(temp.db().connection()).matchPreferences()->isEmpty());
    }

    void shouldKeepAProgrammesMatchingProfile()
    {
        // GIVEN a programme
        TempDatabase temp;
        PeopleService people(temp.db());
        Programme programme;
        programme.name = QStringLiteral("Leaders");
        auto made = people.createProgramme(programme);
        QVERIFY(made.ok());
        const Id id = made->primaryId;
        QVERIFY(!MatchingProfileStore::load(temp.db().connection(), id));

        // WHEN the coordinator saves a changed preset
        MatchingProfile profile = MatchingProfile::preset(MatchingProfile::Preset::CrossDepartmentLeadership);
        profile.skillFit = 42;
        profile.requireCommonLanguage = false;
        profile.minimumScore = 7;
        SettingsService settings(temp.db());
        QVERIFY(settings.saveMatchingProfile(id, profile).ok());

        // THEN it comes back as it was, preset included, from the database
        const auto loaded = MatchingProfileStore::load(temp.db().connection(), id);
        QVERIFY(loaded);
        QCOMPARE(*loaded, profile);
        QCOMPARE(loaded->basedOn, MatchingProfile::Preset::CrossDepartmentLeadership);
        // AND another programme has none; an unknown programme is refused
        QVERIFY(!MatchingProfileStore::load(temp.db().connection(), id + 1));
        QVERIFY(!settings.saveMatchingProfile(id + 1, profile).ok());
        // AND what JSON lacks keeps the preset's values
        const MatchingProfile partial = MatchingProfile::fromJson(QJsonObject{
            {QStringLiteral("preset"), QStringLiteral("skills-first")}, {QStringLiteral("topicFit"), 9}});
        QCOMPARE(partial.skillFit, MatchingProfile::preset(MatchingProfile::Preset::SkillsFirst).skillFit);
        QCOMPARE(partial.topicFit, 9);
    }
};

TRELLIS_REGISTER_TEST(MatchPreferencesTest);

#include "matchpreferencestest.moc"
