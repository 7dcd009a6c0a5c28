#include "LinkHeader.h"

#include <QList>

namespace wod::net {

namespace {

struct Cursor
{
    const QByteArray &text;
    qsizetype pos = 0;
    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text.at(pos); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++pos;
    }
};

// token or quoted-string; nullopt on an unterminated quote.
std::optional<QByteArray> readValue(Cursor &c)
{
    QByteArray value;
    if (c.peek() == '"') {
        ++c.pos;
        while (!c.atEnd() && c.peek() != '"') {
            if (c.peek() == '\\' && c.pos + 1 < c.text.size())
                ++c.pos;
            value.append(c.peek());
            ++c.pos;
        }
        if (c.atEnd())
            return std::nullopt;
        ++c.pos; // closing quote
        return value;
    }
    while (!c.atEnd() && c.peek() != ';' && c.peek() != ',' && c.peek() != ' ' && c.peek() != '\t')
        value.append(c.text.at(c.pos++));
    return value;
}

} // namespace

std::optional<QUrl> LinkHeader::find(const QByteArray &header, const QByteArray &rel)
{
    Cursor c{header};
    QUrl found;
    c.skipSpace();
    while (!c.atEnd()) {
        // link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
        if (c.peek() != '<')
            return std::nullopt;
        const qsizetype close = header.indexOf('>', c.pos);
        if (close < 0)
            return std::nullopt;
        const QByteArray target = header.mid(c.pos + 1, close - c.pos - 1).trimmed();
        c.pos = close + 1;
        QList<QByteArray> rels;
        for (;;) {
            c.skipSpace();
            if (c.atEnd() || c.peek() == ',')
                break;
            if (c.peek() != ';')
                return std::nullopt;
            ++c.pos;
            c.skipSpace();
            QByteArray name;
            while (!c.atEnd() && c.peek() != '=' && c.peek() != ';' && c.peek() != ','
                   && c.peek() != ' ')
                name.append(c.text.at(c.pos++));
            if (name.isEmpty())
                return std::nullopt;
            c.skipSpace();
            QByteArray value;
            if (c.peek() == '=') {
                ++c.pos;
                c.skipSpace();
                const auto v = readValue(c);
                if (!v)
                    return std::nullopt;
                value = *v;
            }
            if (name.toLower() == "rel")
                rels += value.toLower().split(' ');
        }
        if (c.peek() == ',')
            ++c.pos;
        c.skipSpace();
        if (found.isEmpty() && rels.contains(rel.toLower())) {
            // Absolute only: the API promises absolute next links, and resolving a relative one
            // against a guess could send the token somewhere unintended.
            const QUrl url(QString::fromUtf8(target), QUrl::StrictMode);
            if (!url.isValid() || url.isRelative() || url.host().isEmpty())
                return std::nullopt;
            found = url;
        }
    }
    return found;
}

} // namespace wod::net
