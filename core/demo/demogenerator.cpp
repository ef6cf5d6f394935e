#include "demo/demogenerator.h"

#include "calendar/recurrencerule.h"
#include "calendar/recurrenceset.h"
#include "demo/demorandom.h"
#include "demo/phrasebank.h"
#include "domain/profile.h"
#include "storage/bulkwriter.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoGenerator", text);
}

struct SizeConfig {
    int programmes = 1;
    int cohortsPerProgramme = 2;
    int coordinators = 1;
    int mentors = 12;
    int mentees = 30;
    int relationships = 30;
    int historyDays = 365;
    qint64 goals = 90;
    qint64 progressUpdates = 540;
    int resources = 30;
    int sharesPerRelationship = 3;
    // Weights: active, proposed, paused, completed, ended early.
    std::vector<double> statusWeights{0.64, 0.07, 0.07, 0.13, 0.09};
    // Cadence in days and how often each is agreed.
    std::vector<int> cadences{7, 14, 21, 28};
    std::vector<double> cadenceWeights{0.15, 0.6, 0.1, 0.15};
    // Relationship length in months, drawn around the programme's default times this factor.
    double durationFactor = 1.0;
};

SizeConfig configFor(DemoSize size)
{
    SizeConfig config;
    switch (size) {
    case DemoSize::Small:
        break;
    case DemoSize::Medium:
        config.programmes = 3;
        config.cohortsPerProgramme = 3;
        config.coordinators = 5;
        config.mentors = 120;
        config.mentees = 300;
        config.relationships = 300;
        config.historyDays = 2 * 365;
        config.goals = 1200;
        config.progressUpdates = 9600;
        config.resources = 250;
        config.sharesPerRelationship = 4;
        config.statusWeights = {0.55, 0.06, 0.06, 0.25, 0.08};
        break;
    case DemoSize::Large:
        // A long-running organisation-wide programme: mostly weekly
        // relationships over several years (the benchmark data set).
        config.programmes = 8;
        config.cohortsPerProgramme = 6;
        config.coordinators = 40;
        config.mentors = 1200;
        config.mentees = 3760;
        config.relationships = 2500;
        config.historyDays = 5 * 365;
        config.goals = 50000;
        config.progressUpdates = 500000;
        config.resources = 20000;
        config.sharesPerRelationship = 8;
        config.statusWeights = {0.45, 0.03, 0.04, 0.42, 0.06};
        config.cadenceWeights = {0.95, 0.05, 0.0, 0.0};
        config.durationFactor = 3.6;
        break;
    }
    return config;
}

// Splits total into parts proportional to weights (largest remainder), so totals are exact.
std::vector<qint64> allocate(qint64 total, const std::vector<double> &weights)
{
    std::vector<qint64> parts(weights.size(), 0);
    double sum = 0;
    for (double weight : weights)
        sum += weight;
    if (sum <= 0 || weights.empty())
        return parts;
    std::vector<std::pair<double, size_t>> remainders;
    qint64 assigned = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const double exact = double(total) * weights[i] / sum;
        parts[i] = qint64(std::floor(exact));
        assigned += parts[i];
        remainders.emplace_back(exact - std::floor(exact), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; assigned < total && i < remainders.size(); ++i, ++assigned)
        ++parts[remainders[i].second];
    return parts;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QDate> optionalDate(const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    return date;
}

qint64 stamp(const QDate &date, int minuteOfDay)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() + qint64(minuteOfDay) * 60;
}

using RelStatus = RelationshipStatus;

struct PersonInfo {
    qint64 id = 0;
    QString givenName;
    QString name;
    QString zone;
    QString department;
    int capacity = 0;
    int assigned = 0;
};

struct ProgrammeInfo {
    qint64 id = 0;
    PhraseBank::ProgrammeTemplate tmpl;
};

struct CohortInfo {
    qint64 id = 0;
    size_t programme = 0;
    QDate start;
    QDate end;
};

struct PlannedRelationship {
    size_t mentor = 0;
    size_t mentee = 0;
    size_t cohort = 0;
    RelStatus status = RelStatus::Active;
    bool drifting = false;
    qint64 goalBudget = 0;
    qint64 progressBudget = 0;
};

// One occurrence-producing schedule of a relationship.
struct SeriesPlan {
    QDate firstDate;
    QDate untilDate; // inclusive, local
    QTime time;
    int intervalWeeks = 2;
    int minutes = 60;
};

class Builder {
public:
    Builder(BulkWriter &writer, const DemoOptions &options)
        : m_writer(writer)
        , m_options(options)
        , m_config(configFor(options.size))
        , m_rng(options.seed)
        , m_today(Clock::today())
    {}

    Result<DemoSummary> run();

private:
    Status prepare();
    Status cancelled() const;
    void report(double fraction, const QString &phase);
    // Rows go through the same row mapping as every edit (BulkWriter::insertEntity).
    template <typename T>
    Status write(Id id, const T &value, const BulkStamps &stamps = {})
    {
        return m_writer.insertEntity(id, value, stamps);
    }

    Status writePeople();
    Status writeProgrammes();
    Status writeResources();
    Status writeMatchWishes();
    std::vector<PlannedRelationship> planRelationships();
    Status writeRelationship(qint64 id, PlannedRelationship &plan);
    Status writeGoals(qint64 relationshipId, const PlannedRelationship &plan, const QDate &start,
                      const QDate &stop);
    Status writeSeries(qint64 relationshipId, const PlannedRelationship &plan, const SeriesPlan &series,
                       const QDate &driftFrom, QList<QDate> &heldDates);
    Status writeSingle(qint64 relationshipId, const PlannedRelationship &plan, const QDate &date,
                       const QTime &time, const QString &title, QList<QDate> &heldDates);
    Status writeHeldExtras(qint64 relationshipId, const PlannedRelationship &plan, qint64 meetingId,
                           const QDate &date);

    QString newUid() { return m_rng.hex128() + QStringLiteral("@trellis.demo"); }
    const QTimeZone &zone(const QString &id);
    qint64 utcOf(const QDate &date, const QTime &time, const QString &zoneId)
    {
        return QDateTime(date, time, zone(zoneId)).toSecsSinceEpoch();
    }
    QString noteText();
    QTime meetingTime(const PersonInfo &mentor, const PersonInfo &mentee);

    BulkWriter &m_writer;
    DemoOptions m_options;
    SizeConfig m_config;
    DemoRandom m_rng;
    QDate m_today;
    std::map<QString, QTimeZone> m_zones;

    // Next ids (callers choose ids so later rows can refer to them).
    qint64 m_nextPerson = 1, m_nextProgramme = 1, m_nextCohort = 1, m_nextRelationship = 1, m_nextSupport = 1,
           m_nextGoal = 1, m_nextMilestone = 1, m_nextProgress = 1, m_nextMeeting = 1, m_nextAction = 1,
           m_nextContact = 1, m_nextResource = 1, m_nextShare = 1, m_nextFeedback = 1;

    QDate m_driftFrom; // of the relationship being written
    std::vector<PersonInfo> m_coordinators;
    std::vector<PersonInfo> m_mentors;
    std::vector<PersonInfo> m_mentees;
    std::vector<ProgrammeInfo> m_programmes;
    std::vector<CohortInfo> m_cohorts;
    qint64 m_firstResource = 1;
    DemoSummary m_summary;
};

const QTimeZone &Builder::zone(const QString &id)
{
    auto it = m_zones.find(id);
    if (it == m_zones.end())
        it = m_zones.emplace(id, QTimeZone(id.toUtf8())).first;
    return it->second;
}

