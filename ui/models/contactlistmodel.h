#pragma once

#include "domain/contact.h"
#include "models/idlistmodel.h"

#include <QList>

namespace trellis {

// A relationship's logged contacts (newest first, as the query orders them): when, how, who
// started it and what it was about.
class ContactListModel final : public IdListModel<Contact> {
    Q_OBJECT
public:
    enum Column { When, Channel, Initiator, Summary, ColumnCount };
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        ContactRole, // the Contact
    };

    explicit ContactListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContactListModel)

    // Applied by diff.
    void setContacts(QList<Contact> contacts) { setItems(std::move(contacts)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id idOf(const Contact &contact) const override { return contact.id; }
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::Contact)
