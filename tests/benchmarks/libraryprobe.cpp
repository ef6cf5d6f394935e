// trellis-libraryprobe: the responsiveness of the Library place while a ~20 MB PDF is added
// (issue 12: adding a large PDF keeps the GUI responsive, indexing on a worker). The PDF is made
// here with QPdfWriter (pages of text, each with a photo-like image so the file is large the way
// real scans are); nothing is downloaded. A 1 ms timer on the main thread notes the longest gap
// between its ticks (StallProbe) while the page reads, hashes and extracts the file (worker),
// adds it (one edit on the GUI thread), and lists and indexes it again.
//   trellis-libraryprobe [DB] [MB]   (a COPY of a database: Trellis migrates on open; default: a new
//                                     one. MB: the PDF's size, default 20. QT_QPA_PLATFORM=offscreen)
// Prints "phase<TAB>ms<TAB>target<TAB>verdict<TAB>details":
//   add         the longest stall from choosing the file to its row listed in the library
//   add-time    how long that took (not a stall: the GUI runs meanwhile)
//   sync-edit   for comparison: the same add as one synchronous Edits::addResource on the GUI thread
//               (what the page did before it wrote files on a worker)
//   undo        the longest stall of undoing such an add (undo runs on the GUI thread)
#include "changenotifier.h"
#include "commands/edits.h"
#include "extract/libraryfilereader.h"
#include "library/librarypage.h"
#include "models/backgroundjob.h"
#include "models/librarylistmodel.h"
#include "stallprobe.h"
#include "storage/database.h"
#include "workspace/workspacecontext.h"

#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

using namespace trellis;
using trellis::bench::StallProbe;

namespace {

void print(const char *phase, double ms, double target, const QString &details)
{
    std::printf("%s\t%.1f\t<= %.0f\t%s\t%s\n", phase, ms, target, ms <= target ? "ok" : "OVER",
                qPrintable(details));
    std::fflush(stdout);
}

template <typename Done>
bool spin(Done done, int timeoutMs = 120000)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (done())
            return true;
    }
    return false;
}

// Pages of searchable text, each with a noisy image (incompressible, like a scan), until `bytes`.
QByteArray makePdf(qint64 bytes, int *pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(150);
    QPainter painter(&writer);
    QRandomGenerator random(12);
    QImage image(900, 700, QImage::Format_RGB32);
    const QString paragraph = QStringLiteral(
        "Mentoring programme handbook, section %1. Preparing for an interview: research the organisation, "
        "rehearse answers with your mentor, and bring questions about the team. Salary negotiation, "
        "networking at events and writing a portfolio are covered in the chapters that follow.");
    *pages = 0;
    while (pdf.size() < bytes && *pages < 4000) {
        if (*pages > 0)
            writer.newPage();
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = 0xff000000u | (random.generate() & 0xffffffu);
        }
        painter.drawImage(QRectF(100, 100, 900, 700), image);
        for (int i = 0; i < 12; ++i)
            painter.drawText(QRectF(100, 850 + i * 60, 1000, 60), Qt::TextWordWrap,
                             paragraph.arg(*pages * 12 + i));
        ++*pages;
    }
    painter.end();
    return pdf;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTemporaryDir dir;
    const QString dbPath =
        args.size() > 1 && !args.at(1).isEmpty() ? args.at(1) : dir.filePath(QStringLiteral("probe.sqlite"));
    const int megabytes = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 20;
    auto opened = Database::open(dbPath, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Database &db = *opened.value();

    int pages = 0;
    const QByteArray pdf = makePdf(qint64(megabytes) * 1024 * 1024, &pages);
    const QString pdfPath = dir.filePath(QStringLiteral("handbook.pdf"));
    {
        QFile file(pdfPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(pdfPath));
            return 1;
        }
    }
    std::printf("# %s: %.1f MB, %d pages\n", qPrintable(pdfPath), double(pdf.size()) / 1024 / 1024, pages);

    ChangeNotifier notifier;
    QUndoStack stack;
    Edits edits(db, &notifier, &stack);
    const WorkspaceContext context{DataSource(&db, &notifier), &edits, std::nullopt};
    auto *page = new LibraryPage(context);
    page->resize(1440, 900);
    page->show();
    spin([&] { return page->model()->rowCount() > 0 || page->isVisible(); }, 5000);
    spin([] { return false; }, 1500); // the first load and paint

    // The "Add …" form of a single file is accepted as soon as it opens.
    QTimer accept;
    accept.setInterval(5);
    QObject::connect(&accept, &QTimer::timeout, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->accept();
    });
    accept.start();

    const auto listed = [&] {
        for (const LibraryItem &item : page->model()->items()) {
            if (item.resource.kind == ResourceKind::File && item.attachmentCount > 0)
                return true;
        }
        return false;
    };
    bool handled = false;
    QObject::connect(page, &LibraryPage::filesHandled, [&] { handled = true; });
    StallProbe stalls;
    QElapsedTimer timer;
    timer.start();
    stalls.start();
    page->addFiles({pdfPath});
    const bool ok = spin([&] { return handled && listed(); });
    const double addTime = double(timer.nsecsElapsed()) / 1e6;
    const double worstAdd = stalls.stop();
    if (!ok) {
        std::fprintf(stderr, "the PDF was not listed\n");
        return 1;
    }
    print("add", worstAdd, 100,
          QStringLiteral("longest main-thread stall while a %1 MB PDF of %2 pages is read, added and listed")
              .arg(double(pdf.size()) / 1024 / 1024, 0, 'f', 1)
              .arg(pages));
    std::printf("add-time\t%.1f\t-\t-\tfrom choosing the file to its row listed\n", addTime);

    // The edit alone, with a file read beforehand (the page reads on a worker).
    auto read = LibraryFileReader::read(pdfPath, qint64(100) * 1024 * 1024);
    if (!read) {
        std::fprintf(stderr, "%s\n", qPrintable(read.errorMessage()));
        return 1;
    }
    Resource resource;
    resource.kind = ResourceKind::File;
    resource.title = QStringLiteral("Handbook again");
    // The probe measures gaps between its ticks: let it tick before and after the call.
    const auto settle = [] { spin([] { return false; }, 30); };
    stalls.start();
    settle();
    auto added = edits.addResource(resource, {*read}, true);
    settle();
    print("sync-edit", stalls.stop(), 100,
          QStringLiteral("Edits::addResource on the GUI thread: %1 MB and %2 characters of text")
              .arg(double(read->content.size()) / 1024 / 1024, 0, 'f', 1)
              .arg(read->extractedText.size()));
    if (!added) {
        std::fprintf(stderr, "%s\n", qPrintable(added.errorMessage()));
        return 1;
    }
    stalls.start();
    settle();
    stack.undo();
    settle();
    print("undo", stalls.stop(), 100, QStringLiteral("undoing that edit"));
    accept.stop();
    delete page;
    BackgroundJob::drain();
    return 0;
}
