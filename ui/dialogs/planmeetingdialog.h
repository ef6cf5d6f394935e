#pragma once

#include "insights/meetingdefaults.h"
#include "widgets/editordialog.h"
#include "workspace/workspacecontext.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace trellis {

// Plan meeting: a single meeting or a recurring series (every week, every two weeks, every month,
// or any interval: "every 3 weeks"; optionally until a date) in a time zone, through
// MeetingService. One undo step. A series that would overlap an existing series of the mentor
// (this relationship's or another's) is named under the form (SeriesOverlap); saving stays allowed.
class PlanMeetingDialog final : public EditorDialog {
    Q_OBJECT
public:
    enum class Repeat { Never, Weekly, Fortnightly, Monthly, Custom };
    enum class Unit { Days, Weeks, Months };

    PlanMeetingDialog(const WorkspaceContext &context, Id relationshipId, QWidget *parent = nullptr);

    const QString &loadError() const { return m_loadError; }
    Meeting meeting() const;
    QString problem() const;
    // The RRULE value for a repeat choice ("FREQ=WEEKLY;INTERVAL=2"), with UNTIL when given (its
    // instant, written in UTC), built by RecurrenceRule; empty for Never.
    static QString rule(Repeat repeat, const std::optional<QDateTime> &untilUtc = std::nullopt);
    // Every `interval` days, weeks or months ("FREQ=WEEKLY;INTERVAL=3").
    static QString rule(int interval, Unit unit, const std::optional<QDateTime> &untilUtc = std::nullopt);
    // Starts the meeting at `start` (the calendar's slot), shown in the meeting's zone; a start
    // without a time (a month day) sets the date only and keeps the proposed time.
    void setStart(const QDateTime &start);
    // The overlap warning shown under the form (empty when none).
    QString overlapWarning() const;

public Q_SLOTS:
    void accept() override;

private:
    void revalidate();
    void updateUnitNames();
    void checkOverlap();

    WorkspaceContext m_context;
    Id m_relationshipId = 0;
    MeetingDefaults m_defaults;
    QString m_loadError;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_length = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_repeat = nullptr;
    QWidget *m_custom = nullptr; // "every [3] [weeks]", shown for Repeat::Custom
    QSpinBox *m_interval = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_overlap = nullptr;
    QLabel *m_ruleWords = nullptr;
    QCheckBox *m_hasUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QPlainTextEdit *m_agenda = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace trellis
