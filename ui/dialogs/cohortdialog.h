#pragma once

#include "domain/cohort.h"
#include "domain/programme.h"
#include "util/result.h"
#include "widgets/editordialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trellis {

// Create or edit a cohort: its programme, name, start and (optional) end date.
class CohortDialog final : public EditorDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const Cohort &)>;

    CohortDialog(const QList<Programme> &programmes, const Cohort &cohort, Save save,
                 QWidget *parent = nullptr);
    Cohort cohort() const;

private:
    void validate();
    void trySave();

    Cohort m_cohort;
    Save m_save;
    QComboBox *m_programme = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
