#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>

#include <cmath>
#include <vector>

namespace wod::ui {

namespace {

const QString kCatalogue = QStringLiteral("webex-org-delete");
const QString kCatalogueDir = QStringLiteral(":/i18n");

// The translators the last installTranslations() call put on the application.
std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}
bool g_installed = false;

// Generates the pseudo-locale from whatever source string Qt asks for: ours and Qt's own.
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!sourceText || !*sourceText)
            return {};
        const QByteArray ctx(context ? context : "");
        // Strings Qt parses rather than shows: a translated layout direction or key name would
        // break right-to-left detection and shortcut parsing.
        if (qstrcmp(sourceText, "QT_LAYOUT_DIRECTION") == 0 || ctx == "QShortcut" || ctx == "QKeySequence")
            return {};
        return pseudoTranslate(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

QChar accented(QChar c)
{
    static const QString lower = QStringLiteral("áƀçđéƒğĥíĵķĺḿñóƥʠŕšŧúṽŵẋýž");
    static const QString upper = QStringLiteral("ÁƁÇĐÉƑĞĤÍĴĶĹḾÑÓƤɊŔŠŦÚṼŴẊÝŽ");
    if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        return lower.at(c.unicode() - 'a');
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return upper.at(c.unicode() - 'A');
    return c;
}

// The supported language for a locale name ("de_DE" -> "de"), or empty.
QString supportedLanguageOf(const QString &name)
{
    if (name.compare(QLatin1String("pseudo"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("pseudo");
    const QLocale locale(name);
    // QLocale("xx") falls back to the C locale; only accept names that really denote a language.
    if (locale.language() == QLocale::C || !name.startsWith(QLocale::languageToCode(locale.language()), Qt::CaseInsensitive))
        return {};
    switch (locale.language()) {
    case QLocale::German: return QStringLiteral("de");
    case QLocale::French: return QStringLiteral("fr");
    case QLocale::English: return QStringLiteral("en");
    default: return {};
    }
}

bool installFile(QCoreApplication &app, const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().emplace_back(translator);
    return true;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("pseudo")};
}

bool translationsInstalled()
{
    return g_installed;
}

void ensureTranslationsInstalled()
{
    if (!g_installed && QCoreApplication::instance())
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

QString pseudoTranslate(const QString &source)
{
    if (source.isEmpty())
        return source;
    static const QRegularExpression placeholder(QStringLiteral("%(L?[0-9]{1,2}|L?n|%)"));
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^<>]*>"));
    static const QRegularExpression trailingTags(QStringLiteral("(\\s*</[a-zA-Z]+>)+\\s*$"));

    constexpr auto anchored = QRegularExpression::AnchorAtOffsetMatchOption;
    QString out;
    out.reserve(source.size() * 2);
    qsizetype visible = 0;
    for (qsizetype i = 0; i < source.size();) {
        const QStringView rest = QStringView(source).mid(i);
        const QChar c = source.at(i);
        qsizetype verbatim = 0; // characters copied unchanged
        QRegularExpressionMatch m;
        if (c == QLatin1Char('%') && (m = placeholder.match(source, i, QRegularExpression::NormalMatch, anchored)).hasMatch()) {
            verbatim = m.capturedLength(0); // %1, %L2, %n, %%: Qt fills these in later
        } else if (c == QLatin1Char('<') && (m = tag.match(source, i, QRegularExpression::NormalMatch, anchored)).hasMatch()) {
            verbatim = m.capturedLength(0); // rich-text markup, including attributes
        } else if (c == QLatin1Char('&') && (m = entity.match(source, i, QRegularExpression::NormalMatch, anchored)).hasMatch()) {
            verbatim = m.capturedLength(0);
            ++visible;
        } else if (c == QLatin1Char('&') && i + 1 < source.size()) {
            verbatim = 2; // "&&" or a mnemonic: the key stays the same letter
            ++visible;
        }
        if (verbatim > 0) {
            out += rest.left(verbatim);
            i += verbatim;
        } else {
            out += accented(c);
            ++visible;
            ++i;
        }
    }
    // 40 % longer in visible characters, brackets included.
    const auto target = static_cast<qsizetype>(std::ceil(static_cast<double>(visible) * 1.4));
    static const QString filler = QStringLiteral(" ĺőŕéḿ íƥšúḿ đőĺőŕ šíŧ áḿéŧ ćőñšéçŧéŧúŕ");
    QString padding;
    for (qsizetype k = 0; visible + 2 + padding.size() < target; ++k)
        padding += filler.at(k % filler.size());
    QString closing = padding + QLatin1Char(']');
    const QRegularExpressionMatch tail = trailingTags.match(out);
    if (tail.hasMatch() && tail.capturedStart(0) > 0)
        out.insert(tail.capturedStart(0), closing);
    else
        out += closing;
    return QLatin1Char('[') + out;
}

bool installTranslations(QCoreApplication &app, const QString &language, QString *errorMessage)
{
    QString lang;
    if (language.isEmpty()) {
        for (const QString &name : QLocale::system().uiLanguages()) {
            lang = supportedLanguageOf(name);
            if (!lang.isEmpty() && lang != QLatin1String("pseudo"))
                break;
            lang.clear();
        }
        if (lang.isEmpty())
            lang = QStringLiteral("en");
    } else {
        lang = supportedLanguageOf(language.trimmed());
    }
    if (lang.isEmpty()) {
        const QString reason = QCoreApplication::translate(
                                   "wod::ui::Translations", "Unknown language \"%1\"; supported: %2.")
                                   .arg(language, supportedLanguages().join(QLatin1String(", ")));
        qWarning().noquote() << reason;
        if (errorMessage)
            *errorMessage = reason;
        return false;
    }

    for (const QPointer<QTranslator> &t : installed()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
    g_installed = true;

    if (lang == QLatin1String("pseudo")) {
        auto *pseudo = new PseudoTranslator(&app);
        QCoreApplication::installTranslator(pseudo);
        installed().emplace_back(pseudo);
        return true;
    }
    // Qt's own strings first, ours last: the last installed translator is asked first.
    if (lang != QLatin1String("en"))
        installFile(app, QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!installFile(app, kCatalogue + QLatin1Char('_') + lang, kCatalogueDir)) {
        const QString reason = QStringLiteral("The %1 catalogue is missing from the resources (%2/%3_%1.qm).")
                                   .arg(lang, kCatalogueDir, kCatalogue);
        qWarning().noquote() << reason;
        if (errorMessage)
            *errorMessage = reason;
        // All English rather than Qt's buttons in one language and ours in another.
        for (const QPointer<QTranslator> &t : installed()) {
            if (t) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
        installed().clear();
        return false;
    }
    return true;
}

} // namespace wod::ui
