#include "matching/matchingsolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <limits>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MatchingSolver", text);
}

// The input with people in id order, so that the same people give the same graph and answer.
MatchingInput ordered(const MatchingInput &input)
{
    MatchingInput sorted = input;
    const auto byId = [](const Person &a, const Person &b) { return a.id < b.id; };
    std::sort(sorted.mentees.begin(), sorted.mentees.end(), byId);
    std::sort(sorted.mentors.begin(), sorted.mentors.end(), byId);
    return sorted;
}

// Builds the result's pairs from each mentor's mentees: locked ones take the first places, the
// others follow by mentee id; each pair's score gets the load term of its place.
MatchingResult assemble(const PairScorer &scorer, const QList<QPair<int, int>> &pairs,
                        const QSet<QPair<int, int>> &locked)
{
    QHash<int, QList<int>> byMentor;
    for (const auto &[mentee, mentor] : pairs)
        byMentor[mentor].append(mentee);
    MatchingResult result;
    const MatchingInput &input = scorer.input();
    QSet<int> matched;
    for (int mentor = 0; mentor < scorer.mentorCount(); ++mentor) {
        QList<int> mentees = byMentor.value(mentor);
        std::stable_sort(mentees.begin(), mentees.end(), [&](int a, int b) {
            const bool la = locked.contains({a, mentor});
            const bool lb = locked.contains({b, mentor});
            return la != lb ? la : input.mentees.at(a).id < input.mentees.at(b).id;
        });
        for (int position = 0; position < mentees.size(); ++position) {
            const int mentee = mentees.at(position);
            MatchedPair pair;
            pair.menteeId = input.mentees.at(mentee).id;
            pair.mentorId = input.mentors.at(mentor).id;
            pair.locked = locked.contains({mentee, mentor});
            pair.score = scorer.explain(mentee, mentor);
            if (const ScoreTerm load = scorer.loadTerm(mentor, position); load.points != 0) {
                pair.score.terms.append(load);
                pair.score.total += load.points;
            }
            result.total += pair.score.total;
            result.pairs.append(pair);
            matched.insert(mentee);
        }
    }
    std::sort(result.pairs.begin(), result.pairs.end(), [&](const MatchedPair &a, const MatchedPair &b) {
        const QString na = input.mentees.at(scorer.menteeIndex(a.menteeId)).displayName;
        const QString nb = input.mentees.at(scorer.menteeIndex(b.menteeId)).displayName;
        return na != nb ? QString::localeAwareCompare(na, nb) < 0 : a.menteeId < b.menteeId;
    });
    for (int mentee = 0; mentee < scorer.menteeCount(); ++mentee) {
        if (!matched.contains(mentee))
            result.unmatched.append(UnmatchedMentee{input.mentees.at(mentee).id, QString()});
    }
    return result;
}

// Why a mentee the optimum left out has no mentor, in words.
QString unmatchedReason(const PairScorer &scorer, int mentee, const QList<int> &capacity)
{
    const MatchingInput &input = scorer.input();
    const int minimum = scorer.profile().minimumScore;
    int best = std::numeric_limits<int>::min();
    int bestMentor = -1;
    int ruledOut = 0;
    QString firstRule;
    for (int mentor = 0; mentor < scorer.mentorCount(); ++mentor) {
        if (capacity.at(mentor) <= 0)
            continue;
        if (const auto why = scorer.whyNot(mentee, mentor)) {
            if (firstRule.isEmpty())
                firstRule = *why;
            ++ruledOut;
            continue;
        }
        const int points = scorer.points(mentee, mentor);
        if (points > best) {
            best = points;
            bestMentor = mentor;
        }
    }
    if (bestMentor < 0) {
        if (ruledOut == 0)
            return tr("no mentor has a place left");
        return QCoreApplication::translate(
                   "MatchingSolver", "the rules rule out every mentor with a place (%n mentor(s); e.g. %1)",
                   nullptr, ruledOut)
            .arg(firstRule);
    }
    if (best < minimum)
        return tr("the best possible pair (with %1) scores %2, below the programme's minimum of %3")
            .arg(input.mentors.at(bestMentor).displayName, QLocale().toString(best),
                 QLocale().toString(minimum));
    return tr("the places of the mentors who suit them best (such as %1, %2 points) give the cohort a higher "
              "total with other mentees")
        .arg(input.mentors.at(bestMentor).displayName, QLocale().toString(best));
}

} // namespace

