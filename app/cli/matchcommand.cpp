#include "cli/matchcommand.h"

#include "matching/blockingpairs.h"
#include "matching/matchinginputquery.h"
#include "matching/matchingprofilestore.h"
#include "matching/matchingsolver.h"
#include "services/relationshipservice.h"
#include "storage/database.h"
#include "storage/programmequeries.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString signedPoints(int points)
{
    return points >= 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
}

} // namespace

QString MatchCommand::summary() const
{
    return tr("Suggest the best mentor for each mentee still to be paired (--cohort ID; --accept "
              "proposes them).");
}

void MatchCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("cohort"), tr("The cohort the pairs are for."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("preset"),
                      tr("Weights: balanced, cross-department, onboarding, skills-first (default: the "
                         "programme's saved profile, else balanced)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("minimum"),
                      tr("Leave a mentee unmatched rather than pair them below this score."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("accept"), tr("Create the suggested pairs as proposed relationships.")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
}

int MatchCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    bool ok = false;
    const Id cohortId = parser.value(QStringLiteral("cohort")).toLongLong(&ok);
    if (!ok || cohortId <= 0) {
        streams.err << tr("match needs the cohort the pairs are for: --cohort ID") << Qt::endl;
        return 2;
    }
    std::optional<MatchingProfile::Preset> preset;
    if (parser.isSet(QStringLiteral("preset"))) {
        preset = MatchingProfile::presetFromKey(parser.value(QStringLiteral("preset")));
        if (!preset) {
            streams.err
                << tr("--preset: unknown \"%1\"; use balanced, cross-department, onboarding or skills-first")
                       .arg(parser.value(QStringLiteral("preset")))
                << Qt::endl;
            return 2;
        }
    }
    std::optional<int> minimum;
    if (parser.isSet(QStringLiteral("minimum"))) {
        minimum = parser.value(QStringLiteral("minimum")).toInt(&ok);
        if (!ok) {
            streams.err
                << tr("--minimum: \"%1\" is not a whole number").arg(parser.value(QStringLiteral("minimum")))
                << Qt::endl;
            return 2;
        }
    }
    // Suggesting only reads; --accept writes the pairs.
    auto opened =
        Database::open(database, parser.isSet(QStringLiteral("accept")) ? Database::OpenMode::ExistingOnly
                                                                        : Database::OpenMode::ReadOnly);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    auto cohort = ProgrammeQueries(db.connection()).cohort(cohortId);
    if (!cohort) {
        streams.err << tr("--cohort %1: no such cohort").arg(cohortId) << Qt::endl;
        return 1;
    }
    // The programme's saved profile (the Matching page's), unless --preset asks for another.
    MatchingProfile profile =
        preset ? MatchingProfile::preset(*preset)
               : MatchingProfileStore::load(db.connection(), cohort->programmeId).value_or(MatchingProfile{});
    if (minimum)
        profile.minimumScore = *minimum;
    auto input = MatchingInputQuery::load(db.connection());
    if (!input) {
        streams.err << input.errorMessage() << Qt::endl;
        return 1;
    }
    auto result = MatchingSolver::solve(*input, profile);
    if (!result) {
        streams.err << result.errorMessage() << Qt::endl;
        return 1;
    }
    const MatchingFairness fairness = MatchingFairness::of(*input, profile, *result);
    // Why a mentee's first wish was not granted (each is a run of its own: as many as the page shows).
    const QHash<Id, QString> notes = MatchingSolver::firstWishNotes(*input, profile, *result);
    QList<std::pair<Id, QString>> wishNotes;
    for (const Person &mentee : std::as_const(input->mentees)) {
        if (notes.contains(mentee.id))
            wishNotes.append({mentee.id, notes.value(mentee.id)});
    }
    QHash<Id, QString> names;
    for (const Person &person : std::as_const(input->mentees))
        names.insert(person.id, person.displayName);
    for (const Person &person : std::as_const(input->mentors))
        names.insert(person.id, person.displayName);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray pairs;
        for (const MatchedPair &pair : std::as_const(result->pairs)) {
            QJsonArray terms;
            for (const ScoreTerm &term : pair.score.terms)
                terms.append(QJsonObject{{QStringLiteral("points"), term.points},
                                         {QStringLiteral("words"), term.words}});
            pairs.append(QJsonObject{{QStringLiteral("menteeId"), pair.menteeId},
                                     {QStringLiteral("mentee"), names.value(pair.menteeId)},
                                     {QStringLiteral("mentorId"), pair.mentorId},
                                     {QStringLiteral("mentor"), names.value(pair.mentorId)},
                                     {QStringLiteral("score"), pair.score.total},
                                     {QStringLiteral("terms"), terms}});
        }
        QJsonArray unmatched;
        for (const UnmatchedMentee &out : std::as_const(result->unmatched))
            unmatched.append(QJsonObject{{QStringLiteral("menteeId"), out.menteeId},
                                         {QStringLiteral("mentee"), names.value(out.menteeId)},
                                         {QStringLiteral("reason"), out.reason}});
        QJsonArray firstWishes;
        for (const auto &[menteeId, note] : std::as_const(wishNotes))
            firstWishes.append(QJsonObject{{QStringLiteral("menteeId"), menteeId},
                                           {QStringLiteral("mentee"), names.value(menteeId)},
                                           {QStringLiteral("why"), note}});
        const QJsonObject root{{QStringLiteral("cohortId"), cohortId},
                               {QStringLiteral("firstWishNotGranted"), firstWishes},
                               {QStringLiteral("profile"), profile.toJson()},
                               {QStringLiteral("total"), result->total},
                               {QStringLiteral("lowest"), fairness.lowest},
                               {QStringLiteral("spread"), fairness.spread},
                               {QStringLiteral("blockingPairs"), int(fairness.blocking.size())},
                               {QStringLiteral("pairs"), pairs},
                               {QStringLiteral("unmatched"), unmatched}};
        streams.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        const QLocale locale;
        for (const MatchedPair &pair : std::as_const(result->pairs)) {
            streams.out << tr("%1 ← %2: %3")
                               .arg(names.value(pair.menteeId), names.value(pair.mentorId),
                                    locale.toString(pair.score.total))
                        << Qt::endl;
            for (const ScoreTerm &term : pair.score.terms)
                streams.out << QStringLiteral("    %1: %2").arg(term.words, signedPoints(term.points))
                            << Qt::endl;
        }
        for (const UnmatchedMentee &out : std::as_const(result->unmatched))
            streams.out << tr("%1: unmatched — %2").arg(names.value(out.menteeId), out.reason) << Qt::endl;
        for (const auto &[menteeId, note] : std::as_const(wishNotes))
            streams.out << tr("%1: first wish not granted — %2").arg(names.value(menteeId), note) << Qt::endl;
        streams.out << tr("Total %1 · %2 pairs · lowest %3 · spread %4 · unmatched %5 · blocking pairs %6")
                           .arg(locale.toString(result->total), locale.toString(result->pairs.size()),
                                locale.toString(fairness.lowest), locale.toString(fairness.spread, 'f', 1),
                                locale.toString(fairness.unmatched),
                                locale.toString(fairness.blocking.size()))
                    << Qt::endl;
    }

    if (parser.isSet(QStringLiteral("accept"))) {
        if (result->pairs.isEmpty()) {
            streams.err << tr("Nothing to accept: no pairs were suggested.") << Qt::endl;
            return 1;
        }
        QList<Pairing> pairings;
        for (const MatchedPair &pair : std::as_const(result->pairs))
            pairings.append(
                Pairing{pair.mentorId, pair.menteeId, cohort->programmeId, cohortId, false, std::nullopt});
        auto made = RelationshipService(db).pairAll(pairings);
        if (!made) {
            streams.err << made.errorMessage() << Qt::endl;
            return 1;
        }
        streams.err << tr("Proposed %1 relationships in cohort %2.").arg(pairings.size()).arg(cohort->name)
                    << Qt::endl;
    }
    return 0;
}

} // namespace trellis::cli
