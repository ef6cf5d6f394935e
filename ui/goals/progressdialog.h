#pragma once

#include "domain/goal.h"
#include "domain/progressupdate.h"
#include "widgets/editordialog.h"

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSlider;

namespace trellis {

// Records progress on a goal: a dated value on its measure with a note ("how did it go?").
// The date cannot be in the future; OK is disabled until the entry is valid.
class ProgressDialog final : public EditorDialog {
    Q_OBJECT
public:
    ProgressDialog(const Goal &goal, double currentValue, QWidget *parent = nullptr);

    ProgressUpdate update() const;
    bool isValid() const;

private:
    void validate();

    Goal m_goal;
    QDateEdit *m_date = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QSlider *m_slider = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
