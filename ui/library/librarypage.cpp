#include "library/librarypage.h"

#include "commands/edits.h"
#include "io/linkcsv.h"
#include "library/librarydetailpane.h"
#include "library/libraryitemdelegate.h"
#include "library/resourceform.h"
#include "library/sharedialog.h"
#include "models/backgroundjob.h"
#include "models/libraryfiles.h"
#include "models/librarytexts.h"
#include "models/modelloader.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace trellis {

LibraryPage::LibraryPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new LibraryListModel(this))
    , m_loader(new ModelLoader(context.dataSource(),
                               {Entity::Resource, Entity::ResourceAttachment, Entity::ResourceShare,
                                Entity::LibraryTag, Entity::SavedSearch, Entity::Person},
                               this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryPage"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scaffold = new PageScaffold(tr("Library"), this);
    m_scaffold->summaryLabel()->setObjectName(QStringLiteral("librarySummary"));
    layout->addWidget(m_scaffold);

    m_addLink = new QPushButton(QIcon::fromTheme(QStringLiteral("insert-link")), tr("Add Link…"), this);
    m_addLink->setObjectName(QStringLiteral("libraryAddLink"));
    m_scaffold->setPrimaryButton(m_addLink);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search titles, tags and the text of files…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(200); // the filter row fits the 1024-wide window with Import Links…
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("libraryKind"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"), -1);
    for (const ResourceKind kind : LibraryTexts::kinds())
        m_kind->addItem(LibraryTexts::kindIcon(kind), LibraryTexts::kindPlural(kind), int(kind));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("libraryTag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->addItem(tr("All tags"), QString());
    m_saved = new QToolButton(this);
    m_saved->setObjectName(QStringLiteral("librarySaved"));
    m_saved->setText(tr("Saved Searches"));
    m_saved->setIcon(QIcon::fromTheme(QStringLiteral("bookmarks")));
    m_saved->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setMenu(new QMenu(m_saved));
    m_addFile = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-attachment")), tr("Add Files…"), this);
    m_addFile->setObjectName(QStringLiteral("libraryAddFiles"));
    m_scaffold->filterRow()->addWidget(m_search, 2);
    m_scaffold->filterRow()->addWidget(m_kind);
    m_scaffold->filterRow()->addWidget(m_tag);
    m_scaffold->filterRow()->addWidget(m_saved);
    m_scaffold->filterRow()->addStretch(1);
    m_scaffold->filterRow()->addWidget(m_addFile);
    m_importLinks =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import Links…"), this);
    m_importLinks->setObjectName(QStringLiteral("libraryImportLinks"));
    m_importLinks->setToolTip(tr("Add a CSV list of links: url, title, description, tags, kind…"));
    m_scaffold->filterRow()->addWidget(m_importLinks);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(6);
    m_closing = new QLabel(content);
    m_closing->setObjectName(QStringLiteral("libraryClosingSoon"));
    m_closing->setWordWrap(true);
    m_closing->setTextFormat(Qt::RichText);
    m_closing->setContentsMargins(4, 2, 4, 2);
    connect(m_closing, &QLabel::linkActivated, this,
            [this](const QString &link) { selectResource(link.toLongLong()); });
    contentLayout->addWidget(m_closing);
    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_list = new QListView(m_splitter);
    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setModel(m_model);
    m_delegate = new LibraryItemDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_detail = new LibraryDetailPane(context.dataSource(), m_splitter);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(320);
    m_list->setMinimumWidth(360);
    contentLayout->addWidget(m_splitter, 1);
    m_coverage = PageStyle::secondary(QString(), content);
    m_coverage->setObjectName(QStringLiteral("libraryCoverage"));
    m_coverage->setWordWrap(true);
    contentLayout->addWidget(m_coverage);
    m_scaffold->setContent(content);

    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &LibraryPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPage::searchNow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LibraryPage::reload);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &LibraryPage::reload);
    connect(m_addLink, &QPushButton::clicked, this, [this] { addLink(); });
    connect(m_addFile, &QPushButton::clicked, this, &LibraryPage::chooseFiles);
    connect(m_importLinks, &QPushButton::clicked, this, &LibraryPage::chooseLinkList);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_detail->showResource(
                    current.isValid() ? current.data(LibraryListModel::ResourceIdRole).toLongLong() : 0);
            });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString url = index.data(LibraryListModel::ItemRole).value<LibraryItem>().resource.url;
        if (!url.isEmpty())
            QDesktopServices::openUrl(QUrl::fromUserInput(url));
    });
    connect(m_detail, &LibraryDetailPane::shareRequested, this, &LibraryPage::shareResource);
    connect(m_detail, &LibraryDetailPane::editRequested, this, &LibraryPage::editResource);
    connect(m_detail, &LibraryDetailPane::deleteRequested, this, &LibraryPage::deleteResource);
    connect(m_detail, &LibraryDetailPane::attachRequested, this, &LibraryPage::attachTo);
    connect(m_detail, &LibraryDetailPane::openAttachmentRequested, this, &LibraryPage::openAttachment);
    connect(m_detail, &LibraryDetailPane::saveAttachmentRequested, this, &LibraryPage::saveAttachment);

    m_scaffold->follow(
        m_loader, [this] { return emptyState(); }, tr("Loading the library…"));
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this, [this] { addLink(); });
    connect(m_scaffold->emptySecondaryButton(), &QPushButton::clicked, this, &LibraryPage::chooseFiles);
    connect(m_loader, &ModelLoader::loaded, this, &LibraryPage::loaded);
}

