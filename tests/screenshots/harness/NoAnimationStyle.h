#pragma once
// Test-only proxy over Fusion: every widget animation lasts 0 ms (progress bars, scroll bars,
// focus transitions), so a grab never catches an intermediate frame.

#include <QProxyStyle>

namespace wod::shots {

class NoAnimationStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    NoAnimationStyle(); // wraps a new Fusion style, which it owns

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace wod::shots
