#pragma once
// When the admin last proved they are at the keyboard: an interactive sign-in (Sign in with Webex,
// or a pasted or file token at start). A sign-in restored from "Remember me" proves nothing, so it
// leaves the session stale. Delete Organization asks for a fresh sign-in when the last proof is
// older than kMaxAgeSeconds, as GitHub does before dangerous actions: an unlocked desktop with a
// remembered sign-in is not enough to delete an organization. Time comes from the injected Clock.

#include "Clock.h"

#include <QDateTime>

namespace wod::auth {

class SignInFreshness
{
public:
    static constexpr qint64 kMaxAgeSeconds = 5 * 60;

    // `clock` is not owned and must outlive this object.
    explicit SignInFreshness(const Clock *clock) : m_clock(clock) {}
    void setClock(const Clock *clock) { m_clock = clock; }

    // The admin just signed in themselves.
    void markSignedIn() { m_provenAt = m_clock->now(); }
    // Signed out, or restored from the keychain: no proof of presence.
    void forget() { m_provenAt = {}; }

    QDateTime provenAt() const { return m_provenAt; }
    bool isFresh() const
    {
        if (!m_provenAt.isValid())
            return false;
        const qint64 age = m_provenAt.secsTo(m_clock->now());
        return age >= 0 && age <= kMaxAgeSeconds;
    }

private:
    const Clock *m_clock;
    QDateTime m_provenAt;
};

} // namespace wod::auth
