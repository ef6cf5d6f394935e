#pragma once

#include "domain/person.h"
#include "util/result.h"
#include "widgets/editordialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace trellis {

// Add or edit one person of the roster. `save` performs the (undoable) edit; when it is
// refused, its message shows in the dialog, which stays open.
class PersonDialog final : public EditorDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const Person &)>;

    PersonDialog(const QList<Person> &people, const Person &person, Save save, QWidget *parent = nullptr);

    Person person() const;

private:
    void validate();
    void trySave();

    Person m_person;
    Save m_save;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_mentor = nullptr;
    QCheckBox *m_mentee = nullptr;
    QCheckBox *m_coordinator = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_skills = nullptr;
    QLineEdit *m_interests = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_manager = nullptr;
    QLineEdit *m_languages = nullptr;
    QComboBox *m_timeZone = nullptr;
    QPlainTextEdit *m_bio = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
