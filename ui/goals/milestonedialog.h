#pragma once

#include "domain/milestone.h"
#include "widgets/editordialog.h"

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace trellis {

// A milestone on the way to a goal: a title and, optionally, a date.
class MilestoneDialog final : public EditorDialog {
    Q_OBJECT
public:
    explicit MilestoneDialog(const Milestone &milestone, QWidget *parent = nullptr);
    Milestone milestone() const;

private:
    Milestone m_original;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
