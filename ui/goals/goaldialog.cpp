#include "goals/goaldialog.h"

#include "models/displaytexts.h"
#include "models/healthpresentation.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace trellis {

namespace {

QLabel *sectionHeader(const QString &letter, const QString &title, const QString &hint, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setText(QStringLiteral("<b>%1 — %2</b><br><span style='color:%3'>%4</span>")
                       .arg(letter, title.toHtmlEscaped(), PageStyle::secondaryColour(label).name(),
                            hint.toHtmlEscaped()));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

GoalDialog::GoalDialog(const Goal &goal, QWidget *parent)
    : EditorDialog(parent)
    , m_original(goal)
{
    setObjectName(QStringLiteral("goalDialog"));
    setWindowTitle(goal.id == 0 ? tr("New Goal") : tr("Edit Goal"));
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->setContentsMargins(16, 16, 16, 16);

    // S — Specific
    layout->addWidget(sectionHeader(QStringLiteral("S"), tr("Specific"),
                                    tr("What exactly will be different? Name it in a few words."), this));
    auto *specific = new QFormLayout;
    m_title = new QLineEdit(goal.title, this);
    m_title->setObjectName(QStringLiteral("goalTitle"));
    m_title->setPlaceholderText(tr("e.g. Give a talk at the team meeting"));
    m_title->setAccessibleName(tr("Goal title"));
    m_titleError = errorLabel(QStringLiteral("goalTitleError"), this);
    auto *titleBox = new QVBoxLayout;
    titleBox->setSpacing(2);
    titleBox->addWidget(m_title);
    titleBox->addWidget(m_titleError);
    specific->addRow(tr("&Goal:"), titleBox);
    m_description = new QPlainTextEdit(goal.description, this);
    m_description->setObjectName(QStringLiteral("goalDescription"));
    m_description->setPlaceholderText(tr("Details: what, where, with whom"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(56);
    specific->addRow(tr("&Details:"), m_description);
    layout->addLayout(specific);

    // M — Measurable
    layout->addWidget(
        sectionHeader(QStringLiteral("M"), tr("Measurable"),
                      tr("How will you know you got there? A percentage, or a target with a unit."), this));
    auto *measurable = new QFormLayout;
    m_percentage = new QRadioButton(tr("&Percentage"), this);
    m_percentage->setObjectName(QStringLiteral("goalMeasurePercentage"));
    m_target = new QRadioButton(tr("&Target and unit"), this);
    m_target->setObjectName(QStringLiteral("goalMeasureTarget"));
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_percentage);
    kinds->addButton(m_target);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_percentage);
    kindRow->addWidget(m_target);
    kindRow->addStretch(1);
    measurable->addRow(tr("Measure:"), kindRow);
    m_start = new QDoubleSpinBox(this);
    m_start->setObjectName(QStringLiteral("goalStartValue"));
    m_start->setAccessibleName(tr("Start value"));
    m_start->setRange(-1e9, 1e9);
    m_start->setDecimals(1);
    m_targetValue = new QDoubleSpinBox(this);
    m_targetValue->setObjectName(QStringLiteral("goalTargetValue"));
    m_targetValue->setAccessibleName(tr("Target value"));
    m_targetValue->setRange(-1e9, 1e9);
    m_targetValue->setDecimals(1);
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("goalUnit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setPlaceholderText(tr("e.g. interviews, pages, talks"));
    auto *valuesRow = new QHBoxLayout;
    valuesRow->addWidget(new QLabel(tr("from"), this));
    valuesRow->addWidget(m_start);
    valuesRow->addWidget(new QLabel(tr("to"), this));
    valuesRow->addWidget(m_targetValue);
    valuesRow->addWidget(m_unit, 1);
    m_measureError = errorLabel(QStringLiteral("goalMeasureError"), this);
    auto *valuesBox = new QVBoxLayout;
    valuesBox->setSpacing(2);
    valuesBox->addLayout(valuesRow);
    valuesBox->addWidget(m_measureError);
    measurable->addRow(tr("Progress:"), valuesBox);
    layout->addLayout(measurable);

    // A/R — Achievable and relevant
    layout->addWidget(sectionHeader(QStringLiteral("A · R"), tr("Achievable and relevant"),
                                    tr("Why does it matter now, and what makes it within reach?"), this));
    auto *relevant = new QFormLayout;
    m_relevance = new QPlainTextEdit(goal.relevance, this);
    m_relevance->setObjectName(QStringLiteral("goalRelevance"));
    m_relevance->setAccessibleName(tr("Why it matters"));
    m_relevance->setTabChangesFocus(true);
    m_relevance->setFixedHeight(56);
    relevant->addRow(tr("&Why:"), m_relevance);
    m_category = new QLineEdit(goal.category, this);
    m_category->setObjectName(QStringLiteral("goalCategory"));
    m_category->setPlaceholderText(tr("e.g. Career, Skills, Network"));
    relevant->addRow(tr("&Category:"), m_category);
    layout->addLayout(relevant);

    // T — Time-bound
    layout->addWidget(sectionHeader(QStringLiteral("T"), tr("Time-bound"), tr("By when?"), this));
    auto *timed = new QFormLayout;
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("goalDueDate"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_due->setMinimumDate(QDate(1900, 1, 1));
    m_due->setSpecialValueText(tr("Choose a date"));
    m_due->setDate(goal.dueDate ? *goal.dueDate : m_due->minimumDate());
    m_dueError = errorLabel(QStringLiteral("goalDueError"), this);
    auto *dueBox = new QVBoxLayout;
    dueBox->setSpacing(2);
    dueBox->addWidget(m_due);
    dueBox->addWidget(m_dueError);
    timed->addRow(tr("&Due:"), dueBox);
    if (goal.id != 0) {
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("goalStatus"));
        for (GoalStatus s : {GoalStatus::NotStarted, GoalStatus::InProgress, GoalStatus::Achieved,
                             GoalStatus::OnHold, GoalStatus::Abandoned})
            m_status->addItem(DisplayTexts::goalStatus(s), int(s));
        m_status->setCurrentIndex(m_status->findData(int(goal.status)));
        timed->addRow(tr("&Status:"), m_status);
    }
    layout->addLayout(timed);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("goalOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(goal.id == 0 ? tr("Add Goal") : tr("Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Values after the widgets exist, then validation on every change.
    (goal.measureKind == MeasureKind::Percentage ? m_percentage : m_target)->setChecked(true);
    m_start->setValue(goal.startValue);
    m_targetValue->setValue(goal.targetValue);
    m_unit->setText(goal.measureKind == MeasureKind::Target ? goal.unit : QString());
    updateMeasure();
    connect(m_title, &QLineEdit::textChanged, this, &GoalDialog::validate);
    connect(m_percentage, &QRadioButton::toggled, this, [this] {
        updateMeasure();
        validate();
    });
    connect(m_start, &QDoubleSpinBox::valueChanged, this, &GoalDialog::validate);
    connect(m_targetValue, &QDoubleSpinBox::valueChanged, this, &GoalDialog::validate);
    connect(m_unit, &QLineEdit::textChanged, this, &GoalDialog::validate);
    connect(m_due, &QDateEdit::dateChanged, this, &GoalDialog::validate);
    validate();
}

void GoalDialog::updateMeasure()
{
    const bool percentage = m_percentage->isChecked();
    m_unit->setEnabled(!percentage);
    m_start->setSuffix(percentage ? tr(" %") : QString());
    m_targetValue->setSuffix(percentage ? tr(" %") : QString());
    if (percentage) {
        m_start->setRange(0, 100);
        m_targetValue->setRange(0, 100);
        if (m_start->value() == m_targetValue->value())
            m_targetValue->setValue(100);
    } else {
        m_start->setRange(-1e9, 1e9);
        m_targetValue->setRange(-1e9, 1e9);
    }
}

void GoalDialog::validate()
{
    m_problems.clear();
    QString titleProblem;
    if (m_title->text().trimmed().isEmpty())
        titleProblem = tr("Say what the goal is, in a few words.");
    QString measureProblem;
    if (m_start->value() == m_targetValue->value())
        measureProblem = tr("The target must differ from where you start.");
    else if (m_target->isChecked() && m_unit->text().trimmed().isEmpty())
        measureProblem = tr("Name the unit you count in (interviews, pages…).");
    QString dueProblem;
    const QDate due = m_due->date();
    if (due == m_due->minimumDate())
        dueProblem = tr("Choose the date the goal should be reached by.");
    else if (m_original.id == 0 && due < Clock::today())
        dueProblem = tr("A new goal's due date cannot be in the past.");
    showError(m_titleError, titleProblem);
    showError(m_measureError, measureProblem);
    showError(m_dueError, dueProblem);
    for (const QString &problem : {titleProblem, measureProblem, dueProblem})
        if (!problem.isEmpty())
            m_problems.append(problem);
    if (m_problems.isEmpty()) {
        if (const Status s = goal().validate(); !s)
            m_problems.append(s.errorMessage());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(m_problems.join(QLatin1Char('\n')));
}

Goal GoalDialog::goal() const
{
    Goal goal = m_original;
    goal.title = m_title->text().trimmed();
    goal.description = m_description->toPlainText().trimmed();
    goal.measureKind = m_percentage->isChecked() ? MeasureKind::Percentage : MeasureKind::Target;
    goal.startValue = m_start->value();
    goal.targetValue = m_targetValue->value();
    goal.unit = goal.measureKind == MeasureKind::Percentage ? QStringLiteral("%") : m_unit->text().trimmed();
    goal.relevance = m_relevance->toPlainText().trimmed();
    goal.category = m_category->text().trimmed();
    const QDate due = m_due->date();
    goal.dueDate = due == m_due->minimumDate() ? std::nullopt : std::optional<QDate>(due);
    if (m_status)
        goal.status = GoalStatus(m_status->currentData().toInt());
    return goal;
}

} // namespace trellis
