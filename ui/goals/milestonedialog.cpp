#include "goals/milestonedialog.h"

#include "util/clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace trellis {

MilestoneDialog::MilestoneDialog(const Milestone &milestone, QWidget *parent)
    : EditorDialog(parent)
    , m_original(milestone)
{
    setObjectName(QStringLiteral("milestoneDialog"));
    setWindowTitle(milestone.id == 0 ? tr("New Milestone") : tr("Edit Milestone"));
    setMinimumWidth(380);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(16, 16, 16, 16);
    m_title = new QLineEdit(milestone.title, this);
    m_title->setObjectName(QStringLiteral("milestoneTitle"));
    m_title->setPlaceholderText(tr("e.g. First draft of the slides"));
    form->addRow(tr("&Milestone:"), m_title);
    m_hasDue = new QCheckBox(tr("&By"), this);
    m_hasDue->setChecked(milestone.dueDate.has_value());
    m_due = new QDateEdit(milestone.dueDate.value_or(Clock::today().addDays(14)), this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Date:"), dueRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("milestoneOk"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    };
    connect(m_title, &QLineEdit::textChanged, this, validate);
    validate();
}

Milestone MilestoneDialog::milestone() const
{
    Milestone milestone = m_original;
    milestone.title = m_title->text().trimmed();
    milestone.dueDate = m_hasDue->isChecked() ? std::optional<QDate>(m_due->date()) : std::nullopt;
    return milestone;
}

} // namespace trellis
