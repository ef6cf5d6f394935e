#include "charts/chartimage.h"

#include "charts/chartbase.h"

#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::ChartImage", text);
}

} // namespace

bool ChartImage::isSvg(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
}

bool ChartImage::isSupported(const QString &path)
{
    return isSvg(path) || QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
}

Status ChartImage::write(QChartView *view, const QString &path)
{
    if (!isSupported(path))
        return Error{tr("Save the chart as a .png or .svg file (not “%1”).").arg(QFileInfo(path).fileName())};
    const QSize size = view->size();
    if (isSvg(path)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart() ? view->chart()->title() : QString());
        svg.setDescription(tr("A chart made by Trellis"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error{tr("Could not write “%1”.").arg(path)};
        view->render(&painter);
        painter.end();
        if (!QFileInfo::exists(path))
            return Error{tr("Could not write “%1”.").arg(path)};
        return Status::success();
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(view->chart() ? view->chart()->backgroundBrush().color() : QColor(Qt::white));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    if (!image.save(path, "PNG"))
        return Error{tr("Could not write “%1”.").arg(path)};
    return Status::success();
}

Status ChartImage::write(ChartBase *chart, const QSize &size, const QString &path)
{
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(size);
    view.show();
    QCoreApplication::processEvents();
    chart->resize(QSizeF(size));
    QCoreApplication::processEvents();
    return write(&view, path);
}

} // namespace trellis
