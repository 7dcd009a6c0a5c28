#pragma once
// Which language the UI speaks. installTranslations() installs, on the application, the
// translators for one language and removes the ones a previous call installed:
//   - ""       : the system locale (QLocale::system().uiLanguages(), first supported one wins;
//                English when none is supported)
//   - "en"     : English, the source language; only the English plural forms (":/i18n/
//                webex-org-delete_en.qm": "1 user", "2 users") are installed
//   - "de", "fr" (also "de_DE", "fr-CA", ...): our catalogue ":/i18n/webex-org-delete_<lang>.qm"
//                plus Qt's own "qtbase_<lang>.qm" from QLibraryInfo::TranslationsPath when that
//                is installed, so QWizard's Next/Back/Cancel and QMessageBox buttons follow
//   - "pseudo" : the pseudo-locale, generated at load time from every source string (ours and
//                Qt's): 40 % longer, accented, in brackets, with %1/%n placeholders, & mnemonics
//                and rich-text tags intact. Layout testing only; untranslated text stands out.
// Returns false and installs nothing for an unknown language or a catalogue missing from the
// resources (the reason goes to *errorMessage when given, and to qWarning). Call it before the first widget is created; widgets built before
// do not retranslate. GUI thread only.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace wod::ui {

bool installTranslations(QCoreApplication &app, const QString &language, QString *errorMessage = nullptr);

// The language codes installTranslations() accepts besides "" ("en", "de", "fr", "pseudo").
QStringList supportedLanguages();

// True once installTranslations() has installed a language.
bool translationsInstalled();

// Installs English (the source plural forms: "1 user", "2 users") unless a language is already
// installed: for windows built without runGui(), e.g. by tests. Idempotent.
void ensureTranslationsInstalled();

// The pseudo-locale transformation of one source string (exposed for tests).
QString pseudoTranslate(const QString &source);

} // namespace wod::ui
