#pragma once

#include "insights/relationshipsnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace trellis {

// The relationship page's header: Back, the mentee's initials, "mentee ← mentored by mentor",
// the status with its date, programme and cohort, cadence, health with its reasons, and the
// buttons (Log Meeting, Log Contact, Plan Meeting, ⋯ Lifecycle, whose menu LifecycleMenu fills).
class RelationshipHeader final : public QWidget {
    Q_OBJECT
public:
    explicit RelationshipHeader(QWidget *parent = nullptr);

    // Shows `snapshot`; a mentee sees no lifecycle button.
    void setSnapshot(const RelationshipSnapshot &snapshot, bool menteeView);
    void showLoading();
    void showFailed(const QString &message);
    // Log Meeting and Plan Meeting (hidden unless the workspace offers their dialogs).
    void setMeetingActionsVisible(bool visible);
    QToolButton *lifecycleButton() const { return m_lifecycle; }

Q_SIGNALS:
    void backRequested();
    void logMeetingRequested();
    void planMeetingRequested();
    void logContactRequested();

private:
    void styleAvatar(const QString &initials);

    QLabel *m_avatar = nullptr;
    QLabel *m_names = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_healthIcon = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_reasons = nullptr;
    QPushButton *m_logMeeting = nullptr;
    QPushButton *m_planMeeting = nullptr;
    QPushButton *m_logContact = nullptr;
    QToolButton *m_lifecycle = nullptr;
};

} // namespace trellis
