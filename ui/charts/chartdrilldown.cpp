#include "charts/chartdrilldown.h"

#include "charts/activitychart.h"
#include "models/displaytexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace trellis {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("trellis::ChartDrillDown", text, disambiguation, n);
}

// A modeless window with a sentence and a read-only table; `ids` (one per row) go to `open` on
// double-click.
void showRows(QWidget *parent, const QString &title, const QString &sentence, const QStringList &headers,
              const QList<QStringList> &rows, const QList<Id> &ids = {},
              const std::function<void(Id)> &open = {})
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("chartDrillDown"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(sentence, dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *model = new QStandardItemModel(dialog);
    model->setHorizontalHeaderLabels(headers);
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row)
            items << new QStandardItem(cell);
        model->appendRow(items);
    }
    auto *table = new QTableView(dialog);
    table->setObjectName(QStringLiteral("chartDrillDownTable"));
    table->setModel(model);
    table->setAccessibleName(title);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    if (open && !ids.isEmpty()) {
        auto *hint = new QLabel(tr("Double-click a pair to open it."), dialog);
        layout->addWidget(hint);
        QObject::connect(table, &QTableView::activated, dialog,
                         [ids, open, dialog](const QModelIndex &index) {
                             if (index.row() >= 0 && index.row() < ids.size()) {
                                 open(ids.at(index.row()));
                                 dialog->accept();
                             }
                         });
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(560, 380);
    dialog->show();
}

QString pairName(const ChartFacts &facts, Id relationshipId)
{
    for (const ChartFacts::Relationship &r : facts.relationships)
        if (r.id == relationshipId)
            return tr("%1 with %2").arg(r.menteeName, r.mentorName);
    return {};
}

} // namespace

void ChartDrillDown::showMonth(QWidget *parent, const ActivitySeries &series, const QDate &month)
{
    const QList<ChartFacts::Meeting> meetings = series.meetingsIn(month);
    const QList<ChartFacts::Contact> contacts = series.contactsIn(month);
    QList<QStringList> rows;
    const bool several = series.facts.relationships.size() > 1;
    for (const ChartFacts::Meeting &meeting : meetings) {
        QStringList row{DisplayTexts::dateTime(QDateTime::fromSecsSinceEpoch(meeting.startUtc).toLocalTime()),
                        tr("Meeting held"),
                        meeting.title.isEmpty()
                            ? tr("%1 min").arg(meeting.durationMinutes)
                            : tr("%1 · %2 min").arg(meeting.title).arg(meeting.durationMinutes)};
        if (several)
            row << pairName(series.facts, meeting.relationshipId);
        rows << row;
    }
    for (const ChartFacts::Contact &contact : contacts) {
        QStringList row{
            DisplayTexts::dateTime(QDateTime::fromSecsSinceEpoch(contact.occurredUtc).toLocalTime()),
            tr("Contact logged"), QString()};
        if (several)
            row << pairName(series.facts, contact.relationshipId);
        rows << row;
    }
    QStringList headers{tr("When"), tr("What"), tr("Details")};
    if (several)
        headers << tr("Pair");
    const QString monthText = ActivityChart::monthLabel(month, true);
    showRows(parent, tr("Contact in %1").arg(monthText),
             tr("%1: %2 and %3.")
                 .arg(monthText, tr("%n meeting(s) held", nullptr, int(meetings.size())),
                      tr("%n contact(s) logged", nullptr, int(contacts.size()))),
             headers, rows);
}

void ChartDrillDown::showStatus(QWidget *parent, const ActivitySeries &series, StatusBucket bucket,
                                const QDate &date, const std::function<void(Id)> &openRelationship)
{
    const QList<ChartFacts::Relationship> found = series.relationshipsIn(bucket, date);
    QList<QStringList> rows;
    QList<Id> ids;
    for (const ChartFacts::Relationship &r : found) {
        rows << QStringList{r.menteeName, r.mentorName, tr("every %n day(s)", nullptr, r.cadenceDays),
                            DisplayTexts::date(r.startDate)};
        ids << r.id;
    }
    showRows(parent, tr("%1 on %2").arg(ActivitySeries::bucketText(bucket), DisplayTexts::date(date)),
             tr("%n pair(s) were in this status on that date.", nullptr, int(found.size())),
             {tr("Mentee"), tr("Mentor"), tr("Cadence"), tr("Started")}, rows, ids, openRelationship);
}

void ChartDrillDown::showCompletion(QWidget *parent, const ActivitySeries &series, int bin,
                                    const std::function<void(Id)> &openRelationship)
{
    if (bin < 0 || bin >= series.completion.size())
        return;
    const ActivitySeries::CompletionBin &b = series.completion.at(bin);
    QList<QStringList> rows;
    QList<Id> ids;
    for (const ChartFacts::Goal &goal : series.facts.goals) {
        if (!b.goalIds.contains(goal.id))
            continue;
        rows << QStringList{
            goal.title, pairName(series.facts, goal.relationshipId),
            DisplayTexts::percent(std::round(ActivitySeries::completionFraction(goal) * 100))};
        ids << goal.relationshipId;
    }
    const QString range = b.fromPercent == 100 ? tr("Complete")
                                               : tr("%1–%2").arg(DisplayTexts::percent(b.fromPercent),
                                                                 DisplayTexts::percent(b.toPercent));
    showRows(parent, tr("Goals %1").arg(range), tr("%n goal(s) in this range.", nullptr, int(rows.size())),
             {tr("Goal"), tr("Pair"), tr("Done")}, rows, ids, openRelationship);
}

} // namespace trellis