void LibraryPage::showEvent(QShowEvent *event)
{
    // Read when first shown: a workspace that never opens its library reads nothing.
    QWidget::showEvent(event);
    if (!m_shownOnce && m_context.hasDatabase()) {
        m_shownOnce = true;
        reload();
    }
}

std::optional<Id> LibraryPage::me() const
{
    if (m_context.profile)
        return m_context.profile->personId;
    return std::nullopt;
}

LibraryFilter LibraryPage::filter() const
{
    LibraryFilter filter;
    filter.text = m_search->text();
    if (m_kind->currentData().toInt() >= 0)
        filter.kind = ResourceKind(m_kind->currentData().toInt());
    filter.tag = m_tag->currentData().toString();
    return filter;
}

void LibraryPage::reload()
{
    m_typing->stop();
    m_loader->setLoad(LibraryListModel::Fetch(filter(), Clock::today()), this, &LibraryPage::apply);
    m_loader->reload();
}

void LibraryPage::searchNow()
{
    reload();
}

void LibraryPage::apply(LibraryListModel::Data loaded, const LoadRequest &)
{
    m_model->setItems(std::move(loaded.items));
    m_side = std::move(loaded);
    QHash<QString, QString> colours;
    for (const LibraryTag &tag : std::as_const(m_side.tags))
        colours.insert(tag.name.toCaseFolded(), tag.shownColour());
    m_delegate->setTagColours(colours);
    m_detail->setTagColours(colours);

    // The tag filter keeps its choice while the vocabulary changes.
    const QString chosen = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const LibraryTag &tag : std::as_const(m_side.tags))
        m_tag->addItem(tag.name, tag.name);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(chosen)));

    const QLocale locale;
    const bool filtered = !filter().text.trimmed().isEmpty() || filter().kind || !filter().tag.isEmpty();
    const QString count = tr("%n resource(s)", nullptr, m_side.total);
    m_scaffold->setSummary(filtered ? tr("%1 of %2 shown").arg(locale.toString(m_model->rowCount()), count)
                                    : count);
    m_coverage->setText(m_side.coverage.summary());
    m_coverage->setVisible(m_side.coverage.files > 0);
    rebuildSavedMenu();
    showClosingSoon();

    if (m_wanted) {
        const int row = m_model->rowOf(m_wanted);
        if (row >= 0) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            m_list->scrollTo(m_model->index(row, 0));
            m_wanted = 0;
        }
    } else if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0) {
        // Something to read in the pane from the start: the first (best) row.
        m_list->setCurrentIndex(m_model->index(0, 0));
    }
    m_scaffold->refresh();
}

