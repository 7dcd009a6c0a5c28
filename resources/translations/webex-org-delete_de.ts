<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
  <context>
    <name>wod::Blocker</name>
    <message>
      <source>Ask a full administrator of the customer organization to sign in with their own account and delete the organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask a full administrator of this organization to delete it, or to give you the Full Administrator role in Control Hub (Management &gt; Users &gt; your user &gt; Administrator roles), then sign in again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Convert or delete every user except yourself: the wizard's Users step does this before it deletes the organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep at most one partner relationship: ask the other partners listed to stop managing this organization, then check again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only a full administrator of the organization can delete it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Org cannot be deleted as Directory Synchronization is enabled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Org cannot be deleted as it has Linked sites.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Org cannot be deleted as it has active subscriptions or licenses.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Org cannot be deleted as it has managed orgs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Org cannot be deleted as it has more than 1 managed by relationship.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Org cannot be deleted as it has more than 1 user.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partners can't delete organizations for their customers. Only customer administrators can delete their own organizations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read the server's message and its tracking ID; resolve the condition in Control Hub or contact Cisco support with the tracking ID.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Release the organizations this one manages (Control Hub partner view &gt; Customers), then check again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization must have only expired partner-led trials, only online trials, only free subscriptions, or no subscriptions at all. Cancel the subscriptions listed in Control Hub (Management &gt; Account &gt; Subscriptions); a partner-led trial is ended by the partner, a paid subscription by your partner or Cisco account team.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server refused the deletion for another reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn off Directory Synchronization (Control Hub &gt; Management &gt; Users &gt; Directory Connector; for Webex for BroadWorks, turn off BroadWorks Directory Sync), then check again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlink the Webex sites listed from this organization (Control Hub &gt; Services &gt; Meeting &gt; Sites), or ask your Cisco account team: an organization whose site linking is complete cannot be deleted.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ConflictParser</name>
    <message>
      <source>An entry of the 409 response's "errors" is not an object.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The 409 response has neither a message nor error descriptions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The 409 response is not JSON: %1 at byte %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The 409 response is not a JSON object.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The 409 response's "errors" is not a list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The 409 response's "message" is not a string.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::EligibilityPolicy</name>
    <message numerus="yes">
      <source>%n user(s) besides you must be converted to individual accounts or deleted; the wizard does this next.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Directory Synchronization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Directory Synchronization is off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Linked sites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Managed by one partner (%1); one relationship is allowed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Managed organizations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Managed-by relationships</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No Webex site is linked to the organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No partner manages the organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subscriptions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization manages no other organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server does not disclose subscription types; it decides when the organization is deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server does not disclose this; it decides when the organization is deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These subscriptions prevent deletion: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who may delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You are a full administrator of %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You are signed in as %1 from the partner organization %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You are signed in as %1 with %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You are the only user; there are no users to handle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no administrator role</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ScenarioLoader</name>
    <message>
      <source>"%1" is not an email address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: cannot read the scenario file: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: expected a JSON object at the top level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1:%2: JSON syntax error: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a boolean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a string</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>duplicate subscription id "%1"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>duplicate user email "%1"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>duplicate value "%1"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected a list, found %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected a string, found %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected a whole number from 0 to %1, found %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected an ISO 8601 date and time, found "%1"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected an object, found %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected true or false, found %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>must not be empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>null</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown value "%1" (expected active, expired or suspended)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown value "%1" (expected partner_trial, online_trial, free or paid)</source>
      <translation type="unfinished" />
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
    <message>
      <source>Eligible: the organization can be deleted.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Not eligible: %n blocker(s) must be resolved first.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Organization: %1 (%2)
</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed in as: %1

