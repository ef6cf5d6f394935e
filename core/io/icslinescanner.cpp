#include "io/icslinescanner.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::IcsLineScanner", text);
}

// Properties whose empty or missing value the reader reports itself (as an error).
bool isTimeProperty(const QString &name)
{
    static const QStringList names = {QStringLiteral("DTSTART"),  QStringLiteral("DTEND"),
                                      QStringLiteral("DURATION"), QStringLiteral("DUE"),
                                      QStringLiteral("RRULE"),    QStringLiteral("RDATE"),
                                      QStringLiteral("EXDATE"),   QStringLiteral("RECURRENCE-ID")};
    return names.contains(name);
}

bool isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

struct PhysicalLine {
    int number;
    QString text;
};

} // namespace

QString IcsContentLine::parameter(const QString &upperName) const
{
    for (const IcsLineParameter &p : parameters) {
        if (p.name == upperName)
            return p.value;
    }
    return {};
}

bool IcsContentLine::hasParameter(const QString &upperName) const
{
    for (const IcsLineParameter &p : parameters) {
        if (p.name == upperName)
            return true;
    }
    return false;
}

IcsContentLine IcsLineScanner::tokenise(QString text, int line)
{
    IcsContentLine result;
    result.line = line;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && text.at(i) != QLatin1Char(';') && text.at(i) != QLatin1Char(':'))
        ++i;
    result.name = text.left(i).trimmed().toUpper();
    while (i < n && text.at(i) == QLatin1Char(';')) {
        ++i;
        const qsizetype nameStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && text.at(i) != QLatin1Char(':') &&
               text.at(i) != QLatin1Char(';'))
            ++i;
        IcsLineParameter parameter;
        parameter.name = text.mid(nameStart, i - nameStart).trimmed().toUpper();
        if (i < n && text.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n) {
                if (text.at(i) == QLatin1Char('"')) {
                    const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
                    if (close < 0) { // unterminated quote: it swallows the rest of the line
                        parameter.value += text.mid(i + 1);
                        i = n;
                        break;
                    }
                    parameter.value += text.mid(i + 1, close - i - 1);
                    i = close + 1;
                } else {
                    const qsizetype start = i;
                    while (i < n && text.at(i) != QLatin1Char(';') && text.at(i) != QLatin1Char(':') &&
                           text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('"'))
                        ++i;
                    parameter.value += text.mid(start, i - start);
                }
                if (i < n && text.at(i) == QLatin1Char(',')) {
                    parameter.value += QLatin1Char(',');
                    ++i;
                    continue;
                }
                if (i < n && text.at(i) == QLatin1Char('"'))
                    continue; // a quote in the middle of a value: keep reading
                break;
            }
        }
        result.parameters.append(parameter);
    }
    if (i < n && text.at(i) == QLatin1Char(':')) {
        result.valueStart = static_cast<int>(i + 1);
    }
    result.text = std::move(text);
    return result;
}

