#pragma once

#include "domain/person.h"
#include "domain/profile.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace trellis {

// The role and person of a profile (a form of two combo boxes and a hint), shared by the
// first-run profile dialog and the Profile page of the settings dialog.
class ProfileEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people, const std::optional<Profile> &current);
    Profile profile() const;
    // A person with the chosen role is selected.
    bool isValid() const;

Q_SIGNALS:
    void validityChanged(bool valid);
    void edited();

private:
    void refillPeople();

    QList<Person> m_people;
    QComboBox *m_role = nullptr;
    QComboBox *m_person = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace trellis