</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some conditions are unknown (%1); the server decides when the organization is deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sign-in prompt "Delete Organization / Remind Me Later" applies.
</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to do: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::net::ApiClient</name>
    <message>
      <source>"%1" is not a valid API URL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>"items" is missing or not an array</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not on the API host %2; the access token is only sent to the API host.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: the answer does not match the API: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refusing plain HTTP to %1: the access token would travel unencrypted. Use https:// (plain http is only allowed on this computer, 127.0.0.1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SCIM Bulk: %1 operations requested; at most %2 per request.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unsupported URL scheme "%1": use https://.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the Link header cannot be parsed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the Link header points back to a page already read</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::net::ApiError</name>
    <message>
      <source>HTTP %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tracking id %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::net::ApiRequestJob</name>
    <message>
      <source>%1 answered HTTP %2: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: network error: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: no answer within %2 s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: the answer is not a JSON object (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: the answer was cut off (%2 of %3 bytes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The request was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>wrong type</source>
      <translation type="unfinished" />
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
    <message>
      <source>Cancelled before the organization was deleted; %1 of %2 users were handled. Resume to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot resume: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not re-read the organization before deleting it; nothing was done: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not resume: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write the journal: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write the journal; nothing was done: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every user was handled, but deleting the organization failed: %1. Resume to try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SCIM Bulk answered %1 for this user</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SCIM Bulk did not answer for this user</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopped after %1 of %2 users; the organization was not deleted: %3. Resume to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization "%1" accepted the deletion; it had not disappeared yet when confirmation stopped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization "%1" was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization cannot be deleted yet; no user was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization changed since you confirmed: %1. Nothing was done; check it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server refused to delete the organization; it is intact: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This run already finished (%1); there is nothing to resume.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This run was started by %1, but the token belongs to %2; nothing was done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write the journal %1: fsync failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a different organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its blockers changed (now none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its blockers changed (now: %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its name changed from "%1" to "%2"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no journal path was given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the access token was refused or expired (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the journal %1 already exists: resume it instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>you are signed in as %1, not %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::net::Journal</name>
    <message>
      <source>line %1 is not JSON: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no such journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the first line is not a deletion plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the journal is empty</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::net::JournalWriter</name>
    <message>
      <source>cannot create the journal's folder %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write the journal %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write the journal %1: fsync failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the journal is not open</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::net::SnapshotLoader</name>
    <message>
      <source>The signed-in account cannot see any organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The signed-in account manages %1 organizations; choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another organization</source>
      <translation type="unfinished" />
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
    <message>
      <source>&amp;Delete Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Organization from Cisco's identity system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleting your organization permanently deletes all of the information associated with it, such as Webex messages and files and all Webex Meetings data, including meeting URLs and recordings. You decide whether your users are converted to individual accounts with free Webex licenses or deleted. This is irreversible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Info</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing blocks deleting this organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing known blocks deleting this organization; Cisco checks the rest when it is deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organization ID:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organization information</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subscription</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subscriptions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subscriptions:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suspended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This server does not disclose subscriptions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Webex API id: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::AcknowledgePage</name>
    <message>
      <source>&lt;li&gt;Converted users keep a free Webex license, but their data associated with Webex or Webex Meetings is purged: only content in spaces between two people is retained.&lt;/li&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;li&gt;The users are deleted with all of their Webex data.&lt;/li&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;What will be lost&lt;/b&gt;&lt;/p&gt;&lt;ul style='margin-left:12px; -qt-list-indent:0'&gt;&lt;li&gt;All information associated with %1: Webex messages and files.&lt;/li&gt;&lt;li&gt;All Webex Meetings data, including Webex Meetings URLs and meeting recordings.&lt;/li&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;ry run…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete your organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleting your organization will result in data loss and is irreversible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dry run: show the exact plan without changing anything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I &amp;understand and accept:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I understand that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation type="unfinished" />
    </message>
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
    <message>
      <source>Organization name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shows exactly what would be done, without changing anything.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The name does not match yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The name matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To confirm, type the organization's name &lt;b&gt;%1&lt;/b&gt; exactly as shown (case and spaces count):</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::CheckRowWidget</name>
    <message>
      <source>What to do: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::DeleteOrgWizard</name>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close Delete Organization?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The deletion is still running. Stop it now? Users already handled stay handled; the journal keeps the run so that you can resume it at the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization's deletion has been sent and is being confirmed. Close anyway? The journal keeps the run so that the next start can finish the confirmation.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::DryRunDialog</name>
    <message>
      <source>Dry run: the exact plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is what Delete Organization would do, step by step. Nothing has been changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::MainWindow</name>
    <message>
      <source>%1 has been deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is being deleted. Deletion can take up to 10 minutes to complete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Retry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sign in again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A deletion of %1 did not finish (last step %2): %3 of %4 users were handled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connected to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Management</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Navigation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not signed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not signed in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People who created a trial with their email address can now be added to another organization. You can close this window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading your organization…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume it now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume the deletion?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sandbox: no real organization is touched (scenario %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in again to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in to read your organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed in as %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing in…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization's deletion was already sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tracking id: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Webex Organization Deletion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your organization could not be read: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your sign-in is not valid or has expired (HTTP 401). Sign in again.</source>
      <translation type="unfinished" />
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
    <message>
      <source>Delete Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to Management &gt; &amp;Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing known blocks deleting this organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the account view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subscriptions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users</source>
      <translation type="unfinished" />
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
    <message>
      <source>&amp;Re-check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before you delete your organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking your organization…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose Re-check to try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xport checklist…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the checklist as JSON or CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON (*.json);;CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing blocks the deletion of %1. Choose Next to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing known blocks the deletion of %1. Some conditions cannot be read from this server: Cisco checks them when the organization is deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-check the organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization has not been checked yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These checks follow Cisco's rules for deleting an organization. Every blocked check must be resolved before you can continue.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::ProgressPage</name>
    <message>
      <source>%1 min %2 s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 users converted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 users deleted</source>
      <translation type="unfinished" />
    </message>
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
    <message>
      <source>&amp;Stop before the organization is deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel the deletion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking every few seconds; elapsed %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking that the organization has not changed since you confirmed…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Converting users to individual accounts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleting the organization…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleting users…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleting your organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deletion request accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finished.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep this window open until the deletion is finished. You can cancel until the organization itself is deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No users to handle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not started.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending the deletion request…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopping keeps what was done so far and lets you resume later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopping… Users already handled stay handled; the journal keeps the run so that you can resume it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization's deletion has been sent: it can no longer be stopped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting for Cisco to confirm the organization is gone (up to 10 minutes)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting for the users to be handled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>about %1 left</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::ResultPage</name>
    <message>
      <source>%1 has been deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is being deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 users were converted to individual accounts with free Webex licenses.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 users were deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 was not deleted</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n user(s) could not be handled; the receipt lists them.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save receipt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;What now:&lt;/b&gt; people who created a trial with their email address can now be added to another organization.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cisco confirmed that the organization is gone. Removing all of its data from Cisco's services can take up to 10 minutes to complete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cisco refused to delete the organization (HTTP 409 Conflict). Resolve these conditions, then choose Resume:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deletion can take up to 10 minutes to complete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deletion stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organization deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Result details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume the deletion where it stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the receipt as JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The deletion did not finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The deletion request was accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The deletion was refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The journal %1 records what was done: Resume continues from there, without touching users already handled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization changed after you confirmed, so nothing was done. Start again to review the new state.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization is intact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization was not deleted and nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization was not deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The run did not finish; see what was done below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The run stopped; nothing more will change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tracking ids (for Cisco support): %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to do: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You stopped the deletion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the organization</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::SignInDialog</name>
    <message>
      <source>&amp;Access token:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sign In</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Access token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paste an access token of a full administrator of the organization. It is kept in memory only and never saved.
API: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in to Webex</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::StartupPrompt</name>
    <message>
      <source>%1 only has free subscriptions. As its full administrator you can delete it from Cisco's identity system. Deleting your organization will result in data loss and is irreversible; the next steps explain what is lost and let you decide what happens to your users.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remind Me Later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Organization or Remind Me Later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind Me Later</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Remind Me Later asks again in %n day(s).</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Your organization can be deleted</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::SubscriptionText</name>
    <message>
      <source>Unknown: the server decides</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::Translations</name>
    <message>
      <source>Unknown language "%1"; supported: %2.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::UserListModel</name>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::UsersPage</name>
    <message>
      <source>%1 of %2 shown</source>
      <translation type="unfinished" />
    </message>
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
    <message>
      <source>&amp;Convert to individual user accounts with free Webex licenses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Affected users</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Besides you, your organization has %n user(s). Choose what happens to them when the organization is deleted.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose what happens to your users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Convert to individual user accounts with free Webex licenses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xport list (CSV)…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Each user gets an individual account with a free Webex license (%n user(s)). Their organization data is still purged: only content in spaces between two people is retained.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Export affected users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the affected users as CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search by name or email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search users by name or email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This server does not offer converting users, so only deleting them is possible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This server does not offer deleting users.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your users</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wod::ui::UsersView</name>
    <message>
      <source>%1 of %2 shown</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n user(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Search by name or email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search users by name or email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users of the organization</source>
      <translation type="unfinished" />
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
    <message>
      <source>%1. Delete the organization: DELETE /v1/organizations/%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1. Read the organization again and stop, changing nothing, if it differs from what you confirmed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1. Wait until the organization is gone (up to 10 minutes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(tracking id %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dry run: nothing has been changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fingerprint of what you saw: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organization: %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed-in administrator: %1 (never converted or deleted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization could not be read: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The organization has not been read yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no checklist yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no result to save yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no user list yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick the acknowledgement and type the organization's name exactly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your sign-in is no longer valid. Sign in again, then re-check.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
