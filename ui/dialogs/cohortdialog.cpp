#include "dialogs/cohortdialog.h"

#include "models/healthpresentation.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

CohortDialog::CohortDialog(const QList<Programme> &programmes, const Cohort &cohort, Save save,
                           QWidget *parent)
    : EditorDialog(parent)
    , m_cohort(cohort)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("cohortDialog"));
    setWindowTitle(cohort.id ? tr("Edit Cohort") : tr("New Cohort"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("cohortProgramme"));
    for (const Programme &programme : programmes)
        m_programme->addItem(programme.name, programme.id);
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(cohort.programmeId)));
    form->addRow(tr("&Programme:"), m_programme);
    m_name = new QLineEdit(cohort.name, this);
    m_name->setObjectName(QStringLiteral("cohortName"));
    m_name->setPlaceholderText(tr("e.g. Spring 2026"));
    form->addRow(tr("&Name:"), m_name);

    const QDate today = Clock::today();
    m_start = new QDateEdit(cohort.startDate.isValid() ? cohort.startDate : today, this);
    m_start->setObjectName(QStringLiteral("cohortStart"));
    m_start->setCalendarPopup(true);
    form->addRow(tr("&Starts:"), m_start);
    auto *endRow = new QHBoxLayout;
    m_hasEnd = new QCheckBox(tr("&Ends on"), this);
    m_hasEnd->setObjectName(QStringLiteral("cohortHasEnd"));
    m_hasEnd->setChecked(cohort.endDate.has_value());
    m_end = new QDateEdit(cohort.endDate.value_or(m_start->date().addMonths(12)), this);
    m_end->setObjectName(QStringLiteral("cohortEnd"));
    m_end->setCalendarPopup(true);
    m_end->setAccessibleName(tr("End date"));
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    form->addRow(tr("End:"), endRow);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("cohortError"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    m_error->setPalette(palette);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("cohortSave"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CohortDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CohortDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &CohortDialog::validate);
    connect(m_end, &QDateEdit::dateChanged, this, &CohortDialog::validate);
    connect(m_hasEnd, &QCheckBox::toggled, this, &CohortDialog::validate);
    validate();
    resize(440, sizeHint().height());
}

Cohort CohortDialog::cohort() const
{
    Cohort c = m_cohort;
    c.programmeId = m_programme->currentData().toLongLong();
    c.name = m_name->text().trimmed();
    c.startDate = m_start->date();
    c.endDate = m_hasEnd->isChecked() ? std::optional<QDate>(m_end->date()) : std::nullopt;
    return c;
}

void CohortDialog::validate()
{
    m_end->setEnabled(m_hasEnd->isChecked());
    QString problem;
    if (m_programme->count() == 0)
        problem = tr("Create a programme first: cohorts are its intakes.");
    else if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the cohort a name.");
    else if (m_hasEnd->isChecked() && m_end->date() < m_start->date())
        problem = tr("The cohort cannot end before it starts.");
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void CohortDialog::trySave()
{
    const Status saved = m_save ? m_save(cohort()) : Status{};
    if (!saved) {
        m_error->setText(saved.errorMessage());
        return;
    }
    accept();
}

} // namespace trellis
