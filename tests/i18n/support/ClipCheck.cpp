#include "ClipCheck.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionGroupBox>
#include <QTextDocument>

namespace ClipCheck {

namespace {

QString describe(QWidget *w, const QSize &needs, const QString &text)
{
    return QStringLiteral("%1 (%2): needs %3x%4, has %5x%6: \"%7\"")
        .arg(w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName(),
             QString::fromLatin1(w->metaObject()->className()))
        .arg(needs.width())
        .arg(needs.height())
        .arg(w->width())
        .arg(w->height())
        .arg(text.left(80));
}

// Visible on screen: shown, and not in a part of a scroll area scrolled out of view (those are
// reachable by scrolling, so only their own size counts).
bool showing(QWidget *w, QWidget *screen)
{
    // child windows (a dialog over the main window) are screens of their own
    return w->window() == screen && w->isVisibleTo(screen) && w->width() > 0 && w->height() > 0;
}

void checkLabel(QLabel *label, QStringList &out)
{
    const QString text = label->text();
    if (text.trimmed().isEmpty())
        return;
    constexpr int slack = 1;
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + slack)
            out << describe(label, QSize(label->width(), needed), text);
        // a single word longer than the line also overflows sideways
        const QSize minimum = label->minimumSizeHint();
        if (minimum.width() > label->width() + slack)
            out << describe(label, minimum, text);
    } else {
        const QSize hint = label->sizeHint();
        if (hint.width() > label->width() + slack || hint.height() > label->height() + slack)
            out << describe(label, hint, text);
    }
}

void checkButton(QAbstractButton *button, QStringList &out)
{
    const QString text = button->text();
    if (text.trimmed().isEmpty())
        return;
    const QSize hint = button->sizeHint();
    if (!qobject_cast<QPushButton *>(button)) {
        // check boxes, radio buttons, tool buttons: the style's hint is what the text needs
        if (hint.width() > button->width() + 1 || hint.height() > button->height() + 1)
            out << describe(button, hint, text);
        return;
    }
    // A push button draws its label inside the style's contents rectangle: text and icon must fit.
    QStyleOptionButton option;
    option.initFrom(button);
    option.rect = button->rect();
    option.text = text;
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    const QRect contents = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
    const QFontMetrics fm(button->font());
    QString plain = text;
    plain.replace(QLatin1String("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
    int needed = fm.horizontalAdvance(plain);
    if (!button->icon().isNull())
        needed += button->iconSize().width() + 4;
    if (needed > contents.width() || fm.height() > contents.height())
        out << describe(button, QSize(needed + button->width() - contents.width(), hint.height()), text);
}

void checkGroupBox(QGroupBox *box, QStringList &out)
{
    if (box->title().isEmpty())
        return;
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.subControls = QStyle::SC_GroupBoxLabel | (box->isCheckable() ? QStyle::SC_GroupBoxCheckBox : QStyle::SC_None);
    const QRect label = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    QString plain = box->title();
    plain.remove(QLatin1Char('&'));
    const int needed = box->fontMetrics().horizontalAdvance(plain);
    if (label.left() + needed > box->width())
        out << describe(box, QSize(label.left() + needed, box->height()), box->title());
}

} // namespace

QStringList clippedTexts(QWidget *screen)
{
    QStringList out;
    QList<QWidget *> widgets = screen->findChildren<QWidget *>();
    widgets.prepend(screen);
    for (QWidget *w : widgets) {
        if (!showing(w, screen))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label, out);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button, out);
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            checkGroupBox(box, out);
    }
    return out;
}

} // namespace ClipCheck
