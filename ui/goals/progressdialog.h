#pragma once

#include "domain/goal.h"
#include "domain/progressupdate.h"
#include "widgets/editordialog.h"

#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSlider;

namespace trellis {

// Records progress on a goal: a dated value on its measure with a note ("how did it go?").
// The date cannot be in the future; OK is disabled until the entry is valid. An earlier date
// than the goal's latest update is allowed, and the dialog says that the later one stays current.
class ProgressDialog final : public EditorDialog {
    Q_OBJECT
public:
    // `latest`: the goal's current update (ProgressUpdate::latestOf its history), if any.
    ProgressDialog(const Goal &goal, const std::optional<ProgressUpdate> &latest, QWidget *parent = nullptr);

    ProgressUpdate update() const;
    bool isValid() const;

private:
    void validate();

    Goal m_goal;
    std::optional<ProgressUpdate> m_latest;
    QDateEdit *m_date = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QSlider *m_slider = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_later = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
