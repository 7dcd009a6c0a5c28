#include "FontGuard.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFontInfo>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRawFont>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>

namespace wod::shots {

namespace {

QString describe(const QWidget *w)
{
    const QString name = w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName();
    return name + QStringLiteral(" (") + QString::fromLatin1(w->metaObject()->className())
           + QLatin1Char(')');
}

QString plain(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

void addModelTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &out,
                   int &budget)
{
    if (!model)
        return;
    const int rows = model->rowCount(parent);
    const int cols = model->columnCount(parent);
    for (int r = 0; r < rows && budget > 0; ++r) {
        for (int c = 0; c < cols && budget > 0; ++c) {
            const QModelIndex idx = model->index(r, c, parent);
            out << model->data(idx, Qt::DisplayRole).toString();
            --budget;
            if (c == 0 && model->hasChildren(idx))
                addModelTexts(model, idx, out, budget);
        }
    }
}

} // namespace

QStringList FontGuard::displayedTexts(const QWidget *w)
{
    QStringList out;
    if (auto *label = qobject_cast<const QLabel *>(w)) {
        out << plain(label->text(), label->textFormat());
    } else if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
        QString t = button->text();
        t.remove(QLatin1Char('&'));
        out << t;
    } else if (auto *edit = qobject_cast<const QLineEdit *>(w)) {
        out << edit->text() << edit->placeholderText();
    } else if (auto *box = qobject_cast<const QGroupBox *>(w)) {
        QString t = box->title();
        t.remove(QLatin1Char('&'));
        out << t;
    } else if (auto *tabs = qobject_cast<const QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            out << tabs->tabText(i).remove(QLatin1Char('&'));
    } else if (auto *combo = qobject_cast<const QComboBox *>(w)) {
        out << combo->currentText();
    } else if (auto *text = qobject_cast<const QTextEdit *>(w)) {
        out << text->toPlainText() << text->placeholderText();
    } else if (auto *plainEdit = qobject_cast<const QPlainTextEdit *>(w)) {
        out << plainEdit->toPlainText() << plainEdit->placeholderText();
    } else if (auto *bar = qobject_cast<const QProgressBar *>(w)) {
        if (bar->isTextVisible())
            out << bar->text();
    } else if (auto *header = qobject_cast<const QHeaderView *>(w)) {
        if (const QAbstractItemModel *m = header->model()) {
            const int n = header->orientation() == Qt::Horizontal ? m->columnCount()
                                                                   : m->rowCount();
            for (int i = 0; i < n; ++i)
                out << m->headerData(i, header->orientation(), Qt::DisplayRole).toString();
        }
    } else if (auto *view = qobject_cast<const QAbstractItemView *>(w)) {
        int budget = 2000;
        addModelTexts(view->model(), view->rootIndex(), out, budget);
    }
    out.removeAll(QString());
    return out;
}

QStringList FontGuard::problems(const QWidget *window, const QString &family)
{
    QStringList result;
    QList<const QWidget *> widgets{window};
    for (const QWidget *child : window->findChildren<QWidget *>())
        widgets << child;
    for (const QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QFont font = w->font();
        const QFontInfo info(font);
        if (info.family() != family) {
            result << describe(w) + QStringLiteral(": font resolves to \"%1\", not \"%2\"")
                                        .arg(info.family(), family);
            continue;
        }
        const QStringList texts = displayedTexts(w);
        if (texts.isEmpty())
            continue;
        const QFontMetrics metrics(font);
        const QRawFont raw = QRawFont::fromFont(font);
        QString missing;
        for (const QString &text : texts) {
            for (const char32_t ucs4 : text.toUcs4()) {
                if (ucs4 < 0x20 || ucs4 == 0x2028 || ucs4 == 0x2029 || ucs4 == 0xfffc)
                    continue; // line breaks and object replacement are not drawn as glyphs
                if (!metrics.inFontUcs4(ucs4) || !raw.supportsCharacter(ucs4)) {
                    const QString ch = QString::fromUcs4(&ucs4, 1);
                    if (!missing.contains(ch))
                        missing += ch;
                }
            }
        }
        if (!missing.isEmpty()) {
            QString codes;
            for (const char32_t c : missing.toUcs4())
                codes += QStringLiteral(" U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
            result << describe(w) + QStringLiteral(": characters not in %1:%2").arg(family, codes);
        }
        if (raw.familyName() != family)
            result << describe(w) + QStringLiteral(": raw font is \"%1\"").arg(raw.familyName());
    }
    return result;
}

} // namespace wod::shots
