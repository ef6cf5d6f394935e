#pragma once

#include "util/result.h"

#include <QSize>
#include <QString>

class QChartView;

namespace trellis {

class ChartBase;

// Writes a chart as an image: PNG (pixels of the given size) or SVG (QSvgGenerator, the same
// drawing as vectors), chosen by the file's suffix. The window's "Save Image…" and
// `trellis-cli chart` both come here, so a report shows what the screen shows.
class ChartImage {
public:
    // `view` as it is now (its size).
    [[nodiscard]] static Status write(QChartView *view, const QString &path);
    // `chart` drawn at `size` in a view of its own, which is not shown on screen (the CLI runs
    // on the offscreen platform). Takes ownership of `chart`.
    [[nodiscard]] static Status write(ChartBase *chart, const QSize &size, const QString &path);
    static bool isSvg(const QString &path);
    static bool isSupported(const QString &path);
};

} // namespace trellis
