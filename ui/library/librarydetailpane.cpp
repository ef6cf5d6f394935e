#include "library/librarydetailpane.h"

#include "library/tagchips.h"
#include "models/displaytexts.h"
#include "models/librarylistmodel.h"
#include "models/librarytexts.h"
#include "models/modelloader.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace trellis {

namespace {

QString statusLine(const ShareRow &row)
{
    const ResourceShare &share = row.share;
    switch (share.status()) {
    case ShareStatus::Discussed:
        return LibraryDetailPane::tr("Discussed %1").arg(DisplayTexts::date(share.discussedOn));
    case ShareStatus::Opened:
        return LibraryDetailPane::tr("Opened %1").arg(DisplayTexts::date(share.readOn));
    case ShareStatus::Shared:
        break;
    }
    return LibraryDetailPane::tr("Shared %1").arg(DisplayTexts::date(share.sharedOn));
}

} // namespace

LibraryDetailPane::LibraryDetailPane(const DataSource &source, QWidget *parent)
    : QWidget(parent)
    , m_loader(new ModelLoader(source, {Entity::Resource, Entity::ResourceAttachment, Entity::ResourceShare},
                               this))
{
    setObjectName(QStringLiteral("libraryDetail"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the texts wrap instead
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->setSpacing(8);

    m_placeholder = PageStyle::secondary(
        tr("Choose a resource to see its details, files and whom it was shared with."), content);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_placeholder, 1);

    m_body = new QWidget(content);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(8);
    layout->addWidget(m_body);
    layout->addStretch(1);

    m_kind = PageStyle::secondary(QString(), m_body);
    body->addWidget(m_kind);
    m_title = PageStyle::sectionTitle(QString(), m_body);
    m_title->setObjectName(QStringLiteral("libraryDetailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    body->addWidget(m_title);
    m_meta = PageStyle::secondary(QString(), m_body);
    m_meta->setWordWrap(true);
    body->addWidget(m_meta);

    auto *actions = new QHBoxLayout;
    m_share =
        new QPushButton(QIcon::fromTheme(QStringLiteral("emblem-shared-symbolic")), tr("Share…"), m_body);
    m_share->setObjectName(QStringLiteral("libraryShare"));
    m_open =
        new QPushButton(QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("Open Link"), m_body);
    m_open->setObjectName(QStringLiteral("libraryOpenLink"));
    m_more = new QToolButton(m_body);
    m_more->setText(tr("More"));
    m_more->setIcon(QIcon::fromTheme(QStringLiteral("application-menu")));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *menu = new QMenu(m_more);
    menu->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"), this,
                    [this] { Q_EMIT editRequested(m_resourceId); });
    menu->addAction(QIcon::fromTheme(QStringLiteral("mail-attachment")), tr("Attach File…"), this,
                    [this] { Q_EMIT attachRequested(m_resourceId); });
    menu->addSeparator();
    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"), this,
                    [this] { Q_EMIT deleteRequested(m_resourceId); });
    m_more->setMenu(menu);
    actions->addWidget(m_share);
    actions->addWidget(m_open);
    actions->addStretch(1);
    actions->addWidget(m_more);
    body->addLayout(actions);
    connect(m_share, &QPushButton::clicked, this, [this] { Q_EMIT shareRequested(m_resourceId); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_detail)
            QDesktopServices::openUrl(QUrl::fromUserInput(m_detail->item.resource.url));
    });

    m_url = PageStyle::secondary(QString(), m_body);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);
    body->addWidget(m_url);
    m_job = new QLabel(m_body);
    m_job->setWordWrap(true);
    body->addWidget(m_job);
    m_description = new QLabel(m_body);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(m_description);
    m_tags = new TagChips(m_body);
    body->addWidget(m_tags);

    m_filesTitle = PageStyle::sectionTitle(tr("Files"), m_body);
    body->addSpacing(8);
    body->addWidget(m_filesTitle);
    m_files = new QVBoxLayout;
    m_files->setSpacing(4);
    body->addLayout(m_files);
    m_sharedTitle = PageStyle::sectionTitle(tr("Shared with"), m_body);
    body->addSpacing(8);
    body->addWidget(m_sharedTitle);
    m_shares = new QVBoxLayout;
    m_shares->setSpacing(4);
    body->addLayout(m_shares);

    m_body->hide();
    connect(m_loader, &ModelLoader::loaded, this, &LibraryDetailPane::loaded);
}

void LibraryDetailPane::setTagColours(const QHash<QString, QString> &colours)
{
    m_colours = colours;
    if (m_detail)
        m_tags->setTags(m_detail->item.resource.tags, m_colours);
}

void LibraryDetailPane::showResource(Id resourceId)
{
    if (resourceId == m_resourceId && m_detail)
        return;
    m_resourceId = resourceId;
    if (resourceId == 0) {
        m_detail.reset();
        rebuild();
        return;
    }
    m_loader->setLoad(LibraryDetailFetch(resourceId), this, &LibraryDetailPane::show);
    m_loader->reload();
}

