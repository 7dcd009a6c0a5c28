#pragma once
// Test helper: captures every message while alive, with the project's categories (wod.*) enabled
// at debug, and restores the previous handler and filter rules afterwards. Qt's own categories
// keep their defaults: qt.httpserver at debug prints whole request headers (the sandbox's side).

#include <QStringList>

namespace wod::test {

class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    QStringList messages() const; // "category: message"

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace wod::test
