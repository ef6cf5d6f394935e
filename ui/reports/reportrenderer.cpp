#include "reports/reportrenderer.h"

#include "charts/activitychart.h"
#include "models/textcontrast.h"
#include "widgets/apppalette.h"

#include <QAbstractAxis>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPicture>

#include <algorithm>
#include <memory>
#include <optional>
#include <variant>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::ReportRenderer", text);
}

// Print colours: the light palette whatever the screen's (paper is white), secondary text from
// TextContrast so it keeps 4.5:1 on white.
struct Ink {
    QColor text;
    QColor secondary;
    QColor accent;
    QColor rule;
    QColor shade;
    QColor band;
    static Ink make()
    {
        const QPalette palette = AppPalette::light();
        Ink ink;
        ink.text = palette.color(QPalette::WindowText);
        ink.secondary = TextContrast::secondaryOnBase(palette);
        ink.accent = TextContrast::muted(palette.color(QPalette::Highlight), Qt::white, 4.5);
        ink.rule = QColor(0xc8, 0xcd, 0xd3);
        ink.shade = QColor(0xf4, 0xf6, 0xf8);
        ink.band = QColor(0xe8, 0xee, 0xf4);
        return ink;
    }
};

struct TextItem {
    QRectF rect;
    QString text;
    QFont font;
    QColor colour;
    int flags = Qt::AlignLeft | Qt::AlignVCenter;
};
struct LineItem {
    QLineF line;
    QColor colour;
    double width = 1;
};
struct BoxItem {
    QRectF rect;
    QColor fill;
    QColor border; // invalid: none
};
struct ChartItem {
    QRectF rect;
    int kind = 0;
};
// Charts are laid out in screen pixels (96 per inch) and scaled onto the page, so their fonts
// keep their screen size relative to the page; 170 points high (room for a vertical axis title
// such as "Meetings and contacts"), the page's width.
constexpr double chartPoints = 170;

using Item = std::variant<TextItem, LineItem, BoxItem, ChartItem>;
using Page = QList<Item>;

class Layout {
public:
    Layout(const ReportDocument &document, QPaintDevice *device)
        : m_doc(document)
        , m_device(device)
        , m_unit(device->logicalDpiY() / 72.0)
        , m_width(device->width())
        , m_height(device->height())
        , m_ink(Ink::make())
    {
        m_base = QGuiApplication::font();
        m_top = pt(26);
        m_bottom = m_height - pt(24);
    }

    QList<Page> run()
    {
        newPage();
        cover();
        for (qsizetype i = 0; i < m_doc.blocks.size(); ++i)
            block(m_doc.blocks.at(i), i + 1 < m_doc.blocks.size() ? &m_doc.blocks.at(i + 1) : nullptr);
        return m_pages;
    }

    double pt(double points) const { return points * m_unit; }
    QFont font(double points, bool bold = false, bool italic = false) const
    {
        QFont f = m_base;
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }
    double lineHeight(const QFont &f) const { return QFontMetricsF(f, m_device).height(); }
    double textHeight(const QString &text, const QFont &f, double width) const
    {
        return QFontMetricsF(f, m_device)
            .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    }
    QString elided(const QString &text, const QFont &f, double width) const
    {
        return QFontMetricsF(f, m_device).elidedText(text, Qt::ElideRight, width);
    }
    const Ink &ink() const { return m_ink; }

private:
    void newPage()
    {
        m_pages.append(Page{});
        m_y = m_top;
    }
    void add(Item item) { m_pages.last().append(std::move(item)); }
    double room() const { return m_bottom - m_y; }
    void ensure(double height)
    {
        if (height > room() && m_y > m_top)
            newPage();
    }

