#include "EnglishPlurals.h"

#include "Translations.h"

namespace wod::ui {

void EnglishPlurals::ensureInstalled()
{
    ensureTranslationsInstalled();
}

} // namespace wod::ui
