#include "matching/pairscorer.h"

#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace trellis {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PairScorer", text, disambiguation, n);
}

int sharedCount(const std::vector<int> &a, const std::vector<int> &b)
{
    int count = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++count;
            ++i;
            ++j;
        }
    }
    return count;
}

// Whole points of `weight` for `part` of `whole`, rounded half up: the same in points() and explain().
int share(int weight, int part, int whole)
{
    return whole <= 0 ? 0 : int((qint64(weight) * part * 2 + whole) / (qint64(whole) * 2));
}

QString firstName(const Person &person)
{
    return person.displayName.section(QLatin1Char(' '), 0, 0);
}

QStringList sharedNames(const QStringList &wanted, const QStringList &offered)
{
    QSet<QString> offeredLower;
    for (const QString &tag : offered)
        offeredLower.insert(tag.trimmed().toLower());
    QStringList shared;
    for (const QString &tag : wanted) {
        if (offeredLower.contains(tag.trimmed().toLower()) &&
            !shared.contains(tag.trimmed(), Qt::CaseInsensitive))
            shared << tag.trimmed();
    }
    return shared;
}

} // namespace

PairScorer::PairScorer(const MatchingInput &input, const MatchingProfile &profile)
    : m_input(input)
    , m_profile(profile)
{
    m_mentees.reserve(size_t(input.mentees.size()));
    for (int i = 0; i < input.mentees.size(); ++i) {
        m_mentees.push_back(sideOf(input.mentees.at(i), true));
        m_menteeIndex.insert(input.mentees.at(i).id, i);
    }
    m_mentors.reserve(size_t(input.mentors.size()));
    for (int j = 0; j < input.mentors.size(); ++j) {
        m_mentors.push_back(sideOf(input.mentors.at(j), false));
        m_mentorIndex.insert(input.mentors.at(j).id, j);
    }
    for (const MatchPair &pair : input.excluded)
        m_excluded.insert({pair.menteeId, pair.mentorId});
    for (auto it = input.wishes.begin(); it != input.wishes.end(); ++it) {
        QHash<Id, int> &ranks = m_wishRank[it.key()];
        for (int rank = 0; rank < it.value().size(); ++rank) {
            if (!ranks.contains(it.value().at(rank)))
                ranks.insert(it.value().at(rank), rank);
        }
    }
}

