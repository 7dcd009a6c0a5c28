#pragma once
// English plural forms for tr("... %n user(s) ...") strings when no translation catalogue answers
// them: "(s)" becomes "" for n == 1 and "s" otherwise, so the UI reads "1 user", "11 users" in
// the source language too. A real catalogue installed later takes precedence (Qt asks the most
// recently installed translator first). ensureInstalled() does nothing once installTranslations()
// has run: the catalogues then carry the plural forms (English ones in webex-org-delete_en.ts).
// GUI thread only.

#include <QTranslator>

namespace wod::ui {

class EnglishPlurals : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    // Installs one instance on the application (idempotent).
    static void ensureInstalled();
};

} // namespace wod::ui
