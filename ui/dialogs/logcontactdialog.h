#pragma once

#include "domain/contact.h"
#include "insights/meetingdefaults.h"
#include "widgets/editordialog.h"
#include "workspace/workspacecontext.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace trellis {

// Log contact (Ctrl+Shift+L, and a relationship's Log Contact…): a call, e-mail or message between meetings —
// channel, who initiated, a summary and when (default now). Counts as contact for health. One undo step.
class LogContactDialog final : public EditorDialog {
    Q_OBJECT
public:
    LogContactDialog(const WorkspaceContext &context, Id relationshipId, QWidget *parent = nullptr);

    const QString &loadError() const { return m_loadError; }
    Contact contact() const;
    // Who started it (the mentee unless said otherwise).
    void setInitiator(Initiator initiator);
    QString problem() const;

public Q_SLOTS:
    void accept() override;

private:
    void revalidate();

    WorkspaceContext m_context;
    Id m_relationshipId = 0;
    MeetingDefaults m_defaults;
    QString m_loadError;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_initiator = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace trellis
