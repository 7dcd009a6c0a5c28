#pragma once
// The Delete Organization wizard's page ids, in flow order. The only place ids are defined;
// DeleteOrgWizard::nextId() is the only place that branches between them.

namespace wod::ui {

enum PageId : int {
    PreflightPageId = 0,
    UsersPageId,
    AcknowledgePageId,
    ProgressPageId,
    ResultPageId,
};

} // namespace wod::ui
