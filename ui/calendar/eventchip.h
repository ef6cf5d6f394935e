#pragma once

#include "insights/calendaragenda.h"

#include <QFontMetricsF>
#include <QPalette>
#include <QRectF>
#include <QString>

class QPainter;

namespace trellis {

// How one occurrence is drawn in the month, week and day views: a rounded chip in its
// relationship's colour with a stronger edge on the left; cancelled ones faded and struck
// through, unlogged past ones with a dashed outline and a "Log it" link, conflicts with a red
// "!" badge, the selected one outlined in the highlight colour.
class EventChip {
public:
    struct Look {
        bool selected = false;
        bool unlogged = false;
        bool conflict = false;
        bool showLogIt = false; // room for the "Log it" link
    };

    // `first`: the bold line (time and who); `second`: a quieter one below when it fits.
    static void paint(QPainter &painter, const QRectF &rect, const AgendaEntry &entry,
                      const QPalette &palette, const QString &first, const QString &second, const Look &look);
    // The width the chip's text lines get in `rect` (margins and the conflict badge taken off).
    static qreal textWidth(const QRectF &rect, const Look &look, const QFontMetricsF &bold);
    // A month view's timed entry: a coloured dot, then the text, on the cell's background.
    static void paintDotted(QPainter &painter, const QRectF &rect, const AgendaEntry &entry,
                            const QPalette &palette, const QString &text, const Look &look);
    // Where the "Log it" link of a chip drawn with showLogIt is.
    static QRectF logItRect(const QRectF &chip, const QPalette &palette);
    static QString logItText();
    // The "+N" chip for occurrences that do not fit at a readable width.
    static void paintMore(QPainter &painter, const QRectF &rect, const QPalette &palette, int hidden,
                          bool selected);
};

} // namespace trellis
