#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QTableView;

namespace trellis {

// Keeps a table's columns inside its view, so nothing needs scrolling sideways at 1024×700: the
// key columns stretch over what is left (never below their width, never hidden); the others keep
// their width and are shown, in the order given, while they fit — the last ones give way first
// on a narrow window and come back on a wide one. Refits on every resize of the view.
class ColumnFitter final : public QObject {
    Q_OBJECT
public:
    struct Column {
        int column = 0;
        int width = 100;  // the least a key column gets; an optional column's width
        bool key = false; // stretches and is always shown
    };

    // `columns` in order of importance; columns not listed are hidden. Parented to `table`.
    ColumnFitter(QTableView *table, QList<Column> columns);

    // A column the page hides whatever the width (the Mentor column of a mentor's own list).
    void setForcedHidden(int column, bool hidden);
    void refit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    // Compared in eventFilter without asking the table: the viewport also sends events while the
    // table is being destroyed, when it is no longer a QTableView.
    QObject *m_viewport = nullptr;
    QList<Column> m_columns;
    QSet<int> m_forcedHidden;
};

} // namespace trellis
