#pragma once
// Test stand-in for the desktop browser behind AuthSession's BrowserOpener seam: GETs the
// authorize URL with QNetworkAccessManager and follows the sandbox's 302 to the app's loopback
// redirect, as a browser would. `tamper` may rewrite the URL first (a forged state, another
// code_challenge) to play an attacker or a broken server.
// Like a real browser it also asks the app's loopback server for /favicon.ico: once before the
// authorize page (deterministically while the sign-in waits) and once after the redirect page
// (while the code is being exchanged). Neither may disturb the sign-in.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace wod::test {

class HttpBrowser
{
public:
    std::function<QUrl(const QUrl &)> tamper;
    QUrl lastAuthorizeUrl;
    int lastStatus = 0;
    int pages = 0;

    void open(const QUrl &url)
    {
        lastAuthorizeUrl = url;
        const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"),
                                                          QUrl::FullyDecoded));
        if (!redirect.isValid() || redirect.host().isEmpty()) {
            authorize(url);
            return;
        }
        QNetworkReply *favicon = getFavicon(redirect);
        QObject::connect(favicon, &QNetworkReply::finished, favicon, [this, favicon, url] {
            ++strayRequests;
            favicon->deleteLater();
            authorize(url);
        });
    }

    std::function<void(const QUrl &)> opener()
    {
        return [this](const QUrl &url) { open(url); };
    }

    static QUrl withQueryItem(const QUrl &url, const QString &key, const QString &value)
    {
        QUrlQuery query(url);
        query.removeAllQueryItems(key);
        if (!value.isNull())
            query.addQueryItem(key, value);
        QUrl out = url;
        out.setQuery(query);
        return out;
    }

    int strayRequests = 0;

private:
    QNetworkReply *getFavicon(const QUrl &origin)
    {
        QUrl icon = origin;
        icon.setPath(QStringLiteral("/favicon.ico"));
        icon.setQuery(QString());
        QNetworkRequest request(icon);
        request.setTransferTimeout(10'000);
        return m_nam.get(request);
    }

    void authorize(const QUrl &url)
    {
        const QUrl target = tamper ? tamper(url) : url;
        QNetworkRequest request(target);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(10'000);
        QNetworkReply *reply = m_nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++pages;
            if (reply->url().host() == QLatin1String("127.0.0.1")) {
                QNetworkReply *favicon = getFavicon(reply->url());
                QObject::connect(favicon, &QNetworkReply::finished, favicon, &QObject::deleteLater);
            }
            reply->deleteLater();
        });
    }

    QNetworkAccessManager m_nam;
};

} // namespace wod::test
