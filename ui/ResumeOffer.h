#pragma once
// The offer to resume an interrupted deletion, made once the main window has read the
// organization: an unfinished run of that organization (a journal in the journal directory that
// did not reach its end) matters more than the startup prompt. The question names how far the run
// got and whether the organization's DELETE was already sent; the admin answers Resume or Not Now.
// Reads journals only; changes nothing. GUI thread only.

#include "Journal.h"

#include <functional>
#include <optional>

class QWidget;

namespace wod::ui {

class MessageBoxService;

class ResumeOffer
{
public:
    // The first unfinished run of `orgId` among the journals in `journalDirectory`, if any.
    static std::optional<wod::net::JournalSummary> pendingRun(const QString &journalDirectory,
                                                              const QString &orgId);
    // Asks over `parent` (window-modal, through `messageBox`) whether to resume `run`; `answered`
    // receives true for Resume. Not called when `parent` is destroyed first.
    static void ask(MessageBoxService *messageBox, QWidget *parent,
                    const wod::net::JournalSummary &run, const std::function<void(bool)> &answered);
};

} // namespace wod::ui
