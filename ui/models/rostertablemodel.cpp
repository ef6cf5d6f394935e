#include "models/rostertablemodel.h"

#include "models/healthpresentation.h"
#include "models/loadrequest.h"
#include "storage/database.h"
#include "storage/peoplequery.h"
#include "storage/rosterqueries.h"

#include <QLocale>
#include <QSet>

namespace trellis {

RosterTableModel::RosterTableModel(QObject *parent)
    : IdListModel<Person>(parent)
{}

Result<RosterTableModel::Data> RosterTableModel::fetch(Database &database, const LoadRequest &request)
{
    Data data;
    if (request.isFull()) {
        auto people = RosterQueries(database.connection()).search();
        if (!people)
            return people.error();
        data.people = std::move(people).value();
    } else if (request.touches(Entity::Person)) {
        auto people = PeopleQuery(database.connection()).people(request.ids(Entity::Person));
        if (!people)
            return people.error();
        data.people = std::move(people).value();
    }
    // One aggregate over the open relationships, cheaper than working out whose load changed.
    if (request.isFull() || request.touches(Entity::Relationship)) {
        auto loads = RosterQueries(database.connection()).mentorLoads();
        if (!loads)
            return loads.error();
        data.mentorLoads = std::move(loads).value();
    }
    return data;
}

void RosterTableModel::apply(Data data, const LoadRequest &request)
{
    // Loads first: a new mentor's row then shows the right capacity from the start.
    if (data.mentorLoads)
        setMentorLoads(std::move(*data.mentorLoads));
    if (request.isFull())
        setItems(std::move(data.people));
    else if (request.touches(Entity::Person))
        updateItems(request.ids(Entity::Person), std::move(data.people));
}

void RosterTableModel::setPeople(QList<Person> people, QHash<Id, int> mentorLoads)
{
    setMentorLoads(std::move(mentorLoads));
    setItems(std::move(people));
}

void RosterTableModel::setMentorLoads(QHash<Id, int> mentorLoads)
{
    QSet<Id> mentors;
    for (auto it = m_loads.cbegin(); it != m_loads.cend(); ++it)
        if (mentorLoads.value(it.key()) != it.value())
            mentors.insert(it.key());
    for (auto it = mentorLoads.cbegin(); it != mentorLoads.cend(); ++it)
        if (m_loads.value(it.key()) != it.value())
            mentors.insert(it.key());
    m_loads = std::move(mentorLoads);
    for (const Id mentor : std::as_const(mentors)) {
        if (const int row = rowOf(mentor); row >= 0)
            Q_EMIT dataChanged(index(row, Capacity), index(row, Capacity));
    }
}

void RosterTableModel::itemChanged(int row, const Person &before)
{
    // The Manager column shows names: a renamed person changes the rows of the people they manage.
    const Person &person = itemAt(row);
    if (person.displayName == before.displayName)
        return;
    for (int other = 0; other < rowCount(); ++other) {
        if (itemAt(other).managerId == person.id)
            Q_EMIT dataChanged(index(other, Manager), index(other, Manager));
    }
}

QString RosterTableModel::nameOf(Id personId) const
{
    const Person *person = find(personId);
    return person ? person->displayName : QString();
}

int RosterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterTableModel::rolesText(const Person &person)
{
    QStringList roles;
    if (person.isMentor)
        roles << tr("Mentor");
    if (person.isMentee)
        roles << tr("Mentee");
    if (person.isCoordinator)
        roles << tr("Coordinator");
    return roles.join(QStringLiteral(", "));
}

QVariant RosterTableModel::display(const Person &person, int column) const
{
    const QString separator = QStringLiteral(", ");
    switch (column) {
    case Name:
        return person.displayName;
    case Roles:
        return rolesText(person);
    case Skills:
        return person.skills.join(separator);
    case Interests:
        return person.interests.join(separator);
    case Capacity:
        if (!person.isMentor)
            return QStringLiteral("—");
        return tr("%1 of %2")
            .arg(QLocale().toString(m_loads.value(person.id)), QLocale().toString(person.capacity));
    case Department:
        return person.department;
    case Manager:
        return person.managerId ? nameOf(*person.managerId) : QString();
    case Languages:
        return person.languages.join(separator);
    case TimeZone:
        return person.timezone;
    default:
        return {};
    }
}

QVariant RosterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &person = itemAt(index.row());
    const int column = index.column();
    const int load = m_loads.value(person.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(person, column);
    case Qt::ToolTipRole:
        if (column == Capacity && person.isMentor)
            return tr("%1 has %2 of %3 mentees (proposed, active or paused relationships).")
                .arg(person.displayName)
                .arg(load)
                .arg(person.capacity);
        if (column == Name && !person.email.isEmpty())
            return person.email;
        return {};
    case Qt::ForegroundRole:
        if (column == Capacity && person.isMentor && load >= person.capacity)
            return HealthPresentation::colour(HealthPresentation::Tone::Warning);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Capacity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (column == Capacity)
            return person.isMentor ? person.capacity - load : -1000;
        return display(person, column).toString().toLower();
    case PersonIdRole:
        return person.id;
    case RoleFlagsRole:
        return (person.isMentor ? 1 : 0) | (person.isMentee ? 2 : 0) | (person.isCoordinator ? 4 : 0);
    case SearchTextRole:
        return QStringList{person.displayName, person.email, person.skills.join(QLatin1Char(' ')),
                           person.interests.join(QLatin1Char(' ')), person.department}
            .join(QLatin1Char(' '))
            .toLower();
    case HasRoomRole:
        return person.isMentor && load < person.capacity;
    case PersonRole:
        return QVariant::fromValue(person);
    default:
        return {};
    }
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Roles:
        return tr("Roles");
    case Skills:
        return tr("Skills");
    case Interests:
        return tr("Interests");
    case Capacity:
        return tr("Mentees");
    case Department:
        return tr("Department");
    case Manager:
        return tr("Manager");
    case Languages:
        return tr("Languages");
    case TimeZone:
        return tr("Time zone");
    default:
        return {};
    }
}

} // namespace trellis
