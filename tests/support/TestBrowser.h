#pragma once
// The tests' one stand-in for the desktop browser behind AuthSession's BrowserOpener seam
// (GuiOptions::openBrowser, AuthSession::setBrowserOpener): GETs the authorize URL with its own
// QNetworkAccessManager and follows the sandbox's 302 to the app's loopback redirect, as a browser
// would after the admin approved. `tamper` may rewrite the URL first (a forged state, another
// code_challenge) to play an attacker or a broken server.
// With Favicons::Ask, like a real browser it also asks the app's loopback server for /favicon.ico:
// once before the authorize page (deterministically while the sign-in waits) and once after the
// redirect page (while the code is being exchanged). Neither may disturb the sign-in. With
// Favicons::None it sends nothing but the authorize request and its redirect.

#include <QNetworkAccessManager>
#include <QUrl>
#include <functional>

class QNetworkReply;

namespace wod::test {

class TestBrowser
{
public:
    enum class Favicons { Ask, None };

    explicit TestBrowser(Favicons favicons = Favicons::Ask) : m_favicons(favicons) {}

    std::function<QUrl(const QUrl &)> tamper;
    QUrl lastAuthorizeUrl;
    int lastStatus = 0;    // of the last page (after redirects)
    int pages = 0;         // authorize pages finished
    int strayRequests = 0; // favicon requests answered before an authorize page

    void open(const QUrl &url);
    std::function<void(const QUrl &)> opener()
    {
        return [this](const QUrl &url) { open(url); };
    }

    // `url` with `key` set to `value` (removed when `value` is null).
    static QUrl withQueryItem(const QUrl &url, const QString &key, const QString &value);

private:
    QNetworkReply *getFavicon(const QUrl &origin);
    void authorize(const QUrl &url);

    Favicons m_favicons;
    QNetworkAccessManager m_nam;
};

} // namespace wod::test
