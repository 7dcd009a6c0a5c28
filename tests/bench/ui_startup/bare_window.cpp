// The reference for bench_ui_startup: the smallest Qt Widgets program with a main window, a
// QMainWindow holding one label, started and painted exactly as webex-org-delete is.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setObjectName(QStringLiteral("bareMainWindow"));
    auto *label = new QLabel(QStringLiteral("Hello"), &window);
    window.setCentralWidget(label);
    window.resize(1100, 720);
    window.show();
    return app.exec();
}