    void cover()
    {
        const QFont title = font(22, true);
        const double h = lineHeight(title);
        add(TextItem{QRectF(0, m_y, m_width, h), m_doc.title, title, m_ink.text});
        m_y += h + pt(2);
        const QFont subject = font(11.5);
        add(TextItem{QRectF(0, m_y, m_width, lineHeight(subject)), m_doc.subjectLine, subject, m_ink.text});
        m_y += lineHeight(subject) + pt(1);
        const QFont period = font(9);
        add(TextItem{QRectF(0, m_y, m_width, lineHeight(period)), m_doc.periodLine, period, m_ink.secondary});
        m_y += lineHeight(period) + pt(8);
        add(LineItem{QLineF(0, m_y, m_width, m_y), m_ink.accent, pt(1.5)});
        m_y += pt(14);
    }

    void block(const ReportBlock &b, const ReportBlock *next)
    {
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const QFont f = font(12.5, true);
            const double h = lineHeight(f);
            // Keep a heading with the start of what follows.
            double keep = h + pt(40);
            if (next && next->kind == ReportBlock::Kind::Chart)
                keep = h + pt(8) + chartHeight();
            if (m_y > m_top)
                m_y += pt(8);
            ensure(keep);
            add(TextItem{QRectF(0, m_y, m_width, h), b.text, f, m_ink.text});
            m_y += h + pt(5);
            break;
        }
        case ReportBlock::Kind::Paragraph: {
            const QFont f = font(9);
            const double h = textHeight(b.text, f, m_width);
            ensure(std::min(h, room()));
            add(TextItem{QRectF(0, m_y, m_width, h), b.text, f, m_ink.text,
                         Qt::TextWordWrap | Qt::AlignLeft});
            m_y += h + pt(6);
            break;
        }
        case ReportBlock::Kind::Headlines:
            headlines(b);
            break;
        case ReportBlock::Kind::Table:
            table(b.table);
            break;
        case ReportBlock::Kind::Chart:
            chart(b.chart);
            break;
        case ReportBlock::Kind::Footnotes:
            footnotes(b);
            break;
        case ReportBlock::Kind::PageBreak:
            newPage();
            break;
        }
    }

    void headlines(const ReportBlock &b)
    {
        const double gap = pt(10);
        const qsizetype n = std::max<qsizetype>(1, b.items.size());
        const double w = (m_width - gap * double(n - 1)) / double(n);
        const QFont value = font(24, true), label = font(8.5, true), change = font(8);
        const double pad = pt(9);
        const double h = pad * 2 + lineHeight(value) + lineHeight(label) * 2 + lineHeight(change) + pt(4);
        ensure(h);
        for (qsizetype i = 0; i < b.items.size(); ++i) {
            const QStringList &item = b.items.at(i);
            const double x = double(i) * (w + gap);
            add(BoxItem{QRectF(x, m_y, w, h), m_ink.shade, QColor()});
            add(BoxItem{QRectF(x, m_y, pt(3), h), m_ink.accent, QColor()});
            double y = m_y + pad;
            add(TextItem{QRectF(x + pad, y, w - 2 * pad, lineHeight(value)), item.value(0), value,
                         m_ink.accent});
            y += lineHeight(value) + pt(2);
            add(TextItem{QRectF(x + pad, y, w - 2 * pad, lineHeight(label) * 2), item.value(1), label,
                         m_ink.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop});
            y += lineHeight(label) * 2 + pt(2);
            add(TextItem{QRectF(x + pad, y, w - 2 * pad, lineHeight(change)),
                         elided(item.value(2), change, w - 2 * pad), change, m_ink.secondary});
        }
        m_y += h + pt(6);
    }

    // The header's height: its cells wrap between words where a column is narrower.
    double headerHeight(const ReportTable &t, const QList<double> &ws) const
    {
        const QFont f = headerFont(t);
        const double in = inset(t);
        double h = lineHeight(f);
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            h = std::max(h, textHeight(t.columns.at(c).header.toUpper(), f, ws.at(c) - 2 * in));
        return h + pt(5);
    }

    void tableHeader(const ReportTable &t, const QList<double> &xs, const QList<double> &ws, double h)
    {
        const QFont f = headerFont(t);
        const double in = inset(t);
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            const ReportTable::Column &column = t.columns.at(c);
            const int align = (column.align == ReportTable::Align::Right ? Qt::AlignRight : Qt::AlignLeft) |
                              Qt::AlignBottom | Qt::TextWordWrap;
            add(TextItem{QRectF(xs.at(c) + in, m_y, ws.at(c) - 2 * in, h - pt(3)), column.header.toUpper(), f,
                         m_ink.secondary, align});
        }
        m_y += h;
        add(LineItem{QLineF(0, m_y, m_width, m_y), m_ink.text, pt(0.8)});
    }

    void table(const ReportTable &t)
    {
        const double size = t.compact ? 7.5 : 8.5;
        const double in = inset(t);
        const QFont body = font(size), group = font(size, true), muted = font(size - 0.5, false, true);
        const QList<double> ws = columnWidths(t, body);
        const QFontMetricsF bodyMetrics(body, m_device); // once per table: 500 rows × 9 cells
        QList<double> xs;
        double x = 0;
        for (const double w : ws) {
            xs << x;
            x += w;
        }
        const double lineH = pt(t.compact ? 12.5 : 13.5), headerH = headerHeight(t, ws);
        // A row is one line, or as many as its wrapping cells need.
        const auto heightOf = [&](const ReportTable::Row &row) {
            double h = lineH;
            if (row.group || row.muted)
                return h;
            for (qsizetype c = 0; c < t.columns.size() && c < row.cells.size(); ++c)
                if (t.columns.at(c).wrap)
                    h = std::max(h, textHeight(row.cells.at(c), body, ws.at(c) - 2 * in) + pt(4.5));
            return h;
        };
        ensure(headerH + lineH * std::min<qsizetype>(3, std::max<qsizetype>(1, t.rows.size())));
        tableHeader(t, xs, ws, headerH);
        int stripe = 0;
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const ReportTable::Row &row = t.rows.at(r);
            const double rowH = heightOf(row);
            // A group heading keeps at least one row below it; no row is ever split.
            const double need = row.group ? rowH + heightOf(t.rows.value(r + 1)) + pt(2) : rowH;
            if (need > room()) {
                newPage();
                tableHeader(t, xs, ws, headerH);
                stripe = 0;
            }
            if (row.group) {
                m_y += pt(2);
                add(BoxItem{QRectF(0, m_y, m_width, rowH), m_ink.band, QColor()});
                add(TextItem{QRectF(in, m_y, m_width - 2 * in, rowH), row.cells.value(0), group, m_ink.text});
                m_y += rowH;
                stripe = 0;
                continue;
            }
            if (stripe++ % 2 == 1)
                add(BoxItem{QRectF(0, m_y, m_width, rowH), m_ink.shade, QColor()});
            if (row.muted) {
                add(TextItem{QRectF(in, m_y, m_width - 2 * in, rowH), row.cells.value(0), muted,
                             m_ink.secondary});
            } else {
                for (qsizetype c = 0; c < t.columns.size() && c < row.cells.size(); ++c) {
                    const ReportTable::Column &column = t.columns.at(c);
                    const int align =
                        (column.align == ReportTable::Align::Right ? Qt::AlignRight : Qt::AlignLeft) |
                        (rowH > lineH ? Qt::AlignTop : Qt::AlignVCenter);
                    const QColor colour = column.secondary ? m_ink.secondary : m_ink.text;
                    if (column.wrap && rowH > lineH) {
                        add(TextItem{QRectF(xs.at(c) + in, m_y + pt(2.25), ws.at(c) - 2 * in, rowH - pt(4.5)),
                                     row.cells.at(c), body, colour, align | Qt::TextWordWrap});
                        continue;
                    }
                    // Beside a wrapped cell, one-line cells sit on its first line.
                    const QRectF rect = rowH > lineH
                                            ? QRectF(xs.at(c) + in, m_y + pt(2.25), ws.at(c) - 2 * in, rowH)
                                            : QRectF(xs.at(c) + in, m_y, ws.at(c) - 2 * in, rowH);
                    add(TextItem{rect,
                                 bodyMetrics.elidedText(row.cells.at(c), Qt::ElideRight, ws.at(c) - 2 * in),
                                 body, colour, align});
                }
            }
            m_y += rowH;
        }
        add(LineItem{QLineF(0, m_y, m_width, m_y), m_ink.rule, pt(0.5)});
        m_y += pt(8);
    }

    // Compact tables (the per-pair table's nine columns) take a smaller type and narrower insets,
    // so that names are not cut on A4.
    QFont headerFont(const ReportTable &t) const { return font(t.compact ? 6.8 : 7.5, true); }
    double inset(const ReportTable &t) const { return pt(t.compact ? 2.5 : 3); }

    // Each column as wide as its widest cell (or header); what is left goes to the columns by
    // their share, and when it does not fit, the widest left-aligned columns give way (elided).
    QList<double> columnWidths(const ReportTable &t, const QFont &body) const
    {
        const QFontMetricsF bodyMetrics(body, m_device), headerMetrics(headerFont(t), m_device);
        const qsizetype n = t.columns.size();
        QList<double> natural(n, 0.0);
        double shares = 0;
        for (qsizetype c = 0; c < n; ++c) {
            // A header may wrap between words: its widest word is what it needs.
            for (const QString &word : t.columns.at(c).header.toUpper().split(QLatin1Char(' ')))
                natural[c] = std::max(natural[c], headerMetrics.horizontalAdvance(word));
            shares += t.columns.at(c).width;
        }
        for (const ReportTable::Row &row : t.rows) {
            if (row.group || row.muted)
                continue;
            for (qsizetype c = 0; c < n && c < row.cells.size(); ++c)
                natural[c] = std::max(natural[c], bodyMetrics.horizontalAdvance(row.cells.at(c)));
        }
        double sum = 0;
        for (double &w : natural) {
            w += 2 * inset(t) + pt(t.compact ? 0.5 : 2);
            sum += w;
        }
        QList<double> widths = natural;
        if (sum <= m_width) {
            for (qsizetype c = 0; c < n; ++c)
                widths[c] += (m_width - sum) * t.columns.at(c).width / shares;
            return widths;
        }
        // Too wide: the widest left-aligned (text) columns give way down to a common width
        // (names before dates and statuses), so as few cells as possible are elided.
        QList<double> text;
        for (qsizetype c = 0; c < n; ++c)
            if (t.columns.at(c).align == ReportTable::Align::Left)
                text << natural[c];
        std::sort(text.begin(), text.end(), std::greater<>());
        const double excess = sum - m_width;
        double level = 0;
        double taken = 0;
        for (qsizetype k = 0; k < text.size(); ++k) {
            // Bring the k+1 widest down to the next one's width, or as far as the excess needs.
            const double next = k + 1 < text.size() ? text.at(k + 1) : 0.0;
            const double step = (text.at(k) - next) * double(k + 1);
            if (taken + step >= excess) {
                level = text.at(k) - (excess - taken) / double(k + 1);
                break;
            }
            taken += step;
        }
        for (qsizetype c = 0; c < n; ++c)
            if (t.columns.at(c).align == ReportTable::Align::Left)
                widths[c] = std::max(pt(20), std::min(natural[c], level));
        return widths;
    }

    double chartHeight() const { return pt(chartPoints); }

    void chart(const ReportChart &c)
    {
        const QFont f = font(9.5, true);
        const double h = lineHeight(f) + pt(4) + chartHeight();
        ensure(h);
        add(TextItem{QRectF(0, m_y, m_width, lineHeight(f)), c.heading, f, m_ink.text});
        m_y += lineHeight(f) + pt(4);
        add(ChartItem{QRectF(0, m_y, m_width, chartHeight()), c.kind});
        m_y += chartHeight() + pt(10);
    }

    void footnotes(const ReportBlock &b)
    {
        const QFont f = font(7.5);
        const double numberW = pt(20);
        if (!b.text.isEmpty()) {
            const double h = textHeight(b.text, f, m_width);
            ensure(h);
            add(TextItem{QRectF(0, m_y, m_width, h), b.text, f, m_ink.secondary,
                         Qt::TextWordWrap | Qt::AlignLeft});
            m_y += h + pt(4);
        }
        for (const QStringList &note : b.items) {
            const double h = textHeight(note.value(1), f, m_width - numberW);
            ensure(h);
            add(TextItem{QRectF(0, m_y, numberW, h), QStringLiteral("[%1]").arg(note.value(0)), f,
                         m_ink.secondary, Qt::AlignLeft | Qt::AlignTop});
            add(TextItem{QRectF(numberW, m_y, m_width - numberW, h), note.value(1), f, m_ink.secondary,
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop});
            m_y += h + pt(0.5);
        }
        m_y += pt(6);
    }

    const ReportDocument &m_doc;
    QPaintDevice *m_device;
    double m_unit;
    double m_width;
    double m_height;
    Ink m_ink;
    QFont m_base;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
    QList<Page> m_pages;
};

