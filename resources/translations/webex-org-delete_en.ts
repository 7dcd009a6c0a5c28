<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
  <context>
    <name>wod::EligibilityPolicy</name>
    <message numerus="yes">
      <source>%n user(s) besides you must be converted to individual accounts or deleted; the wizard does this next.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::VerdictText</name>
    <message numerus="yes">
      <source>%n user(s) besides you will be converted or deleted first.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Not eligible: %n blocker(s) must be resolved first.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::net::DeletionRunner</name>
    <message numerus="yes">
      <source>%n user(s) could not be converted or deleted; the organization was not deleted. Resume to try them again.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n user(s) could not be handled</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n user(s) joined (%1)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n user(s) left (%1)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::AccountView</name>
    <message numerus="yes">
      <source>%n condition(s) must be resolved first; Delete Organization lists them.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n user(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::AcknowledgePage</name>
    <message numerus="yes">
      <source>I understand that my %n user(s) will be deleted, that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>I understand that my %n user(s) will be transferred to individual accounts with free Webex licenses, that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::OverviewView</name>
    <message numerus="yes">
      <source>%n user(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Conditions to resolve before deleting: %n. See Management &gt; Account &gt; Info.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::PreflightPage</name>
    <message numerus="yes">
      <source>%n condition(s) must be resolved before %1 can be deleted.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::ProgressPage</name>
    <message numerus="yes">
      <source>%n failed</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::ResultPage</name>
    <message numerus="yes">
      <source>%n user(s) could not be handled; the receipt lists them.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::StartupPrompt</name>
    <message numerus="yes">
      <source>Remind Me Later asks again in %n day(s).</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UsersPage</name>
    <message numerus="yes">
      <source>%n user(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n user(s) will be deleted with all of their Webex data.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Besides you, your organization has %n user(s). Choose what happens to them when the organization is deleted.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Each user gets an individual account with a free Webex license (%n user(s)). Their organization data is still purged: only content in spaces between two people is retained.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UsersView</name>
    <message numerus="yes">
      <source>%n user(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>wod::ui::WizardController</name>
    <message numerus="yes">
      <source>%1. Convert %n user(s) to individual accounts with free Webex licenses:</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%1. Delete %n user(s):</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
</TS>
