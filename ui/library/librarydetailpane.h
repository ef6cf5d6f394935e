#pragma once

#include "models/datasource.h"
#include "models/librarydetailfetch.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace trellis {

class LoadRequest;
class ModelLoader;
class TagChips;

// The library's detail pane: one resource with its link (opened in the desktop's browser), its
// description, tags, job lead details, files (open or save) and whom it was shared with and how
// far each got (shared → opened → discussed). It reads through a loader of its own and follows
// changes; the page connects the buttons' signals to its flows.
class LibraryDetailPane final : public QWidget {
    Q_OBJECT
public:
    explicit LibraryDetailPane(const DataSource &source, QWidget *parent = nullptr);

    void showResource(Id resourceId); // 0: nothing chosen
    Id resourceId() const { return m_resourceId; }
    const std::optional<LibraryDetail> &detail() const { return m_detail; }
    void setTagColours(const QHash<QString, QString> &colours);

Q_SIGNALS:
    void shareRequested(qint64 resourceId);
    void editRequested(qint64 resourceId);
    void deleteRequested(qint64 resourceId);
    void attachRequested(qint64 resourceId);
    void openAttachmentRequested(qint64 attachmentId, const QString &fileName);
    void saveAttachmentRequested(qint64 attachmentId, const QString &fileName);
    void loaded();

private:
    void show(std::optional<LibraryDetail> detail, const LoadRequest &request);
    void rebuild();
    void clearList(QVBoxLayout *layout);

    Id m_resourceId = 0;
    std::optional<LibraryDetail> m_detail;
    QHash<QString, QString> m_colours;
    ModelLoader *m_loader = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_description = nullptr;
    TagChips *m_tags = nullptr;
    QLabel *m_job = nullptr;
    QLabel *m_filesTitle = nullptr;
    QVBoxLayout *m_files = nullptr;
    QLabel *m_sharedTitle = nullptr;
    QVBoxLayout *m_shares = nullptr;
    QPushButton *m_share = nullptr;
    QToolButton *m_more = nullptr;
};

} // namespace trellis