void LibraryDetailPane::show(std::optional<LibraryDetail> detail, const LoadRequest &)
{
    m_detail = std::move(detail);
    rebuild();
}

void LibraryDetailPane::clearList(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        else if (QLayout *child = item->layout()) {
            while (QLayoutItem *inner = child->takeAt(0)) {
                if (inner->widget())
                    inner->widget()->deleteLater();
                delete inner;
            }
        }
        delete item;
    }
}

void LibraryDetailPane::rebuild()
{
    clearList(m_files);
    clearList(m_shares);
    m_placeholder->setVisible(!m_detail);
    m_body->setVisible(m_detail.has_value());
    if (!m_detail)
        return;
    const LibraryItem &item = m_detail->item;
    const Resource &r = item.resource;
    m_kind->setText(LibraryTexts::kind(r.kind).toUpper());
    m_title->setText(r.title);
    QStringList meta;
    if (!item.addedByName.isEmpty())
        meta.append(tr("Added by %1 on %2")
                        .arg(item.addedByName, DisplayTexts::date(item.addedOn.toLocalTime().date())));
    else
        meta.append(tr("Added on %1").arg(DisplayTexts::date(item.addedOn.toLocalTime().date())));
    meta.append(tr("for %1").arg(LibraryTexts::audience(r.audience).toLower()));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_open->setVisible(!r.url.isEmpty());
    m_url->setVisible(!r.url.isEmpty());
    m_url->setText(r.url);
    QStringList job;
    if (r.kind == ResourceKind::JobLead) {
        if (!r.organisation.isEmpty())
            job.append(r.organisation);
        if (!r.location.isEmpty())
            job.append(r.location);
        if (r.deadline) {
            const qint64 days = Clock::today().daysTo(*r.deadline);
            const QString when = DisplayTexts::date(r.deadline);
            job.append(days < 0    ? tr("applications closed %1").arg(when)
                       : days == 0 ? tr("applications close today")
                                   : tr("apply by %1 (%n day(s) left)", nullptr, int(days)).arg(when));
        }
    }
    m_job->setVisible(!job.isEmpty());
    m_job->setText(job.join(QStringLiteral(" · ")));
    m_description->setVisible(!r.description.isEmpty());
    m_description->setText(r.description);
    m_tags->setVisible(!r.tags.isEmpty());
    m_tags->setTags(r.tags, m_colours);

    m_filesTitle->setVisible(!m_detail->attachments.isEmpty());
    const QLocale locale;
    for (const ResourceAttachment &file : std::as_const(m_detail->attachments)) {
        // Two lines, so a narrow pane keeps the buttons: the name, then size, state and buttons.
        auto *nameRow = new QHBoxLayout;
        auto *icon = new QLabel(m_body);
        icon->setPixmap(QIcon::fromTheme(file.mediaType == QLatin1String("application/pdf")
                                             ? QStringLiteral("application-pdf")
                                             : QStringLiteral("text-x-generic"))
                            .pixmap(22, 22));
        nameRow->addWidget(icon);
        auto *name = new QLabel(file.fileName, m_body);
        name->setToolTip(file.fileName);
        name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the pane
        name->setMinimumWidth(60);
        nameRow->addWidget(name, 1);
        m_files->addLayout(nameRow);
        auto *row = new QHBoxLayout;
        auto *size = PageStyle::secondary(
            locale.formattedDataSize(file.byteSize()) + QStringLiteral(" · ") +
                (file.textStatus == AttachmentText::Indexed ? tr("searchable") : tr("could not be read")),
            m_body);
        row->addWidget(size, 1);
        auto *open = new QToolButton(m_body);
        open->setText(tr("Open"));
        open->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
        open->setToolTip(tr("Open %1").arg(file.fileName));
        open->setAccessibleName(open->toolTip());
        auto *save = new QToolButton(m_body);
        save->setText(tr("Save As…"));
        save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
        save->setToolTip(tr("Save %1 as…").arg(file.fileName));
        save->setAccessibleName(save->toolTip());
        row->addWidget(open);
        row->addWidget(save);
        const Id id = file.id;
        const QString fileName = file.fileName;
        connect(open, &QToolButton::clicked, this,
                [this, id, fileName] { Q_EMIT openAttachmentRequested(id, fileName); });
        connect(save, &QToolButton::clicked, this,
                [this, id, fileName] { Q_EMIT saveAttachmentRequested(id, fileName); });
        m_files->addLayout(row);
    }

    if (m_detail->shares.isEmpty()) {
        auto *none = PageStyle::secondary(tr("Not shared yet."), m_body);
        m_shares->addWidget(none);
    }
    for (const ShareRow &share : std::as_const(m_detail->shares)) {
        auto *row = new QHBoxLayout;
        auto *who = new QLabel(share.menteeName, m_body);
        who->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        who->setMinimumWidth(60);
        who->setToolTip(share.pairLabel);
        row->addWidget(who, 1);
        auto *status = new QLabel(statusLine(share), m_body);
        if (share.share.status() != ShareStatus::Discussed)
            PageStyle::makeSecondary(status);
        row->addWidget(status);
        m_shares->addLayout(row);
    }
}

} // namespace trellis
