#include "JsonObjectWriter.h"

#include "JsonText.h"

namespace wod::sandbox {

JsonObjectWriter::JsonObjectWriter(QByteArray &out) : m_out(out)
{
    m_out += '{';
}

JsonObjectWriter::~JsonObjectWriter()
{
    m_out += '}';
}

void JsonObjectWriter::key(const char *key)
{
    if (!m_first)
        m_out += ',';
    m_first = false;
    JsonText::appendKey(m_out, key);
}

JsonObjectWriter &JsonObjectWriter::string(const char *key, QStringView value)
{
    this->key(key);
    JsonText::appendString(m_out, value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::number(const char *key, qint64 value)
{
    this->key(key);
    m_out += QByteArray::number(value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::stringArray(const char *key,
                                                std::initializer_list<QStringView> values)
{
    this->key(key);
    m_out += '[';
    bool first = true;
    for (QStringView v : values) {
        if (!first)
            m_out += ',';
        first = false;
        JsonText::appendString(m_out, v);
    }
    m_out += ']';
    return *this;
}

JsonObjectWriter &JsonObjectWriter::raw(const char *key, const QByteArray &json)
{
    this->key(key);
    m_out += json;
    return *this;
}

} // namespace wod::sandbox
