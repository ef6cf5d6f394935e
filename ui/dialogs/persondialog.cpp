#include "dialogs/persondialog.h"

#include "models/healthpresentation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace trellis {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

} // namespace

PersonDialog::PersonDialog(const QList<Person> &people, const Person &person, Save save, QWidget *parent)
    : EditorDialog(parent)
    , m_person(person)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id ? tr("Edit %1").arg(person.displayName) : tr("Add Person"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto line = [this](const char *name, const QString &text, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = line("personName", person.displayName);
    m_name->setAccessibleName(tr("Name"));
    m_email = line("personEmail", person.email, tr("name@example.org"));
    m_phone = line("personPhone", person.phone);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);

    auto *roles = new QHBoxLayout;
    m_mentor = new QCheckBox(tr("&Mentor"), this);
    m_mentor->setObjectName(QStringLiteral("personMentor"));
    m_mentee = new QCheckBox(tr("Men&tee"), this);
    m_mentee->setObjectName(QStringLiteral("personMentee"));
    m_coordinator = new QCheckBox(tr("&Coordinator"), this);
    m_coordinator->setObjectName(QStringLiteral("personCoordinator"));
    m_mentor->setChecked(person.isMentor);
    m_mentee->setChecked(person.isMentee);
    m_coordinator->setChecked(person.isCoordinator);
    roles->addWidget(m_mentor);
    roles->addWidget(m_mentee);
    roles->addWidget(m_coordinator);
    roles->addStretch(1);
    form->addRow(tr("Roles:"), roles);

    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("personCapacity"));
    m_capacity->setRange(0, 100);
    m_capacity->setValue(person.capacity);
    m_capacity->setSuffix(tr(" mentees"));
    m_capacity->setAccessibleName(tr("Capacity"));
    form->addRow(tr("C&apacity:"), m_capacity);

    m_skills =
        line("personSkills", person.skills.join(QStringLiteral(", ")), tr("e.g. SQL, public speaking"));
    m_interests =
        line("personInterests", person.interests.join(QStringLiteral(", ")), tr("e.g. data, design"));
    form->addRow(tr("&Skills:"), m_skills);
    form->addRow(tr("&Interests:"), m_interests);

    m_department = line("personDepartment", person.department);
    form->addRow(tr("&Department:"), m_department);
    m_manager = new QComboBox(this);
    m_manager->setObjectName(QStringLiteral("personManager"));
    m_manager->setAccessibleName(tr("Manager"));
    m_manager->addItem(tr("No manager"), 0);
    for (const Person &other : people) {
        if (other.id != person.id)
            m_manager->addItem(other.displayName, other.id);
    }
    m_manager->setEditable(true);
    m_manager->setInsertPolicy(QComboBox::NoInsert);
    m_manager->completer()->setFilterMode(Qt::MatchContains);
    m_manager->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(person.managerId.value_or(0))));
    form->addRow(tr("Ma&nager:"), m_manager);

    m_languages = line("personLanguages", person.languages.join(QStringLiteral(", ")), tr("e.g. en, de"));
    form->addRow(tr("&Languages:"), m_languages);
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("personTimeZone"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->addItem(tr("System time zone"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(person.timezone)));
    form->addRow(tr("&Time zone:"), m_timeZone);

    m_bio = new QPlainTextEdit(person.bio, this);
    m_bio->setObjectName(QStringLiteral("personBio"));
    m_bio->setAccessibleName(tr("About"));
    m_bio->setFixedHeight(72);
    form->addRow(tr("A&bout:"), m_bio);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("personError"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    m_error->setPalette(palette);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("personSave"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PersonDialog::validate);
    connect(m_mentor, &QCheckBox::toggled, this, &PersonDialog::validate);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &PersonDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

Person PersonDialog::person() const
{
    Person p = m_person;
    p.displayName = m_name->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.isMentor = m_mentor->isChecked();
    p.isMentee = m_mentee->isChecked();
    p.isCoordinator = m_coordinator->isChecked();
    p.capacity = m_capacity->value();
    p.skills = splitList(m_skills->text());
    p.interests = splitList(m_interests->text());
    p.department = m_department->text().trimmed();
    const Id manager = m_manager->currentData().toLongLong();
    p.managerId = manager > 0 ? std::optional<Id>(manager) : std::nullopt;
    p.languages = splitList(m_languages->text());
    const int zone = m_timeZone->findText(m_timeZone->currentText());
    p.timezone = zone >= 0 ? m_timeZone->itemData(zone).toString() : m_timeZone->currentText().trimmed();
    p.bio = m_bio->toPlainText().trimmed();
    return p;
}

void PersonDialog::validate()
{
    m_capacity->setEnabled(m_mentor->isChecked());
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the person a name.");
    else if (const QString zone = person().timezone;
             !zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        problem = tr("\"%1\" is not a time zone; pick one from the list.").arg(zone);
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void PersonDialog::trySave()
{
    const Status saved = m_save ? m_save(person()) : Status{};
    if (!saved) {
        m_error->setText(saved.errorMessage());
        return;
    }
    accept();
}

} // namespace trellis