void LibraryPage::showClosingSoon()
{
    if (m_side.closingSoon.isEmpty()) {
        m_closing->hide();
        return;
    }
    const QDate today = Clock::today();
    QStringList parts;
    for (const LibraryItem &item :
         std::as_const(m_side.closingSoon).first(std::min<qsizetype>(4, m_side.closingSoon.size()))) {
        const qint64 days = today.daysTo(*item.resource.deadline);
        const QString when = days == 0 ? tr("today") : tr("in %n day(s)", nullptr, int(days));
        parts.append(QStringLiteral("<a href=\"%1\">%2</a> %3")
                         .arg(item.id())
                         .arg(item.resource.title.toHtmlEscaped(), when));
    }
    m_closing->setText(QStringLiteral("<b>%1</b> ").arg(tr("Job leads closing soon:")) +
                       parts.join(QStringLiteral(" · ")));
    m_closing->show();
}

QString LibraryPage::coverageText() const
{
    return m_coverage->text();
}

std::optional<PageScaffold::EmptyState> LibraryPage::emptyState() const
{
    if (m_side.total == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("folder-bookmark"),
            tr("The library is empty. Add the articles, templates and job leads you "
               "share, or drop files and links here."),
            tr("Add Link…"), tr("Add Files…")};
    if (m_model->rowCount() == 0)
        return std::nullopt; // the list says so below the filters (the filters stay usable)
    return std::nullopt;
}

void LibraryPage::selectResource(Id resourceId)
{
    const int row = m_model->rowOf(resourceId);
    if (row < 0) {
        // Not in the list the filters show: show everything, then select it.
        m_wanted = resourceId;
        const QSignalBlocker kind(m_kind);
        const QSignalBlocker tag(m_tag);
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        m_kind->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        reload();
        return;
    }
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_model->index(row, 0));
}

bool LibraryPage::confirmDuplicate(Id existingId, const Resource &resource)
{
    QString existingTitle = resource.title;
    if (const auto *item = m_model->find(existingId))
        existingTitle = item->resource.title;
    QMessageBox box(
        QMessageBox::Information, tr("Already in the Library"),
        tr("\u201c%1\u201d is already in the library (same link or same file).").arg(existingTitle),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Merge adds the new tags and description to the one there."));
    QPushButton *merge = box.addButton(tr("Merge Into It"), QMessageBox::AcceptRole);
    QPushButton *add = box.addButton(tr("Add Anyway"), QMessageBox::DestructiveRole);
    QPushButton *show = box.addButton(tr("Show It"), QMessageBox::RejectRole);
    box.setDefaultButton(merge);
    box.exec();
    if (box.clickedButton() == add)
        return true;
    if (box.clickedButton() == merge) {
        if (const auto *item = m_model->find(existingId)) {
            Resource existing = item->resource;
            existing.tags += resource.tags;
            if (existing.description.trimmed().isEmpty())
                existing.description = resource.description;
            (void)m_context.edits->updateResource(existing);
        }
    }
    Q_UNUSED(show);
    selectResource(existingId);
    return false;
}

void LibraryPage::addLink(const QString &url)
{
    if (!m_context.edits)
        return;
    Resource initial;
    initial.kind = ResourceKind::Link;
    initial.url = url;
    initial.addedBy = me();
    const auto resource = ResourceForm::ask(this, initial, tr("Add to the Library"), tr("Add"));
    if (!resource)
        return;
    bool allowDuplicate = false;
    if (auto duplicate = m_context.edits->duplicateResource(resource->url); duplicate.ok() && *duplicate) {
        if (!confirmDuplicate(**duplicate, *resource))
            return;
        allowDuplicate = true;
    }
    auto added = m_context.edits->addResource(*resource, {}, allowDuplicate);
    if (added.ok() && !added->changes.isEmpty())
        selectResource(added->changes.first().id);
    else if (!added.ok())
        QMessageBox::warning(this, tr("Cannot Add"), added.errorMessage());
}

void LibraryPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Files to the Library"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents (*.pdf *.md *.markdown *.txt *.html *.htm *.csv);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void LibraryPage::chooseLinkList()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Links"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        (void)importLinks(path);
}

