#include "models/librarytexts.h"

#include "models/textcontrast.h"

#include <QCoreApplication>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LibraryTexts", text);
}

} // namespace

QList<ResourceKind> LibraryTexts::kinds()
{
    return {ResourceKind::Article, ResourceKind::Link,  ResourceKind::File,
            ResourceKind::Video,   ResourceKind::Book,  ResourceKind::Template,
            ResourceKind::Course,  ResourceKind::Event, ResourceKind::JobLead};
}

QString LibraryTexts::kind(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Article:
        return tr("Article");
    case ResourceKind::Link:
        return tr("Link");
    case ResourceKind::File:
        return tr("Document");
    case ResourceKind::Template:
        return tr("Template");
    case ResourceKind::Book:
        return tr("Book");
    case ResourceKind::Video:
        return tr("Video");
    case ResourceKind::JobLead:
        return tr("Job lead");
    case ResourceKind::Course:
        return tr("Course");
    case ResourceKind::Event:
        return tr("Event");
    }
    return {};
}

QString LibraryTexts::kindPlural(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Article:
        return tr("Articles");
    case ResourceKind::Link:
        return tr("Links");
    case ResourceKind::File:
        return tr("Documents");
    case ResourceKind::Template:
        return tr("Templates and checklists");
    case ResourceKind::Book:
        return tr("Books");
    case ResourceKind::Video:
        return tr("Videos");
    case ResourceKind::JobLead:
        return tr("Job leads");
    case ResourceKind::Course:
        return tr("Courses");
    case ResourceKind::Event:
        return tr("Events");
    }
    return {};
}

QIcon LibraryTexts::kindIcon(ResourceKind kind)
{
    const auto icon = [](const char *name) { return QIcon::fromTheme(QLatin1String(name)); };
    switch (kind) {
    case ResourceKind::Article:
        return icon("text-html");
    case ResourceKind::Link:
        return icon("insert-link");
    case ResourceKind::File:
        return icon("x-office-document");
    case ResourceKind::Template:
        return icon("view-task");
    case ResourceKind::Book:
        return icon("bookmarks");
    case ResourceKind::Video:
        return icon("video-x-generic");
    case ResourceKind::JobLead:
        return icon("x-office-contact");
    case ResourceKind::Course:
        return icon("applications-education");
    case ResourceKind::Event:
        return icon("view-calendar-day");
    }
    return {};
}

QString LibraryTexts::audience(ResourceAudience audience)
{
    switch (audience) {
    case ResourceAudience::Everyone:
        return tr("Everyone");
    case ResourceAudience::Mentors:
        return tr("Mentors");
    case ResourceAudience::Mentees:
        return tr("Mentees");
    }
    return {};
}

QString LibraryTexts::status(ShareStatus status)
{
    switch (status) {
    case ShareStatus::Shared:
        return tr("Shared");
    case ShareStatus::Opened:
        return tr("Opened");
    case ShareStatus::Discussed:
        return tr("Discussed");
    }
    return {};
}

QColor LibraryTexts::tagFill(const QString &colourKey, const QPalette &palette)
{
    static const QList<std::pair<QString, int>> hues = {
        {QStringLiteral("blue"), 215},  {QStringLiteral("teal"), 175},  {QStringLiteral("green"), 125},
        {QStringLiteral("amber"), 45},  {QStringLiteral("orange"), 25}, {QStringLiteral("red"), 0},
        {QStringLiteral("purple"), 275}};
    const QColor text = palette.color(QPalette::Text);
    const bool dark = TextContrast::luminance(palette.color(QPalette::Base)) < 0.3;
    int hue = -1;
    for (const auto &[key, value] : hues) {
        if (key == colourKey)
            hue = value;
    }
    // A pale tint behind dark text, a deep one behind light text; stepped until it reads.
    QColor fill = hue < 0 ? QColor::fromHsl(0, 0, dark ? 70 : 225)
                          : QColor::fromHsl(hue, dark ? 90 : 150, dark ? 60 : 218);
    for (int i = 0; i < 10 && TextContrast::contrast(text, fill) < TextContrast::BodyText; ++i)
        fill = dark ? fill.darker(115) : fill.lighter(104);
    return fill;
}

QString LibraryTexts::colourName(const QString &colourKey)
{
    if (colourKey == QLatin1String("blue"))
        return tr("Blue");
    if (colourKey == QLatin1String("teal"))
        return tr("Teal");
    if (colourKey == QLatin1String("green"))
        return tr("Green");
    if (colourKey == QLatin1String("amber"))
        return tr("Amber");
    if (colourKey == QLatin1String("orange"))
        return tr("Orange");
    if (colourKey == QLatin1String("red"))
        return tr("Red");
    if (colourKey == QLatin1String("purple"))
        return tr("Purple");
    return tr("Grey");
}

} // namespace trellis