Status Builder::cancelled() const
{
    if (m_options.cancel && m_options.cancel->load())
        return Error{tr("Demo generation was cancelled; nothing was written.")};
    return {};
}

void Builder::report(double fraction, const QString &phase)
{
    if (m_options.progress)
        m_options.progress(std::clamp(fraction, 0.0, 1.0), phase);
}

Status Builder::prepare()
{
    // Appended rows take the ids after the ones already there.
    const auto next = [this](auto entity, qint64 &id) -> Status {
        auto maxId = m_writer.maxId<decltype(entity)>();
        if (!maxId)
            return maxId.error();
        id = maxId.value() + 1;
        return {};
    };
    for (Status s :
         {next(Person{}, m_nextPerson), next(Programme{}, m_nextProgramme), next(Cohort{}, m_nextCohort),
          next(Relationship{}, m_nextRelationship), next(SupportContact{}, m_nextSupport),
          next(Goal{}, m_nextGoal), next(Milestone{}, m_nextMilestone),
          next(ProgressUpdate{}, m_nextProgress), next(Meeting{}, m_nextMeeting),
          next(ActionItem{}, m_nextAction), next(Contact{}, m_nextContact), next(Resource{}, m_nextResource),
          next(ResourceShare{}, m_nextShare), next(Feedback{}, m_nextFeedback)}) {
        if (!s)
            return s;
    }
    return {};
}

Status Builder::writePeople()
{
    report(0.0, tr("People"));
    const auto &pools = PhraseBank::namePools();
    const std::vector<QString> zones{QStringLiteral("Europe/Berlin"),    QStringLiteral("Europe/London"),
                                     QStringLiteral("America/New_York"), QStringLiteral("Asia/Kolkata"),
                                     QStringLiteral("Europe/Warsaw"),    QStringLiteral("Asia/Singapore"),
                                     QStringLiteral("America/Sao_Paulo")};
    const std::vector<double> zoneWeights{0.68, 0.08, 0.09, 0.08, 0.03, 0.02, 0.02};
    QHash<QString, int> usedNames;
    QHash<QString, int> usedEmails;
    const QDate joinedBase = m_today.addDays(-m_config.historyDays - 400);

    auto makePerson = [&](bool mentor, bool mentee, bool coordinator,
                          qint64 managerId) -> Result<PersonInfo> {
        PersonInfo person;
        person.id = m_nextPerson++;
        person.zone = zones[size_t(m_rng.weighted(zoneWeights))];
        // Names follow the office a little: Kolkata mostly Indian names, New York mostly American…
        size_t pool = 0;
        if (person.zone == QLatin1String("Asia/Kolkata") && m_rng.chance(0.85))
            pool = 3;
        else if (person.zone == QLatin1String("America/New_York") && m_rng.chance(0.6))
            pool = 9;
        else if (person.zone == QLatin1String("Europe/London") && m_rng.chance(0.6))
            pool = 8;
        else if (person.zone == QLatin1String("Europe/Warsaw"))
            pool = 2;
        else if (person.zone == QLatin1String("America/Sao_Paulo"))
            pool = 6;
        else
            pool = size_t(
                m_rng.weighted({0.38, 0.09, 0.06, 0.08, 0.06, 0.06, 0.06, 0.05, 0.05, 0.03, 0.04, 0.04}));
        const PhraseBank::NamePool &names = pools[pool];
        for (int attempt = 0; attempt < 8; ++attempt) {
            person.givenName = m_rng.pick(names.givenNames);
            person.name = person.givenName + QLatin1Char(' ') + m_rng.pick(names.familyNames);
            if (!usedNames.contains(person.name))
                break;
        }
        usedNames[person.name] += 1;
        QString local = person.name.toLower();
        local.replace(QLatin1Char(' '), QLatin1Char('.'));
        local = local.normalized(QString::NormalizationForm_D);
        QString ascii;
        for (QChar c : std::as_const(local)) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('.'))
                ascii += c;
        }
        const int emailCount = usedEmails[ascii]++;
        const QString email = (emailCount > 0 ? ascii + QString::number(emailCount + 1) : ascii) +
                              QStringLiteral("@example.com");
        person.department = m_rng.pick(PhraseBank::departments());
        person.capacity = mentor ? m_rng.between(2, 4) : 0;
        QStringList languages{QStringLiteral("English")};
        if (!names.languages.isEmpty())
            languages += names.languages.split(QLatin1Char(','));
        if (person.zone == QLatin1String("Europe/Berlin") && !languages.contains(QStringLiteral("German")) &&
            m_rng.chance(0.7))
            languages << QStringLiteral("German");
        if (m_rng.chance(0.15))
            languages << m_rng.pick(QStringList{QStringLiteral("French"), QStringLiteral("Spanish"),
                                                QStringLiteral("Italian"), QStringLiteral("Dutch")});
        languages.removeDuplicates();
        const QString phone = QStringLiteral("+49 30 %1").arg(m_rng.between(1000000, 9999999));
        const QString bio =
            m_rng.pick(PhraseBank::jobTitles()) + QStringLiteral(". ") + m_rng.pick(PhraseBank::bios());
        const qint64 created = stamp(joinedBase.addDays(m_rng.between(0, 300)), m_rng.between(480, 1080));
        Person row;
        row.displayName = person.name;
        row.email = email;
        row.phone = phone;
        row.isMentor = mentor;
        row.isMentee = mentee;
        row.isCoordinator = coordinator;
        row.capacity = person.capacity;
        row.timezone = person.zone;
        row.department = person.department;
        if (managerId > 0)
            row.managerId = managerId;
        row.languages = languages;
        row.bio = bio.trimmed();
        const int skillCount = mentor ? m_rng.between(3, 6) : m_rng.between(1, 3);
        row.skills = m_rng.sample(PhraseBank::skills(), skillCount);
        row.interests = m_rng.sample(PhraseBank::interests(), m_rng.between(1, 3));
        if (auto ok = write(person.id, row, {created, created}); !ok)
            return ok.error();
        return person;
    };

    const int total = m_config.coordinators + m_config.mentors + m_config.mentees;
    int done = 0;
    for (int i = 0; i < m_config.coordinators; ++i) {
        auto person = makePerson(false, false, true, i > 0 ? m_coordinators.front().id : 0);
        if (!person)
            return person.error();
        m_coordinators.push_back(person.value());
    }
    for (int i = 0; i < m_config.mentors; ++i) {
        // Senior mentors report to a coordinator; others to an earlier mentor.
        qint64 manager = 0;
        if (i < 4 || m_mentors.empty())
            manager = m_coordinators[size_t(m_rng.between(0, int(m_coordinators.size()) - 1))].id;
        else if (m_rng.chance(0.8))
            manager = m_mentors[size_t(m_rng.between(0, std::min(int(m_mentors.size()) - 1, 3 + i / 4)))].id;
        auto person = makePerson(true, false, false, manager);
        if (!person)
            return person.error();
        m_mentors.push_back(person.value());
        if (++done % 500 == 0) {
            if (auto stop = cancelled(); !stop)
                return stop;
            report(0.04 * done / total, tr("People"));
        }
    }
    // The profile mentor takes several mentees.
    m_mentors.front().capacity = 5;
    for (int i = 0; i < m_config.mentees; ++i) {
        // Mentees report to a mentor (occasionally the one they are matched with, as in real rosters).
        const qint64 manager = m_rng.chance(0.9) ? m_rng.pick(m_mentors).id : 0;
        auto person = makePerson(false, true, false, manager);
        if (!person)
            return person.error();
        m_mentees.push_back(person.value());
        if (++done % 500 == 0) {
            if (auto stop = cancelled(); !stop)
                return stop;
            report(0.04 * done / total, tr("People"));
        }
    }
    m_summary.mentors = m_config.mentors;
    m_summary.mentees = m_config.mentees;
    m_summary.people = total;
    return {};
}

