#pragma once
// English plural forms ("1 user", "11 users") for tr("%n user(s)", nullptr, n) strings when no
// language was chosen: ensureInstalled() installs the English catalogue (webex-org-delete_en.ts,
// Qt's numerus forms) unless installTranslations() already installed a language. Kept for the
// existing call sites; new code calls ensureTranslationsInstalled() (Translations.h). GUI thread.

namespace wod::ui {

class EnglishPlurals
{
public:
    static void ensureInstalled();
};

} // namespace wod::ui
