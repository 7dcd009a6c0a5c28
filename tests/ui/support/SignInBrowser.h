#pragma once
// Test stand-in for the desktop browser behind AuthSession's BrowserOpener seam (GuiOptions::
// openBrowser): GETs the authorize URL and follows the sandbox's 302 to the app's loopback
// redirect, as a browser would after the admin approved. No favicon or other extra requests.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <functional>

class SignInBrowser
{
public:
    int pages = 0;

    std::function<void(const QUrl &)> opener()
    {
        return [this](const QUrl &url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            request.setTransferTimeout(10'000);
            QNetworkReply *reply = m_nam.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
                ++pages;
                reply->deleteLater();
            });
        };
    }

private:
    QNetworkAccessManager m_nam;
};