QSizeF chartSize(double widthPoints)
{
    return QSizeF(widthPoints * 96.0 / 72.0, chartPoints * 96.0 / 72.0);
}

void recordChart(int kind, const ReportDocument &doc, const QSizeF &logical, ReportRenderer::Charts &charts)
{
    auto *chart = new ActivityChart(ActivityChart::Kind(kind));
    chart->setChartPalette(ChartPalette::from(AppPalette::light()));
    chart->setTitleVisible(false);
    chart->setSeries(doc.series);
    if (const QString empty = chart->emptyText(); !empty.isEmpty()) {
        delete chart;
        charts.empty.insert(kind, empty);
        return;
    }
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    QCoreApplication::processEvents();
    chart->resize(logical);
    // A vertical axis title longer than the plot is high would be cut: a smaller type, or none
    // (the heading above the chart says what it counts).
    bool refitted = false;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (axis->titleText().isEmpty() || !axis->isTitleVisible())
            continue;
        QFont font = axis->titleFont();
        const double room = chart->plotArea().height();
        const auto fits = [&] { return QFontMetricsF(font).horizontalAdvance(axis->titleText()) <= room; };
        if (fits())
            continue;
        while (!fits() && font.pointSizeF() > 7)
            font.setPointSizeF(font.pointSizeF() - 0.5);
        if (fits())
            axis->setTitleFont(font);
        else
            axis->setTitleVisible(false);
        refitted = true;
    }
    if (refitted)
        QCoreApplication::processEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), logical), scene.sceneRect());
    painter.end();
    charts.pictures.insert(kind, picture);
}

