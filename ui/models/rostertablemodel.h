#pragma once

#include "domain/person.h"
#include "models/idlistmodel.h"
#include "util/result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace trellis {

class Database;
class LoadRequest;

// The roster: one person per row, with the columns a coordinator compares (roles, skills,
// interests, capacity used/total, department, manager, languages, time zone). Live: fetch() and
// apply() are a ModelLoader's load, which after an edit re-reads only the people the notifier
// named (and the mentors' loads when a relationship changed); rows update in place.
class RosterTableModel final : public IdListModel<Person> {
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
        PersonRole,     // the Person
    };

    // What one load read: everyone (full) or the people it was asked for that still exist, and the
    // mentors' loads when relationships (or everything) changed.
    struct Data {
        QList<Person> people;
        std::optional<QHash<Id, int>> mentorLoads;
    };

    explicit RosterTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RosterTableModel)

    // The loader's two halves: fetch() on its worker thread, apply() on the GUI thread.
    [[nodiscard]] static Result<Data> fetch(Database &database, const LoadRequest &request);
    void apply(Data data, const LoadRequest &request);

    // Everybody (with tags) and how many open relationships each mentor has.
    void setPeople(QList<Person> people, QHash<Id, int> mentorLoads);
    // Updates the Mentees column of the mentors whose load changed.
    void setMentorLoads(QHash<Id, int> mentorLoads);
    const QList<Person> &people() const { return items(); }
    int mentorLoad(Id personId) const { return m_loads.value(personId); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString rolesText(const Person &person);

protected:
    Id idOf(const Person &person) const override { return person.id; }
    void itemChanged(int row, const Person &before) override;

private:
    QVariant display(const Person &person, int column) const;
    QString nameOf(Id personId) const;

    QHash<Id, int> m_loads;
};

} // namespace trellis
