#include "relationships/relationshipmeetingstab.h"

#include "models/displaytexts.h"
#include "models/meetingentrylistmodel.h"
#include "models/meetingtime.h"
#include "relationships/agendaeditor.h"
#include "widgets/pagestyle.h"
#include "widgets/placeholdertreeview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace trellis {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

PlaceholderTreeView *meetingView(const QString &name, const QString &accessible, MeetingEntryListModel *model,
                                 QWidget *parent)
{
    auto *view = new PlaceholderTreeView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setModel(model);
    // "When" says the time in two zones: it takes what it needs, and the title gives way.
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(MeetingEntryListModel::Title, QHeaderView::Stretch);
    return view;
}

} // namespace

RelationshipMeetingsTab::RelationshipMeetingsTab(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_upcomingModel(new MeetingEntryListModel(MeetingEntryListModel::Kind::Upcoming, this))
    , m_pastModel(new MeetingEntryListModel(MeetingEntryListModel::Kind::Past, this))
{
    setObjectName(QStringLiteral("meetingsTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    auto *lists = new QWidget(splitter);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->setSpacing(4);
    m_upcomingTitle = PageStyle::sectionTitle(tr("Upcoming"), lists);
    m_upcomingTitle->setObjectName(QStringLiteral("upcomingMeetingsTitle"));
    m_upcoming =
        meetingView(QStringLiteral("upcomingMeetingsTree"), tr("Upcoming meetings"), m_upcomingModel, lists);
    m_upcoming->setPlaceholderText(tr("Nothing planned — plan the next meeting."));
    m_pastTitle = PageStyle::sectionTitle(tr("Past"), lists);
    m_pastTitle->setObjectName(QStringLiteral("pastMeetingsTitle"));
    m_past = meetingView(QStringLiteral("pastMeetingsTree"), tr("Past meetings"), m_pastModel, lists);
    m_past->setPlaceholderText(tr("No meeting held yet."));
    listsLayout->addWidget(m_upcomingTitle);
    listsLayout->addWidget(m_upcoming, 2);
    listsLayout->addSpacing(4);
    listsLayout->addWidget(m_pastTitle);
    listsLayout->addWidget(m_past, 3);
    splitter->addWidget(lists);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 8, 0, 0);
    m_detail = new QTextBrowser(lower);
    m_detail->setObjectName(QStringLiteral("meetingDetail"));
    m_detail->setAccessibleName(tr("Meeting notes"));
    m_detail->setOpenLinks(false);
    lowerLayout->addWidget(m_detail, 1);
    m_agenda = new AgendaEditor(m_context, lower);
    m_agenda->setObjectName(QStringLiteral("relationshipAgendaEditor"));
    lowerLayout->addWidget(m_agenda, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    for (PlaceholderTreeView *view : {m_upcoming, m_past}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    if (current.isValid())
                        choose(view);
                    else if (view == m_chosen)
                        showDetail();
                });
    }
    showDetail();
}

void RelationshipMeetingsTab::setSnapshot(const RelationshipSnapshot &snapshot)
{
    m_privateNotesLoaded = snapshot.privateNotesLoaded;
    m_hasMeetings = !snapshot.upcoming.isEmpty() || !snapshot.past.isEmpty();
    m_upcomingModel->setMeetings(snapshot.upcoming);
    m_pastModel->setMeetings(snapshot.past);
    m_upcomingTitle->setText(tr("Upcoming (%1)").arg(snapshot.upcoming.size()));
    m_pastTitle->setText(tr("Past (%1)").arg(snapshot.past.size()));
    if (!m_chosen || !m_chosen->currentIndex().isValid()) {
        // The next meeting first, else the latest one.
        if (m_upcomingModel->rowCount() > 0)
            m_upcoming->setCurrentIndex(m_upcomingModel->index(0, 0));
        else if (m_pastModel->rowCount() > 0)
            m_past->setCurrentIndex(m_pastModel->index(0, 0));
    }
    showDetail();
}

void RelationshipMeetingsTab::choose(PlaceholderTreeView *view)
{
    if (m_chosen != view) {
        m_chosen = view;
        // One meeting is chosen across both lists.
        PlaceholderTreeView *other = view == m_upcoming ? m_past : m_upcoming;
        other->selectionModel()->clear();
    }
    showDetail();
}

std::optional<MeetingEntry> RelationshipMeetingsTab::currentMeeting() const
{
    if (!m_chosen)
        return std::nullopt;
    const QModelIndex current = m_chosen->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const auto *model = m_chosen == m_upcoming ? m_upcomingModel : m_pastModel;
    return model->itemAt(current.row());
}

void RelationshipMeetingsTab::showDetail()
{
    const std::optional<MeetingEntry> chosen = currentMeeting();
    if (!chosen) {
        m_detail->setHtml(!m_hasMeetings ? tr("<p>No meetings yet. Plan the first one to get started.</p>")
                                         : tr("<p>Choose a meeting to read its agenda and notes.</p>"));
        m_agenda->hide();
        return;
    }
    const MeetingEntry &entry = *chosen;
    const bool isUpcoming = m_chosen == m_upcoming;
    const MeetingEntryListModel *model = isUpcoming ? m_upcomingModel : m_pastModel;
    QString text = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p>")
                       .arg(html(entry.occurrence.title.isEmpty() ? tr("Meeting") : entry.occurrence.title),
                            html(MeetingTime::dateTime(entry.occurrence)),
                            html(DisplayTexts::meetingMode(entry.row.mode)), html(model->statusText(entry)));
    if (!entry.row.location.isEmpty())
        text += tr("<p><b>Where:</b> %1</p>").arg(html(entry.row.location));
    if (!isUpcoming) {
        text +=
            tr("<p><b>Agenda</b><br>%1</p>").arg(entry.agenda().isEmpty() ? tr("—") : html(entry.agenda()));
        text += tr("<p><b>Shared notes</b><br>%1</p>")
                    .arg(entry.sharedNotes().isEmpty() ? tr("No notes were recorded.")
                                                       : html(entry.sharedNotes()));
        if (m_privateNotesLoaded && !entry.privateNotes().isEmpty())
            text += tr("<p><b>Private notes</b> <i>(only you)</i><br>%1</p>").arg(html(entry.privateNotes()));
    }
    m_detail->setHtml(text);
    m_agenda->setVisible(isUpcoming);
    if (isUpcoming)
        m_agenda->setMeeting(entry, {});
}

} // namespace trellis