Status Builder::writeProgrammes()
{
    const auto &templates = PhraseBank::programmes();
    const int cohortCount = m_config.programmes * m_config.cohortsPerProgramme;
    int cohortIndex = 0;
    for (int p = 0; p < m_config.programmes; ++p) {
        ProgrammeInfo programme;
        programme.id = m_nextProgramme++;
        programme.tmpl = templates[size_t(p) % templates.size()];
        const qint64 created = stamp(m_today.addDays(-m_config.historyDays - 60), 600);
        Programme row;
        row.name = programme.tmpl.name;
        row.description = programme.tmpl.description;
        row.objectives = programme.tmpl.objectives;
        row.format = programme.tmpl.format;
        row.defaultCadenceDays = programme.tmpl.cadenceDays;
        row.defaultDurationMonths = programme.tmpl.durationMonths;
        row.defaultMeetingMinutes = programme.tmpl.meetingMinutes;
        if (auto ok = write(programme.id, row, {created, created}); !ok)
            return ok.error();
        m_programmes.push_back(programme);
        for (int c = 0; c < m_config.cohortsPerProgramme; ++c, ++cohortIndex) {
            CohortInfo cohort;
            cohort.id = m_nextCohort++;
            cohort.programme = m_programmes.size() - 1;
            // Cohorts start at intervals across the history, the last a few months ago.
            const int span = m_config.historyDays - 120;
            const int offset = cohortCount > 1 ? span * cohortIndex / (cohortCount - 1) : 0;
            cohort.start = m_today.addDays(-m_config.historyDays + 14 + offset);
            const int months = int(std::lround(programme.tmpl.durationMonths * m_config.durationFactor));
            cohort.end = cohort.start.addMonths(months).addDays(30);
            static const char *seasons[] = {"Winter", "Spring", "Summer", "Autumn"};
            const QString name = QStringLiteral("%1 %2 — %3")
                                     .arg(QString::fromLatin1(seasons[(cohort.start.month() % 12) / 3]))
                                     .arg(cohort.start.year())
                                     .arg(programme.tmpl.name);
            const qint64 cohortCreated = stamp(cohort.start.addDays(-30), 600);
            Cohort cohortRow;
            cohortRow.programmeId = programme.id;
            cohortRow.name = name;
            cohortRow.startDate = cohort.start;
            cohortRow.endDate = cohort.end;
            if (auto ok = write(cohort.id, cohortRow, {cohortCreated, cohortCreated}); !ok)
                return ok.error();
            m_cohorts.push_back(cohort);
        }
    }
    m_summary.programmes = m_config.programmes;
    m_summary.cohorts = qint64(m_cohorts.size());
    return {};
}

Status Builder::writeResources()
{
    report(0.04, tr("Resources"));
    const auto &templates = PhraseBank::resources();
    m_firstResource = m_nextResource;
    std::vector<const PersonInfo *> authors;
    for (const auto &person : m_coordinators)
        authors.push_back(&person);
    for (size_t i = 0; i < m_mentors.size(); i += 3)
        authors.push_back(&m_mentors[i]);
    for (int i = 0; i < m_config.resources; ++i) {
        const qint64 id = m_nextResource++;
        const QDate added = m_today.addDays(-m_rng.between(1, m_config.historyDays));
        const qint64 created = stamp(added, m_rng.between(480, 1080));
        const qint64 author = authors[size_t(m_rng.between(0, int(authors.size()) - 1))]->id;
        const bool jobLead = m_rng.chance(0.3);
        Resource row;
        row.addedBy = author;
        if (jobLead) {
            const QString role = m_rng.pick(PhraseBank::jobLeadRoles());
            const QString department = m_rng.pick(PhraseBank::departments());
            row.title = role + QStringLiteral(" — ") + department;
            row.kind = ResourceKind::JobLead;
            row.url = QStringLiteral("https://jobs.example.com/internal/%1").arg(10000 + id);
            row.description =
                QStringLiteral("Internal opening in %1. Talk to the hiring manager before applying.")
                    .arg(department);
            row.tags = QStringList{QStringLiteral("job"), department.toLower()};
            row.deadline = added.addDays(m_rng.between(14, 60));
        } else {
            const auto &tmpl = templates[size_t(m_rng.between(0, int(templates.size()) - 1))];
            const int edition = i / int(templates.size());
            row.title = edition == 0 ? tmpl.title : tmpl.title + QStringLiteral(" (%1)").arg(edition + 1);
            row.kind = tmpl.kind;
            row.url = tmpl.url;
            row.description = tmpl.description;
            row.tags = tmpl.tags.split(QLatin1Char(','));
        }
        if (auto ok = write(id, row, {created, created}); !ok)
            return ok.error();
        if ((i + 1) % 2000 == 0) {
            if (auto stop = cancelled(); !stop)
                return stop;
            report(0.04 + 0.04 * (i + 1) / m_config.resources, tr("Resources"));
        }
    }
    m_summary.resources = m_config.resources;
    return {};
}

std::vector<PlannedRelationship> Builder::planRelationships()
{
    const int count = m_config.relationships;
    const std::vector<qint64> quotas = allocate(count, m_config.statusWeights);
    std::vector<RelStatus> statuses;
    const RelStatus order[] = {RelStatus::Active, RelStatus::Proposed, RelStatus::Paused,
                               RelStatus::Completed, RelStatus::EndedEarly};
    for (size_t s = 0; s < quotas.size(); ++s)
        statuses.insert(statuses.end(), size_t(quotas[s]), order[s]);
    // Shuffle (Fisher–Yates with our own draws), keeping the profile mentor's first two active.
    for (int i = int(statuses.size()) - 1; i > 0; --i)
        std::swap(statuses[size_t(i)], statuses[size_t(m_rng.between(0, i))]);
    for (size_t i = 0; i < 2 && i < statuses.size(); ++i) {
        if (statuses[i] != RelStatus::Active) {
            const auto it = std::find(statuses.begin() + 2, statuses.end(), RelStatus::Active);
            if (it != statuses.end())
                std::swap(statuses[i], *it);
        }
    }

    std::vector<PlannedRelationship> plans;
    plans.reserve(size_t(count));
    const int profileMentees = std::min(count, 4);
    for (int i = 0; i < count; ++i) {
        PlannedRelationship plan;
        plan.status = statuses[size_t(i)];
        plan.mentee = size_t(i) % m_mentees.size();
        if (i < profileMentees) {
            plan.mentor = 0;
        } else {
            plan.mentor = size_t(m_rng.between(1, int(m_mentors.size()) - 1));
            for (int attempt = 0;
                 attempt < 20 && m_mentors[plan.mentor].assigned >= m_mentors[plan.mentor].capacity;
                 ++attempt)
                plan.mentor = size_t(m_rng.between(1, int(m_mentors.size()) - 1));
        }
        m_mentors[plan.mentor].assigned += 1;
        // Recent cohorts hold running relationships, older ones the finished.
        const size_t cohorts = m_cohorts.size();
        std::vector<size_t> candidates;
        for (size_t c = 0; c < cohorts; ++c) {
            const bool running = plan.status == RelStatus::Active || plan.status == RelStatus::Paused ||
                                 plan.status == RelStatus::Proposed;
            const bool finished = m_cohorts[c].start.addDays(150) < m_today;
            if (plan.status == RelStatus::Proposed
                    ? c % size_t(m_config.cohortsPerProgramme) == size_t(m_config.cohortsPerProgramme - 1)
                    : (running ? m_cohorts[c].end > m_today.addDays(20) : finished))
                candidates.push_back(c);
        }
        if (candidates.empty())
            plan.cohort = cohorts - 1;
        else
            plan.cohort = candidates[size_t(m_rng.between(0, int(candidates.size()) - 1))];
        plan.drifting = plan.status == RelStatus::Active && i != 0 && m_rng.chance(0.12);
        plans.push_back(plan);
    }
    if (plans.size() > 1)
        plans[1].drifting = true; // the profile sees at least one overdue relationship

    // Exact goal and progress totals, weighted by how long a relationship has run.
    std::vector<double> goalWeights;
    for (const auto &plan : plans) {
        double weight = 1.0;
        if (plan.status == RelStatus::Proposed)
            weight = 0.0;
        else if (plan.status == RelStatus::EndedEarly)
            weight = 0.5;
        goalWeights.push_back(weight * (0.8 + 0.4 * m_rng.unit()));
    }
    const std::vector<qint64> goals = allocate(m_config.goals, goalWeights);
    std::vector<double> progressWeights;
    for (size_t i = 0; i < plans.size(); ++i) {
        plans[i].goalBudget = goals[i];
        progressWeights.push_back(double(goals[i]));
    }
    const std::vector<qint64> progress = allocate(m_config.progressUpdates, progressWeights);
    for (size_t i = 0; i < plans.size(); ++i)
        plans[i].progressBudget = progress[i];
    return plans;
}

