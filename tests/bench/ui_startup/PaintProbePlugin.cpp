// A Qt "generic" plugin that reports when a program first painted its main window, without any
// hook in the program: load it with QT_PLUGIN_PATH=<dir holding generic/> and
// QT_QPA_GENERIC_PLUGINS=wodpaintprobe. It watches every paint event of the application; after the
// first frame of a QMainWindow (or, with WOD_PAINT_PROBE_WIDGET=name1,name2, of a widget with one of
// those objectNames) has
// been painted and flushed it prints one marker line to stdout and ends the process at once:
//
//   WOD_PAINT_PROBE <objectName> <CLOCK_MONOTONIC nanoseconds>
//
// and, earlier, "WOD_PAINT_PROBE_INIT <ns>" when the plugin is loaded (during QGuiApplication's
// construction: shared libraries loaded, the platform plugin up).
// The benchmark that started the process subtracts its own CLOCK_MONOTONIC at start.
// WOD_PAINT_PROBE_TRACE=1 lists every painted widget on stderr (to choose a widget name).

#include <QCoreApplication>
#include <QEvent>
#include <QGenericPlugin>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QObject *parent) : QObject(parent)
    {
        m_widgetNames = qEnvironmentVariable("WOD_PAINT_PROBE_WIDGET").split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_trace = qEnvironmentVariableIntValue("WOD_PAINT_PROBE_TRACE") == 1;
        // The platform is up: libraries loaded and QGuiApplication initialised.
        std::printf("WOD_PAINT_PROBE_INIT %lld\n", static_cast<long long>(monotonicNs()));
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (m_trace)
                std::fprintf(stderr, "paint %s %s\n", widget->metaObject()->className(),
                             qPrintable(widget->objectName()));
            const bool wanted = m_widgetNames.isEmpty()
                ? widget->window()->inherits("QMainWindow")
                : m_widgetNames.contains(widget->objectName());
            if (wanted) {
                m_seen = true;
                m_name = widget->objectName();
                // The frame being painted is flushed before the event loop runs timers again.
                QTimer::singleShot(0, this, [this] { report(); });
            }
        }
        return false;
    }

private:
    void report()
    {
        std::printf("WOD_PAINT_PROBE %s %lld\n",
                    m_name.isEmpty() ? "-" : qPrintable(m_name), static_cast<long long>(monotonicNs()));
        std::fflush(stdout);
        ::_exit(0); // nothing after the first frame is measured; skip the teardown
    }

    QStringList m_widgetNames;
    QString m_name;
    bool m_seen = false;
    bool m_trace = false; // WOD_PAINT_PROBE_TRACE=1: every paint event to stderr
};

} // namespace

class PaintProbePlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "paint_probe.json")
public:
    QObject *create(const QString &key, const QString &) override
    {
        if (key.compare(QLatin1String("wodpaintprobe"), Qt::CaseInsensitive) != 0)
            return nullptr;
        return new PaintProbe(QCoreApplication::instance());
    }
};

#include "PaintProbePlugin.moc"
