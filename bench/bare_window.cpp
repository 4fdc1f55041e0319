// The floor for bench/startup.sh: a plain Qt Widgets window with a few dozen widgets, started and
// measured exactly like Hooksmith.
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* central = new QWidget;
    auto* form = new QFormLayout(central);
    for (int i = 0; i < 12; ++i)
        form->addRow(new QLabel(u"Field %1"_s.arg(i)), new QLineEdit);
    form->addRow(new QTableView);
    form->addRow(new QTreeView);
    form->addRow(new QPushButton(u"OK"_s));
    window.setCentralWidget(central);
    window.menuBar()->addMenu(u"&File"_s);
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
