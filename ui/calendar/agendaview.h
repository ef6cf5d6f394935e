#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QListView>
#include <QStyledItemDelegate>

namespace trellis {

class OccurrenceModel;

// One row of the agenda: a day heading above the first occurrence of each day ("Today ·
// Wednesday 2 December"), then time, a colour mark, who and title, and the status on the right;
// "Log it" on unlogged past ones, struck through when cancelled, a red "!" on conflicts.
class AgendaDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    AgendaDelegate(OccurrenceModel *source, QObject *parent = nullptr);
    void setViewerRole(Role role) { m_role = role; }
    Role viewerRole() const { return m_role; }
    void setToday(const QDate &today) { m_today = today; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Whether the row starts a new day (and so has a heading).
    bool startsDay(int row) const;
    // The row's "Log it" button, in the option's coordinates; empty when it has none.
    QRect logItRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    int headingHeight(const QStyleOptionViewItem &option) const;

    OccurrenceModel *m_source = nullptr;
    Role m_role = Role::Mentor;
    QDate m_today;
};

// The agenda: a list of the window's occurrences, past and upcoming, by day. Enter opens the
// selected meeting, Delete cancels it, "Log it" logs it.
class AgendaView final : public QListView {
    Q_OBJECT
public:
    AgendaView(OccurrenceModel *source, QWidget *parent = nullptr);
    AgendaDelegate *agendaDelegate() const { return m_delegate; }
    int selectedRow() const;
    // Scrolls to the first occurrence on or after `date`.
    void scrollToDate(const QDate &date);

Q_SIGNALS:
    void entryActivated(int sourceRow);
    void logRequested(int sourceRow);
    void cancelRequested(int sourceRow);
    void contextMenuRequestedFor(int sourceRow, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // A row's tooltip: OccurrenceModel::tooltipOf (who, when, mode, agenda, zones).
    bool viewportEvent(QEvent *event) override;

private:
    OccurrenceModel *m_source = nullptr;
    AgendaDelegate *m_delegate = nullptr;
};

} // namespace trellis
