#include "dialogs/programmedialog.h"

#include "models/healthpresentation.h"
#include "models/programmetreemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trellis {

ProgrammeDialog::ProgrammeDialog(const Programme &programme, Save save, QWidget *parent)
    : EditorDialog(parent)
    , m_programme(programme)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("programmeDialog"));
    setWindowTitle(programme.id ? tr("Edit Programme") : tr("New Programme"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(programme.name, this);
    m_name->setObjectName(QStringLiteral("programmeName"));
    m_name->setPlaceholderText(tr("e.g. Graduate mentoring"));
    form->addRow(tr("&Name:"), m_name);
    m_description = new QPlainTextEdit(programme.description, this);
    m_description->setObjectName(QStringLiteral("programmeDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setFixedHeight(64);
    form->addRow(tr("&Description:"), m_description);
    m_objectives = new QPlainTextEdit(programme.objectives, this);
    m_objectives->setObjectName(QStringLiteral("programmeObjectives"));
    m_objectives->setAccessibleName(tr("Objectives"));
    m_objectives->setPlaceholderText(tr("What should mentees gain? One objective per line."));
    m_objectives->setFixedHeight(80);
    form->addRow(tr("&Objectives:"), m_objectives);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("programmeFormat"));
    for (ProgrammeFormat format : {ProgrammeFormat::OneToOne, ProgrammeFormat::Group, ProgrammeFormat::Peer,
                                   ProgrammeFormat::Reverse, ProgrammeFormat::Micro})
        m_format->addItem(ProgrammeTreeModel::formatName(format), int(format));
    m_format->setCurrentIndex(m_format->findData(int(programme.format)));
    form->addRow(tr("&Format:"), m_format);

    auto spin = [this](const char *name, int min, int max, int value, const QString &suffix) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(min, max);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    m_cadence = spin("programmeCadence", 1, 365, programme.defaultCadenceDays, tr(" days"));
    m_cadence->setAccessibleName(tr("Meet every"));
    m_duration = spin("programmeDuration", 1, 60, programme.defaultDurationMonths, tr(" months"));
    m_duration->setAccessibleName(tr("Relationships last"));
    m_meeting = spin("programmeMeeting", 5, 480, programme.defaultMeetingMinutes, tr(" minutes"));
    m_meeting->setAccessibleName(tr("Meetings last"));
    m_meeting->setSingleStep(15);
    form->addRow(tr("Meet &every:"), m_cadence);
    form->addRow(tr("Relationships &last:"), m_duration);
    form->addRow(tr("&Meetings last:"), m_meeting);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("programmeError"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    m_error->setPalette(palette);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("programmeSave"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProgrammeDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProgrammeDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

Programme ProgrammeDialog::programme() const
{
    Programme p = m_programme;
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.objectives = m_objectives->toPlainText().trimmed();
    p.format = ProgrammeFormat(m_format->currentData().toInt());
    p.defaultCadenceDays = m_cadence->value();
    p.defaultDurationMonths = m_duration->value();
    p.defaultMeetingMinutes = m_meeting->value();
    return p;
}

void ProgrammeDialog::validate()
{
    const bool named = !m_name->text().trimmed().isEmpty();
    m_error->setText(named ? QString() : tr("Give the programme a name."));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(named);
}

void ProgrammeDialog::trySave()
{
    const Status saved = m_save ? m_save(programme()) : Status{};
    if (!saved) {
        m_error->setText(saved.errorMessage());
        return;
    }
    accept();
}

} // namespace trellis