void paintChart(QPainter &painter, const ChartItem &item, const ReportRenderer::Charts &charts,
                const Layout &layout)
{
    if (const auto empty = charts.empty.constFind(item.kind); empty != charts.empty.cend()) {
        painter.setPen(layout.ink().secondary);
        painter.setFont(layout.font(9, false, true));
        painter.drawText(item.rect, Qt::AlignCenter | Qt::TextWordWrap, *empty);
        return;
    }
    const auto picture = charts.pictures.constFind(item.kind);
    if (picture == charts.pictures.cend() || charts.size.isEmpty())
        return;
    painter.translate(item.rect.topLeft());
    // QPicture::play scales by the device's resolution over the picture's own (as if it were
    // drawn in points at screen size): undone here, so the picture fills the item's rect.
    const QPaintDevice *device = painter.device();
    const double dpiX = double(device->logicalDpiX()) / double(picture->logicalDpiX());
    const double dpiY = double(device->logicalDpiY()) / double(picture->logicalDpiY());
    painter.scale(item.rect.width() / charts.size.width() / dpiX,
                  item.rect.height() / charts.size.height() / dpiY);
    painter.drawPicture(QPointF(0, 0), *picture);
}

void paintItem(QPainter &painter, const Item &item, const ReportRenderer::Charts &charts,
               const Layout &layout)
{
    if (const auto *text = std::get_if<TextItem>(&item)) {
        painter.setFont(text->font);
        painter.setPen(text->colour);
        painter.drawText(text->rect, text->flags, text->text);
    } else if (const auto *line = std::get_if<LineItem>(&item)) {
        painter.setPen(QPen(line->colour, line->width));
        painter.drawLine(line->line);
    } else if (const auto *box = std::get_if<BoxItem>(&item)) {
        painter.setPen(box->border.isValid() ? QPen(box->border) : QPen(Qt::NoPen));
        painter.setBrush(box->fill);
        painter.drawRect(box->rect);
        painter.setBrush(Qt::NoBrush);
    } else if (const auto *chart = std::get_if<ChartItem>(&item)) {
        painter.save();
        paintChart(painter, *chart, charts, layout);
        painter.restore();
    }
}

} // namespace

