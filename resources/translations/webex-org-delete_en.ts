<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
  <context>
    <name>wod::EligibilityPolicy</name>
    <message numerus="yes">
      <source>%Ln user(s) besides you must be converted to individual accounts or deleted; the wizard does this next.</source>
      <translation>
        <numerusform>%Ln user besides you must be converted to individual accounts or deleted; the wizard does this next.</numerusform>
        <numerusform>%Ln users besides you must be converted to individual accounts or deleted; the wizard does this next.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::VerdictText</name>
    <message numerus="yes">
      <source>%Ln user(s) besides you will be converted or deleted first.</source>
      <translation>
        <numerusform>%Ln user besides you will be converted or deleted first.</numerusform>
        <numerusform>%Ln users besides you will be converted or deleted first.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not eligible: %n blocker(s) must be resolved first.</source>
      <translation>
        <numerusform>Not eligible: %n blocker must be resolved first.</numerusform>
        <numerusform>Not eligible: %n blockers must be resolved first.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::net::DeletionRunner</name>
    <message numerus="yes">
      <source>%Ln user(s) could not be converted or deleted; the organization was not deleted. Resume to try them again.</source>
      <translation>
        <numerusform>%Ln user could not be converted or deleted; the organization was not deleted. Resume to try them again.</numerusform>
        <numerusform>%Ln users could not be converted or deleted; the organization was not deleted. Resume to try them again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) could not be handled</source>
      <translation>
        <numerusform>%Ln user could not be handled</numerusform>
        <numerusform>%Ln users could not be handled</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) joined (%1)</source>
      <translation>
        <numerusform>%Ln user joined (%1)</numerusform>
        <numerusform>%Ln users joined (%1)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) left (%1)</source>
      <translation>
        <numerusform>%Ln user left (%1)</numerusform>
        <numerusform>%Ln users left (%1)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Cisco deleted the organization "%1" at the first request, although it still had %n other user(s); this run converted or deleted none of them.</source>
      <translation>
        <numerusform>Cisco deleted the organization "%1" at the first request, although it still had %n other user; this run neither converted nor deleted that user.</numerusform>
        <numerusform>Cisco deleted the organization "%1" at the first request, although it still had %n other users; this run converted or deleted none of them.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::AccountView</name>
    <message numerus="yes">
      <source>%Ln subscription(s)</source>
      <translation>
        <numerusform>%Ln subscription</numerusform>
        <numerusform>%Ln subscriptions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln user</numerusform>
        <numerusform>%Ln users</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n condition(s) must be resolved before this organization can be deleted:</source>
      <translation>
        <numerusform>%n condition must be resolved before this organization can be deleted:</numerusform>
        <numerusform>%n conditions must be resolved before this organization can be deleted:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This server cannot report %n condition(s); Delete Organization asks you to check them in Control Hub.</source>
      <translation>
        <numerusform>This server cannot report %n condition; Delete Organization asks you to check it in Control Hub.</numerusform>
        <numerusform>This server cannot report %n conditions; Delete Organization asks you to check them in Control Hub.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::AcknowledgePage</name>
    <message numerus="yes">
      <source>I understand that my %Ln user(s) will be deleted, that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation>
        <numerusform>I understand that my %Ln user will be deleted, that %1 and all of its data will be deleted, and that this is irreversible.</numerusform>
        <numerusform>I understand that my %Ln users will be deleted, that %1 and all of its data will be deleted, and that this is irreversible.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>I understand that my %Ln user(s) will be transferred to individual accounts with free Webex licenses, that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation>
        <numerusform>I understand that my %Ln user will be transferred to individual accounts with free Webex licenses, that %1 and all of its data will be deleted, and that this is irreversible.</numerusform>
        <numerusform>I understand that my %Ln users will be transferred to individual accounts with free Webex licenses, that %1 and all of its data will be deleted, and that this is irreversible.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::OverviewView</name>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln user</numerusform>
        <numerusform>%Ln users</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Conditions to resolve before deleting: %n. See Management &gt; Account &gt; Info.</source>
      <translation>
        <numerusform>Conditions to resolve before deleting: %n. See Management &gt; Account &gt; Info.</numerusform>
        <numerusform>Conditions to resolve before deleting: %n. See Management &gt; Account &gt; Info.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::PreflightPage</name>
    <message numerus="yes">
      <source>%n condition(s) must be resolved before %1 can be deleted.</source>
      <translation>
        <numerusform>%n condition must be resolved before %1 can be deleted.</numerusform>
        <numerusform>%n conditions must be resolved before %1 can be deleted.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This server cannot report %n condition(s). Check each one in Control Hub and tick it to continue: if one of them blocks, Cisco refuses the deletion, possibly after your users were already converted or deleted.</source>
      <translation>
        <numerusform>This server cannot report %n condition. Check it in Control Hub and tick it to continue: if it blocks, Cisco refuses the deletion, possibly after your users were already converted or deleted.</numerusform>
        <numerusform>This server cannot report %n conditions. Check each one in Control Hub and tick it to continue: if one of them blocks, Cisco refuses the deletion, possibly after your users were already converted or deleted.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You checked in Control Hub the %n condition(s) this server cannot report; nothing else blocks the deletion of %1.</source>
      <translation>
        <numerusform>You checked in Control Hub the %n condition this server cannot report; nothing else blocks the deletion of %1.</numerusform>
        <numerusform>You checked in Control Hub the %n conditions this server cannot report; nothing else blocks the deletion of %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You checked in Control Hub the %n condition(s) this server cannot report; nothing else blocks the deletion of %1. Choose Next to continue.</source>
      <translation>
        <numerusform>You checked in Control Hub the %n condition this server cannot report; nothing else blocks the deletion of %1. Choose Next to continue.</numerusform>
        <numerusform>You checked in Control Hub the %n conditions this server cannot report; nothing else blocks the deletion of %1. Choose Next to continue.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::ProgressPage</name>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n failed</numerusform>
        <numerusform>%n failed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::ResultPage</name>
    <message numerus="yes">
      <source>%Ln user(s) could not be handled; the receipt lists them.</source>
      <translation>
        <numerusform>%Ln user could not be handled; the receipt lists them.</numerusform>
        <numerusform>%Ln users could not be handled; the receipt lists them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) were already converted to individual accounts before Cisco refused. This cannot be undone.</source>
      <translation>
        <numerusform>%Ln user was already converted to an individual account before Cisco refused. This cannot be undone.</numerusform>
        <numerusform>%Ln users were already converted to individual accounts before Cisco refused. This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) were already deleted before Cisco refused. This cannot be undone.</source>
      <translation>
        <numerusform>%Ln user was already deleted before Cisco refused. This cannot be undone.</numerusform>
        <numerusform>%Ln users were already deleted before Cisco refused. This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The organization was not deleted, but %Ln user(s) were converted.</source>
      <translation>
        <numerusform>The organization was not deleted, but %Ln user was converted.</numerusform>
        <numerusform>The organization was not deleted, but %Ln users were converted.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The organization was not deleted, but %Ln user(s) were deleted.</source>
      <translation>
        <numerusform>The organization was not deleted, but %Ln user was deleted.</numerusform>
        <numerusform>The organization was not deleted, but %Ln users were deleted.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::StartupPrompt</name>
    <message numerus="yes">
      <source>%1 only has free subscriptions, but %n condition(s) still block its deletion: %2 Choose “Review what blocks deletion” to see each one and what to do about it.</source>
      <translation>
        <numerusform>%1 only has free subscriptions, but %n condition still blocks its deletion: %2 Choose “Review what blocks deletion” to see it and what to do about it.</numerusform>
        <numerusform>%1 only has free subscriptions, but %n conditions still block its deletion: %2 Choose “Review what blocks deletion” to see each one and what to do about it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 only has free subscriptions. As its full administrator you may be able to delete it from Cisco's identity system, but this server cannot report %n condition(s): Delete Organization asks you to check them in Control Hub first. Deleting your organization will result in data loss and is irreversible.</source>
      <translation>
        <numerusform>%1 only has free subscriptions. As its full administrator you may be able to delete it from Cisco's identity system, but this server cannot report %n condition: Delete Organization asks you to check it in Control Hub first. Deleting your organization will result in data loss and is irreversible.</numerusform>
        <numerusform>%1 only has free subscriptions. As its full administrator you may be able to delete it from Cisco's identity system, but this server cannot report %n conditions: Delete Organization asks you to check them in Control Hub first. Deleting your organization will result in data loss and is irreversible.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Remind Me Later asks again in %n day(s).</source>
      <translation>
        <numerusform>Remind Me Later asks again in %n day.</numerusform>
        <numerusform>Remind Me Later asks again in %n days.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::SubscriptionText</name>
    <message numerus="yes">
      <source>%n subscription(s): </source>
      <translation>
        <numerusform>%n subscription: </numerusform>
        <numerusform>%n subscriptions: </numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UsersPage</name>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln user</numerusform>
        <numerusform>%Ln users</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) will be deleted with all of their Webex data.</source>
      <translation>
        <numerusform>%Ln user will be deleted with all of their Webex data.</numerusform>
        <numerusform>%Ln users will be deleted with all of their Webex data.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Besides you, your organization has %Ln user(s). Choose what happens to them when the organization is deleted.</source>
      <translation>
        <numerusform>Besides you, your organization has %Ln user. Choose what happens to them when the organization is deleted.</numerusform>
        <numerusform>Besides you, your organization has %Ln users. Choose what happens to them when the organization is deleted.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Each user gets an individual account with a free Webex license (%Ln user(s)). Their organization data is still purged: only content in spaces between two people is retained.</source>
      <translation>
        <numerusform>Each user gets an individual account with a free Webex license (%Ln user). Their organization data is still purged: only content in spaces between two people is retained.</numerusform>
        <numerusform>Each user gets an individual account with a free Webex license (%Ln users). Their organization data is still purged: only content in spaces between two people is retained.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>No user matches "%1". Clear the search to see all %Ln user(s).</source>
      <translation>
        <numerusform>No user matches "%1". Clear the search to see the %Ln user.</numerusform>
        <numerusform>No user matches "%1". Clear the search to see all %Ln users.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UsersView</name>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln user</numerusform>
        <numerusform>%Ln users</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::WizardController</name>
    <message numerus="yes">
      <source>%1. Convert %Ln user(s) to individual accounts with free Webex licenses:</source>
      <translation>
        <numerusform>%1. Convert %Ln user to individual accounts with free Webex licenses:</numerusform>
        <numerusform>%1. Convert %Ln users to individual accounts with free Webex licenses:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1. Delete %Ln user(s):</source>
      <translation>
        <numerusform>%1. Delete %Ln user:</numerusform>
        <numerusform>%1. Delete %Ln users:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sign in again to confirm that it is you: your last sign-in is more than %n minute(s) old. Then choose Delete Organization again.</source>
      <translation>
        <numerusform>Sign in again to confirm that it is you: your last sign-in is more than %n minute old. Then choose Delete Organization again.</numerusform>
        <numerusform>Sign in again to confirm that it is you: your last sign-in is more than %n minutes old. Then choose Delete Organization again.</numerusform>
      </translation>
    </message>
  </context>
</TS>
