#pragma once

#include "domain/supportcontact.h"
#include "models/idlistmodel.h"

#include <QList>

namespace trellis {

// The mentee's support network in one relationship: name, relation, how to reach them, a note.
class SupportContactListModel final : public IdListModel<SupportContact> {
    Q_OBJECT
public:
    enum Column { Name, Relation, ContactDetails, Note, ColumnCount };
    enum Role {
        SupportContactIdRole = Qt::UserRole + 1,
        SupportContactRole, // the SupportContact
    };

    explicit SupportContactListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SupportContactListModel)

    // Applied by diff.
    void setPeople(QList<SupportContact> people) { setItems(std::move(people)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id idOf(const SupportContact &person) const override { return person.id; }
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::SupportContact)