QString Builder::noteText()
{
    return m_rng.pick(PhraseBank::sharedNoteOpenings()) + QLatin1Char(' ') +
           m_rng.pick(PhraseBank::sharedNoteDiscussions()) + QLatin1Char(' ') +
           m_rng.pick(PhraseBank::sharedNoteNextSteps());
}

QTime Builder::meetingTime(const PersonInfo &mentor, const PersonInfo &mentee)
{
    // Working hours for both: 8:00–18:00 local on either side.
    const QDateTime probe(m_today, QTime(12, 0), QTimeZone::utc());
    const int mentorOffset = zone(mentor.zone).offsetFromUtc(probe) / 60;
    const int menteeOffset = zone(mentee.zone).offsetFromUtc(probe) / 60;
    std::vector<int> candidates;
    for (int minute = 9 * 60; minute <= 17 * 60; minute += 30) {
        const int menteeMinute = minute - mentorOffset + menteeOffset;
        if (menteeMinute >= 8 * 60 && menteeMinute <= 17 * 60 + 30)
            candidates.push_back(minute);
    }
    if (candidates.empty())
        candidates = {8 * 60, 17 * 60};
    const int minute = candidates[size_t(m_rng.between(0, int(candidates.size()) - 1))];
    return QTime(minute / 60, minute % 60);
}

