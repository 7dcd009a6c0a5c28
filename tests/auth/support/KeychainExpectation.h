#pragma once
// Test helper: which keychain a sign-in test binary runs against, from WOD_KEYCHAIN_EXPECT (set by
// tests/auth/CMakeLists.txt): "available" inside run-with-keyring.sh, "unavailable" without a
// session bus. The same binary runs both ways, so each test asks which one this run is.

#include <QString>

namespace wod::test {

class KeychainExpectation
{
public:
    // Reads the variable; false when it names neither case (a broken test set-up).
    bool read()
    {
        m_value = qEnvironmentVariable("WOD_KEYCHAIN_EXPECT");
        return available() || unavailable();
    }
    bool available() const { return m_value == QLatin1String("available"); }
    bool unavailable() const { return m_value == QLatin1String("unavailable"); }

private:
    QString m_value;
};

} // namespace wod::test
