#include "dialogs/pairingdialog.h"

#include "models/healthpresentation.h"
#include "models/programmetreemodel.h"
#include "widgets/pagestyle.h"
#include "widgets/searchablecombobox.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trellis {

namespace {

// Programme-level entries carry a negative id: -programmeId.
constexpr int CohortKeyRole = Qt::UserRole + 1;

} // namespace

PairingDialog::PairingDialog(Choices choices, std::optional<Id> cohortId, Save save, QWidget *parent)
    : QDialog(parent)
    , m_choices(std::move(choices))
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("pairingDialog"));
    setWindowTitle(tr("Pair Mentor and Mentee"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *intro = new QLabel(tr("Choose who mentors whom. The programme's default cadence applies; "
                                "you can change it later on the relationship."),
                             this);
    intro->setWordWrap(true);
    PageStyle::makeSecondary(intro);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_mentor = new SearchableComboBox(this);
    m_mentor->setObjectName(QStringLiteral("pairingMentor"));
    m_mentor->setAccessibleName(tr("Mentor"));
    m_mentee = new SearchableComboBox(this);
    m_mentee->setObjectName(QStringLiteral("pairingMentee"));
    m_mentee->setAccessibleName(tr("Mentee"));
    int freeMentor = -1; // the first mentor with room for another mentee: where the dialog opens
    for (const Person &person : std::as_const(m_choices.people)) {
        if (person.isMentor) {
            const int load = m_choices.mentorLoads.value(person.id);
            m_mentor->addItem(
                load >= person.capacity
                    ? tr("%1 — %2 of %3 mentees, full").arg(person.displayName).arg(load).arg(person.capacity)
                    : tr("%1 — %2 of %3 mentees").arg(person.displayName).arg(load).arg(person.capacity),
                person.id);
            if (freeMentor < 0 && load < person.capacity)
                freeMentor = m_mentor->count() - 1;
        }
        if (person.isMentee)
            m_mentee->addItem(person.displayName, person.id);
    }
    if (freeMentor >= 0)
        m_mentor->setCurrentIndex(freeMentor);
    form->addRow(tr("M&entor:"), m_mentor);
    form->addRow(tr("Men&tee:"), m_mentee);

    m_cohort = new SearchableComboBox(this);
    m_cohort->setObjectName(QStringLiteral("pairingCohort"));
    m_cohort->setAccessibleName(tr("Cohort"));
    m_cohort->setMinimumContentsLength(40);
    m_cohort->addItem(tr("No programme"));
    m_cohort->setItemData(0, 0, CohortKeyRole);
    const Cohort *newest = nullptr; // without a cohort in view, the one that started last
    for (const Programme &programme : std::as_const(m_choices.programmes)) {
        m_cohort->addItem(tr("%1 · no cohort").arg(programme.name));
        m_cohort->setItemData(m_cohort->count() - 1, -programme.id, CohortKeyRole);
        for (const Cohort &cohort : std::as_const(m_choices.cohorts)) {
            if (cohort.programmeId != programme.id)
                continue;
            m_cohort->addItem(ProgrammeTreeModel::cohortLabel(programme.name, cohort));
            m_cohort->setItemData(m_cohort->count() - 1, cohort.id, CohortKeyRole);
            if (!newest || cohort.startDate > newest->startDate)
                newest = &cohort;
        }
    }
    const std::optional<Id> shown = cohortId ? cohortId
                                    : newest ? std::optional<Id>(newest->id)
                                             : std::nullopt;
    if (shown)
        m_cohort->setCurrentIndex(std::max(0, m_cohort->findData(*shown, CohortKeyRole)));
    else if (m_cohort->count() > 1)
        m_cohort->setCurrentIndex(1);
    form->addRow(tr("&Cohort:"), m_cohort);

    auto *statusRow = new QHBoxLayout;
    m_proposed = new QRadioButton(tr("P&ropose"), this);
    m_proposed->setObjectName(QStringLiteral("pairingProposed"));
    m_active = new QRadioButton(tr("&Start today"), this);
    m_active->setObjectName(QStringLiteral("pairingActive"));
    m_active->setChecked(true);
    statusRow->addWidget(m_active);
    statusRow->addWidget(m_proposed);
    statusRow->addStretch(1);
    form->addRow(tr("Status:"), statusRow);

    m_cadence = new QSpinBox(this);
    m_cadence->setObjectName(QStringLiteral("pairingCadence"));
    m_cadence->setAccessibleName(tr("Meet every"));
    m_cadence->setRange(1, 365);
    m_cadence->setValue(14);
    m_cadence->setSuffix(tr(" days"));
    form->addRow(tr("Meet &every:"), m_cadence);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pairingMessage"));
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    m_message->setPalette(palette);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *pair = m_buttons->addButton(tr("&Pair"), QDialogButtonBox::AcceptRole);
    pair->setObjectName(QStringLiteral("pairingPair"));
    pair->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PairingDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mentor, &QComboBox::currentIndexChanged, this, &PairingDialog::validate);
    connect(m_mentee, &QComboBox::currentIndexChanged, this, &PairingDialog::validate);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &PairingDialog::cohortChanged);
    cohortChanged();
    resize(520, sizeHint().height());
}