Status Builder::writeRelationship(qint64 id, PlannedRelationship &plan)
{
    const PersonInfo &mentor = m_mentors[plan.mentor];
    const PersonInfo &mentee = m_mentees[plan.mentee];
    const CohortInfo &cohort = m_cohorts[plan.cohort];
    const ProgrammeInfo &programme = m_programmes[cohort.programme];

    const int cadence = m_config.cadences[size_t(m_rng.weighted(m_config.cadenceWeights))];
    const int months = std::max(2, int(std::lround(programme.tmpl.durationMonths * m_config.durationFactor *
                                                   m_rng.around(1.0, 0.1, 0.7, 1.3))));
    QDate proposed;
    QDate start;
    QDate plannedEnd;
    QDate end;
    QString endReason;
    QString reflection;
    QDate meetingsUntil; // last day with scheduled meetings (inclusive)

    if (plan.status == RelStatus::Proposed) {
        proposed = m_today.addDays(-m_rng.between(2, 20));
    } else {
        start = std::min(cohort.start.addDays(m_rng.between(0, 21)), m_today.addDays(-30));
        proposed = start.addDays(-m_rng.between(7, 28));
        plannedEnd = start.addMonths(months);
        switch (plan.status) {
        case RelStatus::Active:
            if (plannedEnd <= m_today.addDays(14))
                plannedEnd = m_today.addDays(m_rng.between(14, 90));
            meetingsUntil = plannedEnd;
            break;
        case RelStatus::Paused:
            meetingsUntil = m_today.addDays(-m_rng.between(20, 60));
            if (plannedEnd <= m_today)
                plannedEnd = m_today.addDays(m_rng.between(30, 90));
            break;
        case RelStatus::Completed:
            if (plannedEnd >= m_today)
                plannedEnd = m_today.addDays(-m_rng.between(7, 60));
            if (plannedEnd < start.addDays(60))
                plannedEnd = start.addDays(60);
            end = plannedEnd;
            meetingsUntil = end;
            reflection = m_rng.pick(PhraseBank::completionReflections());
            break;
        case RelStatus::EndedEarly: {
            const int elapsed = int(start.daysTo(std::min(plannedEnd, m_today)));
            end = start.addDays(m_rng.between(std::min(40, elapsed - 5), std::max(41, elapsed - 5)));
            if (end >= m_today)
                end = m_today.addDays(-3);
            meetingsUntil = end;
            endReason = m_rng.pick(PhraseBank::endReasons());
            reflection = m_rng.pick(PhraseBank::closingReflections());
            break;
        }
        case RelStatus::Proposed:
            break;
        }
    }
    QDate fitCheckDue;
    FitCheckOutcome fitOutcome = FitCheckOutcome::Pending;
    if (start.isValid()) {
        fitCheckDue = start.addDays(42);
        if (plan.status == RelStatus::EndedEarly && end < fitCheckDue.addDays(30))
            fitOutcome = FitCheckOutcome::Ended;
        else if (fitCheckDue < m_today && !(plan.drifting && m_rng.chance(0.5)) && m_rng.chance(0.92))
            fitOutcome = FitCheckOutcome::Confirmed;
    }
    const qint64 created = stamp(proposed, m_rng.between(480, 1080));
    const qint64 updated = stamp(end.isValid() ? end : (start.isValid() ? start : proposed), 700);
    Relationship row;
    row.mentorId = mentor.id;
    row.menteeId = mentee.id;
    row.programmeId = programme.id;
    row.cohortId = cohort.id;
    row.status = plan.status;
    row.proposedOn = proposed;
    row.startDate = optionalDate(start);
    row.plannedEndDate = optionalDate(plannedEnd);
    row.endDate = optionalDate(end);
    row.endReason = endReason;
    row.closingReflection = reflection;
    row.cadenceDays = cadence;
    row.agreement = start.isValid() ? m_rng.pick(PhraseBank::agreements()) : QString();
    row.fitCheckDue = optionalDate(fitCheckDue);
    row.fitCheckOutcome = fitOutcome;
    if (auto ok = write(id, row, {created, updated}); !ok)
        return ok.error();

    // Support contacts.
    const int supports = m_rng.between(0, 2);
    for (int s = 0; s < supports; ++s) {
        const auto &pool =
            PhraseBank::namePools()[size_t(m_rng.between(0, int(PhraseBank::namePools().size()) - 1))];
        const QString name = m_rng.pick(pool.givenNames) + QLatin1Char(' ') + m_rng.pick(pool.familyNames);
        const QString email = QStringLiteral("%1.support%2@example.com")
                                  .arg(mentee.givenName.toLower().left(1))
                                  .arg(m_nextSupport);
        SupportContact support;
        support.relationshipId = id;
        support.name = name;
        support.relation = m_rng.pick(PhraseBank::supportRelations());
        support.contact = email;
        support.note = m_rng.pick(PhraseBank::supportNotes());
        if (auto ok = write(m_nextSupport++, support); !ok)
            return ok.error();
    }

    if (plan.status == RelStatus::Proposed) {
        // An introductory chat is planned.
        m_driftFrom = QDate();
        QList<QDate> held;
        if (m_rng.chance(0.7))
            return writeSingle(id, plan, m_today.addDays(m_rng.between(3, 14)), meetingTime(mentor, mentee),
                               tr("Introductory chat"), held);
        return {};
    }

    const QDate activityEnd = std::min(meetingsUntil, m_today.addDays(-1));
    if (auto ok = writeGoals(id, plan, start, activityEnd); !ok)
        return ok;

    // Meetings: a kick-off single, then one series (sometimes two after a schedule change).
    QList<QDate> heldDates;
    QDate driftFrom;
    if (plan.drifting)
        driftFrom = m_today.addDays(-cadence * m_rng.between(3, 5));
    m_driftFrom = driftFrom;
    if (auto ok = writeSingle(id, plan, start, meetingTime(mentor, mentee), tr("Kick-off and agreement"),
                              heldDates);
        !ok)
        return ok;

    SeriesPlan first;
    first.intervalWeeks = std::max(1, cadence / 7);
    first.minutes = programme.tmpl.meetingMinutes;
    first.time = meetingTime(mentor, mentee);
    const int weekday = m_rng.between(1, 5);
    first.firstDate = start.addDays(7 + (weekday - start.addDays(7).dayOfWeek() + 7) % 7);
    first.untilDate = meetingsUntil;
    const bool hasSeries = first.firstDate <= first.untilDate;
    const bool split = first.firstDate.daysTo(first.untilDate) > 150 && m_rng.chance(0.25);
    if (split) {
        SeriesPlan second = first;
        const QDate splitDate = first.firstDate.addDays(first.firstDate.daysTo(first.untilDate) / 2);
        first.untilDate = splitDate;
        second.time = meetingTime(mentor, mentee);
        const int newWeekday = m_rng.between(1, 5);
        second.firstDate = splitDate.addDays(1 + (newWeekday - splitDate.addDays(1).dayOfWeek() + 7) % 7);
        if (auto ok = writeSeries(id, plan, first, driftFrom, heldDates); !ok)
            return ok;
        if (second.firstDate <= second.untilDate) {
            if (auto ok = writeSeries(id, plan, second, driftFrom, heldDates); !ok)
                return ok;
        }
    } else if (hasSeries) {
        if (auto ok = writeSeries(id, plan, first, driftFrom, heldDates); !ok)
            return ok;
    }

    // A few ad-hoc singles: a shadow day (all day), a mock panel, a conference debrief (floating).
    const int singles = m_rng.between(0, 2);
    for (int s = 0; s < singles; ++s) {
        const QDate date = start.addDays(m_rng.between(20, std::max(21, int(start.daysTo(meetingsUntil)))));
        if (auto ok = writeSingle(id, plan, date, meetingTime(mentor, mentee),
                                  m_rng.pick(PhraseBank::singleMeetingTitles()), heldDates);
            !ok)
            return ok;
    }
    if (plan.status == RelStatus::Completed) {
        if (auto ok = writeSingle(id, plan, end, meetingTime(mentor, mentee), tr("Closing conversation"),
                                  heldDates);
            !ok)
            return ok;
    }

    // Logged contacts between meetings (none while drifting).
    for (QDate day = start.addDays(m_rng.between(5, 25)); day <= activityEnd;
         day = day.addDays(m_rng.between(18, 45))) {
        if (driftFrom.isValid() && day >= driftFrom)
            break;
        static const std::vector<ContactChannel> channels{ContactChannel::Email, ContactChannel::Message,
                                                          ContactChannel::Call, ContactChannel::Video,
                                                          ContactChannel::InPerson};
        const qint64 at = utcOf(day, QTime(m_rng.between(8, 18), m_rng.between(0, 59)), mentor.zone);
        Contact contact;
        contact.relationshipId = id;
        contact.occurredAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        contact.channel = m_rng.pick(channels);
        contact.initiator = m_rng.chance(0.6) ? Initiator::Mentee : Initiator::Mentor;
        contact.summary = m_rng.pick(PhraseBank::contactSummaries());
        if (auto ok = write(m_nextContact++, contact, {at, at}); !ok)
            return ok.error();
    }

    // Resources shared with this relationship.
    const int shares = m_rng.between(0, m_config.sharesPerRelationship);
    QList<qint64> sharedIds;
    const qint64 resourceCount = m_nextResource - m_firstResource;
    for (int s = 0; s < shares && resourceCount > 0; ++s) {
        const qint64 resource = m_firstResource + m_rng.between(0, int(resourceCount) - 1);
        if (sharedIds.contains(resource))
            continue;
        sharedIds << resource;
        const QDate shared = start.addDays(m_rng.between(0, std::max(0, int(start.daysTo(activityEnd)))));
        QDate read;
        QDate discussed;
        if (m_rng.chance(0.7))
            read = std::min(shared.addDays(m_rng.between(0, 10)), m_today);
        if (read.isValid() && m_rng.chance(0.5))
            discussed = std::min(read.addDays(m_rng.between(1, 14)), m_today);
        ResourceShare share;
        share.resourceId = resource;
        share.relationshipId = id;
        share.sharedBy = mentor.id;
        share.sharedOn = shared;
        share.readOn = optionalDate(read);
        share.discussedOn = optionalDate(discussed);
        share.note = m_rng.pick(PhraseBank::shareNotes());
        if (auto ok = write(m_nextShare++, share); !ok)
            return ok.error();
    }

    // Periodic feedback from both sides; drifting relationships get a low rating.
    for (QDate day = start.addDays(90); day <= activityEnd; day = day.addDays(m_rng.between(80, 120))) {
        for (int side = 0; side < 2; ++side) {
            const bool fromMentor = side == 0;
            int rating = m_rng.weighted({0.02, 0.04, 0.14, 0.4, 0.4}) + 1;
            if (plan.drifting && day > m_today.addDays(-120))
                rating = m_rng.between(1, 2);
            const QString comment = rating >= 4   ? m_rng.pick(PhraseBank::feedbackPositive())
                                    : rating == 3 ? m_rng.pick(PhraseBank::feedbackMixed())
                                                  : m_rng.pick(PhraseBank::feedbackNegative());
            Feedback feedback;
            feedback.relationshipId = id;
            feedback.authorRole = fromMentor ? Role::Mentor : Role::Mentee;
            feedback.authorId = fromMentor ? mentor.id : mentee.id;
            feedback.rating = rating;
            feedback.comment = comment;
            feedback.givenOn = day;
            // Praise is shared with the pair; the rest stays with the coordinators, the default
            // for a rating of the other person.
            feedback.visibility = rating >= 4 ? FeedbackVisibility::SharedWithPair
                                              : Feedback::defaultVisibility(feedback.authorRole);
            if (auto ok = write(m_nextFeedback++, feedback, {stamp(day, 600 + side * 60), std::nullopt}); !ok)
                return ok.error();
        }
    }
    return {};
}