IcsScan IcsLineScanner::scan(const QByteArray &rawData, const std::atomic_bool *cancel)
{
    IcsScan scan;
    QByteArray data = rawData;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    // Physical lines: LF or CRLF; control characters other than TAB removed.
    std::vector<PhysicalLine> physical;
    bool lfOnlySeen = false;
    int lfOnlyLine = 0;
    {
        qsizetype start = 0;
        int number = 0;
        while (start < data.size()) {
            qsizetype end = data.indexOf('\n', start);
            const bool last = end < 0;
            if (last)
                end = data.size();
            ++number;
            QByteArray bytes = data.mid(start, end - start);
            if (bytes.endsWith('\r')) {
                bytes.chop(1);
            } else if (!last && !lfOnlySeen) {
                lfOnlySeen = true;
                lfOnlyLine = number;
            }
            QStringDecoder decoder(QStringDecoder::Utf8);
            QString text = decoder.decode(bytes);
            if (decoder.hasError())
                scan.warnings.push_back(
                    {number,
                     tr("Line %1 is not valid UTF-8; the unreadable bytes were replaced.").arg(number)});
            bool controlSeen = false;
            for (qsizetype i = text.size() - 1; i >= 0; --i) {
                const char16_t c = text.at(i).unicode();
                if ((c < 0x20 && c != u'\t') || c == 0x7f) {
                    text.remove(i, 1);
                    controlSeen = true;
                }
            }
            if (controlSeen)
                scan.warnings.push_back(
                    {number, tr("Line %1 contains control characters; they were removed.").arg(number)});
            physical.push_back({number, std::move(text)});
            start = end + 1;
            if ((number & 0xfff) == 0 && cancel && cancel->load()) {
                scan.cancelled = true;
                return scan;
            }
        }
    }
    if (lfOnlySeen)
        scan.warnings.push_back(
            {lfOnlyLine,
             tr("Lines end with LF only instead of CRLF (first at line %1); read anyway.").arg(lfOnlyLine)});

    // Logical lines: a line starting with a space or TAB continues the previous one.
    std::vector<std::pair<int, QString>> logical;
    for (PhysicalLine &p : physical) {
        if (p.text.isEmpty()) {
            scan.warnings.push_back({p.number, tr("Blank line %1 ignored.").arg(p.number)});
            continue;
        }
        const bool continuation = p.text.at(0) == QLatin1Char(' ') || p.text.at(0) == QLatin1Char('\t');
        if (continuation && !logical.empty()) {
            logical.back().second += QStringView(p.text).mid(1);
            continue;
        }
        if (continuation) {
            const QString trimmed = p.text.trimmed();
            if (trimmed.isEmpty())
                continue;
            scan.warnings.push_back(
                {p.number, tr("Whitespace at the start of line %1 ignored.").arg(p.number)});
            logical.emplace_back(p.number, trimmed);
            continue;
        }
        logical.emplace_back(p.number, std::move(p.text));
    }

    const int lastLine = physical.empty() ? 0 : physical.back().number;
    physical = {};
    // Property names are few: share one string per name.
    QSet<QString> names;
    scan.lines.reserve(logical.size());
    for (auto &[number, text] : logical) {
        IcsContentLine line = tokenise(std::move(text), number);
        const auto known = names.constFind(line.name);
        if (known != names.constEnd())
            line.name = *known;
        else
            names.insert(line.name);
        scan.lines.push_back(std::move(line));
    }
    logical = {};

    // Components: pair BEGIN and END.
    std::vector<int> stack;
    bool calendarSeen = false;
    auto markBroken = [&scan](int component) {
        // A broken component breaks its ancestors up to (not including) the VCALENDAR.
        for (int c = component; c >= 0; c = scan.components[c].parent) {
            if (scan.components[c].kind == QLatin1String("VCALENDAR"))
                break;
            scan.components[c].broken = true;
        }
    };
    for (int index = 0; index < static_cast<int>(scan.lines.size()); ++index) {
        IcsContentLine &line = scan.lines[index];
        if (line.name == QLatin1String("BEGIN")) {
            IcsScannedComponent component;
            component.kind = line.value().trimmed().toUpper();
            component.beginIndex = index;
            component.parent = stack.empty() ? -1 : stack.back();
            const int id = static_cast<int>(scan.components.size());
            scan.components.push_back(component);
            if (component.kind.isEmpty()) {
                scan.errors.push_back(
                    {line.line, tr("Line %1: BEGIN without a component name.").arg(line.line)});
                scan.components[id].broken = true;
            }
            if (stack.empty()) {
                if (component.kind == QLatin1String("VCALENDAR")) {
                    if (calendarSeen)
                        scan.warnings.push_back(
                            {line.line, tr("Line %1: another VCALENDAR in the same file; read as well.")
                                            .arg(line.line)});
                    calendarSeen = true;
                    scan.roots.push_back(id);
                } else {
                    scan.errors.push_back({line.line, tr("Line %1: BEGIN:%2 is outside of any VCALENDAR.")
                                                          .arg(line.line)
                                                          .arg(component.kind)});
                    scan.components[id].broken = true;
                }
            } else {
                scan.components[stack.back()].children.push_back(id);
                if (component.kind == QLatin1String("VCALENDAR")) {
                    scan.errors.push_back(
                        {line.line, tr("Line %1: a VCALENDAR inside another component.").arg(line.line)});
                    markBroken(id);
                }
            }
            stack.push_back(id);
            continue;
        }
        if (line.name == QLatin1String("END")) {
            const QString kind = line.value().trimmed().toUpper();
            int depth = static_cast<int>(stack.size()) - 1;
            while (depth >= 0 && scan.components[stack[depth]].kind != kind)
                --depth;
            if (depth < 0) {
                scan.errors.push_back(
                    {line.line, tr("Line %1: END:%2 has no matching BEGIN.").arg(line.line).arg(kind)});
                if (!stack.empty())
                    markBroken(stack.back());
                continue;
            }
            while (static_cast<int>(stack.size()) - 1 > depth) {
                IcsScannedComponent &open = scan.components[stack.back()];
                const int beginLine = scan.lines[open.beginIndex].line;
                scan.errors.push_back(
                    {beginLine, tr("Line %1: BEGIN:%2 is never closed (END:%3 at line %4 comes first).")
                                    .arg(beginLine)
                                    .arg(open.kind, kind)
                                    .arg(line.line)});
                open.endIndex = -1;
                markBroken(stack.back());
                stack.pop_back();
            }
            scan.components[stack.back()].endIndex = index;
            stack.pop_back();
            continue;
        }
        if (stack.empty()) {
            scan.errors.push_back({line.line, tr("Line %1: text outside of any VCALENDAR: \"%2\".")
                                                  .arg(line.line)
                                                  .arg(line.text.left(60))});
            line.dropped = true;
            continue;
        }
        if (!isValidName(line.name)) {
            scan.warnings.push_back({line.line, tr("Line %1 cannot be read and was ignored: \"%2\".")
                                                    .arg(line.line)
                                                    .arg(line.text.left(60))});
            line.dropped = true;
            continue;
        }
        if (!isTimeProperty(line.name) && (!line.hasValue() || line.value().trimmed().isEmpty())) {
            scan.warnings.push_back(
                {line.line, tr("Line %1: empty %2 ignored.").arg(line.line).arg(line.name)});
            line.dropped = true;
        }
    }
    while (!stack.empty()) {
        IcsScannedComponent &open = scan.components[stack.back()];
        const int beginLine = scan.lines[open.beginIndex].line;
        scan.errors.push_back({lastLine, tr("The file ends at line %1 inside a %2 that begins at line %3.")
                                             .arg(lastLine)
                                             .arg(open.kind)
                                             .arg(beginLine)});
        markBroken(stack.back());
        stack.pop_back();
    }
    if (!calendarSeen) {
        scan.notICalendar = true;
        scan.errors.push_back({1, tr("This is not an iCalendar file: it has no BEGIN:VCALENDAR.")});
    }
    return scan;
}

