#pragma once

#include "insights/calendaragenda.h"
#include "insights/calendarfilter.h"
#include "models/datasource.h"
#include "models/idlistmodel.h"
#include "models/loadrequest.h"
#include "storage/relationshipscope.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>

#include <utility>

namespace trellis {

class Database;

// The calendar's occurrences over a window of whole days in the viewer's zone (Merkuro's
// occurrence model): series expanded in their own zone, overrides applied, cancelled ones kept and
// marked, each with its people and a conflict mark (CalendarAgenda, which `trellis-cli agenda`
// prints too). Keyed by AgendaEntry::key(), so a moved occurrence keeps its row and its selection;
// a new result is applied by diff (IdListModel), never by a reset. Sorted by start.
//
//     m_loader->setLoad(m_model->fetcher(), m_model, &OccurrenceModel::apply);  // after each setWindow
//
// The loader's partial loads (the notifier's precise changes of meetings, relationships or
// people) read only the changed rows' relationships and those sharing a person with them (for
// conflict marks; CalendarAgenda::windowUpdate) and replace just their rows; a removed row, whose
// relationship can no longer be read, makes the fetch read the whole window instead.
//
// The derived layouts (HourlyModel, WeekRowModel) follow this model's signals.
class OccurrenceModel final : public IdListModel<AgendaEntry> {
    Q_OBJECT
public:
    enum Role {
        EntryRole = Qt::UserRole + 1, // the AgendaEntry
        KeyRole,
        StartRole, // QDateTime in the viewer's zone (all-day: the date at 00:00 in it)
        EndRole,
        AllDayRole,
        StatusRole, // OccurrenceStatus as int
        UnloggedRole,
        CancelledRole,
        ConflictRole,
        RelationshipRole,
        TimeZoneRole, // the meeting's own zone (IANA id), empty when floating or all-day
    };

    struct Data {
        QDate first;
        int days = 0;
        QList<AgendaEntry> entries;
        // A partial result: `entries` replace the rows of these relationships only (ascending);
        // nullopt: `entries` are the whole window.
        std::optional<QList<Id>> relationships;
    };

    // The loader's fetch for one window: holds only values.
    struct Fetch {
        RelationshipScope scope;
        QDate first;
        int days = 0;
        QTimeZone viewer;
        CalendarFilter filter;
        qint64 nowUtc = 0; // for the status filter's "unlogged"
        [[nodiscard]] Result<Data> operator()(Database &database, const LoadRequest &request) const;
    };

    explicit OccurrenceModel(QObject *parent = nullptr);

    // The days shown, [first, first + days) in the viewer's zone. Resets nothing: the next apply
    // diffs against what is shown.
    void setWindow(const QDate &first, int days);
    QDate first() const { return m_first; }
    int days() const { return m_days; }
    void setViewerZone(const QTimeZone &zone) { m_viewer = zone; }
    QTimeZone viewerZone() const { return m_viewer; }
    void setScope(const RelationshipScope &scope) { m_scope = scope; }
    RelationshipScope scope() const { return m_scope; }
    // "Now" for unlogged marks (tests pin it; 0: the clock's).
    void setNowUtc(qint64 nowUtc) { m_nowUtc = nowUtc; }
    qint64 nowUtc() const;

    // What the fetch keeps (CalendarFilter::apply, after conflicts are marked); takes effect at
    // the next load.
    void setFilter(const CalendarFilter &filter) { m_filter = filter; }
    CalendarFilter filter() const { return m_filter; }

    // Where tooltipOf() reads the meeting row behind an occurrence (its mode and agenda).
    void setDataSource(const DataSource &data) { m_data = data; }
    // The tooltip of the occurrence at `row` for `viewer`: CalendarTexts::tooltip with the mode and
    // agenda summary of its meeting row (read on hover: one row by id); without them when no
    // database is set or the row is gone.
    QString tooltipOf(int row, trellis::Role viewer) const;

    Fetch fetcher() const { return {m_scope, m_first, m_days, m_viewer, m_filter, nowUtc()}; }
    // Applies a fetched window, or a partial result by replacing its relationships' rows; a result
    // for another window than the one now set is dropped (a partial one too: the window's own
    // full load follows).
    void apply(Data data, const LoadRequest &request);
    static QList<Entity> watched();

    QDateTime startOf(const AgendaEntry &entry) const;
    QDateTime endOf(const AgendaEntry &entry) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every applied result or window change: the layouts rebuild.
    void entriesChanged();

protected:
    Id idOf(const AgendaEntry &entry) const override;

private:
    QDate m_first;
    int m_days = 0;
    QTimeZone m_viewer = QTimeZone::systemTimeZone();
    RelationshipScope m_scope;
    DataSource m_data;
    CalendarFilter m_filter;
    qint64 m_nowUtc = 0;
    // Keys to the ids IdListModel diffs by (a key keeps its id for the model's life). A key is
    // (series id, recurrence id) or (-meeting id, none): AgendaEntry::key() without building its
    // text, as the diff asks for each row's id several times.
    mutable QHash<std::pair<qint64, QString>, Id> m_keyIds;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::AgendaEntry)
