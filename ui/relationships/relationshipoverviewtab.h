#pragma once

#include "insights/relationshipsnapshot.h"

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace trellis {

class ActivityChart;
class ChartPanel;

// The relationship page's first tab: how it ended (if it did), the fit check, the goals at a
// glance (a bar each, ahead or behind its pace), the next and the last meeting, the open actions.
class RelationshipOverviewTab final : public QScrollArea {
    Q_OBJECT
public:
    explicit RelationshipOverviewTab(QWidget *parent = nullptr);

    void setSnapshot(const RelationshipSnapshot &snapshot);
    ActivityChart *activityChart() const { return m_activityChart; }
    ChartPanel *activityPanel() const { return m_activityPanel; }

private:
    void showGoals(const RelationshipSnapshot &snapshot);

    QLabel *m_ending = nullptr;
    QLabel *m_fitCheck = nullptr;
    QWidget *m_glance = nullptr;
    QVBoxLayout *m_glanceLayout = nullptr;
    QLabel *m_nextMeeting = nullptr;
    QLabel *m_lastMeeting = nullptr;
    QLabel *m_openActions = nullptr;
    ActivityChart *m_activityChart = nullptr;
    ChartPanel *m_activityPanel = nullptr;
};

} // namespace trellis
