#pragma once
// Proof Key for Code Exchange (RFC 7636), method S256: a code verifier of 43..128 characters from
// the unreserved set, drawn from the system CSPRNG (QRandomGenerator::system()), and its challenge
// BASE64URL(SHA-256(ASCII(verifier))) without padding. Qt 6.4's QOAuth2AuthorizationCodeFlow has
// no PKCE of its own (it came in 6.8); AuthSession adds these through its parameter hook.

#include <QByteArray>

namespace wod::auth {

struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;

    // `length` is clamped to 43..128.
    static Pkce generate(int length = 64);
    static QByteArray challengeFor(const QByteArray &verifier);
    static bool isValidVerifier(const QByteArray &verifier);
};

} // namespace wod::auth