Status Builder::writeGoals(qint64 relationshipId, const PlannedRelationship &plan, const QDate &start,
                           const QDate &stop)
{
    const auto &templates = PhraseBank::goals();
    const qint64 goalCount = plan.goalBudget;
    if (goalCount == 0)
        return {};
    std::vector<double> weights(static_cast<size_t>(goalCount));
    for (double &weight : weights)
        weight = 0.5 + m_rng.unit();
    const std::vector<qint64> updates = allocate(plan.progressBudget, weights);
    const PersonInfo &mentee = m_mentees[plan.mentee];
    const PersonInfo &mentor = m_mentors[plan.mentor];
    const int offset = m_rng.between(0, int(templates.size()) - 1);
    const int activeDays = std::max(1, int(start.daysTo(stop)));

    for (qint64 g = 0; g < goalCount; ++g) {
        const auto &tmpl = templates[size_t((offset + g) % qint64(templates.size()))];
        const qint64 round = g / qint64(templates.size());
        const qint64 goalId = m_nextGoal++;
        const QDate created = start.addDays(std::min(activeDays, m_rng.between(0, 30) + int(round) * 20));
        const QDate due = created.addDays(m_rng.between(90, 270));
        // How far the goal got: finished relationships stop where they stopped.
        double reached = m_rng.around(0.65, 0.25, 0.0, 1.0);
        if (plan.status == RelStatus::Completed && m_rng.chance(0.6))
            reached = 1.0;
        if (plan.drifting)
            reached *= 0.5;
        if (reached > 0.97)
            reached = 1.0;
        const qint64 updateCount = updates[size_t(g)];
        if (updateCount == 0)
            reached = 0.0;
        GoalStatus status = GoalStatus::InProgress;
        if (reached >= 1.0)
            status = GoalStatus::Achieved;
        else if (plan.status == RelStatus::EndedEarly)
            status = m_rng.chance(0.5) ? GoalStatus::Abandoned : GoalStatus::OnHold;
        else if (plan.status == RelStatus::Paused)
            status = GoalStatus::OnHold;
        else if (reached <= 0.0)
            status = GoalStatus::NotStarted;

        const QString title =
            round == 0 ? tmpl.title : tmpl.title + QStringLiteral(" — stage %1").arg(round + 1);
        const qint64 createdAt = stamp(created, m_rng.between(480, 1080));
        const QDate lastDay = std::max(created, std::min(stop, due));
        const qint64 updatedAt = stamp(lastDay, 900);
        Goal goal;
        goal.relationshipId = relationshipId;
        goal.title = title;
        goal.description = tmpl.description;
        goal.measureKind = tmpl.percentage ? MeasureKind::Percentage : MeasureKind::Target;
        goal.startValue = tmpl.startValue;
        goal.targetValue = tmpl.targetValue;
        goal.unit = tmpl.percentage ? QStringLiteral("%") : tmpl.unit;
        goal.relevance = tmpl.relevance;
        goal.category = tmpl.category;
        goal.dueDate = due;
        goal.status = status;
        if (auto ok = write(goalId, goal, {createdAt, updatedAt}); !ok)
            return ok.error();

        const int milestoneCount = int(tmpl.milestones.size());
        for (int m = 0; m < milestoneCount; ++m) {
            const double position = double(m + 1) / double(milestoneCount + 1);
            const QDate milestoneDue = created.addDays(qint64(double(created.daysTo(due)) * position));
            QDate done;
            if (reached >= position &&
                created.addDays(qint64(double(created.daysTo(lastDay)) * position)) < m_today)
                done = created.addDays(qint64(double(created.daysTo(lastDay)) * position));
            Milestone milestone;
            milestone.goalId = goalId;
            milestone.title = tmpl.milestones.at(m);
            milestone.dueDate = milestoneDue;
            milestone.doneOn = optionalDate(done);
            milestone.position = m;
            if (auto ok = write(m_nextMilestone++, milestone); !ok)
                return ok.error();
        }

        // A rising, slightly noisy history ending at `reached` of the way to the target.
        const int span = std::max(1, int(created.daysTo(lastDay)));
        double previous = 0.0;
        for (qint64 u = 0; u < updateCount; ++u) {
            const double share = double(u + 1) / double(updateCount);
            double fraction = reached * share + (m_rng.unit() - 0.5) * 0.06;
            fraction = std::clamp(fraction, previous, reached);
            if (u + 1 == updateCount)
                fraction = reached;
            previous = fraction;
            double value = tmpl.startValue + (tmpl.targetValue - tmpl.startValue) * fraction;
            if (!tmpl.percentage && std::abs(tmpl.targetValue - tmpl.startValue) <= 20)
                value = std::round(value);
            else
                value = std::round(value * 10.0) / 10.0;
            const QDate day = created.addDays(qint64(double(span) * share));
            const bool byMentee = m_rng.chance(0.8);
            ProgressUpdate update;
            update.goalId = goalId;
            update.recordedOn = day;
            update.value = value;
            update.note = m_rng.pick(PhraseBank::progressNotes());
            update.authorId = byMentee ? mentee.id : mentor.id;
            const qint64 recorded = stamp(day, m_rng.between(480, 1260));
            if (auto ok = write(m_nextProgress++, update, {recorded, std::nullopt}); !ok)
                return ok.error();
        }
        m_summary.progressUpdates += updateCount;
    }
    m_summary.goals += goalCount;
    return {};
}

Status Builder::writeHeldExtras(qint64 relationshipId, const PlannedRelationship &plan, qint64 meetingId,
                                const QDate &date)
{
    if (m_rng.chance(0.35)) {
        const bool menteeOwns = m_rng.chance(0.75);
        const qint64 owner = menteeOwns ? m_mentees[plan.mentee].id : m_mentors[plan.mentor].id;
        const QDate due = date.addDays(m_rng.between(5, 21));
        QDate done;
        if (due < m_today && m_rng.chance(0.75))
            done = date.addDays(m_rng.between(1, int(date.daysTo(due)) + 3));
        if (done.isValid() && done >= m_today)
            done = QDate();
        const qint64 at = stamp(date, 1000);
        ActionItem action;
        action.relationshipId = relationshipId;
        action.meetingId = meetingId;
        action.title = m_rng.pick(PhraseBank::actionItems());
        action.ownerId = owner;
        action.dueDate = due;
        action.doneOn = optionalDate(done);
        if (auto ok = write(m_nextAction++, action, {at, done.isValid() ? stamp(done, 1000) : at}); !ok)
            return ok.error();
    }
    if (m_rng.chance(0.08)) {
        const bool fromMentee = m_rng.chance(0.6);
        const int rating = m_rng.weighted({0.02, 0.05, 0.15, 0.38, 0.4}) + 1;
        const QString comment = rating >= 4   ? m_rng.pick(PhraseBank::feedbackPositive())
                                : rating == 3 ? m_rng.pick(PhraseBank::feedbackMixed())
                                              : m_rng.pick(PhraseBank::feedbackNegative());
        Feedback feedback;
        feedback.relationshipId = relationshipId;
        feedback.meetingId = meetingId;
        feedback.authorRole = fromMentee ? Role::Mentee : Role::Mentor;
        feedback.authorId = fromMentee ? m_mentees[plan.mentee].id : m_mentors[plan.mentor].id;
        feedback.rating = rating;
        feedback.comment = comment;
        feedback.givenOn = date;
        feedback.visibility = rating >= 4 ? FeedbackVisibility::SharedWithPair
                                          : Feedback::defaultVisibility(feedback.authorRole);
        if (auto ok = write(m_nextFeedback++, feedback, {stamp(date, 1100), std::nullopt}); !ok)
            return ok.error();
    }
    return {};
}

