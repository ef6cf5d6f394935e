#pragma once

#include "domain/enums.h"
#include "insights/calendarfilter.h"
#include "models/calendarchoices.h"

#include <QToolButton>

class QCheckBox;
class QFormLayout;
class QFrame;
class QPushButton;

namespace trellis {

class ChoiceListModel;
class SearchableComboBox;

// The calendar's filter control: a "Filter" button (with the number of filters in use) that opens a
// small popup — mentee, mentor and cohort pickers limited to the viewer's relationships, the four
// statuses, "Only my meetings" for a coordinator, and Clear Filters. A mentor is not offered a
// mentor picker, a mentee no mentee picker: those would hold one entry, themselves.
class CalendarFilterButton final : public QToolButton {
    Q_OBJECT
public:
    explicit CalendarFilterButton(Role viewer, Id me, QWidget *parent = nullptr);

    // The relationships, people and cohorts to offer (those of the viewer's relationships).
    void setChoices(const CalendarChoices &choices);
    // Shows `filter` without announcing it.
    void setFilter(const CalendarFilter &filter);
    CalendarFilter filter() const { return m_filter; }
    // "Ana Lopez · held, cancelled": what narrows the calendar now; empty when nothing does.
    QString summary() const;

    QFrame *popup() const { return m_popup; }
    void showPopup();

Q_SIGNALS:
    void filterChanged(const trellis::CalendarFilter &filter);

private:
    void updateText();
    void showFilterInWidgets();
    void takeFromWidgets();
    static void selectId(SearchableComboBox *box, const std::optional<Id> &id);
    QString labelOf(const ChoiceListModel *model, const std::optional<Id> &id) const;

    Role m_viewer;
    Id m_me = 0;
    CalendarFilter m_filter;
    bool m_updating = false;
    QFrame *m_popup = nullptr;
    QFormLayout *m_form = nullptr;
    ChoiceListModel *m_menteeChoices = nullptr;
    ChoiceListModel *m_mentorChoices = nullptr;
    ChoiceListModel *m_cohortChoices = nullptr;
    SearchableComboBox *m_mentee = nullptr;
    SearchableComboBox *m_mentor = nullptr;
    SearchableComboBox *m_cohort = nullptr;
    QCheckBox *m_planned = nullptr;
    QCheckBox *m_held = nullptr;
    QCheckBox *m_cancelled = nullptr;
    QCheckBox *m_unlogged = nullptr;
    QCheckBox *m_onlyMine = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace trellis
