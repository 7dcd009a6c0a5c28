#include "EnglishPlurals.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QPointer>

namespace wod::ui {

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QLatin1String("(s)")))
        return {}; // a null string: let the next translator or the source text answer
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

void EnglishPlurals::ensureInstalled()
{
    static QPointer<EnglishPlurals> installed;
    // installTranslations() chose a language with real plural forms: stay out of its way.
    if (installed || !QCoreApplication::instance() || translationsInstalled())
        return;
    installed = new EnglishPlurals(QCoreApplication::instance());
    QCoreApplication::installTranslator(installed);
}

} // namespace wod::ui
