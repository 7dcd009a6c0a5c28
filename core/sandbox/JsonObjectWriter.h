#pragma once
// Writes one JSON object into a byte array, member by member, for the sandbox's hand-written
// large answers (JsonText says why): `{"a":"x","b":2}`. Members appear in the order of the calls;
// to give the bytes QJsonDocument would, call them in the order of the keys. The object is closed
// when the writer goes, so a temporary writes a whole object in one statement:
//     JsonObjectWriter(out).string("email", u.email).number("transitions", u.transitions);

#include <QByteArray>
#include <QStringView>
#include <initializer_list>

namespace wod::sandbox {

class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(QByteArray &out);
    ~JsonObjectWriter();
    JsonObjectWriter(const JsonObjectWriter &) = delete;
    JsonObjectWriter &operator=(const JsonObjectWriter &) = delete;

    // `key` is plain ASCII, written as given.
    JsonObjectWriter &string(const char *key, QStringView value);
    JsonObjectWriter &number(const char *key, qint64 value);
    JsonObjectWriter &stringArray(const char *key, std::initializer_list<QStringView> values);
    // `json`: a JSON value's text, written as given.
    JsonObjectWriter &raw(const char *key, const QByteArray &json);

private:
    void key(const char *key);

    QByteArray &m_out;
    bool m_first = true;
};

} // namespace wod::sandbox