Status Builder::writeSingle(qint64 relationshipId, const PlannedRelationship &plan, const QDate &date,
                            const QTime &time, const QString &title, QList<QDate> &heldDates)
{
    const PersonInfo &mentor = m_mentors[plan.mentor];
    const qint64 id = m_nextMeeting++;
    const bool shadowDay = title == PhraseBank::singleMeetingTitles().at(2);
    const bool floating = !shadowDay && title == PhraseBank::singleMeetingTitles().at(6);
    Meeting m;
    m.relationshipId = relationshipId;
    m.kind = MeetingKind::Single;
    m.title = title;
    m.durationMinutes = m_rng.pick(std::vector<int>{30, 45, 60});
    m.mode = m_rng.chance(0.6) ? MeetingMode::Video : MeetingMode::InPerson;
    if (shadowDay) {
        m.allDay = true;
        m.startLocal = isoDate(date);
        m.startUtc = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        m.durationMinutes = 24 * 60;
        m.mode = MeetingMode::ShadowDay;
    } else if (floating) {
        m.floating = true;
        m.startLocal = isoDate(date) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
        m.startUtc = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
        m.mode = MeetingMode::Event;
    } else {
        m.timezone = mentor.zone;
        m.startLocal = isoDate(date) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
        m.startUtc = utcOf(date, time, m.timezone);
    }
    m.rangeStartUtc = m.startUtc;
    m.rangeEndUtc = m.startUtc + qint64(m.durationMinutes) * 60;
    const bool past = date < m_today;
    // Now and then a past single is left unlogged (planned), so the mentor is invited to log it.
    const bool drifting = m_driftFrom.isValid() && date >= m_driftFrom;
    const bool logged = past && !drifting && m_rng.chance(0.9);
    m.status = logged ? MeetingStatus::Held : MeetingStatus::Planned;
    m.sharedNotes = logged ? noteText() : QString();
    m.privateNotes = logged && m_rng.chance(0.25) ? m_rng.pick(PhraseBank::privateNotes()) : QString();
    const qint64 created = stamp(date.addDays(-m_rng.between(1, 10)), 600);
    const qint64 updated = logged ? m.startUtc + m.durationMinutes * 60 + 3600 : created;
    m.uid = newUid();
    m.location = m_rng.pick(PhraseBank::locations());
    m.initiator = m_rng.chance(0.5) ? Initiator::Mentor : Initiator::Mentee;
    m.agenda = m_rng.pick(PhraseBank::agendaItems());
    m.reminderMinutes = 15;
    if (auto ok = write(id, m, {created, updated}); !ok)
        return ok;
    ++m_summary.meetingRows;
    if (logged) {
        heldDates << date;
        return writeHeldExtras(relationshipId, plan, id, date);
    }
    return {};
}

Status Builder::writeSeries(qint64 relationshipId, const PlannedRelationship &plan, const SeriesPlan &series,
                            const QDate &driftFrom, QList<QDate> &heldDates)
{
    const PersonInfo &mentor = m_mentors[plan.mentor];
    const QString &zoneId = mentor.zone;
    const QTimeZone &tz = zone(zoneId);
    const qint64 seriesId = m_nextMeeting++;
    const QString uid = newUid();
    // Every intervalWeeks weeks on the first date's weekday, until the last day ends (UTC, rule 10).
    const qint64 untilUtc = QDateTime(series.untilDate, QTime(23, 59, 59), tz).toSecsSinceEpoch();
    const RecurrenceRule rule =
        RecurrenceRule::create(RecurrenceRule::Frequency::Weekly)
            .withInterval(series.intervalWeeks)
            .withByDay({RecurrenceRule::WeekdayNum{Qt::DayOfWeek(series.firstDate.dayOfWeek()), 0}})
            .withUntil(RecurrenceRule::Until::utc(untilUtc));
    const QString timeText = series.time.toString(QStringLiteral("HH:mm:ss"));
    const QString startLocal = isoDate(series.firstDate) + QLatin1Char('T') + timeText;

    // The occurrences, as the calendar expands them everywhere else.
    auto set = RecurrenceSet::create(LocalStart{startLocal, zoneId, false, false}, {rule});
    if (!set)
        return set.error();
    const qint64 dtstartUtc = utcOf(series.firstDate, series.time, zoneId);
    const QList<RecurrenceSet::Instance> occurrences = set->between(dtstartUtc - 86400, untilUtc + 1);
    if (occurrences.isEmpty())
        return Error{tr("Demo series %1 has no occurrence.").arg(seriesId)};
    const qint64 firstStart = occurrences.front().utc;
    const qint64 lastEnd = occurrences.back().utc + qint64(series.minutes) * 60;

    Meeting m;
    m.relationshipId = relationshipId;
    m.kind = MeetingKind::Series;
    m.uid = uid;
    m.title = tr("Mentoring: %1 / %2").arg(mentor.givenName, m_mentees[plan.mentee].givenName);
    m.location = m_rng.pick(PhraseBank::locations());
    m.mode = m.location.startsWith(QLatin1String("Video")) ? MeetingMode::Video
             : m.location == QLatin1String("Phone")        ? MeetingMode::Phone
                                                           : MeetingMode::InPerson;
    m.startLocal = startLocal;
    m.timezone = zoneId;
    m.startUtc = firstStart;
    m.durationMinutes = series.minutes;
    m.rrules = {rule.toString()};
    m.rangeStartUtc = firstStart;
    m.rangeEndUtc = lastEnd;
    m.status = MeetingStatus::Planned;
    m.initiator = Initiator::Mentor;
    m.reminderMinutes = 15;
    const qint64 created = stamp(series.firstDate.addDays(-m_rng.between(2, 10)), 640);
    if (auto ok = write(seriesId, m, {created, created}); !ok)
        return ok;
    ++m_summary.meetingRows;

    bool agendaForNext = m_rng.chance(0.5);
    for (const RecurrenceSet::Instance &occurrence : occurrences) {
        const QDate occurrenceDate = occurrence.wall.date();
        const bool past = occurrenceDate < m_today;
        const bool drifting = driftFrom.isValid() && occurrenceDate >= driftFrom;
        enum class Kind { None, Held, Moved, Cancelled, NoShow, PlannedAgenda } kind = Kind::None;
        if (past) {
            if (drifting)
                kind = m_rng.chance(0.2) ? Kind::Cancelled : Kind::None;
            else
                switch (m_rng.weighted({0.79, 0.05, 0.07, 0.02, 0.07})) {
                case 0:
                    kind = Kind::Held;
                    break;
                case 1:
                    kind = Kind::Moved;
                    break;
                case 2:
                    kind = Kind::Cancelled;
                    break;
                case 3:
                    kind = Kind::NoShow;
                    break;
                default:
                    kind = Kind::None; // left unlogged
                }
        } else if (agendaForNext) {
            kind = Kind::PlannedAgenda;
            agendaForNext = false;
        } else if (m_rng.chance(0.03)) {
            kind = Kind::Cancelled; // a holiday already known
        }
        if (kind == Kind::None)
            continue;

        QDate date = occurrenceDate;
        QTime time = series.time;
        qint64 startUtc = occurrence.utc;
        if (kind == Kind::Moved) {
            if (m_rng.chance(0.5)) {
                date = date.addDays(m_rng.chance(0.5) ? 1 : -1);
            } else {
                time = time.addSecs(m_rng.chance(0.5) ? 3600 * 2 : -3600);
            }
            startUtc = QDateTime(date, time, tz).toSecsSinceEpoch();
        }
        Meeting o = m;
        o.kind = MeetingKind::Override;
        o.seriesId = seriesId;
        o.sequence = kind == Kind::Moved ? 1 : 0;
        o.startLocal = isoDate(date) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
        o.startUtc = startUtc;
        o.rrules.clear();
        o.recurrenceId = set->recurrenceIdText(occurrence);
        o.recurrenceIdUtc = occurrence.utc;
        o.rangeStartUtc = startUtc;
        o.rangeEndUtc = startUtc + qint64(series.minutes) * 60;
        o.status = MeetingStatus::Planned;
        switch (kind) {
        case Kind::Held:
        case Kind::Moved:
            o.status = MeetingStatus::Held;
            o.sharedNotes = noteText();
            if (kind == Kind::Moved)
                o.sharedNotes = m_rng.pick(PhraseBank::movedNotes()) + QLatin1Char(' ') + o.sharedNotes;
            if (m_rng.chance(0.22))
                o.privateNotes = m_rng.pick(PhraseBank::privateNotes());
            if (m_rng.chance(0.5))
                o.agenda = m_rng.pick(PhraseBank::agendaItems());
            break;
        case Kind::Cancelled:
            o.status = MeetingStatus::Cancelled;
            o.sharedNotes = m_rng.pick(PhraseBank::cancellationNotes());
            break;
        case Kind::NoShow:
            o.status = MeetingStatus::NoShow;
            o.sharedNotes = m_rng.pick(PhraseBank::noShowNotes());
            break;
        case Kind::PlannedAgenda:
            o.agenda = m_rng.pick(PhraseBank::agendaItems()) + QStringLiteral("; ") +
                       m_rng.pick(PhraseBank::agendaItems());
            break;
        case Kind::None:
            break;
        }
        const qint64 overrideId = m_nextMeeting++;
        const qint64 written = past ? occurrence.utc + qint64(series.minutes) * 60 + m_rng.between(600, 86400)
                                    : stamp(m_today.addDays(-m_rng.between(1, 5)), 700);
        o.initiator = m_rng.chance(0.7) ? Initiator::Mentor : Initiator::Mentee;
        if (auto ok = write(overrideId, o, {std::min(created + 1, written), written}); !ok)
            return ok;
        ++m_summary.meetingRows;
        if (o.status == MeetingStatus::Held) {
            heldDates << date;
            if (auto ok = writeHeldExtras(relationshipId, plan, overrideId, date); !ok)
                return ok;
        }
    }
    return {};
}

