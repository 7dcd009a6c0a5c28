#include "NoAnimationStyle.h"

#include <QStyleFactory>

namespace wod::shots {

NoAnimationStyle::NoAnimationStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

int NoAnimationStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                                QStyleHintReturn *returnData) const
{
    if (hint == SH_Widget_Animation_Duration)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace wod::shots
