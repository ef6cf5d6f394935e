#pragma once

#include "commands/edits.h"
#include "domain/meetingreport.h"
#include "insights/meetingdefaults.h"
#include "widgets/editordialog.h"
#include "workspace/workspacecontext.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimeEdit;
class QVBoxLayout;

namespace trellis {

// Log meeting (UI.md): one keyboard-first dialog with sensible defaults (now, the programme's
// meeting length, the relationship's usual mode) in three areas — when & how, what (agenda,
// shared notes, private notes "only you"), outcomes (action items with owner and due date,
// progress on each active goal). Ctrl+Enter saves; Save is disabled until the form is valid,
// with the reason under the field. Saving is ONE undoable edit (MeetingService::recordMeeting).
class LogMeetingDialog final : public EditorDialog {
    Q_OBJECT
public:
    // Loads the relationship's defaults; check loadError() before showing.
    LogMeetingDialog(const WorkspaceContext &context, Id relationshipId, QWidget *parent = nullptr);
    ~LogMeetingDialog() override;

    const QString &loadError() const { return m_loadError; }
    // Logs the n-th unlogged past occurrence (0 = the newest); false when there is none.
    bool selectUnlogged(int n);
    // Logs this unlogged occurrence (the calendar's "Log it"); false when it is not one of them.
    bool selectUnlogged(const Occurrence &occurrence);
    int unloggedCount() const { return int(m_defaults.unlogged.size()); }
    // "Log them" (UnloggedMeetingsWalk): a Skip button that closes the dialog with Skipped, and
    // where this meeting is in the walk ("2 of 5") in the title.
    static constexpr int Skipped = 2;
    void offerSkip(int position, int total);

    // Adds an action-item row (focused) and returns its index.
    int addActionItem();
    MeetingReport report() const;
    // The first problem that keeps Save disabled, empty when the form is valid.
    QString problem() const;
    // What was saved (after accept): the edit's ChangeSet.
    const ChangeSet &saved() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    struct ActionRow {
        QWidget *row = nullptr;
        QLineEdit *title = nullptr;
        QComboBox *owner = nullptr;
        QCheckBox *hasDue = nullptr;
        QDateEdit *due = nullptr;
    };
    struct GoalRow {
        GoalWithProgress goal;
        QCheckBox *record = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *value = nullptr;
        QLineEdit *note = nullptr;
        QLabel *later = nullptr; // a later update exists: this one goes into the history
    };

    void build();
    QWidget *buildWhen();
    QWidget *buildWhat();
    QWidget *buildOutcomes();
    void addGoalRow(QVBoxLayout *layout, const GoalWithProgress &goal);
    void plannedChanged();
    void updateLaterNotes();
    void revalidate();
    QString zoneForSave() const;
    QDateTime startInZone() const;

    WorkspaceContext m_context;
    Id m_relationshipId = 0;
    MeetingDefaults m_defaults;
    QString m_loadError;
    ChangeSet m_saved;

    QComboBox *m_planned = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_whenError = nullptr;
    QSpinBox *m_length = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_initiator = nullptr;
    QComboBox *m_attendance = nullptr;
    QPlainTextEdit *m_agenda = nullptr;
    QPlainTextEdit *m_shared = nullptr;
    QPlainTextEdit *m_private = nullptr;
    QVBoxLayout *m_actionsLayout = nullptr;
    QLabel *m_actionsError = nullptr;
    QList<ActionRow> m_actions;
    QList<GoalRow> m_goals;
    struct DiscussedRow {
        Id shareId = 0;
        QCheckBox *box = nullptr;
    };
    QList<DiscussedRow> m_discussed;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace trellis