void PairingDialog::setMentor(Id personId)
{
    m_mentor->setCurrentIndex(m_mentor->findData(personId));
}

void PairingDialog::setMentee(Id personId)
{
    m_mentee->setCurrentIndex(m_mentee->findData(personId));
}

Edits::Pairing PairingDialog::pairing() const
{
    Edits::Pairing pairing;
    pairing.mentorId = m_mentor->currentData().toLongLong();
    pairing.menteeId = m_mentee->currentData().toLongLong();
    const qint64 key = m_cohort->currentData(CohortKeyRole).toLongLong();
    if (key > 0)
        pairing.cohortId = key;
    else if (key < 0)
        pairing.programmeId = -key;
    pairing.active = m_active->isChecked();
    pairing.cadenceDays = m_cadence->value();
    return pairing;
}

void PairingDialog::cohortChanged()
{
    qint64 key = m_cohort->currentData(CohortKeyRole).toLongLong();
    if (key > 0) {
        for (const Cohort &cohort : std::as_const(m_choices.cohorts)) {
            if (cohort.id == key)
                key = -cohort.programmeId;
        }
    }
    for (const Programme &programme : std::as_const(m_choices.programmes)) {
        if (-programme.id == key)
            m_cadence->setValue(programme.defaultCadenceDays);
    }
    validate();
}

void PairingDialog::validate()
{
    QString problem;
    const Id mentorId = m_mentor->currentData().toLongLong();
    const Id menteeId = m_mentee->currentData().toLongLong();
    if (m_mentor->count() == 0)
        problem = tr("Nobody in the roster is a mentor yet: give someone the mentor role first.");
    else if (m_mentee->count() == 0)
        problem = tr("Nobody in the roster is a mentee yet: give someone the mentee role first.");
    else if (mentorId == menteeId)
        problem = tr("Choose two different people.");
    for (const Person &person : std::as_const(m_choices.people)) {
        if (problem.isEmpty() && person.id == mentorId) {
            const int load = m_choices.mentorLoads.value(person.id);
            if (load >= person.capacity)
                problem =
                    tr("%1 is at capacity: %2 of %3 mentees. Raise their capacity in the roster or choose "
                       "another mentor.")
                        .arg(person.displayName)
                        .arg(load)
                        .arg(person.capacity);
        }
    }
    m_message->setText(problem);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty());
    }
}

void PairingDialog::trySave()
{
    const Status saved = m_save ? m_save(pairing()) : Status{};
    if (!saved) {
        m_message->setText(saved.errorMessage());
        return;
    }
    accept();
}

} // namespace trellis
