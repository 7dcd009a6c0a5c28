#include "BackendBanner.h"

#include "Look.h"

#include <QCoreApplication>
#include <QLabel>

namespace wod::ui::BackendBanner {

namespace {

// Part of the main window before it had its own file: its translations stay there.
QString tr(const char *text)
{
    return QCoreApplication::translate("wod::ui::MainWindow", text);
}

} // namespace

QLabel *create(const wod::net::ApiConnection &connection, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(connection.isSandbox ? QStringLiteral("sandboxBannerLabel")
                                              : QStringLiteral("backendLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(20, 8, 20, 8);
    if (connection.isSandbox) {
        const QString scenario = connection.sandboxScenario.isEmpty() ? QStringLiteral("demo.json")
                                                                      : connection.sandboxScenario;
        label->setText(tr("Sandbox: no real organization is touched (scenario %1)").arg(scenario));
        // A banner, not a hint: it must stand out in every palette.
        Look::sandboxBanner(label);
    } else {
        label->setText(tr("Connected to %1").arg(connection.baseUrl.toDisplayString()));
    }
    label->setAccessibleName(label->text());
    return label;
}

} // namespace wod::ui::BackendBanner