QString LibraryPage::importLinks(const QString &path, bool ask)
{
    if (!m_context.edits)
        return {};
    const auto refuse = [this, ask](const QString &message) {
        if (ask)
            QMessageBox::warning(this, tr("Cannot Import Links"), message);
        return message;
    };
    // A list of links is small: read and checked here, written in one transaction.
    auto rows = LinkCsv::readFile(path);
    if (!rows)
        return refuse(rows.errorMessage() + QLatin1Char('\n') + tr("Nothing was imported."));
    auto plan = m_context.edits->planLinkImport(*rows);
    if (!plan)
        return refuse(plan.errorMessage());
    QStringList duplicates;
    for (const LinkImportPlan::Duplicate &d : std::as_const(plan->duplicates)) {
        duplicates.append(
            d.earlierLine > 0
                ? tr("line %1: %2 (the same as line %3)").arg(d.line).arg(d.url).arg(d.earlierLine)
                : tr("line %1: %2 (already in the library as \u201c%3\u201d)")
                      .arg(d.line)
                      .arg(d.url, d.existingTitle));
    }
    const QString fileName = QFileInfo(path).fileName();
    if (plan->toAdd.isEmpty())
        return refuse(tr("Every link in %1 is already in the library; nothing was imported.").arg(fileName) +
                      QLatin1Char('\n') + duplicates.join(QLatin1Char('\n')));
    if (ask) {
        QMessageBox box(
            QMessageBox::Question, tr("Import Links"),
            tr("Add %n link(s) from %1 to the library?", nullptr, int(plan->toAdd.size())).arg(fileName),
            QMessageBox::Cancel, this);
        if (!duplicates.isEmpty()) {
            box.setInformativeText(tr("%n duplicate(s) will be left out:", nullptr, int(duplicates.size())));
            box.setDetailedText(duplicates.join(QLatin1Char('\n')));
        }
        QPushButton *add = box.addButton(tr("Import"), QMessageBox::AcceptRole);
        box.setDefaultButton(add);
        box.exec();
        if (box.clickedButton() != add)
            return {};
    }
    auto imported = m_context.edits->importLinks(*rows, me());
    if (!imported)
        return refuse(imported.errorMessage());
    QString message = tr("%n link(s) imported from %1.", nullptr, int(plan->toAdd.size())).arg(fileName);
    if (!duplicates.isEmpty())
        message += QLatin1Char(' ') + tr("%n duplicate(s) left out: %1", nullptr, int(duplicates.size()))
                                          .arg(duplicates.join(QStringLiteral("; ")));
    return message;
}

void LibraryPage::addFiles(const QStringList &paths)
{
    if (!m_context.edits)
        return;
    m_addFile->setEnabled(false);
    m_scaffold->setSummary(tr("Reading %n file(s)…", nullptr, int(paths.size())));
    // Hashing and a large PDF's text take a while: on a worker, then the edit here.
    LibraryFiles::read(
        paths, m_context.edits->attachmentLimitBytes(),
        [this](Result<QList<ResourceAttachment>> files) {
            m_addFile->setEnabled(true);
            if (!files.ok()) {
                QMessageBox::warning(this, tr("Cannot Add"), files.errorMessage());
                Q_EMIT filesHandled();
                return;
            }
            addReadFiles(*files);
        },
        this);
}

