#pragma once

#include "domain/person.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace trellis {

// The roster: one person per row, with the columns a coordinator compares (roles, skills,
// interests, capacity used/total, department, manager, languages, time zone). A refresh
// updates rows in place when the set of people is unchanged.
class RosterTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Roles,
        Skills,
        Interests,
        Capacity,
        Department,
        Manager,
        Languages,
        TimeZone,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (capacity by free places)
        PersonIdRole,
        RoleFlagsRole,  // int: 1 mentor, 2 mentee, 4 coordinator
        SearchTextRole, // name, e-mail, skills, interests and department, lower case
        HasRoomRole,    // bool: a mentor with free capacity
    };

    explicit RosterTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RosterTableModel)

    // People (with tags) and how many open relationships each mentor has.
    void setPeople(QList<Person> people, QHash<Id, int> mentorLoads);
    const QList<Person> &people() const { return m_people; }
    int mentorLoad(Id personId) const { return m_loads.value(personId); }
    int rowOf(Id personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString rolesText(const Person &person);

private:
    QVariant display(const Person &person, int column) const;

    QList<Person> m_people;
    QHash<Id, int> m_loads;
    QHash<Id, QString> m_names;
};

} // namespace trellis
