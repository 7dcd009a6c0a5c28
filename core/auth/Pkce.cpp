#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <cstring>

namespace wod::auth {

namespace {
// RFC 7636 4.1: ALPHA / DIGIT / "-" / "." / "_" / "~" (66 characters).
constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int kUnreservedCount = sizeof(kUnreserved) - 1;
} // namespace

Pkce Pkce::generate(int length)
{
    length = qBound(43, length, 128);
    Pkce p;
    p.verifier.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        p.verifier.append(kUnreserved[random->bounded(kUnreservedCount)]);
    p.challenge = challengeFor(p.verifier);
    return p;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (char c : verifier) {
        if (!std::memchr(kUnreserved, c, kUnreservedCount))
            return false;
    }
    return true;
}

} // namespace wod::auth