void LibraryPage::addReadFiles(const QList<ResourceAttachment> &files)
{
    // What to add, asked here (duplicates, the form of a single file); written below on a worker.
    struct Pending {
        Resource resource;
        ResourceAttachment file;
        bool allowDuplicate = false;
    };
    auto pending = std::make_shared<QList<Pending>>();
    for (const ResourceAttachment &file : files) {
        Resource resource;
        resource.kind = ResourceKind::File;
        resource.title =
            QFileInfo(file.fileName).completeBaseName().replace(QLatin1Char('_'), QLatin1Char(' '));
        resource.addedBy = me();
        bool allowDuplicate = false;
        if (auto duplicate = m_context.edits->duplicateResource({}, {file.sha256});
            duplicate.ok() && *duplicate) {
            if (!confirmDuplicate(**duplicate, resource))
                continue;
            allowDuplicate = true;
        }
        if (files.size() == 1) {
            const auto edited =
                ResourceForm::ask(this, resource, tr("Add \u201c%1\u201d").arg(file.fileName), tr("Add"));
            if (!edited)
                continue;
            resource = *edited;
        }
        pending->append({resource, file, allowDuplicate});
    }
    if (pending->isEmpty()) {
        Q_EMIT filesHandled();
        return;
    }
    // Storing megabytes and indexing their text waits on the disk (a 20 MB PDF: half a second on
    // the GUI thread): each file is written in its own transaction on a worker, then recorded as
    // one undo step each, here.
    m_addFile->setEnabled(false);
    m_scaffold->setSummary(tr("Adding %n file(s)…", nullptr, int(pending->size())));
    auto written = std::make_shared<QList<ChangeSet>>();
    Edits *edits = m_context.edits;
    BackgroundJob *job = BackgroundJob::start(
        [edits, pending, written](JobControl &control) -> Status {
            for (const Pending &p : std::as_const(*pending)) {
                if (control.cancelled())
                    return {};
                auto added = edits->writeResource(p.resource, {p.file}, p.allowDuplicate);
                if (!added)
                    return added.error();
                written->append(std::move(*added));
            }
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, written](bool ok, const QString &message, bool) {
        m_addFile->setEnabled(true);
        for (const ChangeSet &changes : std::as_const(*written)) {
            auto recorded = m_context.edits->recordResource(changes);
            if (recorded.ok() && !changes.changes.isEmpty())
                m_wanted = changes.changes.first().id;
        }
        if (!ok)
            QMessageBox::warning(this, tr("Cannot Add"), message);
        reload();
        Q_EMIT filesHandled();
    });
}

void LibraryPage::attachTo(Id resourceId)
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach a File"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (path.isEmpty() || !m_context.edits)
        return;
    LibraryFiles::read(
        {path}, m_context.edits->attachmentLimitBytes(),
        [this, resourceId](Result<QList<ResourceAttachment>> files) {
            if (!files.ok()) {
                QMessageBox::warning(this, tr("Cannot Attach"), files.errorMessage());
                return;
            }
            ResourceAttachment file = files->first();
            file.resourceId = resourceId;
            if (auto added = m_context.edits->addAttachment(file); !added.ok())
                QMessageBox::warning(this, tr("Cannot Attach"), added.errorMessage());
            Q_EMIT filesHandled();
        },
        this);
}

void LibraryPage::editResource(Id resourceId)
{
    const auto *item = m_model->find(resourceId);
    if (!item && m_detail->detail())
        item = &m_detail->detail()->item;
    if (!item || !m_context.edits)
        return;
    const auto edited = ResourceForm::ask(this, item->resource, tr("Edit Resource"), tr("Save"));
    if (!edited)
        return;
    if (auto saved = m_context.edits->updateResource(*edited); !saved.ok())
        QMessageBox::warning(this, tr("Cannot Save"), saved.errorMessage());
}

void LibraryPage::deleteResource(Id resourceId)
{
    if (m_context.edits)
        (void)m_context.edits->deleteResource(resourceId); // undoable; the shares keep a trace
}