void IcsLineScanner::appendComponentText(const IcsScan &scan, int component, const std::vector<bool> &skip,
                                         QByteArray &out, bool open)
{
    const IcsScannedComponent &c = scan.components[component];
    // The lines of this component, without the ranges of skipped children.
    std::vector<std::pair<int, int>> holes;
    for (int child : c.children) {
        const IcsScannedComponent &k = scan.components[child];
        if (!skip[child] && k.endIndex >= 0)
            continue;
        int last = k.endIndex;
        if (last < 0) { // unclosed: up to the next sibling or the end
            last = static_cast<int>(scan.lines.size()) - 1;
            for (int sibling : c.children) {
                if (scan.components[sibling].beginIndex > k.beginIndex) {
                    last = scan.components[sibling].beginIndex - 1;
                    break;
                }
            }
            if (c.endIndex >= 0 && c.endIndex - 1 < last)
                last = c.endIndex - 1;
        }
        holes.emplace_back(k.beginIndex, last);
    }
    int last = c.endIndex >= 0 ? c.endIndex : static_cast<int>(scan.lines.size()) - 1;
    if (open && c.endIndex >= 0)
        --last; // without the END line
    std::size_t hole = 0;
    for (int index = c.beginIndex; index <= last; ++index) {
        while (hole < holes.size() && holes[hole].second < index)
            ++hole;
        if (hole < holes.size() && index >= holes[hole].first) {
            index = holes[hole].second;
            continue;
        }
        const IcsContentLine &line = scan.lines[index];
        if (line.dropped)
            continue;
        out += line.text.toUtf8();
        out += "\r\n";
    }
    if (c.endIndex < 0 && !open)
        out += "END:" + c.kind.toUtf8() + "\r\n";
}

} // namespace trellis
