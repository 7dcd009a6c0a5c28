// Every window, dialog and wizard page (the same tour as the pseudo-locale test) exposes a named
// accessible object for every interactive control: the test walks QAccessible's tree from each
// top-level widget (queryAccessibleInterface, child(i), role, text(Name)) and fails on a visible
// button, check box, radio button, text field, combo box, spin box, slider, table, list, tree,
// tab or link without a name. Check-list rows say their status in words and with an icon, never
// by colour alone.

#include "Appearance.h"
#include "ScreenTour.h"
#include "StatusIcons.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QWidget>

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ScrollBar: // named by Qt ("Vertical"), listed for completeness
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

// Items inside a table/list/tree are named by their data: only the view itself needs a name.
bool hasItems(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree
        || role == QAccessible::ComboBox;
}

QString where(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QString path;
    for (QObject *p = o; p; p = p->parent()) {
        if (!p->objectName().isEmpty()) {
            path = p->objectName() + (path.isEmpty() ? QString() : QStringLiteral("/") + path);
            break;
        }
    }
    return QStringLiteral("%1 role 0x%2 (%3 under %4)")
        .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("?"))
        .arg(int(iface->role()), 0, 16)
        .arg(o ? o->objectName() : QString(), path);
}

void walk(QAccessibleInterface *iface, QStringList &unnamed, int &interactiveCount, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    const QAccessible::Role role = iface->role();
    if (interactive(role)) {
        ++interactiveCount;
        if (iface->text(QAccessible::Name).trimmed().isEmpty() && role != QAccessible::ScrollBar)
            unnamed << where(iface);
        if (hasItems(role))
            return;
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, interactiveCount, depth + 1);
}

} // namespace

class AccessibilityTreeTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { wod::ui::Appearance::apply(*qApp); }

    void everyInteractiveControlIsNamed()
    {
        QStringList problems;
        int screens = 0;
        const bool toured = ScreenTour::visitEveryScreen([&](QWidget *screen, const QString &name) {
            ++screens;
            QStringList unnamed;
            int count = 0;
            QAccessibleInterface *root = QAccessible::queryAccessibleInterface(screen);
            if (!root) {
                problems << name + QStringLiteral(": no accessible interface");
                return;
            }
            if (root->text(QAccessible::Name).trimmed().isEmpty())
                problems << name + QStringLiteral(": the window has no accessible name (title)");
            walk(root, unnamed, count);
            qInfo("%s: %d interactive accessible objects", qPrintable(name), count);
            if (count == 0)
                problems << name + QStringLiteral(": no interactive control found (is the tree reachable?)");
            for (const QString &u : unnamed)
                problems << name + QStringLiteral(": unnamed ") + u;
        });
        QVERIFY(toured);
        QVERIFY2(screens >= 15, qPrintable(QString::number(screens)));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems:\n").arg(problems.size()) + problems.join(u'\n')));
    }

    // Statuses never rely on colour alone: every state has its own word and its own icon shape.
    void statusesDoNotRelyOnColour()
    {
        using State = wod::CheckItem::State;
        const QList<State> states{State::Passed, State::Failed, State::Unknown, State::Info};
        QSet<QString> words;
        QSet<qint64> icons;
        for (State s : states) {
            words.insert(wod::ui::StatusIcons::label(s));
            QVERIFY(!wod::ui::StatusIcons::label(s).trimmed().isEmpty());
            // the icon's mark (its light pixels on the disc) differs per state, not only its colour
            const QImage image = wod::ui::StatusIcons::icon(s).pixmap(24, 24).toImage()
                                     .convertToFormat(QImage::Format_ARGB32);
            QByteArray mark;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    mark.append(c.alpha() > 128 && c.lightness() > 200 ? '#' : '.');
                }
            icons.insert(qHash(mark));
        }
        QCOMPARE(words.size(), states.size());
        QCOMPARE(icons.size(), states.size());

        int rows = 0;
        QStringList problems;
        ScreenTour::visitEveryScreen([&](QWidget *screen, const QString &name) {
            if (!name.startsWith(QLatin1String("wizard-preflight")))
                return;
            for (QWidget *row : screen->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^checkRow_")))) {
                if (!row->isVisibleTo(screen))
                    continue;
                ++rows;
                auto *icon = row->findChild<QLabel *>(QStringLiteral("statusIconLabel"));
                auto *word = row->findChild<QLabel *>(QStringLiteral("checkStatusLabel"));
                if (!icon || icon->pixmap().isNull() || !word || word->text().trimmed().isEmpty())
                    problems << name + QStringLiteral(": a check row without icon and status word");
                else if (!row->accessibleName().contains(word->text()))
                    problems << name + QStringLiteral(": the row's accessible name lacks its status");
            }
        });
        QVERIFY2(rows >= 6, qPrintable(QString::number(rows)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(AccessibilityTreeTest)
#include "tst_accessibility_tree.moc"
