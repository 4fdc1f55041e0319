// Draws an SVG icon into a square PNG of the given size, for the hicolor icon theme:
//   hooksmith-render-icon ICON.svg SIZE OUTPUT.png
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        err << "usage: hooksmith-render-icon ICON.svg SIZE OUTPUT.png\n";
        return 2;
    }
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!ok || size <= 0 || size > 4096) {
        err << "hooksmith-render-icon: the size must be a number of pixels, not \"" << args.at(2) << "\"\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "hooksmith-render-icon: " << args.at(1) << " is not an SVG image that can be drawn\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        err << "hooksmith-render-icon: cannot write " << args.at(3) << "\n";
        return 1;
    }
    return 0;
}
