#include "library/resourceform.h"

#include "models/librarytexts.h"
#include "util/clock.h"
#include "widgets/formdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QFormLayout>

namespace trellis {

QStringList ResourceForm::splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            tags.append(part.trimmed());
    }
    return tags;
}

std::optional<Resource> ResourceForm::ask(QWidget *parent, const Resource &initial, const QString &title,
                                          const QString &okText)
{
    FormDialog dialog(title, parent);
    dialog.setObjectName(QStringLiteral("resourceForm"));
    FormDialog::Choices kinds;
    for (const ResourceKind kind : LibraryTexts::kinds())
        kinds.append({LibraryTexts::kind(kind), int(kind)});
    dialog.addChoice(QStringLiteral("kind"), QCoreApplication::translate("ResourceForm", "Kind:"), kinds,
                     int(initial.kind));
    dialog.addLine(QStringLiteral("title"), QCoreApplication::translate("ResourceForm", "Title:"),
                   initial.title, true);
    dialog.addLine(QStringLiteral("url"), QCoreApplication::translate("ResourceForm", "Link:"), initial.url,
                   false, QStringLiteral("https://…"));
    dialog.addText(QStringLiteral("description"), QCoreApplication::translate("ResourceForm", "Description:"),
                   initial.description);
    dialog.addLine(QStringLiteral("tags"), QCoreApplication::translate("ResourceForm", "Tags:"),
                   initial.tags.join(QStringLiteral(", ")), false,
                   QCoreApplication::translate("ResourceForm", "Separated by commas: career, writing"));
    FormDialog::Choices audiences;
    for (const ResourceAudience audience :
         {ResourceAudience::Everyone, ResourceAudience::Mentors, ResourceAudience::Mentees})
        audiences.append({LibraryTexts::audience(audience), int(audience)});
    dialog.addChoice(QStringLiteral("audience"), QCoreApplication::translate("ResourceForm", "For:"),
                     audiences, int(initial.audience));
    dialog.addLine(QStringLiteral("organisation"),
                   QCoreApplication::translate("ResourceForm", "Organisation:"), initial.organisation);
    dialog.addLine(QStringLiteral("location"), QCoreApplication::translate("ResourceForm", "Location:"),
                   initial.location);
    dialog.addOptionalDate(QStringLiteral("deadline"),
                           QCoreApplication::translate("ResourceForm", "Apply by:"), initial.deadline,
                           Clock::today().addDays(14));
    dialog.setOkText(okText);

    // The job lead's rows only for job leads.
    auto *form = dialog.findChild<QFormLayout *>();
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    const auto showJobFields = [&dialog, form, kind] {
        const bool job = kind && ResourceKind(kind->currentData().toInt()) == ResourceKind::JobLead;
        if (!form)
            return;
        for (const char *key : {"organisation", "location", "deadline"}) {
            auto *field = dialog.findChild<QWidget *>(QLatin1String(key));
            for (int row = 0; field && row < form->rowCount(); ++row) {
                QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
                if (item &&
                    (item->widget() == field || (item->layout() && item->layout()->indexOf(field) >= 0)))
                    form->setRowVisible(row, job);
            }
        }
        dialog.adjustSize();
    };
    if (kind)
        QObject::connect(kind, &QComboBox::currentIndexChanged, &dialog, showJobFields);
    showJobFields();
    dialog.resize(std::max(dialog.width(), 520), dialog.height());

    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Resource resource = initial;
    resource.kind = ResourceKind(dialog.choice(QStringLiteral("kind")).toInt());
    resource.title = dialog.text(QStringLiteral("title"));
    resource.url = dialog.text(QStringLiteral("url"));
    resource.description = dialog.text(QStringLiteral("description"));
    resource.tags = splitTags(dialog.text(QStringLiteral("tags")));
    resource.audience = ResourceAudience(dialog.choice(QStringLiteral("audience")).toInt());
    const bool job = resource.kind == ResourceKind::JobLead;
    resource.organisation = job ? dialog.text(QStringLiteral("organisation")) : QString();
    resource.location = job ? dialog.text(QStringLiteral("location")) : QString();
    resource.deadline = job ? dialog.optionalDate(QStringLiteral("deadline")) : std::nullopt;
    return resource;
}

} // namespace trellis