ReportRenderer::Charts ReportRenderer::drawCharts(const ReportDocument &document, const QPageLayout &layout)
{
    Charts charts;
    charts.size = chartSize(layout.paintRect(QPageLayout::Point).width());
    for (const ReportBlock &block : document.blocks)
        if (block.kind == ReportBlock::Kind::Chart && !charts.pictures.contains(block.chart.kind) &&
            !charts.empty.contains(block.chart.kind))
            recordChart(block.chart.kind, document, charts.size, charts);
    return charts;
}

Result<int> ReportRenderer::render(const ReportDocument &document, QPagedPaintDevice *device,
                                   const std::function<bool(int, int)> &progress, const Charts *charts)
{
    // Drawn before the painter begins: recording a chart runs the event loop.
    std::optional<Charts> drawn;
    if (!charts)
        charts = &drawn.emplace(drawCharts(document, device->pageLayout()));
    QPainter painter;
    if (!painter.begin(device))
        return Error{tr("Could not start drawing the report.")};
    auto pages = paint(document, painter, device, progress, charts);
    painter.end();
    return pages;
}

Result<int> ReportRenderer::paint(const ReportDocument &document, QPainter &painter,
                                  QPagedPaintDevice *device, const std::function<bool(int, int)> &progress,
                                  const Charts *charts)
{
    std::optional<Charts> drawn;
    if (!charts)
        charts = &drawn.emplace(drawCharts(document, device->pageLayout()));
    Layout layout(document, device);
    const QList<Page> pages = layout.run();
    const int count = int(pages.size());
    const double width = device->width();
    const double height = device->height();
    const QFont small = layout.font(7.5);
    const double smallH = QFontMetricsF(small, device).height();
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device->newPage())
            return Error{tr("Could not start page %1 of the report.").arg(i + 1)};
        painter.setRenderHint(QPainter::Antialiasing);
        // Running header and footer.
        painter.setFont(small);
        painter.setPen(layout.ink().secondary);
        painter.drawText(QRectF(0, 0, width, smallH), Qt::AlignLeft | Qt::AlignVCenter,
                         document.runningHeader);
        painter.setPen(QPen(layout.ink().rule, layout.pt(0.5)));
        painter.drawLine(QLineF(0, smallH + layout.pt(4), width, smallH + layout.pt(4)));
        const double footerY = height - smallH;
        painter.drawLine(QLineF(0, footerY - layout.pt(4), width, footerY - layout.pt(4)));
        painter.setPen(layout.ink().secondary);
        painter.drawText(QRectF(0, footerY, width * 0.75, smallH), Qt::AlignLeft | Qt::AlignVCenter,
                         document.runningFooter);
        painter.drawText(QRectF(0, footerY, width, smallH), Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(count));
        for (const Item &item : pages.at(i))
            paintItem(painter, item, *charts, layout);
        if (progress && !progress(i + 1, count))
            return Error{tr("Cancelled.")};
    }
    return count;
}

} // namespace trellis
