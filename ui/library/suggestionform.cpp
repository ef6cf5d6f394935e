#include "library/suggestionform.h"

#include "models/librarytexts.h"
#include "widgets/formdialog.h"

#include <QCoreApplication>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SuggestionForm", text);
}

} // namespace

std::optional<ResourceSuggestion> SuggestionForm::ask(QWidget *parent,
                                                      const QList<QPair<QString, Id>> &relationships)
{
    if (relationships.isEmpty())
        return std::nullopt;
    FormDialog dialog(tr("Suggest a Resource"), parent);
    dialog.setObjectName(QStringLiteral("suggestionForm"));
    dialog.addIntro(tr("Your mentor sees it on your relationship's Resources tab and can add it to the "
                       "library for others too."));
    if (relationships.size() > 1) {
        FormDialog::Choices mentors;
        for (const auto &[label, id] : relationships)
            mentors.append({label, id});
        dialog.addChoice(QStringLiteral("relationship"), tr("To:"), mentors, relationships.first().second);
    }
    FormDialog::Choices kinds;
    for (const ResourceKind kind : LibraryTexts::kinds())
        kinds.append({LibraryTexts::kind(kind), int(kind)});
    dialog.addChoice(QStringLiteral("kind"), tr("Kind:"), kinds, int(ResourceKind::Article));
    dialog.addLine(QStringLiteral("title"), tr("Title:"), {}, true);
    dialog.addLine(QStringLiteral("url"), tr("Link:"), {}, false, QStringLiteral("https://…"));
    dialog.addText(QStringLiteral("note"), tr("Why it helps:"));
    dialog.setOkText(tr("Suggest"));
    dialog.resize(std::max(dialog.width(), 520), dialog.height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ResourceSuggestion suggestion;
    suggestion.relationshipId = relationships.size() > 1
                                    ? dialog.choice(QStringLiteral("relationship")).toLongLong()
                                    : relationships.first().second;
    suggestion.kind = ResourceKind(dialog.choice(QStringLiteral("kind")).toInt());
    suggestion.title = dialog.text(QStringLiteral("title"));
    suggestion.url = dialog.text(QStringLiteral("url"));
    suggestion.note = dialog.text(QStringLiteral("note"));
    return suggestion;
}

} // namespace trellis