int MatchingResult::lowestScore() const
{
    int lowest = 0;
    for (int i = 0; i < pairs.size(); ++i)
        lowest = i == 0 ? pairs.at(i).score.total : std::min(lowest, pairs.at(i).score.total);
    return lowest;
}

int MatchingResult::highestScore() const
{
    int highest = 0;
    for (int i = 0; i < pairs.size(); ++i)
        highest = i == 0 ? pairs.at(i).score.total : std::max(highest, pairs.at(i).score.total);
    return highest;
}

Result<MatchingResult> MatchingSolver::solve(const MatchingInput &given, const MatchingProfile &profile)
{
    const MatchingInput input = ordered(given);
    const PairScorer scorer(input, profile);
    const int mentees = scorer.menteeCount();
    const int mentors = scorer.mentorCount();

    // Locks first: they take their places before the run shares out the rest.
    QList<int> capacity(mentors);
    for (int j = 0; j < mentors; ++j)
        capacity[j] = std::max(0, input.freeCapacity.value(input.mentors.at(j).id));
    QSet<QPair<int, int>> locked;
    QSet<int> lockedMentees;
    QList<int> lockedLoad(mentors, 0);
    for (const MatchPair &lock : input.locked) {
        const int i = scorer.menteeIndex(lock.menteeId);
        const int j = scorer.mentorIndex(lock.mentorId);
        if (i < 0 || j < 0)
            return Error{tr("A locked pair names someone who is not in this run (mentee #%1, mentor #%2).")
                             .arg(lock.menteeId)
                             .arg(lock.mentorId)};
        if (lockedMentees.contains(i))
            return Error{tr("%1 is locked with two mentors.").arg(input.mentees.at(i).displayName)};
        if (const auto why = scorer.whyNot(i, j))
            return Error{tr("A locked pair breaks a rule: %1.").arg(*why)};
        if (lockedLoad[j] >= capacity[j])
            return Error{tr("%1 is locked with more mentees than their places allow.")
                             .arg(input.mentors.at(j).displayName)};
        locked.insert({i, j});
        lockedMentees.insert(i);
        ++lockedLoad[j];
    }

    lemon::SmartDigraph graph;
    using Arc = lemon::SmartDigraph::Arc;
    const auto source = graph.addNode();
    const auto sink = graph.addNode();
    std::vector<lemon::SmartDigraph::Node> menteeNodes(static_cast<size_t>(mentees));
    std::vector<lemon::SmartDigraph::Node> mentorNodes(static_cast<size_t>(mentors));
    for (auto &node : menteeNodes)
        node = graph.addNode();
    for (auto &node : mentorNodes)
        node = graph.addNode();
    lemon::SmartDigraph::ArcMap<qint64> cost(graph);
    lemon::SmartDigraph::ArcMap<qint64> upper(graph);
    struct PairArc {
        Arc arc;
        int mentee;
        int mentor;
    };
    std::vector<PairArc> pairArcs;
    const auto addArc = [&](lemon::SmartDigraph::Node from, lemon::SmartDigraph::Node to, qint64 c,
                            qint64 cap) {
        const Arc arc = graph.addArc(from, to);
        cost[arc] = c;
        upper[arc] = cap;
        return arc;
    };
    int free = 0;
    for (int i = 0; i < mentees; ++i) {
        if (lockedMentees.contains(i))
            continue;
        ++free;
        addArc(source, menteeNodes[size_t(i)], 0, 1);
        addArc(menteeNodes[size_t(i)], sink, 0, 1); // unmatched
        for (int j = 0; j < mentors; ++j) {
            if (capacity[j] - lockedLoad[j] <= 0 || !scorer.allowed(i, j))
                continue;
            const int points = scorer.points(i, j);
            if (points < profile.minimumScore)
                continue;
            pairArcs.push_back(
                {addArc(menteeNodes[size_t(i)], mentorNodes[size_t(j)], -qint64(points), 1), i, j});
        }
    }
    for (int j = 0; j < mentors; ++j) {
        for (int place = lockedLoad[j]; place < capacity[j]; ++place)
            addArc(mentorNodes[size_t(j)], sink, -qint64(scorer.loadPoints(place)), 1);
    }

    QList<QPair<int, int>> pairs;
    for (const auto &[i, j] : locked)
        pairs.append({i, j});
    if (free > 0) {
        lemon::NetworkSimplex<lemon::SmartDigraph, qint64, qint64> simplex(graph);
        simplex.costMap(cost).upperMap(upper).stSupply(source, sink, free);
        if (simplex.run() != lemon::NetworkSimplex<lemon::SmartDigraph, qint64, qint64>::OPTIMAL)
            return Error{tr("The matching could not be solved.")};
        for (const PairArc &pairArc : pairArcs) {
            if (simplex.flow(pairArc.arc) > 0)
                pairs.append({pairArc.mentee, pairArc.mentor});
        }
    }
    MatchingResult result = assemble(scorer, pairs, locked);
    for (UnmatchedMentee &out : result.unmatched)
        out.reason = unmatchedReason(scorer, scorer.menteeIndex(out.menteeId), capacity);
    return result;
}

