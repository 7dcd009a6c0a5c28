// Full keyboard navigation with visible focus, on every screen of the tour:
//   - Tab, pressed from the first control, reaches every visible, enabled control that accepts
//     focus (none is skipped, none traps Tab: tables and lists hand it on);
//   - within a wizard page, Tab follows the reading order (top to bottom, left to right), and the
//     wizard's own buttons come after the page;
//   - a focused control looks different from an unfocused one (Fusion's focus frame).

#include "Appearance.h"
#include "ScreenTour.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QTest>
#include <QWizard>

namespace {

bool takesTabFocus(QWidget *w, QWidget *screen)
{
    return w->isVisibleTo(screen) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
        && w->window() == screen && !w->focusProxy();
}

QString id(QWidget *w)
{
    return w ? QStringLiteral("%1(%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
             : QStringLiteral("<none>");
}

// The focus sequence that Tab walks, starting at the first control; stops when it comes back.
QList<QWidget *> tabSequence(QWidget *screen, QStringList &problems, const QString &name)
{
    QList<QWidget *> sequence;
    QWidget *first = nullptr;
    for (QWidget *w = screen->nextInFocusChain(); w && w != screen; w = w->nextInFocusChain()) {
        if (takesTabFocus(w, screen)) {
            first = w;
            break;
        }
    }
    if (!first)
        return sequence;
    first->setFocus(Qt::TabFocusReason);
    QTest::qWait(10);
    for (int i = 0; i < 200; ++i) {
        QWidget *now = QApplication::focusWidget();
        if (!now || now->window() != screen) {
            problems << name + QStringLiteral(": Tab left the window after ") + id(sequence.value(sequence.size() - 1));
            break;
        }
        if (!sequence.isEmpty() && now == sequence.first())
            break;
        if (sequence.contains(now)) {
            problems << name + QStringLiteral(": Tab is trapped at ") + id(now);
            break;
        }
        sequence << now;
        QTest::keyClick(now, Qt::Key_Tab);
    }
    return sequence;
}

} // namespace

class KeyboardFocusTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { wod::ui::Appearance::apply(*qApp); }

    void tabReachesEveryControlInReadingOrderWithVisibleFocus()
    {
        QStringList problems;
        int screens = 0;
        int controls = 0;
        const bool toured = ScreenTour::visitEveryScreen([&](QWidget *screen, const QString &name) {
            ++screens;
            screen->activateWindow();
            screen->raise();
            if (!QTest::qWaitForWindowActive(screen, 2000)) {
                problems << name + QStringLiteral(": the window could not be activated");
                return;
            }
            QWidget *previousFocus = QApplication::focusWidget();
            const QList<QWidget *> sequence = tabSequence(screen, problems, name);
            controls += sequence.size();
            for (QWidget *w : screen->findChildren<QWidget *>()) {
                if (takesTabFocus(w, screen) && !sequence.contains(w))
                    problems << name + QStringLiteral(": Tab never reaches ") + id(w);
            }
            // Reading order inside a wizard page; the wizard's buttons after the page.
            if (auto *wizard = qobject_cast<QWizard *>(screen)) {
                QWidget *page = wizard->currentPage();
                // Tab cycles: read the cycle from the page's first control
                QList<QWidget *> cycle = sequence;
                const auto firstInPage = std::find_if(cycle.begin(), cycle.end(), [&](QWidget *w) { return page && page->isAncestorOf(w); });
                std::rotate(cycle.begin(), firstInPage, cycle.end());
                QPoint last(-1, -1);
                bool leftPage = false;
                for (QWidget *w : cycle) {
                    const bool inPage = page && page->isAncestorOf(w);
                    if (!inPage) {
                        leftPage = true;
                        continue;
                    }
                    if (leftPage)
                        problems << name + QStringLiteral(": ") + id(w) + QStringLiteral(" comes after the wizard's buttons");
                    const QPoint at = w->mapTo(screen, QPoint(0, 0));
                    const bool below = at.y() >= last.y() + 4;
                    const bool sameRowRight = qAbs(at.y() - last.y()) < 4 ? at.x() > last.x() : false;
                    // a control beside a taller one (a button next to a text block) may start higher
                    if (last.y() >= 0 && !below && !sameRowRight && at.y() < last.y() - 24)
                        problems << name + QStringLiteral(": ") + id(w) + QStringLiteral(" is reached after a control below it");
                    last = at;
                }
            }
            // Visible focus: each control, with a few pixels around it (rings may be drawn
            // outside), looks different with and without focus.
            auto around = [&](QWidget *w) {
                QCoreApplication::processEvents();
                const QRect r(w->mapTo(screen, QPoint(-4, -4)), w->size() + QSize(8, 8));
                return screen->grab(r).toImage();
            };
            for (QWidget *w : sequence) {
                if (qobject_cast<QAbstractItemView *>(w))
                    continue; // views show focus on their current item, when they have one
                w->clearFocus();
                QTest::qWait(5);
                const QImage without = around(w);
                w->setFocus(Qt::TabFocusReason);
                QTest::qWait(5);
                const QImage with = around(w);
                if (with == without)
                    problems << name + QStringLiteral(": focus is not visible on ") + id(w);
            }
            if (previousFocus)
                previousFocus->setFocus();
        });
        QVERIFY(toured);
        QVERIFY2(screens >= 15, qPrintable(QString::number(screens)));
        QVERIFY2(controls >= 40, qPrintable(QString::number(controls)));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems:\n").arg(problems.size()) + problems.join(u'\n')));
    }
};

QTEST_MAIN(KeyboardFocusTest)
#include "tst_keyboard_focus.moc"