void LibraryPage::shareResource(Id resourceId)
{
    if (!m_context.edits || !m_detail->detail())
        return;
    QList<Id> already;
    for (const ShareRow &row : std::as_const(m_detail->detail()->shares))
        already.append(row.share.relationshipId);
    ShareDialog dialog(m_context.dataSource(), resourceId, m_detail->detail()->item.resource.title, me(),
                       m_context.profile ? std::optional<Role>(m_context.profile->role) : std::nullopt,
                       already, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto shared = m_context.edits->shareResourceWith(dialog.request()); !shared.ok())
        QMessageBox::warning(this, tr("Cannot Share"), shared.errorMessage());
}

void LibraryPage::openAttachment(Id attachmentId, const QString &fileName)
{
    // A copy in a temporary folder, opened by the desktop's viewer for its type.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("trellis-library-%1").arg(attachmentId));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(fileName).fileName());
    LibraryFiles::write(
        m_context.dataSource(), attachmentId, path,
        [this, path](Status written) {
            if (!written.ok())
                QMessageBox::warning(this, tr("Cannot Open"), written.errorMessage());
            else
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        },
        this);
}

void LibraryPage::saveAttachment(Id attachmentId, const QString &fileName)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save File"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName));
    if (path.isEmpty())
        return;
    LibraryFiles::write(
        m_context.dataSource(), attachmentId, path,
        [this](Status written) {
            if (!written.ok())
                QMessageBox::warning(this, tr("Cannot Save"), written.errorMessage());
        },
        this);
}

void LibraryPage::rebuildSavedMenu()
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    for (const SavedSearch &search : std::as_const(m_side.savedSearches)) {
        QAction *action = menu->addAction(search.name, this, [this, search] { applySavedSearch(search); });
        action->setObjectName(QStringLiteral("savedSearch%1").arg(search.id));
    }
    if (!m_side.savedSearches.isEmpty())
        menu->addSeparator();
    QAction *save = menu->addAction(QIcon::fromTheme(QStringLiteral("bookmark-new")), tr("Save This Search…"),
                                    this, &LibraryPage::saveCurrentSearch);
    const LibraryFilter current = filter();
    save->setEnabled(!current.text.trimmed().isEmpty() || current.kind || !current.tag.isEmpty());
    if (!m_side.savedSearches.isEmpty()) {
        QMenu *remove =
            menu->addMenu(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Saved Search"));
        for (const SavedSearch &search : std::as_const(m_side.savedSearches))
            remove->addAction(search.name, this,
                              [this, id = search.id] { (void)m_context.edits->deleteSavedSearch(id); });
    }
}

void LibraryPage::saveCurrentSearch()
{
    if (!m_context.edits)
        return;
    const LibraryFilter current = filter();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Search"), tr("Name:"), QLineEdit::Normal,
        current.text.trimmed().isEmpty() ? m_kind->currentText() : current.text.trimmed(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    SavedSearch search;
    search.name = name.trimmed();
    search.text = current.text.trimmed();
    search.kind = current.kind;
    search.tag = current.tag;
    (void)m_context.edits->saveSearch(search);
}

void LibraryPage::applySavedSearch(const SavedSearch &search)
{
    const QSignalBlocker kind(m_kind);
    const QSignalBlocker tag(m_tag);
    const QSignalBlocker text(m_search);
    m_search->setText(search.text);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(search.kind ? int(*search.kind) : -1)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(search.tag)));
    reload();
}

void LibraryPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void LibraryPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    QString link;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
        else if (link.isEmpty())
            link = url.toString();
    }
    if (files.isEmpty() && link.isEmpty() && event->mimeData()->hasText()) {
        const QUrl url = QUrl::fromUserInput(event->mimeData()->text().trimmed());
        if (url.isValid() && !url.isLocalFile())
            link = url.toString();
    }
    event->acceptProposedAction();
    // Queued: a dialog must not run inside the drop.
    QTimer::singleShot(0, this, [this, files, link] {
        if (!files.isEmpty())
            addFiles(files);
        else if (!link.isEmpty())
            addLink(link);
    });
}

} // namespace trellis
