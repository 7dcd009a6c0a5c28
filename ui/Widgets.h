#pragma once
// The few widget set-ups the views, pages and dialogs share, so that each is written once and
// looks the same everywhere: a wrapping label, a bold heading font, a scroll area that scrolls
// only vertically, a button with its name for assistive technology, a list of users in a table,
// and the Management sections' page layout. Each creates its widget where it is called, so the
// keyboard focus order stays the creation order. GUI thread only.

#include <QList>
#include <Qt>

class QBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QString;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace wod::ui::Widgets {

// A label that wraps its text, named `objectName`, in `format`.
QLabel *wrappingLabel(QWidget *parent, const QString &objectName,
                      Qt::TextFormat format = Qt::AutoText);
QLabel *wrappingLabel(const QString &text, QWidget *parent, const QString &objectName,
                      Qt::TextFormat format = Qt::AutoText);
// Makes `widget`'s font bold and `scale` times its size (a title or headline).
void makeHeading(QWidget *widget, qreal scale);
// A frameless scroll area for content that wraps: it resizes its widget and never scrolls sideways.
QScrollArea *verticalScrollArea(QWidget *parent, const QString &objectName,
                                const QString &accessibleName);
// A framed panel (QFrame::StyledPanel) named `objectName`.
QFrame *styledPanel(QWidget *parent, const QString &objectName);
// A push button named `objectName`, read as `accessibleName` by assistive technology.
QPushButton *button(const QString &text, QWidget *parent, const QString &objectName,
                    const QString &accessibleName);
// The same on a wizard page, where Return belongs to the wizard's own buttons: never auto-default.
QPushButton *pageButton(const QString &text, QWidget *parent, const QString &objectName,
                        const QString &accessibleName);
// A row of buttons (or other widgets) on the left, added at the end of `layout`.
void addButtonRow(QBoxLayout *layout, const QList<QWidget *> &widgets);
// The layout of the app's own dialogs (sign-in, startup prompt): their margins and `spacing`.
QVBoxLayout *dialogLayout(QWidget *dialog, int spacing);
// A read-only list of users: whole rows selected, Tab leaves it (arrows move within it), fixed row
// heights (a 100,000-row view does not measure every row), columns sharing the width.
void setUpUserTable(QTableView *table);
// A Management section (Overview, Users, Account): `view` named `objectName`, its layout with the
// section's margins and `spacing`, and the title `title` on top (named `titleObjectName`).
QVBoxLayout *sectionLayout(QWidget *view, const QString &objectName, int spacing);
QLabel *sectionTitle(const QString &title, QWidget *view, QVBoxLayout *layout,
                     const QString &titleObjectName);

} // namespace wod::ui::Widgets
