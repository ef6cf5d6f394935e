#include "dialogs/unloggedmeetingswalk.h"

#include "dialogs/logmeetingdialog.h"

#include <QTimer>
#include <QWidget>

namespace trellis {

UnloggedMeetingsWalk::UnloggedMeetingsWalk(const WorkspaceContext &context, Id relationshipId,
                                           QWidget *parent)
    : QObject(parent)
    , m_context(context)
    , m_relationshipId(relationshipId)
    , m_parent(parent)
{}

UnloggedMeetingsWalk *UnloggedMeetingsWalk::start(const WorkspaceContext &context, Id relationshipId,
                                                  QWidget *parent)
{
    auto *walk = new UnloggedMeetingsWalk(context, relationshipId, parent);
    if (!walk->next()) {
        delete walk;
        return nullptr;
    }
    return walk;
}

bool UnloggedMeetingsWalk::next()
{
    if (!m_parent)
        return false;
    auto *dialog = new LogMeetingDialog(m_context, m_relationshipId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Skipped meetings stay unlogged, at the front of the list (newest first): the next is after them.
    if (!dialog->loadError().isEmpty() || !dialog->selectUnlogged(m_skipped)) {
        delete dialog;
        return false;
    }
    const int total = m_logged + dialog->unloggedCount();
    dialog->offerSkip(m_logged + m_skipped + 1, total);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this](int result) {
        m_dialog = nullptr;
        if (result == QDialog::Accepted)
            ++m_logged;
        else if (result == LogMeetingDialog::Skipped)
            ++m_skipped;
        else {
            end();
            return;
        }
        // After the closing dialog is gone, so the next one opens over the page, not over it.
        QTimer::singleShot(0, this, [this] {
            if (!next())
                end();
        });
    });
    dialog->open();
    return true;
}

void UnloggedMeetingsWalk::end()
{
    Q_EMIT finished();
    deleteLater();
}

} // namespace trellis
