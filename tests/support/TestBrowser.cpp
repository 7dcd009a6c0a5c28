#include "TestBrowser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace wod::test {

void TestBrowser::open(const QUrl &url)
{
    lastAuthorizeUrl = url;
    const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"),
                                                      QUrl::FullyDecoded));
    if (m_favicons == Favicons::None || !redirect.isValid() || redirect.host().isEmpty()) {
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

QUrl TestBrowser::withQueryItem(const QUrl &url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    if (!value.isNull())
        query.addQueryItem(key, value);
    QUrl out = url;
    out.setQuery(query);
    return out;
}

QNetworkReply *TestBrowser::getFavicon(const QUrl &origin)
{
    QUrl icon = origin;
    icon.setPath(QStringLiteral("/favicon.ico"));
    icon.setQuery(QString());
    QNetworkRequest request(icon);
    request.setTransferTimeout(10'000);
    return m_nam.get(request);
}

void TestBrowser::authorize(const QUrl &url)
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
        if (m_favicons == Favicons::Ask && reply->url().host() == QLatin1String("127.0.0.1")) {
            QNetworkReply *favicon = getFavicon(reply->url());
            QObject::connect(favicon, &QNetworkReply::finished, favicon, &QObject::deleteLater);
        }
        reply->deleteLater();
    });
}

} // namespace wod::test
