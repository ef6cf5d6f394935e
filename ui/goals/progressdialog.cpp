#include "goals/progressdialog.h"

#include "models/displaytexts.h"
#include "models/healthpresentation.h"
#include "models/progresstexts.h"
#include "util/clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace trellis {

ProgressDialog::ProgressDialog(const Goal &goal, const std::optional<ProgressUpdate> &latest, QWidget *parent)
    : EditorDialog(parent)
    , m_goal(goal)
    , m_latest(latest)
{
    const double currentValue = latest ? latest->value : goal.startValue;
    setObjectName(QStringLiteral("progressDialog"));
    setWindowTitle(tr("Record Progress"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    auto *heading = new QLabel(tr("<b>%1</b><br>Now at %2; the target is %3.")
                                   .arg(goal.title.toHtmlEscaped(), DisplayTexts::measure(goal, currentValue),
                                        DisplayTexts::measure(goal, goal.targetValue)),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setObjectName(QStringLiteral("progressDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    form->addRow(tr("&Date:"), m_date);
    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(QStringLiteral("progressValue"));
    m_value->setAccessibleName(tr("Value"));
    m_value->setDecimals(1);
    if (goal.measureKind == MeasureKind::Percentage) {
        m_value->setRange(0, 100);
        m_value->setSuffix(tr(" %"));
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setObjectName(QStringLiteral("progressSlider"));
        m_slider->setAccessibleName(tr("Progress"));
        m_slider->setRange(0, 100);
        m_slider->setValue(int(std::lround(currentValue)));
        connect(m_slider, &QSlider::valueChanged, m_value, [this](int v) {
            if (int(std::lround(m_value->value())) != v)
                m_value->setValue(v);
        });
        connect(m_value, &QDoubleSpinBox::valueChanged, m_slider,
                [this](double v) { m_slider->setValue(int(std::lround(v))); });
    } else {
        m_value->setRange(-1e9, 1e9);
        if (!goal.unit.isEmpty())
            m_value->setSuffix(QLatin1Char(' ') + goal.unit);
    }
    m_value->setValue(currentValue);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value);
    if (m_slider)
        valueRow->addWidget(m_slider, 1);
    form->addRow(tr("&Value:"), valueRow);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("progressNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What moved it forward, or what is in the way?"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_later = new QLabel(this);
    m_later->setObjectName(QStringLiteral("progressLater"));
    m_later->setWordWrap(true);
    m_later->hide();
    layout->addWidget(m_later);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("progressError"));
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("progressOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &ProgressDialog::validate);
    validate();
    m_value->setFocus();
    m_value->selectAll();
}

bool ProgressDialog::isValid() const
{
    return m_date->date().isValid() && m_date->date() <= Clock::today();
}

void ProgressDialog::validate()
{
    const bool valid = isValid();
    m_error->setText(valid ? QString() : tr("Progress is recorded for today or an earlier day."));
    m_error->setVisible(!valid);
    const QString later = ProgressTexts::laterUpdateNote(m_goal, m_latest, m_date->date());
    m_later->setText(later);
    m_later->setVisible(valid && !later.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

ProgressUpdate ProgressDialog::update() const
{
    ProgressUpdate update;
    update.goalId = m_goal.id;
    update.recordedOn = m_date->date();
    update.value = m_value->value();
    update.note = m_note->text().trimmed();
    return update;
}

} // namespace trellis
