#include "UsersPage.h"

#include "SaveAs.h"
#include "UiServices.h"
#include "UserListModel.h"
#include "WizardController.h"
#include "Widgets.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>
#include <functional>

namespace wod::ui {

namespace {

QLabel *explanation(QWidget *parent, const QString &objectName)
{
    QLabel *label = Widgets::wrappingLabel(parent, objectName);
    label->setIndent(24);
    return label;
}

} // namespace

UsersPage::UsersPage(WizardController *controller, UiServices *services, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_services(services)
{
    setObjectName(QStringLiteral("usersPage"));
    setTitle(tr("Choose what happens to your users"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *choices = new QGroupBox(tr("Your users"), this);
    choices->setObjectName(QStringLiteral("dispositionGroupBox"));
    auto *choiceLayout = new QVBoxLayout(choices);
    choiceLayout->setSpacing(6);
    m_convertRadio = new QRadioButton(tr("&Convert to individual user accounts with free Webex licenses"),
                                      choices);
    m_convertRadio->setObjectName(QStringLiteral("convertRadioButton"));
    m_convertRadio->setAccessibleName(tr("Convert to individual user accounts with free Webex licenses"));
    m_convertRadio->setAccessibleDescription(tr("Users keep a free Webex license; their organization data is purged."));
    m_convertLabel = explanation(choices, QStringLiteral("convertExplanationLabel"));
    m_deleteRadio = new QRadioButton(tr("&Delete users"), choices);
    m_deleteRadio->setObjectName(QStringLiteral("deleteUsersRadioButton"));
    m_deleteRadio->setAccessibleName(tr("Delete users"));
    m_deleteRadio->setAccessibleDescription(tr("Users are deleted with all of their Webex data."));
    m_deleteLabel = explanation(choices, QStringLiteral("deleteExplanationLabel"));
    m_unsupportedLabel = Widgets::wrappingLabel(choices, QStringLiteral("unsupportedChoiceLabel"));
    choiceLayout->addWidget(m_convertRadio);
    choiceLayout->addWidget(m_convertLabel);
    choiceLayout->addSpacing(6);
    choiceLayout->addWidget(m_deleteRadio);
    choiceLayout->addWidget(m_deleteLabel);
    choiceLayout->addWidget(m_unsupportedLabel);
    // The acting admin is in neither choice: say what happens to their own account.
    m_selfLabel = Widgets::wrappingLabel(choices, QStringLiteral("selfAccountLabel"));
    choiceLayout->addSpacing(4);
    choiceLayout->addWidget(m_selfLabel);
    auto *group = new QButtonGroup(this);
    group->addButton(m_convertRadio);
    group->addButton(m_deleteRadio);
    layout->addWidget(choices);

    auto *listBox = new QGroupBox(tr("Affected users"), this);
    listBox->setObjectName(QStringLiteral("affectedUsersGroupBox"));
    auto *listLayout = new QVBoxLayout(listBox);
    auto *filterRow = new QHBoxLayout;
    m_filterEdit = new QLineEdit(listBox);
    m_filterEdit->setObjectName(QStringLiteral("userFilterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Search users by name or email"));
    m_filterEdit->setPlaceholderText(tr("Search by name or email"));
    m_filterEdit->setClearButtonEnabled(true);
    m_matchLabel = new QLabel(listBox);
    m_matchLabel->setObjectName(QStringLiteral("userMatchCountLabel"));
    m_exportButton = Widgets::pageButton(tr("E&xport list (CSV)…"), listBox,
                                         QStringLiteral("exportUsersButton"),
                                         tr("Export the affected users as CSV"));
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_matchLabel);
    filterRow->addWidget(m_exportButton);
    listLayout->addLayout(filterRow);

    m_model = new UserListModel(this);
    m_table = new QTableView(listBox);
    m_table->setObjectName(QStringLiteral("userTableView"));
    m_table->setAccessibleName(tr("Affected users"));
    m_table->setModel(m_model);
    m_table->setAccessibleDescription(tr("The users of your organization besides you, filtered by the search field."));
    Widgets::setUpUserTable(m_table);
    m_table->setMinimumHeight(140);
    listLayout->addWidget(m_table, 1);
    // A search that matches nobody says so instead of showing an empty grid; it takes the list's
    // place so that the page does not change height.
    m_noMatchLabel = Widgets::wrappingLabel(listBox, QStringLiteral("noUserMatchesLabel"));
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->setMinimumHeight(140);
    m_noMatchLabel->setVisible(false);
    listLayout->addWidget(m_noMatchLabel, 1);
    layout->addWidget(listBox, 1);

    connect(m_convertRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->chooseDisposition(UserDisposition::Convert);
    });
    connect(m_deleteRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->chooseDisposition(UserDisposition::Delete);
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        updateMatchCount();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &UsersPage::exportUsers);
    connect(m_controller, &WizardController::dispositionChanged, this, &UsersPage::render);
    connect(m_controller, &WizardController::snapshotChanged, this, &UsersPage::initializePage);
}

void UsersPage::initializePage()
{
    const QList<Person> users = m_controller->snapshot().usersToHandle();
    if (m_model->totalCount() != users.size() || m_model->users() != users) {
        m_model->setUsers(users);
        m_filterEdit->clear();
    }
    render();
    if (m_convertRadio->isEnabled() && !m_deleteRadio->isChecked())
        m_convertRadio->setFocus();
    else if (m_deleteRadio->isEnabled())
        m_deleteRadio->setFocus();
}

bool UsersPage::isComplete() const
{
    return m_controller->disposition().has_value();
}

void UsersPage::render()
{
    const int n = m_model->totalCount();
    setSubTitle(tr("Besides you, your organization has %Ln user(s). Choose what happens to them "
                   "when the organization is deleted.",
                   nullptr, n));
    m_convertLabel->setText(
        tr("Each user gets an individual account with a free Webex license (%Ln user(s)). Their "
           "organization data is still purged: only content in spaces between two people is "
           "retained.",
           nullptr, n));
    m_deleteLabel->setText(tr("%Ln user(s) will be deleted with all of their Webex data.", nullptr, n));
    m_selfLabel->setText(tr("Your own account (%1) is neither converted nor deleted by these steps: "
                            "it is deleted together with the organization, at the end.")
                             .arg(m_controller->snapshot().actor.email));

    const bool canConvert = m_controller->canConvertUsers();
    const bool canDelete = m_controller->canDeleteUsers();
    m_convertRadio->setEnabled(canConvert);
    m_convertLabel->setEnabled(canConvert);
    m_deleteRadio->setEnabled(canDelete);
    m_deleteLabel->setEnabled(canDelete);
    QStringList notes;
    if (!canConvert)
        notes << tr("This server does not offer converting users, so only deleting them is possible.");
    if (!canDelete)
        notes << tr("This server does not offer deleting users.");
    m_unsupportedLabel->setText(notes.join(QLatin1Char(' ')));
    m_unsupportedLabel->setVisible(!notes.isEmpty());

    const auto choice = m_controller->disposition();
    {
        const QSignalBlocker b1(m_convertRadio);
        const QSignalBlocker b2(m_deleteRadio);
        m_convertRadio->setChecked(choice == UserDisposition::Convert);
        m_deleteRadio->setChecked(choice == UserDisposition::Delete);
    }
    updateMatchCount();
    emit completeChanged();
}

void UsersPage::updateMatchCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_matchLabel->setText(shown == total ? tr("%Ln user(s)", nullptr, total)
                                         : tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(total)));
    const bool nothingMatches = shown == 0 && total > 0;
    m_noMatchLabel->setText(nothingMatches
                                ? tr("No user matches \"%1\". Clear the search to see all %Ln user(s).",
                                     nullptr, total)
                                      .arg(m_filterEdit->text())
                                : QString());
    m_noMatchLabel->setAccessibleName(m_noMatchLabel->text());
    m_noMatchLabel->setVisible(nothingMatches);
    m_table->setVisible(!nothingMatches);
}

void UsersPage::exportUsers()
{
    SaveAs::ask(m_services, this, tr("Export affected users"), QStringLiteral("users.csv"),
                tr("CSV (*.csv)"), tr("Export failed"),
                std::bind_front(&WizardController::exportUsers, m_controller));
}

} // namespace wod::ui