MatchingResult MatchingSolver::greedy(const MatchingInput &given, const MatchingProfile &profile)
{
    const MatchingInput input = ordered(given);
    const PairScorer scorer(input, profile);
    struct Candidate {
        int points;
        int mentee;
        int mentor;
    };
    std::vector<Candidate> candidates;
    for (int i = 0; i < scorer.menteeCount(); ++i) {
        for (int j = 0; j < scorer.mentorCount(); ++j) {
            if (input.freeCapacity.value(input.mentors.at(j).id) > 0 && scorer.allowed(i, j)) {
                const int points = scorer.points(i, j);
                if (points >= profile.minimumScore)
                    candidates.push_back({points, i, j});
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.points > b.points; });
    QList<int> left(scorer.mentorCount());
    for (int j = 0; j < scorer.mentorCount(); ++j)
        left[j] = input.freeCapacity.value(input.mentors.at(j).id);
    QSet<int> taken;
    QList<QPair<int, int>> pairs;
    for (const Candidate &candidate : candidates) {
        if (taken.contains(candidate.mentee) || left[candidate.mentor] <= 0)
            continue;
        taken.insert(candidate.mentee);
        --left[candidate.mentor];
        pairs.append({candidate.mentee, candidate.mentor});
    }
    return assemble(scorer, pairs, {});
}

QString MatchingSolver::whyNotFirstWish(const MatchingInput &input, const MatchingProfile &profile,
                                        const MatchingResult &result, Id menteeId)
{
    const QList<Id> wishes = input.wishes.value(menteeId);
    if (wishes.isEmpty())
        return {};
    const Id wished = wishes.first();
    for (const MatchedPair &pair : result.pairs) {
        if (pair.menteeId == menteeId && pair.mentorId == wished)
            return {};
    }
    const PairScorer scorer(input, profile);
    const int mentee = scorer.menteeIndex(menteeId);
    const int mentor = scorer.mentorIndex(wished);
    if (mentee < 0)
        return {};
    if (mentor < 0)
        return tr("their first wish has no place left in this run");
    if (const auto why = scorer.whyNot(mentee, mentor))
        return tr("their first wish is not allowed: %1").arg(*why);
    MatchingInput granted = input;
    granted.locked.removeIf([menteeId](const MatchPair &lock) { return lock.menteeId == menteeId; });
    granted.locked.append({menteeId, wished});
    const auto alternative = solve(granted, profile);
    if (!alternative)
        return tr("their first wish, %1, cannot be granted: %2")
            .arg(input.mentors.at(mentor).displayName, alternative.errorMessage());
    return tr("granting their first wish, %1, would lower the cohort's total by %2 points (%3 instead of %4)")
        .arg(input.mentors.at(mentor).displayName, QLocale().toString(result.total - alternative->total),
             QLocale().toString(alternative->total), QLocale().toString(result.total));
}

QHash<Id, QString> MatchingSolver::firstWishNotes(const MatchingInput &input, const MatchingProfile &profile,
                                                  const MatchingResult &result, int limit)
{
    QHash<Id, Id> partner;
    for (const MatchedPair &pair : result.pairs)
        partner.insert(pair.menteeId, pair.mentorId);
    const qint64 arcsPerRun = qint64(input.mentees.size()) * std::max<qint64>(1, input.mentors.size());
    qint64 spent = 0;
    int explained = 0;
    QHash<Id, QString> notes;
    for (const Person &mentee : input.mentees) {
        const QList<Id> wishes = input.wishes.value(mentee.id);
        if (wishes.isEmpty() || partner.value(mentee.id) == wishes.first())
            continue; // no wish, or granted: nothing to explain, no run spent
        if (explained >= limit || spent + arcsPerRun > WishExplanationBudget)
            break;
        ++explained;
        spent += arcsPerRun;
        const QString why = whyNotFirstWish(input, profile, result, mentee.id);
        if (!why.isEmpty())
            notes.insert(mentee.id, why);
    }
    return notes;
}

} // namespace trellis
