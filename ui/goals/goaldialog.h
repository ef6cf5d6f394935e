#pragma once

#include "domain/goal.h"
#include "widgets/editordialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace trellis {

// The SMART goal form: one section per letter (Specific, Measurable, Achievable and relevant,
// Time-bound), each with a hint. Problems show under the field; OK stays disabled until the
// goal is valid. New goals start "not started"; an existing goal's status can change here.
class GoalDialog final : public EditorDialog {
    Q_OBJECT
public:
    explicit GoalDialog(const Goal &goal, QWidget *parent = nullptr);

    Goal goal() const;
    bool isValid() const { return m_problems.isEmpty(); }
    // Why OK is disabled, one line per problem (empty when valid).
    QStringList problems() const { return m_problems; }

private:
    void validate();
    void updateMeasure();

    Goal m_original;
    QStringList m_problems;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QRadioButton *m_percentage = nullptr;
    QRadioButton *m_target = nullptr;
    QDoubleSpinBox *m_start = nullptr;
    QDoubleSpinBox *m_targetValue = nullptr;
    QLineEdit *m_unit = nullptr;
    QPlainTextEdit *m_relevance = nullptr;
    QLineEdit *m_category = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_titleError = nullptr;
    QLabel *m_measureError = nullptr;
    QLabel *m_dueError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