PairScorer::Side PairScorer::sideOf(const Person &person, bool mentee)
{
    const auto ids = [this](const QStringList &tags) {
        std::vector<int> out;
        for (const QString &tag : tags) {
            const QString key = tag.trimmed().toLower();
            if (key.isEmpty())
                continue;
            auto it = m_tags.find(key);
            if (it == m_tags.end())
                it = m_tags.insert(key, int(m_tags.size()));
            out.push_back(it.value());
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };
    Q_UNUSED(mentee);
    Side side;
    side.wanted = ids(person.skills);
    side.topics = ids(person.interests);
    side.department = person.department.trimmed().toLower();
    for (const QString &language : person.languages) {
        if (!language.trimmed().isEmpty())
            side.languages.insert(language.trimmed().toLower());
    }
    side.zone = person.timezone.trimmed();
    side.manager = person.managerId;
    if (const qsizetype at = person.email.lastIndexOf(QLatin1Char('@')); at >= 0)
        side.emailDomain = person.email.mid(at + 1).trimmed().toLower();
    if (!person.timezone.isEmpty()) {
        const QTimeZone zone(person.timezone.toUtf8());
        if (zone.isValid())
            side.offset = zone.offsetFromUtc(Clock::nowUtc());
    }
    // Up the reporting line; a cycle in the data ends the walk.
    Id at = person.id;
    for (int step = 0; step < 64; ++step) {
        const auto manager = m_input.managerOf.constFind(at);
        if (manager == m_input.managerOf.cend() || side.above.contains(manager.value()))
            break;
        side.above.insert(manager.value());
        at = manager.value();
    }
    return side;
}

std::optional<QString> PairScorer::whyNot(int mentee, int mentor) const
{
    const Person &a = m_input.mentees.at(mentee);
    const Person &b = m_input.mentors.at(mentor);
    const Side &m = m_mentees.at(size_t(mentee));
    const Side &n = m_mentors.at(size_t(mentor));
    if (a.id == b.id)
        return tr("%1 cannot mentor themselves").arg(b.displayName);
    if (m_excluded.contains({a.id, b.id}))
        return tr("the coordinator ruled out %1 with %2").arg(b.displayName, a.displayName);
    if (m_profile.avoidReportingLine) {
        if (m.above.contains(b.id))
            return tr("%1 is in %2's reporting line").arg(b.displayName, a.displayName);
        if (n.above.contains(a.id))
            return tr("%1 is in %2's reporting line").arg(a.displayName, b.displayName);
    }
    if (m_profile.requireOtherDepartment && !m.department.isEmpty() && m.department == n.department)
        return tr("%1 is in the same department (%2)").arg(b.displayName, b.department);
    if (m_profile.requireCommonLanguage && !m.languages.isEmpty() && !n.languages.isEmpty() &&
        !m.languages.intersects(n.languages))
        return tr("%1 and %2 share no language").arg(b.displayName, a.displayName);
    return std::nullopt;
}

bool PairScorer::allowed(int mentee, int mentor) const
{
    return !whyNot(mentee, mentor);
}

PairScorer::TermPoints PairScorer::termPoints(int mentee, int mentor, int *sharedSkills,
                                              int *sharedTopics) const
{
    const Side &m = m_mentees.at(size_t(mentee));
    const Side &n = m_mentors.at(size_t(mentor));
    TermPoints points{};
    const int skills = sharedCount(m.wanted, n.wanted);
    const int topics = sharedCount(m.topics, n.topics);
    if (sharedSkills)
        *sharedSkills = skills;
    if (sharedTopics)
        *sharedTopics = topics;
    points[0] = share(m_profile.skillFit, skills, int(m.wanted.size()));
    points[1] = share(m_profile.topicFit, topics, int(m.topics.size()));
    points[2] = !m.department.isEmpty() && !n.department.isEmpty() && m.department != n.department
                    ? m_profile.crossDepartment
                    : 0;
    if (m.offset && n.offset) {
        const int hours = std::min(12, int(std::lround(std::abs(*m.offset - *n.offset) / 3600.0)));
        points[3] = -m_profile.timeZonePerHour * hours;
    }
    if (!m.languages.isEmpty() && !n.languages.isEmpty() && m.languages.intersects(n.languages))
        points[4] = m_profile.sharedLanguage;
    const auto wishes = m_wishRank.constFind(m_input.mentees.at(mentee).id);
    if (wishes != m_wishRank.cend()) {
        const auto rank = wishes->constFind(m_input.mentors.at(mentor).id);
        if (rank != wishes->cend()) {
            const int count = int(wishes->size());
            points[5] = share(m_profile.wishTop, count - rank.value(), count);
        }
    }
    return points;
}

int PairScorer::rulePoints(const Side &mentee, const Side &mentor, qsizetype rule) const
{
    const AttributeRule &r = m_profile.rules.at(rule);
    std::optional<bool> same; // nothing when either side lacks the attribute
    switch (r.attribute) {
    case AttributeRule::Attribute::Department:
        if (!mentee.department.isEmpty() && !mentor.department.isEmpty())
            same = mentee.department == mentor.department;
        break;
    case AttributeRule::Attribute::TimeZone:
        if (!mentee.zone.isEmpty() && !mentor.zone.isEmpty())
            same = mentee.zone == mentor.zone;
        break;
    case AttributeRule::Attribute::Manager:
        if (mentee.manager && mentor.manager)
            same = *mentee.manager == *mentor.manager;
        break;
    case AttributeRule::Attribute::EmailDomain:
        if (!mentee.emailDomain.isEmpty() && !mentor.emailDomain.isEmpty())
            same = mentee.emailDomain == mentor.emailDomain;
        break;
    }
    return same && *same == r.same ? r.points : 0;
}

int PairScorer::points(int mentee, int mentor) const
{
    const TermPoints terms = termPoints(mentee, mentor);
    int total = 0;
    for (const int term : terms)
        total += term;
    const Side &m = m_mentees.at(size_t(mentee));
    const Side &n = m_mentors.at(size_t(mentor));
    for (qsizetype rule = 0; rule < m_profile.rules.size(); ++rule)
        total += rulePoints(m, n, rule);
    return total;
}

PairScore PairScorer::explain(int mentee, int mentor) const
{
    const Person &a = m_input.mentees.at(mentee);
    const Person &b = m_input.mentors.at(mentor);
    const Side &m = m_mentees.at(size_t(mentee));
    const Side &n = m_mentors.at(size_t(mentor));
    int skills = 0;
    int topics = 0;
    const TermPoints points = termPoints(mentee, mentor, &skills, &topics);
    PairScore score;
    const auto add = [&score](ScoreTerm::Kind kind, int value, const QString &words) {
        score.terms.append({kind, value, words});
        score.total += value;
    };
    if (!m.wanted.empty()) {
        const QStringList shared = sharedNames(a.skills, b.skills);
        add(ScoreTerm::Kind::SkillFit, points[0],
            skills == 0
                ? QCoreApplication::translate("PairScorer",
                                              "offers none of the %n skill(s) %1 wants to develop", nullptr,
                                              int(m.wanted.size()))
                      .arg(firstName(a))
                : QCoreApplication::translate("PairScorer",
                                              "offers %1 of the %n skill(s) %2 wants to develop: %3", nullptr,
                                              int(m.wanted.size()))
                      .arg(QLocale().toString(skills), firstName(a), shared.join(QStringLiteral(", "))));
    }
    if (!m.topics.empty() && topics > 0) {
        const QStringList shared = sharedNames(a.interests, b.interests);
        add(ScoreTerm::Kind::TopicFit, points[1],
            QCoreApplication::translate("PairScorer", "shares %1 of %2's %n interest(s): %3", nullptr,
                                        int(m.topics.size()))
                .arg(QLocale().toString(topics), firstName(a), shared.join(QStringLiteral(", "))));
    }
    if (points[2] != 0)
        add(ScoreTerm::Kind::CrossDepartment, points[2],
            tr("another department (%1, %2 in %3)").arg(b.department, firstName(a), a.department));
    if (m.offset && n.offset) {
        const int hours = std::min(12, int(std::lround(std::abs(*m.offset - *n.offset) / 3600.0)));
        if (hours > 0)
            add(ScoreTerm::Kind::TimeZone, points[3],
                QCoreApplication::translate("PairScorer", "%n hour(s) between their time zones", nullptr,
                                            hours));
    }
    if (points[4] != 0) {
        QStringList both;
        for (const QString &language : a.languages) {
            if (n.languages.contains(language.trimmed().toLower()) &&
                !both.contains(language.trimmed(), Qt::CaseInsensitive))
                both << language.trimmed();
        }
        add(ScoreTerm::Kind::Language, points[4], tr("both speak %1").arg(both.join(QStringLiteral(", "))));
    }
    if (points[5] != 0) {
        const int rank = m_wishRank.value(a.id).value(b.id);
        add(ScoreTerm::Kind::Wish, points[5],
            rank == 0 ? tr("%1's first wish").arg(firstName(a))
                      : tr("%1's wish number %2").arg(firstName(a), QLocale().toString(rank + 1)));
    }
    // The coordinator's own rules, each with the values it compared.
    for (qsizetype rule = 0; rule < m_profile.rules.size(); ++rule) {
        const int value = rulePoints(m, n, rule);
        if (value == 0)
            continue;
        const AttributeRule &r = m_profile.rules.at(rule);
        QString what;
        switch (r.attribute) {
        case AttributeRule::Attribute::Department:
            what = r.same
                       ? b.department.trimmed()
                       : tr("%1, %2 in %3").arg(b.department.trimmed(), firstName(a), a.department.trimmed());
            break;
        case AttributeRule::Attribute::TimeZone:
            what = r.same ? n.zone : tr("%1, %2 in %3").arg(n.zone, firstName(a), m.zone);
            break;
        case AttributeRule::Attribute::Manager:
            what = r.same ? tr("both report to the same person") : tr("they report to different people");
            break;
        case AttributeRule::Attribute::EmailDomain:
            what =
                r.same ? n.emailDomain : tr("%1, %2 at %3").arg(n.emailDomain, firstName(a), m.emailDomain);
            break;
        }
        add(ScoreTerm::Kind::Rule, value, tr("%1 (%2), a rule of the programme").arg(r.title(), what));
    }
    return score;
}

ScoreTerm PairScorer::loadTerm(int mentor, int position) const
{
    const Person &b = m_input.mentors.at(mentor);
    return {ScoreTerm::Kind::Load, loadPoints(position),
            tr("%1's mentee number %2 in this run (load balance)")
                .arg(firstName(b), QLocale().toString(position + 1))};
}

} // namespace trellis