Result<DemoSummary> Builder::run()
{
    if (auto ok = prepare(); !ok)
        return ok.error();
    if (auto ok = writePeople(); !ok)
        return ok.error();
    if (auto ok = writeProgrammes(); !ok)
        return ok.error();
    if (auto ok = writeResources(); !ok)
        return ok.error();
    std::vector<PlannedRelationship> plans = planRelationships();
    const int total = int(plans.size());
    const int step = std::max(1, total / 100);
    for (int i = 0; i < total; ++i) {
        if (auto ok = writeRelationship(m_nextRelationship++, plans[size_t(i)]); !ok)
            return ok.error();
        if ((i + 1) % step == 0) {
            if (auto stop = cancelled(); !stop)
                return stop.error();
            report(0.08 + 0.87 * (i + 1) / total, tr("Relationships, goals and meetings"));
        }
    }
    m_summary.relationships = total;
    if (auto ok = writeMatchWishes(); !ok)
        return ok.error();
    m_summary.profilePersonId = m_mentors.front().id;
    if (auto ok = m_writer.setSetting(QLatin1String(Profile::PersonIdKey),
                                      QString::number(m_summary.profilePersonId));
        !ok)
        return ok.error();
    if (auto ok = m_writer.setSetting(QLatin1String(Profile::RoleKey), toText(Role::Mentor)); !ok)
        return ok.error();
    if (auto stop = cancelled(); !stop)
        return stop.error();
    m_summary.totalRows = m_writer.rowsWritten();
    return m_summary;
}

Status Builder::writeMatchWishes()
{
    // A quarter of the mentees name one to three mentors they would like, most wanted first, and
    // a few rule one out (issue 14), so that Matching has wishes to grant or explain. Their own
    // random stream: everything else the demo writes stays as it was for a seed.
    if (m_mentors.size() < 2)
        return {};
    DemoRandom rng(m_options.seed ^ 0x1414141414141414ULL);
    Id next = 1;
    for (const PersonInfo &mentee : m_mentees) {
        if (!rng.chance(0.25))
            continue;
        QList<qint64> wished;
        const int count = rng.between(1, 3);
        for (int k = 0; k < count; ++k) {
            const qint64 mentor = rng.pick(m_mentors).id;
            if (!wished.contains(mentor))
                wished.append(mentor);
        }
        for (qsizetype rank = 0; rank < wished.size(); ++rank) {
            if (auto ok = write(next++, MatchPreference{0, mentee.id, wished.at(rank),
                                                        MatchPreferenceKind::Wish, int(rank) + 1});
                !ok)
                return ok;
        }
        if (rng.chance(0.15)) {
            const qint64 never = rng.pick(m_mentors).id;
            if (!wished.contains(never)) {
                if (auto ok =
                        write(next++, MatchPreference{0, mentee.id, never, MatchPreferenceKind::Never, 0});
                    !ok)
                    return ok;
            }
        }
    }
    return {};
}

} // namespace

std::optional<DemoSize> DemoGenerator::sizeFromName(const QString &name)
{
    if (name == QLatin1String("small"))
        return DemoSize::Small;
    if (name == QLatin1String("medium"))
        return DemoSize::Medium;
    if (name == QLatin1String("large"))
        return DemoSize::Large;
    return std::nullopt;
}

QString DemoGenerator::sizeName(DemoSize size)
{
    switch (size) {
    case DemoSize::Small:
        return QStringLiteral("small");
    case DemoSize::Medium:
        return QStringLiteral("medium");
    case DemoSize::Large:
        return QStringLiteral("large");
    }
    return QStringLiteral("small");
}

Result<DemoSummary> DemoGenerator::generate(Database &db, const DemoOptions &options)
{
    auto writer = BulkWriter::begin(db);
    if (!writer)
        return writer.error();
    auto people = writer.value()->countRows<Person>();
    if (!people)
        return people.error();
    if (people.value() > 0)
        return Error{
            QCoreApplication::translate("DemoGenerator",
                                        "Cannot add demo data to %1: it already has %n person(s). Demo "
                                        "data goes into a new or empty database.",
                                        nullptr, int(people.value()))
                .arg(db.path())};
    Builder builder(*writer.value(), options);
    auto summary = builder.run();
    if (!summary)
        return summary.error(); // the writer rolls back
    if (options.progress)
        options.progress(0.96, tr("Saving"));
    if (auto committed = writer.value()->commit(); !committed)
        return committed.error();
    if (options.progress)
        options.progress(1.0, tr("Done"));
    return summary;
}

} // namespace trellis
