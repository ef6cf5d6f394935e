#pragma once

#include "domain/programme.h"
#include "util/result.h"
#include "widgets/editordialog.h"

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace trellis {

// Create or edit a programme: name, description, objectives, format and the defaults its
// relationships start with. `save` performs the undoable edit; a refusal shows inline.
class ProgrammeDialog final : public EditorDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const Programme &)>;

    ProgrammeDialog(const Programme &programme, Save save, QWidget *parent = nullptr);
    Programme programme() const;

private:
    void validate();
    void trySave();

    Programme m_programme;
    Save m_save;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_objectives = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_cadence = nullptr;
    QSpinBox *m_duration = nullptr;
    QSpinBox *m_meeting = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
