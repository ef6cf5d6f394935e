#pragma once

#include "commands/edits.h"
#include "domain/cohort.h"
#include "domain/person.h"
#include "domain/programme.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace trellis {

class SearchableComboBox;

// Pairing by hand: a mentor (with how many mentees they have of their capacity), a mentee,
// the cohort (the one in view, else the newest; its programme's default cadence fills in),
// proposed or active. Every picker can be searched. It opens on the first mentor with free
// capacity (capacity minus open relationships, as the pairing service counts); a mentor at
// capacity is named with the numbers and the Pair button stays disabled; `save` performs the
// undoable edit and a refusal shows inline.
class PairingDialog final : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const Edits::Pairing &)>;

    struct Choices {
        QList<Person> people;
        QHash<Id, int> mentorLoads;
        QList<Programme> programmes;
        QList<Cohort> cohorts;
    };

    PairingDialog(Choices choices, std::optional<Id> cohortId, Save save, QWidget *parent = nullptr);

    Edits::Pairing pairing() const;
    void setMentor(Id personId);
    void setMentee(Id personId);

private:
    void cohortChanged();
    void validate();
    void trySave();

    Choices m_choices;
    Save m_save;
    SearchableComboBox *m_mentor = nullptr;
    SearchableComboBox *m_mentee = nullptr;
    SearchableComboBox *m_cohort = nullptr;
    QRadioButton *m_proposed = nullptr;
    QRadioButton *m_active = nullptr;
    QSpinBox *m_cadence = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
