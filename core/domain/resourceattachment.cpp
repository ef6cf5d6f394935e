#include "domain/resourceattachment.h"

#include "domain/validation.h"

#include <QCryptographicHash>

namespace trellis {

using namespace validation;

QString ResourceAttachment::hashOf(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Status ResourceAttachment::validate() const
{
    const QString entity = tr("Attachment");
    if (auto s = requireId(resourceId, entity, tr("the resource")); !s)
        return s;
    if (auto s = requireText(fileName, entity, tr("the file name")); !s)
        return s;
    if (sha256 != hashOf(content))
        return Error{tr("The attachment \u201c%1\u201d does not match its hash.").arg(fileName)};
    return {};
}

} // namespace trellis
