#pragma once
// Test stand-in for the desktop browser behind AuthSession's BrowserOpener seam: GETs the
// authorize URL with QNetworkAccessManager and follows the sandbox's 302 to the app's loopback
// redirect, as a browser would. `tamper` may rewrite the URL first (a forged state, another
// code_challenge) to play an attacker or a broken server.

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
        const QUrl target = tamper ? tamper(url) : url;
        QNetworkRequest request(target);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(10'000);
        QNetworkReply *reply = m_nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++pages;
            reply->deleteLater();
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

private:
    QNetworkAccessManager m_nam;
};

} // namespace wod::test
