#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace trellis {

// The searchable text of a library file: plain text, Markdown and HTML (markup removed), PDF
// (through Poppler). Empty optional: the file could not be read (an unknown type, broken or
// encrypted PDF, text that is not UTF-8), which the index coverage then names. Slow for a large
// PDF: call it on a worker thread; it keeps no state, so any thread may use it.
class LibraryTextExtractor {
public:
    [[nodiscard]] static std::optional<QString> extract(const QByteArray &content, const QString &fileName);
    // Whether a file of this name is a type extract() reads.
    [[nodiscard]] static bool canRead(const QString &fileName);
    // The media type recorded with an attachment ("application/pdf"), from the name.
    [[nodiscard]] static QString mediaTypeOf(const QString &fileName);

private:
    static std::optional<QString> utf8(const QByteArray &content);
    static QString fromHtml(const QString &html);
    static QString fromMarkdown(const QString &markdown);
    static std::optional<QString> fromPdf(const QByteArray &content);
};

} // namespace trellis
