#include "widgets/profileeditor.h"

#include "widgets/pagestyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

namespace trellis {

namespace {

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Mentor:
        return QCoreApplication::translate("ProfileEditor", "Mentor — my mentees, meetings and their goals");
    case Role::Mentee:
        return QCoreApplication::translate("ProfileEditor", "Mentee — my goals, actions and next meeting");
    case Role::Coordinator:
        return QCoreApplication::translate("ProfileEditor",
                                           "Coordinator — the programme, roster and cohorts");
    }
    return {};
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profileEditor"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("profileRole"));
    m_role->setAccessibleName(tr("Role"));
    for (Role role : {Role::Mentor, Role::Mentee, Role::Coordinator})
        m_role->addItem(roleLabel(role), int(role));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("profilePerson"));
    m_person->setAccessibleName(tr("Person"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->completer()->setFilterMode(Qt::MatchContains);
    m_person->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_person->setMinimumContentsLength(28);
    form->addRow(tr("I work as a:"), m_role);
    form->addRow(tr("I am:"), m_person);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("profileHint"));
    m_hint->setWordWrap(true);
    PageStyle::makeSecondary(m_hint);
    m_hint->hide();
    form->addRow(m_hint);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        refillPeople();
        Q_EMIT edited();
    });
    connect(m_person, &QComboBox::currentIndexChanged, this, &ProfileEditor::edited);
}

void ProfileEditor::setPeople(const QList<Person> &people, const std::optional<Profile> &current)
{
    m_people = people;
    const QSignalBlocker blocker(m_role);
    if (current)
        m_role->setCurrentIndex(m_role->findData(int(current->role)));
    refillPeople();
    if (current)
        m_person->setCurrentIndex(std::max(0, m_person->findData(current->personId)));
}

void ProfileEditor::refillPeople()
{
    const Role role = Role(m_role->currentData().toInt());
    const QVariant previous = m_person->currentData();
    const bool wasValid = isValid();
    {
        const QSignalBlocker blocker(m_person);
        m_person->clear();
        for (const Person &person : std::as_const(m_people)) {
            if (person.hasRole(role))
                m_person->addItem(person.displayName, person.id);
        }
        const int again = m_person->findData(previous);
        if (again >= 0)
            m_person->setCurrentIndex(again);
    }
    const bool any = m_person->count() > 0;
    m_hint->setText(any ? QString()
                        : tr("Nobody in this database has that role yet; add them to the roster first."));
    m_hint->setVisible(!any);
    if (wasValid != any)
        Q_EMIT validityChanged(any);
}

bool ProfileEditor::isValid() const
{
    return m_person->count() > 0;
}

Profile ProfileEditor::profile() const
{
    Profile profile;
    profile.role = Role(m_role->currentData().toInt());
    profile.personId = m_person->currentData().toLongLong();
    return profile;
}

} // namespace trellis
