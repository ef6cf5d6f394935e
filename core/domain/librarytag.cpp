#include "domain/librarytag.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

const QStringList &LibraryTag::colourKeys()
{
    static const QStringList keys = {
        QStringLiteral("blue"),   QStringLiteral("teal"), QStringLiteral("green"),  QStringLiteral("amber"),
        QStringLiteral("orange"), QStringLiteral("red"),  QStringLiteral("purple"), QStringLiteral("grey")};
    return keys;
}

QString LibraryTag::shownColour() const
{
    if (colourKeys().contains(colour))
        return colour;
    // A small stable hash (qHash is seeded per process): the same tag keeps its colour.
    uint sum = 0;
    for (const QChar c : name.toCaseFolded())
        sum = sum * 31 + c.unicode();
    return colourKeys().at(int(sum % uint(colourKeys().size() - 1))); // grey only when chosen
}

Status LibraryTag::validate() const
{
    const QString entity = tr("Tag");
    if (auto s = requireText(name, entity, tr("the name")); !s)
        return s;
    if (name.contains(QLatin1Char(',')))
        return Error{tr("A tag cannot contain a comma.")};
    if (!colour.isEmpty() && !colourKeys().contains(colour))
        return Error{tr("Unknown tag colour \u201c%1\u201d.").arg(colour)};
    return {};
}

} // namespace trellis
