#include "models/rostertablemodel.h"

#include "models/healthpresentation.h"

#include <QLocale>

namespace trellis {

RosterTableModel::RosterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RosterTableModel::setPeople(QList<Person> people, QHash<Id, int> mentorLoads)
{
    bool sameRows = people.size() == m_people.size();
    for (qsizetype i = 0; sameRows && i < people.size(); ++i)
        sameRows = people.at(i).id == m_people.at(i).id;
    QHash<Id, QString> names;
    for (const Person &person : std::as_const(people))
        names.insert(person.id, person.displayName);
    if (sameRows) {
        m_people = std::move(people);
        m_loads = std::move(mentorLoads);
        m_names = std::move(names);
        if (!m_people.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_people = std::move(people);
    m_loads = std::move(mentorLoads);
    m_names = std::move(names);
    endResetModel();
}

int RosterTableModel::rowOf(Id personId) const
{
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).id == personId)
            return int(i);
    }
    return -1;
}

int RosterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
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
        return person.managerId ? m_names.value(*person.managerId) : QString();
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
    const Person &person = m_people.at(index.row());
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
