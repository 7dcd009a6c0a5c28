#include "AppearanceSample.h"

#include "Appearance.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using wod::ui::Appearance;
using wod::ui::IconId;

namespace wod::shots {

namespace {

QWidget *statusRow(IconId icon, const QString &text, const QString &detail)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(Appearance::icon(icon).pixmap(QSize(20, 20), row->devicePixelRatioF()));
    layout->addWidget(iconLabel);
    auto *textLabel = new QLabel(text);
    textLabel->setFont(Appearance::headingFont(3));
    layout->addWidget(textLabel);
    auto *detailLabel = new QLabel(detail);
    QPalette p = detailLabel->palette();
    p.setColor(QPalette::WindowText, Appearance::color(Appearance::Tone::Muted));
    detailLabel->setPalette(p);
    layout->addWidget(detailLabel, 1);
    return row;
}

} // namespace

QWizard *AppearanceSample::createWizard(const QString &title)
{
    auto *wizard = new QWizard;
    wizard->setObjectName(QStringLiteral("sampleWizard"));
    Appearance::styleWizard(wizard);
    wizard->setWindowTitle(QStringLiteral("Delete Organization"));

    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("sampleWizardPage"));
    page->setTitle(title);
    page->setSubTitle(QStringLiteral("What will be lost when Acme Sandbox Inc. is deleted."));
    auto *layout = new QVBoxLayout(page);

    auto *heading = new QLabel(QStringLiteral("Deleted for good"));
    heading->setObjectName(QStringLiteral("lossHeadingLabel"));
    heading->setFont(Appearance::headingFont(2));
    layout->addWidget(heading);
    auto *loss = new QLabel(QStringLiteral(
        "Messages, files, whiteboards and meetings data, including meeting URLs and recordings. "
        "Converted users keep a free license; only content in spaces between two people is "
        "retained."));
    loss->setObjectName(QStringLiteral("lossLabel"));
    loss->setWordWrap(true);
    layout->addWidget(loss);

    layout->addWidget(statusRow(IconId::StatusPassed, QStringLiteral("Full administrator"),
                                QStringLiteral("admin@acme-sandbox.example")));
    layout->addWidget(statusRow(IconId::StatusFailed, QStringLiteral("Paid subscription"),
                                QStringLiteral("Cancel it in the partner portal first.")));
    layout->addWidget(statusRow(IconId::StatusUnknown, QStringLiteral("Linked sites"),
                                QStringLiteral("Not visible with a public-API token.")));
    layout->addWidget(statusRow(IconId::Warning, QStringLiteral("Irreversible"),
                                QStringLiteral("There is no undo, not even for Cisco support.")));

    auto *ack = new QCheckBox(QStringLiteral(
        "I understand that the users are deleted and that this cannot be undone."));
    ack->setObjectName(QStringLiteral("acknowledgeCheckBox"));
    layout->addWidget(ack);
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("orgNameLineEdit"));
    name->setPlaceholderText(QStringLiteral("Type the organization's name"));
    layout->addWidget(name);

    auto *buttons = new QHBoxLayout;
    auto *recheck = new QPushButton(Appearance::icon(IconId::Refresh), QStringLiteral("Re-check"));
    recheck->setObjectName(QStringLiteral("recheckButton"));
    buttons->addWidget(recheck);
    auto *exportButton = new QPushButton(Appearance::icon(IconId::Export), QStringLiteral("Export…"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setEnabled(false);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    auto *primary = new QPushButton(QStringLiteral("Dry Run"));
    primary->setObjectName(QStringLiteral("dryRunButton"));
    Appearance::markPrimary(primary);
    buttons->addWidget(primary);
    auto *destroy = new QPushButton(Appearance::icon(IconId::Delete), QStringLiteral("Delete Organization"));
    destroy->setObjectName(QStringLiteral("deleteOrganizationButton"));
    Appearance::markDestructive(destroy);
    destroy->setEnabled(false);
    buttons->addWidget(destroy);
    layout->addLayout(buttons);
    layout->addStretch(1);

    const auto update = [ack, name, destroy] {
        destroy->setEnabled(ack->isChecked() && name->text() == QStringLiteral("Acme Sandbox Inc."));
    };
    QObject::connect(ack, &QCheckBox::toggled, destroy, update);
    QObject::connect(name, &QLineEdit::textChanged, destroy, update);

    wizard->addPage(page);
    return wizard;
}

QWidget *AppearanceSample::createIconSheet()
{
    struct Named
    {
        IconId id;
        const char *name;
    };
    static const Named icons[] = {
        {IconId::StatusPassed, "StatusPassed"}, {IconId::StatusFailed, "StatusFailed"},
        {IconId::StatusUnknown, "StatusUnknown"}, {IconId::StatusInfo, "StatusInfo"},
        {IconId::StatusPending, "StatusPending"}, {IconId::Warning, "Warning"},
        {IconId::Sandbox, "Sandbox"},           {IconId::NavOverview, "NavOverview"},
        {IconId::NavUsers, "NavUsers"},         {IconId::NavAccount, "NavAccount"},
        {IconId::Delete, "Delete"},             {IconId::Export, "Export"},
        {IconId::Refresh, "Refresh"},           {IconId::Search, "Search"},
        {IconId::Resume, "Resume"},             {IconId::Cancel, "Cancel"},
        {IconId::User, "User"},                 {IconId::App, "App"},
    };
    auto *sheet = new QWidget;
    sheet->setObjectName(QStringLiteral("iconSheetWidget"));
    sheet->setWindowTitle(QStringLiteral("Icons"));
    auto *grid = new QGridLayout(sheet);
    grid->setHorizontalSpacing(14);
    int row = 0;
    int column = 0;
    for (const Named &n : icons) {
        auto *cell = new QWidget;
        cell->setObjectName(QStringLiteral("icon%1Widget").arg(QLatin1String(n.name)));
        auto *h = new QHBoxLayout(cell);
        h->setContentsMargins(0, 0, 0, 0);
        for (const int size : {16, 24, 48}) {
            auto *l = new QLabel;
            l->setPixmap(Appearance::icon(n.id).pixmap(QSize(size, size), sheet->devicePixelRatioF()));
            h->addWidget(l);
        }
        auto *disabled = new QLabel;
        disabled->setPixmap(Appearance::icon(n.id).pixmap(QSize(24, 24), sheet->devicePixelRatioF(),
                                                          QIcon::Disabled));
        h->addWidget(disabled);
        h->addWidget(new QLabel(QLatin1String(n.name)), 1);
        grid->addWidget(cell, row, column);
        if (++column == 3) {
            column = 0;
            ++row;
        }
    }
    return sheet;
}

} // namespace wod::shots
