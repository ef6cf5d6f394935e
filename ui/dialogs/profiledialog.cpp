#include "dialogs/profiledialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

namespace {

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Mentor:
        return QCoreApplication::translate("ProfileDialog", "Mentor — my mentees, meetings and their goals");
    case Role::Mentee:
        return QCoreApplication::translate("ProfileDialog", "Mentee — my goals, actions and next meeting");
    case Role::Coordinator:
        return QCoreApplication::translate("ProfileDialog",
                                           "Coordinator — the programme, roster and cohorts");
    }
    return {};
}

} // namespace

ProfileDialog::ProfileDialog(const QList<Person> &people, const std::optional<Profile> &current,
                             QWidget *parent)
    : QDialog(parent)
    , m_people(people)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Who Is Using Trellis?"));

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Your profile picks the workspace Trellis opens with and what \"mine\" means. "
                      "You can change it at any time from the name at the top right."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("profileRole"));
    for (Role role : {Role::Mentor, Role::Mentee, Role::Coordinator})
        m_role->addItem(roleLabel(role), int(role));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("profilePerson"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->completer()->setFilterMode(Qt::MatchContains);
    m_person->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_person->setMinimumContentsLength(28);
    form->addRow(tr("I work as a:"), m_role);
    form->addRow(tr("I am:"), m_person);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (current)
        m_role->setCurrentIndex(m_role->findData(int(current->role)));
    refillPeople();
    if (current)
        m_person->setCurrentIndex(std::max(0, m_person->findData(current->personId)));
    connect(m_role, &QComboBox::currentIndexChanged, this, &ProfileDialog::refillPeople);
}

void ProfileDialog::refillPeople()
{
    const Role role = Role(m_role->currentData().toInt());
    const QVariant previous = m_person->currentData();
    m_person->clear();
    for (const Person &person : std::as_const(m_people)) {
        if (person.hasRole(role))
            m_person->addItem(person.displayName, person.id);
    }
    const int again = m_person->findData(previous);
    if (again >= 0)
        m_person->setCurrentIndex(again);
    const bool any = m_person->count() > 0;
    m_hint->setText(any ? QString()
                        : tr("Nobody in this database has that role yet; add them to the roster first."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
}

Profile ProfileDialog::profile() const
{
    Profile profile;
    profile.role = Role(m_role->currentData().toInt());
    profile.personId = m_person->currentData().toLongLong();
    return profile;
}

} // namespace trellis
