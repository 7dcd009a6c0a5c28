#pragma once
// Hand-written JSON for the sandbox's large answers (people pages, /_sandbox/state): building
// QJsonObjects costs tens of microseconds per user, which makes a 100,000-user org slow to page.
// Output is compact UTF-8 and parses to the same document the QJson builders would give.

#include <QByteArray>
#include <QStringView>

namespace wod::sandbox::JsonText {

// Appends `text` as a quoted, escaped JSON string.
void appendString(QByteArray &out, QStringView text);
// Appends "key": (quoted key and the colon).
void appendKey(QByteArray &out, const char *key);

} // namespace wod::sandbox::JsonText
