#include "extract/librarytextextractor.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <poppler-qt6.h>

namespace trellis {

namespace {

enum class Type { Plain, Markdown, Html, Pdf, Unknown };

Type typeOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QStringList plain = {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("csv"),
                                      QStringLiteral("tsv"), QStringLiteral("log"),  QStringLiteral("ics")};
    if (plain.contains(suffix))
        return Type::Plain;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Type::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Type::Html;
    if (suffix == QLatin1String("pdf"))
        return Type::Pdf;
    return Type::Unknown;
}

} // namespace

bool LibraryTextExtractor::canRead(const QString &fileName)
{
    return typeOf(fileName) != Type::Unknown;
}

QString LibraryTextExtractor::mediaTypeOf(const QString &fileName)
{
    switch (typeOf(fileName)) {
    case Type::Plain:
        return QStringLiteral("text/plain");
    case Type::Markdown:
        return QStringLiteral("text/markdown");
    case Type::Html:
        return QStringLiteral("text/html");
    case Type::Pdf:
        return QStringLiteral("application/pdf");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("application/octet-stream");
}

std::optional<QString> LibraryTextExtractor::utf8(const QByteArray &content)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(content);
    // A NUL is no text file's: a binary file renamed .txt.
    if (decoder.hasError() || text.contains(QChar(0)))
        return std::nullopt;
    return text;
}

QString LibraryTextExtractor::fromHtml(const QString &html)
{
    // Markup and scripts go, entities become characters: what the reader sees, for the index.
    static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    // Inline elements join their neighbours ("<b>axolotl</b>!"); every other tag separates words.
    static const QRegularExpression inlineTags(
        QStringLiteral("</?(a|b|i|em|strong|span|code|small|sub|sup|u|mark|abbr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString text = html;
    text.remove(hidden);
    text.remove(inlineTags);
    text.replace(tags, QStringLiteral(" "));
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        if (ok && QChar::isPrint(char32_t(code)))
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    static const QList<std::pair<QString, QString>> named = {
        {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},
        {QStringLiteral("&eacute;"), QStringLiteral("\u00e9")},
        {QStringLiteral("&egrave;"), QStringLiteral("\u00e8")},
        {QStringLiteral("&aacute;"), QStringLiteral("\u00e1")},
        {QStringLiteral("&agrave;"), QStringLiteral("\u00e0")},
        {QStringLiteral("&ccedil;"), QStringLiteral("\u00e7")},
        {QStringLiteral("&atilde;"), QStringLiteral("\u00e3")},
        {QStringLiteral("&otilde;"), QStringLiteral("\u00f5")},
        {QStringLiteral("&ntilde;"), QStringLiteral("\u00f1")},
        {QStringLiteral("&uuml;"), QStringLiteral("\u00fc")},
        {QStringLiteral("&ouml;"), QStringLiteral("\u00f6")},
        {QStringLiteral("&auml;"), QStringLiteral("\u00e4")},
        {QStringLiteral("&szlig;"), QStringLiteral("\u00df")},
        {QStringLiteral("&rsquo;"), QStringLiteral("\u2019")},
        {QStringLiteral("&lsquo;"), QStringLiteral("\u2018")},
        {QStringLiteral("&ldquo;"), QStringLiteral("\u201c")},
        {QStringLiteral("&rdquo;"), QStringLiteral("\u201d")},
        {QStringLiteral("&ndash;"), QStringLiteral("\u2013")},
        {QStringLiteral("&mdash;"), QStringLiteral("\u2014")},
        {QStringLiteral("&hellip;"), QStringLiteral("\u2026")},
        {QStringLiteral("&amp;"), QStringLiteral("&")}};
    for (const auto &[entity, character] : named)
        decoded.replace(entity, character);
    return decoded.simplified();
}

QString LibraryTextExtractor::fromMarkdown(const QString &markdown)
{
    // Headings, emphasis, code fences and link targets are markup; the words stay.
    static const QRegularExpression links(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression marks(QStringLiteral("(^|\\s)#{1,6}\\s|[*_`>~]+|^\\s*[-+]\\s"),
                                          QRegularExpression::MultilineOption);
    QString text = markdown;
    text.replace(links, QStringLiteral("\\1"));
    text.replace(marks, QStringLiteral(" "));
    return text.simplified();
}

std::optional<QString> LibraryTextExtractor::fromPdf(const QByteArray &content)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
    if (!document || document->isLocked())
        return std::nullopt;
    QStringList pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            pages.append(page->text(QRectF()));
    }
    // NFKC: typeset ligatures ("ﬀ", "ﬁ") become the letters a search types.
    QString text = pages.join(QLatin1Char('\n')).normalized(QString::NormalizationForm_KC).simplified();
    // A scanned PDF has pages but no text: nothing to index, so say it could not be read.
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

std::optional<QString> LibraryTextExtractor::extract(const QByteArray &content, const QString &fileName)
{
    switch (typeOf(fileName)) {
    case Type::Plain:
        return utf8(content);
    case Type::Markdown:
        if (auto text = utf8(content))
            return fromMarkdown(*text);
        return std::nullopt;
    case Type::Html:
        if (auto text = utf8(content))
            return fromHtml(*text);
        return std::nullopt;
    case Type::Pdf:
        return fromPdf(content);
    case Type::Unknown:
        break;
    }
    return std::nullopt;
}

} // namespace trellis
