#pragma once
// The line under the main window's header that says which service the window talks to, always
// visible: on the built-in sandbox a banner that stands out in every palette ("Sandbox: no real
// organization is touched (scenario …)", objectName sandboxBannerLabel), else the API URL
// ("Connected to …", objectName backendLabel). Plain text; its accessible name is its text.

#include "ApiConnection.h"

class QLabel;
class QWidget;

namespace wod::ui::BackendBanner {

QLabel *create(const wod::net::ApiConnection &connection, QWidget *parent);

} // namespace wod::ui::BackendBanner
