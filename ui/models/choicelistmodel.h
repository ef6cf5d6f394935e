#pragma once

#include "models/calendarchoices.h"

#include <QAbstractListModel>
#include <QList>

namespace trellis {

// The entries of a picker (relationships, people, cohorts: CalendarChoices::Choice, id and label)
// for a QComboBox or a SearchableComboBox: Qt::UserRole is the id, so that currentData() and
// findData() name records. One model row per entry and no item objects, so a picker of 2,500
// relationships costs a list, not 2,500 QStandardItems. setChoices() replaces the list (a picker
// shows one list at a time; the caller puts back its current entry by id).
class ChoiceListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole, // what QComboBox::currentData() reads
    };

    explicit ChoiceListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChoiceListModel)

    void setChoices(QList<CalendarChoices::Choice> choices);
    const QList<CalendarChoices::Choice> &choices() const { return m_choices; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<CalendarChoices::Choice> m_choices;
};

} // namespace trellis
