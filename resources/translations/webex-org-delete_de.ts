<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
  <context>
    <name>wod::Blocker</name>
    <message>
      <source>Ask a full administrator of the customer organization to sign in with their own account and delete the organization.</source>
      <translation>Bitten Sie einen Volladministrator der Kundenorganisation, sich mit seinem eigenen Konto anzumelden und die Organisation zu löschen.</translation>
    </message>
    <message>
      <source>Ask a full administrator of this organization to delete it, or to give you the Full Administrator role in Control Hub (Management &gt; Users &gt; your user &gt; Administrator roles), then sign in again.</source>
      <translation>Bitten Sie einen Volladministrator dieser Organisation, sie zu löschen oder Ihnen in Control Hub die Rolle „Volladministrator“ zuzuweisen (Verwaltung &gt; Benutzer &gt; Ihr Benutzer &gt; Administratorrollen), und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
      <source>Convert or delete every user except yourself: the wizard's Users step does this before it deletes the organization.</source>
      <translation>Konvertieren oder löschen Sie alle Benutzer außer Ihnen selbst: Der Schritt „Benutzer“ des Assistenten erledigt das, bevor er die Organisation löscht.</translation>
    </message>
    <message>
      <source>Keep at most one partner relationship: ask the other partners listed to stop managing this organization, then check again.</source>
      <translation>Behalten Sie höchstens eine Partnerbeziehung: Bitten Sie die anderen aufgeführten Partner, diese Organisation nicht mehr zu verwalten, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
      <source>Only a full administrator of the organization can delete it.</source>
      <translation>Nur ein Volladministrator der Organisation kann sie löschen.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as Directory Synchronization is enabled.</source>
      <translation>Die Organisation kann nicht gelöscht werden, da die Verzeichnissynchronisierung aktiviert ist.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has Linked sites.</source>
      <translation>Die Organisation kann nicht gelöscht werden, da sie verknüpfte Sites hat.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has active subscriptions or licenses.</source>
      <translation>Die Organisation kann nicht gelöscht werden, da sie aktive Abonnements oder Lizenzen hat.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has managed orgs.</source>
      <translation>Die Organisation kann nicht gelöscht werden, da sie verwaltete Organisationen hat.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has more than 1 managed by relationship.</source>
      <translation>Die Organisation kann nicht gelöscht werden, da sie mehr als eine „Verwaltet von“-Beziehung hat.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has more than 1 user.</source>
      <translation>Die Organisation kann nicht gelöscht werden, da sie mehr als einen Benutzer hat.</translation>
    </message>
    <message>
      <source>Partners can't delete organizations for their customers. Only customer administrators can delete their own organizations.</source>
      <translation>Partner können keine Organisationen ihrer Kunden löschen. Nur Kundenadministratoren können ihre eigenen Organisationen löschen.</translation>
    </message>
    <message>
      <source>Read the server's message and its tracking ID; resolve the condition in Control Hub or contact Cisco support with the tracking ID.</source>
      <translation>Lesen Sie die Meldung des Servers und ihre Tracking-ID; beheben Sie die Bedingung in Control Hub oder wenden Sie sich mit der Tracking-ID an den Cisco-Support.</translation>
    </message>
    <message>
      <source>Release the organizations this one manages (Control Hub partner view &gt; Customers), then check again.</source>
      <translation>Geben Sie die Organisationen frei, die diese verwaltet (Partneransicht von Control Hub &gt; Kunden), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
      <source>The organization must have only expired partner-led trials, only online trials, only free subscriptions, or no subscriptions at all. Cancel the subscriptions listed in Control Hub (Management &gt; Account &gt; Subscriptions); a partner-led trial is ended by the partner, a paid subscription by your partner or Cisco account team.</source>
      <translation>Die Organisation darf nur abgelaufene partnergeführte Testversionen, nur Online-Testversionen, nur kostenlose Abonnements oder gar keine Abonnements haben. Kündigen Sie die aufgeführten Abonnements in Control Hub (Verwaltung &gt; Konto &gt; Abonnements); eine partnergeführte Testversion beendet der Partner, ein kostenpflichtiges Abonnement Ihr Partner oder Ihr Cisco-Account-Team.</translation>
    </message>
    <message>
      <source>The server refused the deletion for another reason.</source>
      <translation>Der Server hat das Löschen aus einem anderen Grund abgelehnt.</translation>
    </message>
    <message>
      <source>Turn off Directory Synchronization (Control Hub &gt; Management &gt; Users &gt; Directory Connector; for Webex for BroadWorks, turn off BroadWorks Directory Sync), then check again.</source>
      <translation>Deaktivieren Sie die Verzeichnissynchronisierung (Control Hub &gt; Verwaltung &gt; Benutzer &gt; Directory Connector; bei Webex for BroadWorks die BroadWorks-Verzeichnissynchronisierung) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
      <source>Unlink the Webex sites listed from this organization (Control Hub &gt; Services &gt; Meeting &gt; Sites), or ask your Cisco account team: an organization whose site linking is complete cannot be deleted.</source>
      <translation>Heben Sie die Verknüpfung der aufgeführten Webex-Sites mit dieser Organisation auf (Control Hub &gt; Dienste &gt; Meeting &gt; Sites) oder wenden Sie sich an Ihr Cisco-Account-Team: Eine Organisation mit abgeschlossener Site-Verknüpfung kann nicht gelöscht werden.</translation>
    </message>
  </context>
  <context>
    <name>wod::ConflictParser</name>
    <message>
      <source>An entry of the 409 response's "errors" is not an object.</source>
      <translation>Ein Eintrag von „errors“ in der 409-Antwort ist kein Objekt.</translation>
    </message>
    <message>
      <source>The 409 response has neither a message nor error descriptions.</source>
      <translation>Die 409-Antwort enthält weder eine Meldung noch Fehlerbeschreibungen.</translation>
    </message>
    <message>
      <source>The 409 response is not JSON: %1 at byte %2.</source>
      <translation>Die 409-Antwort ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
      <source>The 409 response is not a JSON object.</source>
      <translation>Die 409-Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
      <source>The 409 response's "errors" is not a list.</source>
      <translation>„errors“ in der 409-Antwort ist keine Liste.</translation>
    </message>
    <message>
      <source>The 409 response's "message" is not a string.</source>
      <translation>„message“ in der 409-Antwort ist keine Zeichenkette.</translation>
    </message>
  </context>
  <context>
    <name>wod::Criterion</name>
    <message>
      <source>It has no subscriptions at all, whether they're active or suspended.</source>
      <translation>Sie hat überhaupt keine Abonnements, weder aktive noch gesperrte.</translation>
    </message>
    <message>
      <source>It only has active or expired online trials, and no other types of subscriptions.</source>
      <translation>Sie hat nur aktive oder abgelaufene Online-Testversionen und keine anderen Abonnementtypen.</translation>
    </message>
    <message>
      <source>It only has expired partner-led trials, and no other types of subscriptions.</source>
      <translation>Sie hat nur abgelaufene partnergeführte Testversionen und keine anderen Abonnementtypen.</translation>
    </message>
    <message>
      <source>It only has free subscriptions, and no other types of subscriptions.</source>
      <translation>Sie hat nur kostenlose Abonnements und keine anderen Abonnementtypen.</translation>
    </message>
  </context>
  <context>
    <name>wod::DeletionPlan</name>
    <message>
      <source>a confirmed check of the plan is malformed</source>
      <translation>eine bestätigte Prüfung des Plans ist fehlerhaft</translation>
    </message>
    <message>
      <source>a user of the plan is malformed</source>
      <translation>ein Benutzer des Plans ist fehlerhaft</translation>
    </message>
    <message>
      <source>the plan lacks the organization's id, name or the users' disposition</source>
      <translation>dem Plan fehlen ID oder Name der Organisation oder die Behandlung der Benutzer</translation>
    </message>
    <message>
      <source>the plan's confirmed checks are not a list</source>
      <translation>die bestätigten Prüfungen des Plans sind keine Liste</translation>
    </message>
    <message>
      <source>the plan's users are not a list</source>
      <translation>die Benutzer des Plans sind keine Liste</translation>
    </message>
  </context>
  <context>
    <name>wod::EligibilityPolicy</name>
    <message numerus="yes">
      <source>%Ln user(s) besides you must be converted to individual accounts or deleted; the wizard does this next.</source>
      <translation>
        <numerusform>%Ln Benutzer außer Ihnen muss in ein Einzelkonto konvertiert oder gelöscht werden; das erledigt der Assistent als Nächstes.</numerusform>
        <numerusform>%Ln Benutzer außer Ihnen müssen in Einzelkonten konvertiert oder gelöscht werden; das erledigt der Assistent als Nächstes.</numerusform>
      </translation>
    </message>
    <message>
      <source>Directory Synchronization</source>
      <translation>Verzeichnissynchronisierung</translation>
    </message>
    <message>
      <source>Directory Synchronization is off.</source>
      <translation>Die Verzeichnissynchronisierung ist deaktiviert.</translation>
    </message>
    <message>
      <source>Each of these kinds is allowed on its own, but not together: the mix is what blocks. Keep one kind only: ask your partner or Cisco account team to remove expired partner-led trials from the organization, or end the other subscriptions in Control Hub (Management &gt; Account &gt; Subscriptions).</source>
      <translation>Jede dieser Arten ist für sich allein zulässig, aber nicht zusammen: Die Mischung blockiert. Behalten Sie nur eine Art: Bitten Sie Ihren Partner oder Ihr Cisco-Account-Team, abgelaufene partnergeführte Testversionen aus der Organisation zu entfernen, oder beenden Sie die anderen Abonnements in Control Hub (Verwaltung &gt; Konto &gt; Abonnements).</translation>
    </message>
    <message>
      <source>Linked sites</source>
      <translation>Verknüpfte Sites</translation>
    </message>
    <message>
      <source>Managed by one partner (%1); one relationship is allowed.</source>
      <translation>Von einem Partner verwaltet (%1); eine Beziehung ist zulässig.</translation>
    </message>
    <message>
      <source>Managed organizations</source>
      <translation>Verwaltete Organisationen</translation>
    </message>
    <message>
      <source>Managed-by relationships</source>
      <translation>„Verwaltet von“-Beziehungen</translation>
    </message>
    <message>
      <source>No Webex site is linked to the organization.</source>
      <translation>Mit der Organisation ist keine Webex-Site verknüpft.</translation>
    </message>
    <message>
      <source>No more than one partner manages the organization; one relationship is allowed.</source>
      <translation>Höchstens ein Partner verwaltet die Organisation; eine Beziehung ist zulässig.</translation>
    </message>
    <message>
      <source>No partner manages the organization.</source>
      <translation>Kein Partner verwaltet die Organisation.</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Abonnements</translation>
    </message>
    <message>
      <source>The organization manages no other organization.</source>
      <translation>Die Organisation verwaltet keine andere Organisation.</translation>
    </message>
    <message>
      <source>The server does not disclose subscription types; it decides when the organization is deleted.</source>
      <translation>Der Server gibt die Abonnementtypen nicht preis; er entscheidet beim Löschen der Organisation.</translation>
    </message>
    <message>
      <source>The server does not disclose this; it decides when the organization is deleted.</source>
      <translation>Der Server gibt dies nicht preis; er entscheidet beim Löschen der Organisation.</translation>
    </message>
    <message>
      <source>These subscriptions prevent deletion:</source>
      <translation>Diese Abonnements verhindern das Löschen:</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>Who may delete</source>
      <translation>Wer löschen darf</translation>
    </message>
    <message>
      <source>You are a full administrator of %1.</source>
      <translation>Sie sind Volladministrator von %1.</translation>
    </message>
    <message>
      <source>You are signed in as %1 from the partner organization %2.</source>
      <translation>Sie sind als %1 aus der Partnerorganisation %2 angemeldet.</translation>
    </message>
    <message>
      <source>You are signed in as %1 with the %2 role.</source>
      <translation>Sie sind als %1 mit der Rolle „%2“ angemeldet.</translation>
    </message>
    <message>
      <source>You are signed in as %1 with the roles %2.</source>
      <translation>Sie sind als %1 mit den Rollen %2 angemeldet.</translation>
    </message>
    <message>
      <source>You are signed in as %1 without an administrator role.</source>
      <translation>Sie sind als %1 ohne Administratorrolle angemeldet.</translation>
    </message>
    <message>
      <source>You are the only user; there are no users to handle.</source>
      <translation>Sie sind der einzige Benutzer; es sind keine Benutzer zu bearbeiten.</translation>
    </message>
  </context>
  <context>
    <name>wod::ScenarioLoader</name>
    <message>
      <source>"%1" is not an email address</source>
      <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
      <source>%1: %2: %3</source>
      <translation>%1: %2: %3</translation>
    </message>
    <message>
      <source>%1: cannot read the scenario file: %2</source>
      <translation>%1: Die Szenariodatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>%1: expected a JSON object at the top level</source>
      <translation>%1: Auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
      <source>%1:%2: JSON syntax error: %3</source>
      <translation>%1:%2: JSON-Syntaxfehler: %3</translation>
    </message>
    <message>
      <source>a boolean</source>
      <translation>ein Wahrheitswert</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>eine Zahl</translation>
    </message>
    <message>
      <source>a string</source>
      <translation>eine Zeichenkette</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>ein Objekt</translation>
    </message>
    <message>
      <source>duplicate subscription id "%1"</source>
      <translation>doppelte Abonnement-ID „%1“</translation>
    </message>
    <message>
      <source>duplicate user email "%1"</source>
      <translation>doppelte Benutzer-E-Mail „%1“</translation>
    </message>
    <message>
      <source>duplicate value "%1"</source>
      <translation>doppelter Wert „%1“</translation>
    </message>
    <message>
      <source>expected a list, found %1</source>
      <translation>Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
      <source>expected a string, found %1</source>
      <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
      <source>expected a whole number from 0 to %1, found %2</source>
      <translation>ganze Zahl von 0 bis %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
      <source>expected an ISO 8601 date (YYYY-MM-DD), found "%1"</source>
      <translation>Datum nach ISO 8601 (JJJJ-MM-TT) erwartet, gefunden: „%1“</translation>
    </message>
    <message>
      <source>expected an ISO 8601 date and time, found "%1"</source>
      <translation>Datum und Uhrzeit nach ISO 8601 erwartet, gefunden: „%1“</translation>
    </message>
    <message>
      <source>expected an object, found %1</source>
      <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
      <source>expected true or false, found %1</source>
      <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
      <source>is required</source>
      <translation>ist erforderlich</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>darf nicht leer sein</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nichts</translation>
    </message>
    <message>
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <source>unknown value "%1" (expected active, expired or suspended)</source>
      <translation>unbekannter Wert „%1“ (erwartet: active, expired oder suspended)</translation>
    </message>
    <message>
      <source>unknown value "%1" (expected partner_trial, online_trial, free or paid)</source>
      <translation>unbekannter Wert „%1“ (erwartet: partner_trial, online_trial, free oder paid)</translation>
    </message>
  </context>
  <context>
    <name>wod::Subscription</name>
    <message>
      <source>%1 (%2 %3)</source>
      <translation>%1 (%3, %2)</translation>
    </message>
    <message>
      <source>%1 (%2 %3, %4)</source>
      <translation>%1 (%3, %2, %4)</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>d MMM yyyy</source>
      <translation>d. MMM yyyy</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>abgelaufen</translation>
    </message>
    <message>
      <source>expired on %1</source>
      <translation>abgelaufen am %1</translation>
    </message>
    <message>
      <source>expires on %1</source>
      <translation>läuft am %1 ab</translation>
    </message>
    <message>
      <source>free subscription</source>
      <translation>kostenloses Abonnement</translation>
    </message>
    <message>
      <source>online trial</source>
      <translation>Online-Testversion</translation>
    </message>
    <message>
      <source>paid subscription</source>
      <translation>kostenpflichtiges Abonnement</translation>
    </message>
    <message>
      <source>partner-led trial</source>
      <translation>partnergeführte Testversion</translation>
    </message>
    <message>
      <source>suspended</source>
      <translation>gesperrt</translation>
    </message>
  </context>
  <context>
    <name>wod::VerdictText</name>
    <message numerus="yes">
      <source>%Ln user(s) besides you will be converted or deleted first.</source>
      <translation>
        <numerusform>%Ln Benutzer außer Ihnen wird zuerst konvertiert oder gelöscht.</numerusform>
        <numerusform>%Ln Benutzer außer Ihnen werden zuerst konvertiert oder gelöscht.</numerusform>
      </translation>
    </message>
    <message>
      <source>Eligible: the organization can be deleted.</source>
      <translation>Berechtigt: Die Organisation kann gelöscht werden.</translation>
    </message>
    <message numerus="yes">
      <source>Not eligible: %n blocker(s) must be resolved first.</source>
      <translation>
        <numerusform>Nicht berechtigt: %n Hindernis muss zuerst behoben werden.</numerusform>
        <numerusform>Nicht berechtigt: %n Hindernisse müssen zuerst behoben werden.</numerusform>
      </translation>
    </message>
    <message>
      <source>Organization: %1 (%2)
</source>
      <translation>Organisation: %1 (%2)
</translation>
    </message>
    <message>
      <source>Signed in as: %1

</source>
      <translation>Angemeldet als: %1

</translation>
    </message>
    <message>
      <source>Some conditions are unknown (%1); the server decides when the organization is deleted.</source>
      <translation>Einige Bedingungen sind unbekannt (%1); der Server entscheidet beim Löschen der Organisation.</translation>
    </message>
    <message>
      <source>The sign-in prompt "Delete Organization / Remind Me Later" applies.
</source>
      <translation>Die Anmeldeaufforderung „Organisation löschen / Später erinnern“ wird angezeigt.
</translation>
    </message>
    <message>
      <source>What to do: %1</source>
      <translation>Was zu tun ist: %1</translation>
    </message>
  </context>
  <context>
    <name>wod::auth::AuthSession</name>
    <message>
      <source>Cannot receive the sign-in on 127.0.0.1:%1; is the port in use?</source>
      <translation>Die Anmeldung kann auf 127.0.0.1:%1 nicht empfangen werden; ist der Port belegt?</translation>
    </message>
    <message>
      <source>Sign in with Webex is not configured.</source>
      <translation>„Mit Webex anmelden“ ist nicht eingerichtet.</translation>
    </message>
    <message>
      <source>Sign in with Webex needs the integration's client id (--client-id or WEBEX_CLIENT_ID).</source>
      <translation>„Mit Webex anmelden“ benötigt die Client-ID der Integration (--client-id oder WEBEX_CLIENT_ID).</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
      <source>Sign-in did not complete in time.</source>
      <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
      <source>Sign-in was refused: %1 %2</source>
      <translation>Die Anmeldung wurde abgelehnt: %1 %2</translation>
    </message>
    <message>
      <source>The sign-in answer did not belong to this sign-in (state mismatch); nothing was accepted. Try again.</source>
      <translation>Die Anmeldeantwort gehörte nicht zu dieser Anmeldung (state stimmt nicht überein); es wurde nichts angenommen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The sign-in server could not be reached: %1</source>
      <translation>Der Anmeldeserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
      <source>The sign-in server refused the request (%1%2).</source>
      <translation>Der Anmeldeserver hat die Anfrage abgelehnt (%1%2).</translation>
    </message>
  </context>
  <context>
    <name>wod::auth::LoopbackReplyHandler</name>
    <message>
      <source>Sign-in was not completed. You can close this browser tab; Webex Organization Deletion says what happened.</source>
      <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können diesen Browser-Tab schließen; „Webex-Organisation löschen“ zeigt, was geschehen ist.</translation>
    </message>
    <message>
      <source>Signed in. You can close this browser tab and return to Webex Organization Deletion.</source>
      <translation>Angemeldet. Sie können diesen Browser-Tab schließen und zu „Webex-Organisation löschen“ zurückkehren.</translation>
    </message>
  </context>
  <context>
    <name>wod::auth::RefreshTokenStore</name>
    <message>
      <source>No system keychain is available (%1).</source>
      <translation>Kein Systemschlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
      <source>The system keychain denied access (%1).</source>
      <translation>Der Systemschlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
      <source>The system keychain failed: %1</source>
      <translation>Der Systemschlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
  </context>
  <context>
    <name>wod::net::ApiClient</name>
    <message>
      <source>"%1" is not a valid API URL.</source>
      <translation>„%1“ ist keine gültige API-URL.</translation>
    </message>
    <message>
      <source>"items" is missing or not an array</source>
      <translation>„items“ fehlt oder ist kein Array</translation>
    </message>
    <message>
      <source>%1 %2: the server does not offer the Control Hub extension.</source>
      <translation>%1 %2: Der Server bietet die Control-Hub-Erweiterung nicht an.</translation>
    </message>
    <message>
      <source>%1 is not on the API host %2; the access token is only sent to the API host.</source>
      <translation>%1 liegt nicht auf dem API-Host %2; das Zugriffstoken wird nur an den API-Host gesendet.</translation>
    </message>
    <message>
      <source>%1: the answer does not match the API: %2</source>
      <translation>%1: Die Antwort entspricht nicht der API: %2</translation>
    </message>
    <message>
      <source>%1: the server listed this person without an id; nothing was sent.</source>
      <translation>%1: Der Server hat diese Person ohne ID aufgeführt; es wurde nichts gesendet.</translation>
    </message>
    <message>
      <source>Refusing plain HTTP to %1: the access token would travel unencrypted. Use https:// (plain http is only allowed on this computer, 127.0.0.1).</source>
      <translation>Unverschlüsseltes HTTP zu %1 wird abgelehnt: Das Zugriffstoken würde unverschlüsselt übertragen. Verwenden Sie https:// (einfaches http ist nur auf diesem Computer erlaubt, 127.0.0.1).</translation>
    </message>
    <message>
      <source>SCIM Bulk: %1 operations requested; at most %2 per request.</source>
      <translation>SCIM Bulk: %1 Vorgänge angefordert; höchstens %2 pro Anfrage.</translation>
    </message>
    <message>
      <source>Unsupported URL scheme "%1": use https://.</source>
      <translation>Nicht unterstütztes URL-Schema „%1“: Verwenden Sie https://.</translation>
    </message>
    <message>
      <source>page %1 has %2 users from %3; %4 from %5 were expected</source>
      <translation>Seite %1 enthält %2 Benutzer ab %3; erwartet wurden %4 ab %5</translation>
    </message>
    <message>
      <source>page %1: %2</source>
      <translation>Seite %1: %2</translation>
    </message>
    <message>
      <source>the Link header cannot be parsed</source>
      <translation>der Link-Header kann nicht gelesen werden</translation>
    </message>
    <message>
      <source>the Link header points back to a page already read</source>
      <translation>der Link-Header verweist auf eine bereits gelesene Seite</translation>
    </message>
    <message>
      <source>the first page is empty, of %1 users</source>
      <translation>die erste Seite ist leer, von %1 Benutzern</translation>
    </message>
    <message>
      <source>the number of users changed from %1 to %2 while they were read</source>
      <translation>die Anzahl der Benutzer änderte sich beim Lesen von %1 auf %2</translation>
    </message>
  </context>
  <context>
    <name>wod::net::ApiError</name>
    <message>
      <source>HTTP %1</source>
      <translation>HTTP %1</translation>
    </message>
    <message>
      <source>tracking ID %1</source>
      <translation>Tracking-ID %1</translation>
    </message>
  </context>
  <context>
    <name>wod::net::ApiRequestJob</name>
    <message>
      <source>%1 answered HTTP %2: %3</source>
      <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
      <source>%1: network error: %2</source>
      <translation>%1: Netzwerkfehler: %2</translation>
    </message>
    <message>
      <source>%1: no answer within %2 s.</source>
      <translation>%1: keine Antwort innerhalb von %2 s.</translation>
    </message>
    <message>
      <source>%1: the answer is not a JSON object (%2).</source>
      <translation>%1: Die Antwort ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
      <source>%1: the answer was cut off (%2 of %3 bytes).</source>
      <translation>%1: Die Antwort wurde abgeschnitten (%2 von %3 Bytes).</translation>
    </message>
    <message>
      <source>The request was cancelled.</source>
      <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
      <source>wrong type</source>
      <translation>falscher Typ</translation>
    </message>
  </context>
  <context>
    <name>wod::net::DeletionRunner</name>
    <message numerus="yes">
      <source>%Ln user(s) could not be converted or deleted; the organization was not deleted. Resume to try them again.</source>
      <translation>
        <numerusform>%Ln Benutzer konnte nicht konvertiert oder gelöscht werden; die Organisation wurde nicht gelöscht. Setzen Sie fort, um es erneut zu versuchen.</numerusform>
        <numerusform>%Ln Benutzer konnten nicht konvertiert oder gelöscht werden; die Organisation wurde nicht gelöscht. Setzen Sie fort, um es erneut zu versuchen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) could not be handled</source>
      <translation>
        <numerusform>%Ln Benutzer konnte nicht bearbeitet werden</numerusform>
        <numerusform>%Ln Benutzer konnten nicht bearbeitet werden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) joined (%1)</source>
      <translation>
        <numerusform>%Ln Benutzer hinzugekommen (%1)</numerusform>
        <numerusform>%Ln Benutzer hinzugekommen (%1)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) left (%1)</source>
      <translation>
        <numerusform>%Ln Benutzer ausgeschieden (%1)</numerusform>
        <numerusform>%Ln Benutzer ausgeschieden (%1)</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancelled before the organization was deleted; %1 of %2 users were handled. Resume to continue.</source>
      <translation>Abgebrochen, bevor die Organisation gelöscht wurde; %1 von %2 Benutzern wurden bearbeitet. Setzen Sie fort, um weiterzumachen.</translation>
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Cannot resume: %1</source>
      <translation>Fortsetzen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
      <source>Cisco deleted the organization "%1" at the first request, although it still had %n other user(s); this run converted or deleted none of them.</source>
      <translation>
        <numerusform>Cisco hat die Organisation „%1“ schon bei der ersten Anfrage gelöscht, obwohl sie noch %n weiteren Benutzer hatte; dieser Lauf hat ihn weder konvertiert noch gelöscht.</numerusform>
        <numerusform>Cisco hat die Organisation „%1“ schon bei der ersten Anfrage gelöscht, obwohl sie noch %n weitere Benutzer hatte; dieser Lauf hat keinen von ihnen konvertiert oder gelöscht.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cisco will not delete the organization yet: %1 No user was converted or deleted; nothing was changed.</source>
      <translation>Cisco löscht die Organisation noch nicht: %1 Kein Benutzer wurde konvertiert oder gelöscht; nichts wurde geändert.</translation>
    </message>
    <message>
      <source>Could not ask Cisco whether the organization can be deleted: %1. No user was changed. Resume to try again.</source>
      <translation>Cisco konnte nicht gefragt werden, ob die Organisation gelöscht werden kann: %1. Kein Benutzer wurde geändert. Setzen Sie den Lauf fort, um es erneut zu versuchen.</translation>
    </message>
    <message>
      <source>Could not re-read the organization before deleting it; nothing was done: %1</source>
      <translation>Die Organisation konnte vor dem Löschen nicht erneut gelesen werden; es wurde nichts getan: %1</translation>
    </message>
    <message>
      <source>Could not resume: %1</source>
      <translation>Fortsetzen fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>Could not write the journal: %1</source>
      <translation>Das Journal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <source>Could not write the journal; nothing was done: %1</source>
      <translation>Das Journal konnte nicht geschrieben werden; es wurde nichts getan: %1</translation>
    </message>
    <message>
      <source>Every user was handled, but deleting the organization failed: %1. Resume to try again.</source>
      <translation>Alle Benutzer wurden bearbeitet, aber das Löschen der Organisation ist fehlgeschlagen: %1. Setzen Sie fort, um es erneut zu versuchen.</translation>
    </message>
    <message>
      <source>It had not disappeared yet when confirmation stopped.</source>
      <translation>Sie war noch nicht verschwunden, als die Bestätigung endete.</translation>
    </message>
    <message>
      <source>SCIM Bulk answered %1 for this user</source>
      <translation>SCIM Bulk antwortete für diesen Benutzer mit %1</translation>
    </message>
    <message>
      <source>SCIM Bulk answered %1 for this user: %2</source>
      <translation>SCIM Bulk antwortete für diesen Benutzer mit %1: %2</translation>
    </message>
    <message>
      <source>SCIM Bulk did not answer for this user</source>
      <translation>SCIM Bulk hat für diesen Benutzer nicht geantwortet</translation>
    </message>
    <message>
      <source>SCIM Bulk is not available; deleting the users one by one.</source>
      <translation>SCIM Bulk ist nicht verfügbar; die Benutzer werden einzeln gelöscht.</translation>
    </message>
    <message>
      <source>SCIM Bulk was refused (HTTP %1); deleting the users one by one.</source>
      <translation>SCIM Bulk wurde abgelehnt (HTTP %1); die Benutzer werden einzeln gelöscht.</translation>
    </message>
    <message>
      <source>Stopped after %1 of %2 users; the organization was not deleted: %3. Resume to continue.</source>
      <translation>Nach %1 von %2 Benutzern angehalten; die Organisation wurde nicht gelöscht: %3. Setzen Sie fort, um weiterzumachen.</translation>
    </message>
    <message>
      <source>The organization "%1" accepted the deletion; it had not disappeared yet when confirmation stopped.</source>
      <translation>Die Organisation „%1“ hat das Löschen angenommen; sie war noch nicht verschwunden, als die Bestätigung endete.</translation>
    </message>
    <message>
      <source>The organization "%1" was deleted.</source>
      <translation>Die Organisation „%1“ wurde gelöscht.</translation>
    </message>
    <message>
      <source>The organization cannot be deleted yet; no user was changed.</source>
      <translation>Die Organisation kann noch nicht gelöscht werden; kein Benutzer wurde geändert.</translation>
    </message>
    <message>
      <source>The organization changed since you confirmed: %1. Nothing was done; check it again.</source>
      <translation>Die Organisation hat sich seit Ihrer Bestätigung geändert: %1. Es wurde nichts getan; prüfen Sie sie erneut.</translation>
    </message>
    <message>
      <source>The server refused to delete the organization; it is intact: %1</source>
      <translation>Der Server hat das Löschen der Organisation abgelehnt; sie ist unverändert: %1</translation>
    </message>
    <message>
      <source>This run already finished (%1); there is nothing to resume.</source>
      <translation>Dieser Lauf ist bereits beendet (%1); es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
      <source>This run was started by %1, but the token belongs to %2; nothing was done.</source>
      <translation>Dieser Lauf wurde von %1 gestartet, aber das Token gehört %2; es wurde nichts getan.</translation>
    </message>
    <message>
      <source>cannot write the journal %1: fsync failed</source>
      <translation>das Journal %1 kann nicht geschrieben werden: fsync fehlgeschlagen</translation>
    </message>
    <message>
      <source>it is a different organization</source>
      <translation>es ist eine andere Organisation</translation>
    </message>
    <message>
      <source>its blockers changed (now none)</source>
      <translation>ihre Hindernisse haben sich geändert (jetzt keine)</translation>
    </message>
    <message>
      <source>its blockers changed (now: %1)</source>
      <translation>ihre Hindernisse haben sich geändert (jetzt: %1)</translation>
    </message>
    <message>
      <source>its name changed from "%1" to "%2"</source>
      <translation>ihr Name hat sich von „%1“ in „%2“ geändert</translation>
    </message>
    <message>
      <source>no journal path was given</source>
      <translation>es wurde kein Journalpfad angegeben</translation>
    </message>
    <message>
      <source>the access token was refused or expired (%1)</source>
      <translation>das Zugriffstoken wurde abgelehnt oder ist abgelaufen (%1)</translation>
    </message>
    <message>
      <source>the journal %1 already exists: resume it instead</source>
      <translation>das Journal %1 existiert bereits: Setzen Sie es stattdessen fort</translation>
    </message>
    <message>
      <source>you are signed in as %1, not %2</source>
      <translation>Sie sind als %1 angemeldet, nicht als %2</translation>
    </message>
  </context>
  <context>
    <name>wod::net::Journal</name>
    <message>
      <source>line %1 is not JSON: %2</source>
      <translation>Zeile %1 ist kein JSON: %2</translation>
    </message>
    <message>
      <source>no such journal</source>
      <translation>kein solches Journal</translation>
    </message>
    <message>
      <source>the first line is not a deletion plan</source>
      <translation>die erste Zeile ist kein Löschplan</translation>
    </message>
    <message>
      <source>the journal is empty</source>
      <translation>das Journal ist leer</translation>
    </message>
  </context>
  <context>
    <name>wod::net::JournalWriter</name>
    <message>
      <source>cannot create the journal's folder %1</source>
      <translation>der Ordner %1 des Journals kann nicht erstellt werden</translation>
    </message>
    <message>
      <source>cannot write the journal %1: %2</source>
      <translation>das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <source>cannot write the journal %1: fsync failed</source>
      <translation>das Journal %1 kann nicht geschrieben werden: fsync fehlgeschlagen</translation>
    </message>
    <message>
      <source>cannot write the journal %1: unexpected plan format</source>
      <translation>das Journal %1 kann nicht geschrieben werden: unerwartetes Planformat</translation>
    </message>
    <message>
      <source>the journal is not open</source>
      <translation>das Journal ist nicht geöffnet</translation>
    </message>
  </context>
  <context>
    <name>wod::net::SnapshotLoader</name>
    <message>
      <source>The signed-in account cannot see any organization.</source>
      <translation>Das angemeldete Konto sieht keine Organisation.</translation>
    </message>
    <message>
      <source>The signed-in account manages %1 organizations; choose one.</source>
      <translation>Das angemeldete Konto verwaltet %1 Organisationen; wählen Sie eine aus.</translation>
    </message>
    <message>
      <source>another organization</source>
      <translation>eine andere Organisation</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::AccountView</name>
    <message>
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <source>%1. %2</source>
      <translation>%1. %2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <source>%Ln subscription(s)</source>
      <translation>
        <numerusform>%Ln Abonnement</numerusform>
        <numerusform>%Ln Abonnements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln Benutzer</numerusform>
        <numerusform>%Ln Benutzer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n condition(s) must be resolved before this organization can be deleted:</source>
      <translation>
        <numerusform>%n Bedingung muss behoben werden, bevor diese Organisation gelöscht werden kann:</numerusform>
        <numerusform>%n Bedingungen müssen behoben werden, bevor diese Organisation gelöscht werden kann:</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Delete Organization</source>
      <translation>Organisation &amp;löschen</translation>
    </message>
    <message>
      <source>&amp;Review what blocks deletion</source>
      <translation>&amp;Prüfen, was das Löschen blockiert</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <source>Account sections</source>
      <translation>Kontobereiche</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Created:</source>
      <translation>Erstellt:</translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Organisation löschen</translation>
    </message>
    <message>
      <source>Delete Organization from Cisco's identity system</source>
      <translation>Organisation aus dem Identitätssystem von Cisco löschen</translation>
    </message>
    <message>
      <source>Deleting your organization permanently deletes all of the information associated with it, such as Webex messages and files and all Webex Meetings data, including meeting URLs and recordings. You decide whether your users are converted to individual accounts with free Webex licenses or deleted. This is irreversible.</source>
      <translation>Beim Löschen Ihrer Organisation werden alle mit ihr verknüpften Informationen dauerhaft gelöscht, etwa Webex-Nachrichten und -Dateien sowie alle Webex Meetings-Daten einschließlich Meeting-URLs und Aufzeichnungen. Sie entscheiden, ob Ihre Benutzer in Einzelkonten mit kostenlosen Webex-Lizenzen konvertiert oder gelöscht werden. Dies ist unumkehrbar.</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Abgelaufen</translation>
    </message>
    <message>
      <source>Free subscription</source>
      <translation>Kostenloses Abonnement</translation>
    </message>
    <message>
      <source>Info</source>
      <translation>Info</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>Nothing blocks deleting this organization.</source>
      <translation>Nichts verhindert das Löschen dieser Organisation.</translation>
    </message>
    <message>
      <source>Online trial</source>
      <translation>Online-Testversion</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Organization ID:</source>
      <translation>Organisations-ID:</translation>
    </message>
    <message>
      <source>Organization information</source>
      <translation>Informationen zur Organisation</translation>
    </message>
    <message>
      <source>Paid subscription</source>
      <translation>Kostenpflichtiges Abonnement</translation>
    </message>
    <message>
      <source>Partner-led trial</source>
      <translation>Partnergeführte Testversion</translation>
    </message>
    <message>
      <source>Review what blocks deletion</source>
      <translation>Prüfen, was das Löschen blockiert</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Subscription</source>
      <translation>Abonnement</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Abonnements</translation>
    </message>
    <message>
      <source>Subscriptions:</source>
      <translation>Abonnements:</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Gesperrt</translation>
    </message>
    <message numerus="yes">
      <source>This server cannot report %n condition(s); Delete Organization asks you to check them in Control Hub.</source>
      <translation>
        <numerusform>Dieser Server kann %n Bedingung nicht melden; „Organisation löschen“ bittet Sie, sie in Control Hub zu prüfen.</numerusform>
        <numerusform>Dieser Server kann %n Bedingungen nicht melden; „Organisation löschen“ bittet Sie, sie in Control Hub zu prüfen.</numerusform>
      </translation>
    </message>
    <message>
      <source>This server does not disclose subscriptions.</source>
      <translation>Dieser Server gibt keine Abonnements preis.</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <source>Users:</source>
      <translation>Benutzer:</translation>
    </message>
    <message>
      <source>Webex API id: %1</source>
      <translation>Webex-API-ID: %1</translation>
    </message>
    <message>
      <source>What blocks deletion</source>
      <translation>Was das Löschen blockiert</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::AcknowledgePage</name>
    <message>
      <source>&lt;li&gt;Converted users keep a free Webex license, but their data associated with Webex or Webex Meetings is purged: only content in spaces between two people is retained.&lt;/li&gt;</source>
      <translation>&lt;li&gt;Konvertierte Benutzer behalten eine kostenlose Webex-Lizenz, aber ihre mit Webex oder Webex Meetings verknüpften Daten werden gelöscht: Nur Inhalte in Bereichen zwischen zwei Personen bleiben erhalten.&lt;/li&gt;</translation>
    </message>
    <message>
      <source>&lt;li&gt;The users are deleted with all of their Webex data.&lt;/li&gt;</source>
      <translation>&lt;li&gt;Die Benutzer werden mit allen ihren Webex-Daten gelöscht.&lt;/li&gt;</translation>
    </message>
    <message>
      <source>&lt;li&gt;Your own account, %1, is deleted with the organization.&lt;/li&gt;</source>
      <translation>&lt;li&gt;Ihr eigenes Konto, %1, wird mit der Organisation gelöscht.&lt;/li&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;What will be lost&lt;/b&gt;&lt;/p&gt;&lt;ul style='margin-left:12px; -qt-list-indent:0'&gt;&lt;li&gt;All information associated with %1: Webex messages and files.&lt;/li&gt;&lt;li&gt;All Webex Meetings data, including Webex Meetings URLs and meeting recordings.&lt;/li&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Was verloren geht&lt;/b&gt;&lt;/p&gt;&lt;ul style='margin-left:12px; -qt-list-indent:0'&gt;&lt;li&gt;Alle mit %1 verknüpften Informationen: Webex-Nachrichten und -Dateien.&lt;/li&gt;&lt;li&gt;Alle Webex Meetings-Daten, einschließlich Webex Meetings-URLs und Meeting-Aufzeichnungen.&lt;/li&gt;</translation>
    </message>
    <message>
      <source>D&amp;ry run…</source>
      <translation>&amp;Probelauf…</translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Organisation löschen</translation>
    </message>
    <message>
      <source>Delete your organization</source>
      <translation>Ihre Organisation löschen</translation>
    </message>
    <message>
      <source>Deleting your organization will result in data loss and is irreversible.</source>
      <translation>Das Löschen Ihrer Organisation führt zu Datenverlust und ist unumkehrbar.</translation>
    </message>
    <message>
      <source>Dry run: show the exact plan without changing anything</source>
      <translation>Probelauf: den genauen Plan anzeigen, ohne etwas zu ändern</translation>
    </message>
    <message>
      <source>I &amp;understand and accept:</source>
      <translation>Ich &amp;verstehe und akzeptiere:</translation>
    </message>
    <message>
      <source>I understand that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation>Ich verstehe, dass %1 mit allen Daten gelöscht wird und dass dies unumkehrbar ist.</translation>
    </message>
    <message numerus="yes">
      <source>I understand that my %Ln user(s) will be deleted, that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation>
        <numerusform>Ich verstehe, dass mein %Ln Benutzer gelöscht wird, dass %1 mit allen Daten gelöscht wird und dass dies unumkehrbar ist.</numerusform>
        <numerusform>Ich verstehe, dass meine %Ln Benutzer gelöscht werden, dass %1 mit allen Daten gelöscht wird und dass dies unumkehrbar ist.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>I understand that my %Ln user(s) will be transferred to individual accounts with free Webex licenses, that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation>
        <numerusform>Ich verstehe, dass mein %Ln Benutzer in ein Einzelkonto mit kostenloser Webex-Lizenz übertragen wird, dass %1 mit allen Daten gelöscht wird und dass dies unumkehrbar ist.</numerusform>
        <numerusform>Ich verstehe, dass meine %Ln Benutzer in Einzelkonten mit kostenlosen Webex-Lizenzen übertragen werden, dass %1 mit allen Daten gelöscht wird und dass dies unumkehrbar ist.</numerusform>
      </translation>
    </message>
    <message>
      <source>Opens a window with every step Delete Organization would take.</source>
      <translation>Öffnet ein Fenster mit jedem Schritt, den „Organisation löschen“ ausführen würde.</translation>
    </message>
    <message>
      <source>Organization name</source>
      <translation>Name der Organisation</translation>
    </message>
    <message>
      <source>Shows exactly what would be done, without changing anything.</source>
      <translation>Zeigt genau, was getan würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
      <source>The name does not match yet.</source>
      <translation>Der Name stimmt noch nicht überein.</translation>
    </message>
    <message>
      <source>The name matches.</source>
      <translation>Der Name stimmt überein.</translation>
    </message>
    <message>
      <source>To confirm, type the organization's name &lt;b&gt;%1&lt;/b&gt; exactly as shown (case and spaces count):</source>
      <translation>Geben Sie zur Bestätigung den Namen der Organisation &lt;b&gt;%1&lt;/b&gt; genau wie angezeigt ein (Groß-/Kleinschreibung und Leerzeichen zählen):</translation>
    </message>
    <message>
      <source>Type the organization's name exactly as shown to enable Delete Organization.</source>
      <translation>Geben Sie den Namen der Organisation genau wie angezeigt ein, um „Organisation löschen“ freizugeben.</translation>
    </message>
    <message>
      <source>You signed in again. Choose Delete Organization to continue.</source>
      <translation>Sie haben sich erneut angemeldet. Wählen Sie „Organisation löschen“, um fortzufahren.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::CheckRowWidget</name>
    <message>
      <source>How to check: %1</source>
      <translation>So prüfen Sie es: %1</translation>
    </message>
    <message>
      <source>I checked %1 in Control Hub: it does not block the deletion</source>
      <translation>Ich habe „%1“ in Control Hub geprüft: Es blockiert das Löschen nicht</translation>
    </message>
    <message>
      <source>I checked this in Control Hub: it does not block the deletion</source>
      <translation>In Control Hub geprüft: blockiert das Löschen nicht</translation>
    </message>
    <message>
      <source>What to do: %1</source>
      <translation>Was zu tun ist: %1</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::DeleteOrgWizard</name>
    <message>
      <source>&amp;Close Anyway</source>
      <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
      <source>&amp;Keep Running</source>
      <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
      <source>&amp;Stop and Close</source>
      <translation>&amp;Anhalten und schließen</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Close Delete Organization?</source>
      <translation>„Organisation löschen“ schließen?</translation>
    </message>
    <message>
      <source>Close…</source>
      <translation>Schließen…</translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Organisation löschen</translation>
    </message>
    <message>
      <source>The deletion is still running. Stop it now? Users already handled stay handled; the journal keeps the run so that you can resume it at the next start.</source>
      <translation>Das Löschen läuft noch. Jetzt anhalten? Bereits bearbeitete Benutzer bleiben bearbeitet; das Journal bewahrt den Lauf auf, damit Sie ihn beim nächsten Start fortsetzen können.</translation>
    </message>
    <message>
      <source>The organization's deletion has been sent and is being confirmed. Close anyway? The journal keeps the run so that the next start can finish the confirmation.</source>
      <translation>Das Löschen der Organisation wurde gesendet und wird bestätigt. Trotzdem schließen? Das Journal bewahrt den Lauf auf, damit der nächste Start die Bestätigung abschließen kann.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::DryRunDialog</name>
    <message>
      <source>Dry run: the exact plan</source>
      <translation>Probelauf: der genaue Plan</translation>
    </message>
    <message>
      <source>Every step Delete Organization would take, in order. Nothing has been changed.</source>
      <translation>Jeder Schritt, den „Organisation löschen“ ausführen würde, der Reihe nach. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>This is what Delete Organization would do, step by step. Nothing has been changed.</source>
      <translation>Das würde „Organisation löschen“ Schritt für Schritt tun. Es wurde nichts geändert.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::MainWindow</name>
    <message>
      <source>%1 has been deleted.</source>
      <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
      <source>%1 is being deleted. Deletion can take up to 10 minutes to complete.</source>
      <translation>%1 wird gelöscht. Das Löschen kann bis zu 10 Minuten dauern.</translation>
    </message>
    <message>
      <source>&amp;Not Now</source>
      <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <source>&amp;Retry</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <source>&amp;Sign in</source>
      <translation>&amp;Anmelden</translation>
    </message>
    <message>
      <source>&amp;Sign in again</source>
      <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
      <source>A deletion of %1 did not finish.</source>
      <translation>Ein Löschvorgang von %1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <source>Connected to %1</source>
      <translation>Verbunden mit %1</translation>
    </message>
    <message>
      <source>Connecting to the sandbox…</source>
      <translation>Verbindung zur Sandbox wird hergestellt…</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
      <source>Deleting the organization cannot be undone. Sign in again to confirm that it is you.</source>
      <translation>Das Löschen der Organisation kann nicht rückgängig gemacht werden. Melden Sie sich erneut an, um zu bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
      <source>Forgets your sign-in on this computer, the system keychain included.</source>
      <translation>Vergisst Ihre Anmeldung auf diesem Computer, einschließlich des Systemschlüsselbunds.</translation>
    </message>
    <message>
      <source>Last step: %1</source>
      <translation>Letzter Schritt: %1</translation>
    </message>
    <message>
      <source>Management</source>
      <translation>Verwaltung</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <source>Not signed in</source>
      <translation>Nicht angemeldet</translation>
    </message>
    <message>
      <source>Not signed in.</source>
      <translation>Nicht angemeldet.</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Übersicht</translation>
    </message>
    <message>
      <source>People who created a trial with their email address can now be added to another organization. You can close this window.</source>
      <translation>Personen, die mit ihrer E-Mail-Adresse eine Testversion erstellt haben, können jetzt zu einer anderen Organisation hinzugefügt werden. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
      <source>Reading your organization…</source>
      <translation>Ihre Organisation wird gelesen…</translation>
    </message>
    <message>
      <source>Renewing your sign-in…</source>
      <translation>Ihre Anmeldung wird erneuert…</translation>
    </message>
    <message>
      <source>Resume it now?</source>
      <translation>Jetzt fortsetzen?</translation>
    </message>
    <message>
      <source>Resume the deletion?</source>
      <translation>Löschen fortsetzen?</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Sandbox: no real organization is touched (scenario %1)</source>
      <translation>Sandbox: Keine echte Organisation wird berührt (Szenario %1)</translation>
    </message>
    <message>
      <source>Sign &amp;Out</source>
      <translation>&amp;Abmelden</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Anmelden</translation>
    </message>
    <message>
      <source>Sign in again</source>
      <translation>Erneut anmelden</translation>
    </message>
    <message>
      <source>Sign in again to continue.</source>
      <translation>Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
      <source>Sign in to read your organization.</source>
      <translation>Melden Sie sich an, um Ihre Organisation zu lesen.</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Abmelden</translation>
    </message>
    <message>
      <source>Signed in as %1 (%2)</source>
      <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>Anmeldung läuft…</translation>
    </message>
    <message>
      <source>The organization's deletion was already sent.</source>
      <translation>Das Löschen der Organisation wurde bereits gesendet.</translation>
    </message>
    <message>
      <source>The sign-in was refused in the browser, so nobody is signed in. Choose Sign in with Webex to try again.</source>
      <translation>Die Anmeldung wurde im Browser abgelehnt, daher ist niemand angemeldet. Wählen Sie „Mit Webex anmelden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
      <source>Tracking ID: %1</source>
      <translation>Tracking-ID: %1</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>Users handled: %1 of %2</source>
      <translation>Bearbeitete Benutzer: %1 von %2</translation>
    </message>
    <message>
      <source>Webex Organization Deletion</source>
      <translation>Webex-Organisation löschen</translation>
    </message>
    <message>
      <source>Webex refused the sign-in. Try again, or paste an access token instead.</source>
      <translation>Webex hat die Anmeldung abgelehnt. Versuchen Sie es erneut oder fügen Sie stattdessen ein Zugriffstoken ein.</translation>
    </message>
    <message>
      <source>You are signed out.</source>
      <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
      <source>Your organization could not be read: %1</source>
      <translation>Ihre Organisation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>Your remembered sign-in could not be renewed (the sign-in server did not answer); sign in again.</source>
      <translation>Ihre gespeicherte Anmeldung konnte nicht erneuert werden (der Anmeldeserver hat nicht geantwortet); melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>Your remembered sign-in is no longer valid; sign in again.</source>
      <translation>Ihre gespeicherte Anmeldung ist nicht mehr gültig; melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>Your sign-in has expired and could not be renewed. Sign in again.</source>
      <translation>Ihre Anmeldung ist abgelaufen und konnte nicht erneuert werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>Your sign-in is not valid or has expired (HTTP 401). Sign in again.</source>
      <translation>Ihre Anmeldung ist ungültig oder abgelaufen (HTTP 401). Melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>checking the system keychain…</source>
      <translation>Systemschlüsselbund wird geprüft…</translation>
    </message>
    <message>
      <source>no system keychain is used.</source>
      <translation>es wird kein Systemschlüsselbund verwendet.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::MessageBoxService</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nein</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ja</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Wiederholen</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::OverviewView</name>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln Benutzer</numerusform>
        <numerusform>%Ln Benutzer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Conditions to resolve before deleting: %n. See Management &gt; Account &gt; Info.</source>
      <translation>
        <numerusform>Vor dem Löschen zu erfüllende Bedingungen: %n. Siehe Verwaltung &gt; Konto &gt; Info.</numerusform>
        <numerusform>Vor dem Löschen zu erfüllende Bedingungen: %n. Siehe Verwaltung &gt; Konto &gt; Info.</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Organisation löschen</translation>
    </message>
    <message>
      <source>Go to Management &gt; &amp;Account</source>
      <translation>Zu Verwaltung &gt; &amp;Konto</translation>
    </message>
    <message>
      <source>Nothing known blocks deleting this organization.</source>
      <translation>Nichts Bekanntes verhindert das Löschen dieser Organisation.</translation>
    </message>
    <message>
      <source>Open the account view</source>
      <translation>Kontoansicht öffnen</translation>
    </message>
    <message>
      <source>Shows the organization's details, its subscriptions and Delete Organization.</source>
      <translation>Zeigt die Details der Organisation, ihre Abonnements und „Organisation löschen“.</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Abonnements</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::PreflightPage</name>
    <message numerus="yes">
      <source>%n condition(s) must be resolved before %1 can be deleted.</source>
      <translation>
        <numerusform>%n Bedingung muss erfüllt werden, bevor %1 gelöscht werden kann.</numerusform>
        <numerusform>%n Bedingungen müssen erfüllt werden, bevor %1 gelöscht werden kann.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Re-check</source>
      <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
      <source>Before you delete your organization</source>
      <translation>Bevor Sie Ihre Organisation löschen</translation>
    </message>
    <message>
      <source>Checking your organization: who may delete it, its subscriptions, linked sites, Directory Synchronization, partners and managed organizations…</source>
      <translation>Ihre Organisation wird geprüft: wer sie löschen darf, ihre Abonnements, verknüpfte Sites, Verzeichnissynchronisierung, Partner und verwaltete Organisationen…</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checkliste</translation>
    </message>
    <message>
      <source>Choose Re-check to try again.</source>
      <translation>Wählen Sie „Erneut prüfen“, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
      <source>E&amp;xport checklist…</source>
      <translation>Checkliste e&amp;xportieren…</translation>
    </message>
    <message>
      <source>Each check follows Cisco's rules for deleting an organization. Resolve every blocked check to continue.</source>
      <translation>Jede Prüfung folgt den Regeln von Cisco für das Löschen einer Organisation. Beheben Sie jede blockierte Prüfung, um fortzufahren.</translation>
    </message>
    <message>
      <source>Export checklist</source>
      <translation>Checkliste exportieren</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <source>Export the checklist as JSON or CSV</source>
      <translation>Die Checkliste als JSON oder CSV exportieren</translation>
    </message>
    <message>
      <source>JSON (*.json);;CSV (*.csv)</source>
      <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>Nothing blocks the deletion of %1.</source>
      <translation>Nichts verhindert das Löschen von %1.</translation>
    </message>
    <message>
      <source>Nothing blocks the deletion of %1. Choose Next to continue.</source>
      <translation>Nichts verhindert das Löschen von %1. Wählen Sie „Weiter“, um fortzufahren.</translation>
    </message>
    <message>
      <source>Re-check the organization</source>
      <translation>Die Organisation erneut prüfen</translation>
    </message>
    <message>
      <source>Reading the user list: %1 of %2 users. You can continue once it is read.</source>
      <translation>Die Benutzerliste wird gelesen: %1 von %2 Benutzern. Sie können fortfahren, sobald sie gelesen ist.</translation>
    </message>
    <message>
      <source>The organization has not been checked yet.</source>
      <translation>Die Organisation wurde noch nicht geprüft.</translation>
    </message>
    <message numerus="yes">
      <source>This server cannot report %n condition(s). Check each one in Control Hub and tick it to continue: if one of them blocks, Cisco refuses the deletion, possibly after your users were already converted or deleted.</source>
      <translation>
        <numerusform>Dieser Server kann %n Bedingung nicht melden. Prüfen Sie sie in Control Hub und haken Sie sie ab, um fortzufahren: Blockiert sie, lehnt Cisco das Löschen ab, möglicherweise erst, nachdem Ihre Benutzer bereits konvertiert oder gelöscht wurden.</numerusform>
        <numerusform>Dieser Server kann %n Bedingungen nicht melden. Prüfen Sie jede in Control Hub und haken Sie sie ab, um fortzufahren: Blockiert eine davon, lehnt Cisco das Löschen ab, möglicherweise erst, nachdem Ihre Benutzer bereits konvertiert oder gelöscht wurden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You checked in Control Hub the %n condition(s) this server cannot report; nothing else blocks the deletion of %1.</source>
      <translation>
        <numerusform>Sie haben die %n Bedingung, die dieser Server nicht melden kann, in Control Hub geprüft; sonst blockiert nichts das Löschen von %1.</numerusform>
        <numerusform>Sie haben die %n Bedingungen, die dieser Server nicht melden kann, in Control Hub geprüft; sonst blockiert nichts das Löschen von %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You checked in Control Hub the %n condition(s) this server cannot report; nothing else blocks the deletion of %1. Choose Next to continue.</source>
      <translation>
        <numerusform>Sie haben die %n Bedingung, die dieser Server nicht melden kann, in Control Hub geprüft; sonst blockiert nichts das Löschen von %1. Wählen Sie „Weiter“, um fortzufahren.</numerusform>
        <numerusform>Sie haben die %n Bedingungen, die dieser Server nicht melden kann, in Control Hub geprüft; sonst blockiert nichts das Löschen von %1. Wählen Sie „Weiter“, um fortzufahren.</numerusform>
      </translation>
    </message>
    <message>
      <source>in Control Hub's partner view, Customers lists no organization that this one manages.</source>
      <translation>In der Partneransicht von Control Hub listet „Kunden“ keine Organisation auf, die diese verwaltet.</translation>
    </message>
    <message>
      <source>in Control Hub, Management &gt; Account &gt; Info lists at most one partner that manages this organization.</source>
      <translation>In Control Hub listet Verwaltung &gt; Konto &gt; Info höchstens einen Partner auf, der diese Organisation verwaltet.</translation>
    </message>
    <message>
      <source>in Control Hub, Management &gt; Account &gt; Subscriptions lists only expired partner-led trials, only online trials, only free subscriptions, or nothing.</source>
      <translation>In Control Hub listet Verwaltung &gt; Konto &gt; Abonnements nur abgelaufene partnergeführte Testversionen, nur Online-Testversionen, nur kostenlose Abonnements oder nichts auf.</translation>
    </message>
    <message>
      <source>in Control Hub, Management &gt; Users &gt; Directory Connector (or BroadWorks Directory Sync) is off.</source>
      <translation>In Control Hub ist Verwaltung &gt; Benutzer &gt; Directory Connector (oder die BroadWorks-Verzeichnissynchronisierung) deaktiviert.</translation>
    </message>
    <message>
      <source>in Control Hub, Services &gt; Meeting &gt; Sites shows no Webex site linked to this organization.</source>
      <translation>In Control Hub zeigt Dienste &gt; Meeting &gt; Sites keine mit dieser Organisation verknüpfte Webex-Site.</translation>
    </message>
    <message>
      <source>in Control Hub, confirm that this condition does not apply to the organization.</source>
      <translation>Bestätigen Sie in Control Hub, dass diese Bedingung nicht auf die Organisation zutrifft.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::ProgressPage</name>
    <message>
      <source>%1 min %2 s</source>
      <translation>%1 min %2 s</translation>
    </message>
    <message>
      <source>%1 of %2 users converted</source>
      <translation>%1 von %2 Benutzern konvertiert</translation>
    </message>
    <message>
      <source>%1 of %2 users deleted</source>
      <translation>%1 von %2 Benutzern gelöscht</translation>
    </message>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n fehlgeschlagen</numerusform>
        <numerusform>%n fehlgeschlagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n Sekunde</numerusform>
        <numerusform>%n Sekunden</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Stop before the organization is deleted</source>
      <translation>&amp;Anhalten, bevor die Organisation gelöscht wird</translation>
    </message>
    <message>
      <source>Checking every few seconds; elapsed %1.</source>
      <translation>Prüfung alle paar Sekunden; vergangen: %1.</translation>
    </message>
    <message>
      <source>Checking that the organization has not changed since you confirmed…</source>
      <translation>Es wird geprüft, ob sich die Organisation seit Ihrer Bestätigung geändert hat…</translation>
    </message>
    <message>
      <source>Confirmation</source>
      <translation>Bestätigung</translation>
    </message>
    <message>
      <source>Converting users to individual accounts…</source>
      <translation>Benutzer werden in Einzelkonten konvertiert…</translation>
    </message>
    <message>
      <source>Deleting the organization…</source>
      <translation>Die Organisation wird gelöscht…</translation>
    </message>
    <message>
      <source>Deleting users…</source>
      <translation>Benutzer werden gelöscht…</translation>
    </message>
    <message>
      <source>Deleting your organization</source>
      <translation>Ihre Organisation wird gelöscht</translation>
    </message>
    <message>
      <source>Deletion request accepted.</source>
      <translation>Löschanfrage angenommen.</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>Fertig.</translation>
    </message>
    <message>
      <source>Finished.</source>
      <translation>Abgeschlossen.</translation>
    </message>
    <message>
      <source>Keep this window open until the deletion is finished. You can stop until the organization itself is deleted.</source>
      <translation>Lassen Sie dieses Fenster geöffnet, bis das Löschen abgeschlossen ist. Sie können anhalten, bis die Organisation selbst gelöscht wird.</translation>
    </message>
    <message>
      <source>No users to handle.</source>
      <translation>Keine Benutzer zu bearbeiten.</translation>
    </message>
    <message>
      <source>Not started.</source>
      <translation>Nicht gestartet.</translation>
    </message>
    <message>
      <source>Now: %1</source>
      <translation>Jetzt: %1</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Sending the deletion request…</source>
      <translation>Die Löschanfrage wird gesendet…</translation>
    </message>
    <message>
      <source>Stop the deletion</source>
      <translation>Das Löschen anhalten</translation>
    </message>
    <message>
      <source>Stopping keeps what was done so far and lets you resume later.</source>
      <translation>Beim Anhalten bleibt das bisher Erledigte erhalten, und Sie können später fortsetzen.</translation>
    </message>
    <message>
      <source>Stopping… Users already handled stay handled; the journal keeps the run so that you can resume it.</source>
      <translation>Wird angehalten… Bereits bearbeitete Benutzer bleiben bearbeitet; das Journal bewahrt den Lauf auf, damit Sie ihn fortsetzen können.</translation>
    </message>
    <message>
      <source>The organization's deletion has been sent: it can no longer be stopped.</source>
      <translation>Das Löschen der Organisation wurde gesendet: Es kann nicht mehr angehalten werden.</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>Waiting for Cisco to confirm the organization is gone (up to 10 minutes)…</source>
      <translation>Warten auf die Bestätigung von Cisco, dass die Organisation entfernt ist (bis zu 10 Minuten)…</translation>
    </message>
    <message>
      <source>Waiting for the users to be handled.</source>
      <translation>Warten, bis die Benutzer bearbeitet sind.</translation>
    </message>
    <message>
      <source>about %1 left</source>
      <translation>noch etwa %1</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::ResultPage</name>
    <message>
      <source>%1 has been deleted</source>
      <translation>%1 wurde gelöscht</translation>
    </message>
    <message>
      <source>%1 is being deleted</source>
      <translation>%1 wird gelöscht</translation>
    </message>
    <message>
      <source>%1 of %2 users were converted to individual accounts with free Webex licenses.</source>
      <translation>%1 von %2 Benutzern wurden in Einzelkonten mit kostenlosen Webex-Lizenzen konvertiert.</translation>
    </message>
    <message>
      <source>%1 of %2 users were deleted.</source>
      <translation>%1 von %2 Benutzern wurden gelöscht.</translation>
    </message>
    <message>
      <source>%1 was not deleted</source>
      <translation>%1 wurde nicht gelöscht</translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) could not be handled; the receipt lists them.</source>
      <translation>
        <numerusform>%Ln Benutzer konnte nicht bearbeitet werden; der Beleg führt ihn auf.</numerusform>
        <numerusform>%Ln Benutzer konnten nicht bearbeitet werden; der Beleg führt sie auf.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) were already converted to individual accounts before Cisco refused. This cannot be undone.</source>
      <translation>
        <numerusform>%Ln Benutzer wurde bereits in ein Einzelkonto konvertiert, bevor Cisco ablehnte. Das kann nicht rückgängig gemacht werden.</numerusform>
        <numerusform>%Ln Benutzer wurden bereits in Einzelkonten konvertiert, bevor Cisco ablehnte. Das kann nicht rückgängig gemacht werden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) were already deleted before Cisco refused. This cannot be undone.</source>
      <translation>
        <numerusform>%Ln Benutzer wurde bereits gelöscht, bevor Cisco ablehnte. Das kann nicht rückgängig gemacht werden.</numerusform>
        <numerusform>%Ln Benutzer wurden bereits gelöscht, bevor Cisco ablehnte. Das kann nicht rückgängig gemacht werden.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <source>&amp;Save receipt…</source>
      <translation>Beleg &amp;speichern…</translation>
    </message>
    <message>
      <source>&lt;b&gt;What now:&lt;/b&gt; people who created a trial with their email address can now be added to another organization.</source>
      <translation>&lt;b&gt;Wie geht es weiter:&lt;/b&gt; Personen, die mit ihrer E-Mail-Adresse eine Testversion erstellt haben, können jetzt zu einer anderen Organisation hinzugefügt werden.</translation>
    </message>
    <message>
      <source>Cisco confirmed that the organization is gone. Removing all of its data from Cisco's services can take up to 10 minutes to complete.</source>
      <translation>Cisco hat bestätigt, dass die Organisation entfernt ist. Das Entfernen aller ihrer Daten aus den Diensten von Cisco kann bis zu 10 Minuten dauern.</translation>
    </message>
    <message>
      <source>Cisco refused to delete the organization (HTTP 409 Conflict). Resolve these conditions, then choose Resume:</source>
      <translation>Cisco hat das Löschen der Organisation abgelehnt (HTTP 409 Conflict). Beheben Sie diese Bedingungen und wählen Sie dann „Fortsetzen“:</translation>
    </message>
    <message>
      <source>Deletion accepted</source>
      <translation>Löschen angenommen</translation>
    </message>
    <message>
      <source>Deletion can take up to 10 minutes to complete.</source>
      <translation>Das Löschen kann bis zu 10 Minuten dauern.</translation>
    </message>
    <message>
      <source>Deletion stopped</source>
      <translation>Löschen angehalten</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Nothing was changed</source>
      <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
      <source>Organization deleted</source>
      <translation>Organisation gelöscht</translation>
    </message>
    <message>
      <source>Result details</source>
      <translation>Ergebnisdetails</translation>
    </message>
    <message>
      <source>Resume the deletion where it stopped</source>
      <translation>Das Löschen dort fortsetzen, wo es angehalten wurde</translation>
    </message>
    <message>
      <source>Save receipt</source>
      <translation>Beleg speichern</translation>
    </message>
    <message>
      <source>Save the receipt as JSON</source>
      <translation>Den Beleg als JSON speichern</translation>
    </message>
    <message>
      <source>Saving failed</source>
      <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <source>Start again to review its new state.</source>
      <translation>Beginnen Sie erneut, um den neuen Stand zu prüfen.</translation>
    </message>
    <message>
      <source>The deletion did not finish</source>
      <translation>Das Löschen wurde nicht abgeschlossen</translation>
    </message>
    <message>
      <source>The deletion request was accepted.</source>
      <translation>Die Löschanfrage wurde angenommen.</translation>
    </message>
    <message>
      <source>The deletion was refused</source>
      <translation>Das Löschen wurde abgelehnt</translation>
    </message>
    <message>
      <source>The journal %1 records what was done: Resume continues from there, without touching users already handled.</source>
      <translation>Das Journal %1 hält fest, was getan wurde: „Fortsetzen“ macht dort weiter, ohne bereits bearbeitete Benutzer anzutasten.</translation>
    </message>
    <message>
      <source>The organization changed</source>
      <translation>Die Organisation hat sich geändert</translation>
    </message>
    <message>
      <source>The organization changed after you confirmed, so nothing was done. Start again to review the new state.</source>
      <translation>Die Organisation hat sich nach Ihrer Bestätigung geändert, daher wurde nichts getan. Beginnen Sie erneut, um den neuen Stand zu prüfen.</translation>
    </message>
    <message>
      <source>The organization was not deleted and nothing was changed.</source>
      <translation>Die Organisation wurde nicht gelöscht, und es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
      <source>The organization was not deleted, but %Ln user(s) were converted.</source>
      <translation>
        <numerusform>Die Organisation wurde nicht gelöscht, aber %Ln Benutzer wurde konvertiert.</numerusform>
        <numerusform>Die Organisation wurde nicht gelöscht, aber %Ln Benutzer wurden konvertiert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The organization was not deleted, but %Ln user(s) were deleted.</source>
      <translation>
        <numerusform>Die Organisation wurde nicht gelöscht, aber %Ln Benutzer wurde gelöscht.</numerusform>
        <numerusform>Die Organisation wurde nicht gelöscht, aber %Ln Benutzer wurden gelöscht.</numerusform>
      </translation>
    </message>
    <message>
      <source>The organization was not deleted.</source>
      <translation>Die Organisation wurde nicht gelöscht.</translation>
    </message>
    <message>
      <source>The run did not finish; see what was done below.</source>
      <translation>Der Lauf wurde nicht abgeschlossen; was getan wurde, steht unten.</translation>
    </message>
    <message>
      <source>The run stopped before the organization was deleted.</source>
      <translation>Der Lauf wurde angehalten, bevor die Organisation gelöscht wurde.</translation>
    </message>
    <message>
      <source>Tracking IDs (for Cisco support): %1</source>
      <translation>Tracking-IDs (für den Cisco-Support): %1</translation>
    </message>
    <message>
      <source>What to do: %1</source>
      <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
      <source>You stopped the deletion</source>
      <translation>Sie haben das Löschen angehalten</translation>
    </message>
    <message>
      <source>the organization</source>
      <translation>die Organisation</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::SignInDialog</name>
    <message>
      <source>"Remember me" is unavailable: %1 You will be asked to sign in next time.</source>
      <translation>„Angemeldet bleiben“ ist nicht verfügbar: %1 Sie werden beim nächsten Mal erneut zur Anmeldung aufgefordert.</translation>
    </message>
    <message>
      <source>&amp;Remember me on this computer</source>
      <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
      <source>&amp;Sign In</source>
      <translation>&amp;Anmelden</translation>
    </message>
    <message>
      <source>Access token</source>
      <translation>Zugriffstoken</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Keeps the sign-in in the system keychain, never in a file; Sign out removes it.</source>
      <translation>Bewahrt die Anmeldung im Systemschlüsselbund auf, nie in einer Datei; „Abmelden“ entfernt sie.</translation>
    </message>
    <message>
      <source>Opens Webex's sign-in page in your browser; the app receives the result on this computer only.</source>
      <translation>Öffnet die Anmeldeseite von Webex in Ihrem Browser; die App empfängt das Ergebnis nur auf diesem Computer.</translation>
    </message>
    <message>
      <source>Or paste an &amp;access token (kept in memory only, never saved):</source>
      <translation>Oder fügen Sie ein &amp;Zugriffstoken ein (nur im Arbeitsspeicher, nie gespeichert):</translation>
    </message>
    <message>
      <source>Remember me on this computer</source>
      <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
      <source>Sign in as a full administrator of the organization.
API: %1</source>
      <translation>Melden Sie sich als Volladministrator der Organisation an.
API: %1</translation>
    </message>
    <message>
      <source>Sign in to Webex</source>
      <translation>Bei Webex anmelden</translation>
    </message>
    <message>
      <source>Sign in with &amp;Webex</source>
      <translation>Mit &amp;Webex anmelden</translation>
    </message>
    <message>
      <source>Sign in with Webex</source>
      <translation>Mit Webex anmelden</translation>
    </message>
    <message>
      <source>Sign in with Webex needs the client id of your Webex integration (--client-id or WEBEX_CLIENT_ID).</source>
      <translation>„Mit Webex anmelden“ benötigt die Client-ID Ihrer Webex-Integration (--client-id oder WEBEX_CLIENT_ID).</translation>
    </message>
    <message>
      <source>Sign in with the pasted token</source>
      <translation>Mit dem eingefügten Token anmelden</translation>
    </message>
    <message>
      <source>Waiting for you to sign in with Webex in your browser…</source>
      <translation>Warten auf Ihre Anmeldung bei Webex im Browser…</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::StartupPrompt</name>
    <message numerus="yes">
      <source>%1 only has free subscriptions, but %n condition(s) still block its deletion: %2 Choose “Review what blocks deletion” to see each one and what to do about it.</source>
      <translation>
        <numerusform>%1 hat nur kostenlose Abonnements, aber %n Bedingung blockiert das Löschen noch: %2 Wählen Sie „Prüfen, was das Löschen blockiert“, um sie zu sehen und zu erfahren, was zu tun ist.</numerusform>
        <numerusform>%1 hat nur kostenlose Abonnements, aber %n Bedingungen blockieren das Löschen noch: %2 Wählen Sie „Prüfen, was das Löschen blockiert“, um jede davon zu sehen und zu erfahren, was zu tun ist.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 only has free subscriptions. As its full administrator you can delete it from Cisco's identity system. Deleting your organization will result in data loss and is irreversible; the next steps explain what is lost and let you decide what happens to your users.</source>
      <translation>%1 hat nur kostenlose Abonnements. Als Volladministrator können Sie sie aus dem Identitätssystem von Cisco löschen. Das Löschen Ihrer Organisation führt zu Datenverlust und ist unumkehrbar; die nächsten Schritte erklären, was verloren geht, und lassen Sie entscheiden, was mit Ihren Benutzern geschieht.</translation>
    </message>
    <message numerus="yes">
      <source>%1 only has free subscriptions. As its full administrator you may be able to delete it from Cisco's identity system, but this server cannot report %n condition(s): Delete Organization asks you to check them in Control Hub first. Deleting your organization will result in data loss and is irreversible.</source>
      <translation>
        <numerusform>%1 hat nur kostenlose Abonnements. Als Volladministrator können Sie sie möglicherweise aus dem Identitätssystem von Cisco löschen, aber dieser Server kann %n Bedingung nicht melden: „Organisation löschen“ bittet Sie, sie zuerst in Control Hub zu prüfen. Das Löschen Ihrer Organisation führt zu Datenverlust und ist unumkehrbar.</numerusform>
        <numerusform>%1 hat nur kostenlose Abonnements. Als Volladministrator können Sie sie möglicherweise aus dem Identitätssystem von Cisco löschen, aber dieser Server kann %n Bedingungen nicht melden: „Organisation löschen“ bittet Sie, sie zuerst in Control Hub zu prüfen. Das Löschen Ihrer Organisation führt zu Datenverlust und ist unumkehrbar.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Delete Organization</source>
      <translation>Organisation &amp;löschen</translation>
    </message>
    <message>
      <source>&amp;Remind Me Later</source>
      <translation>&amp;Später erinnern</translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Organisation löschen</translation>
    </message>
    <message>
      <source>Delete Organization or Remind Me Later</source>
      <translation>Organisation löschen oder später erinnern</translation>
    </message>
    <message>
      <source>Re&amp;view what blocks deletion</source>
      <translation>&amp;Prüfen, was das Löschen blockiert</translation>
    </message>
    <message>
      <source>Remind Me Later</source>
      <translation>Später erinnern</translation>
    </message>
    <message numerus="yes">
      <source>Remind Me Later asks again in %n day(s).</source>
      <translation>
        <numerusform>„Später erinnern“ fragt in %n Tag erneut.</numerusform>
        <numerusform>„Später erinnern“ fragt in %n Tagen erneut.</numerusform>
      </translation>
    </message>
    <message>
      <source>Review what blocks deletion</source>
      <translation>Prüfen, was das Löschen blockiert</translation>
    </message>
    <message>
      <source>Your organization can be deleted</source>
      <translation>Ihre Organisation kann gelöscht werden</translation>
    </message>
    <message>
      <source>Your organization cannot be deleted yet</source>
      <translation>Ihre Organisation kann noch nicht gelöscht werden</translation>
    </message>
    <message>
      <source>Your organization may be deletable</source>
      <translation>Ihre Organisation kann möglicherweise gelöscht werden</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::StatusIcons</name>
    <message>
      <source>Blocked</source>
      <translation>Blockiert</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Bestanden</translation>
    </message>
    <message>
      <source>Unknown: the server decides</source>
      <translation>Unbekannt: Der Server entscheidet</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::SubscriptionText</name>
    <message numerus="yes">
      <source>%n subscription(s): </source>
      <translation>
        <numerusform>%n Abonnement: </numerusform>
        <numerusform>%n Abonnements: </numerusform>
      </translation>
    </message>
    <message>
      <source>No subscriptions</source>
      <translation>Keine Abonnements</translation>
    </message>
    <message>
      <source>Unknown: the server decides</source>
      <translation>Unbekannt: Der Server entscheidet</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::Translations</name>
    <message>
      <source>Unknown language "%1"; supported: %2.</source>
      <translation>Unbekannte Sprache „%1“; unterstützt: %2.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UserListModel</name>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UsersPage</name>
    <message>
      <source>%1 of %2 shown</source>
      <translation>%1 von %2 angezeigt</translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln Benutzer</numerusform>
        <numerusform>%Ln Benutzer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) will be deleted with all of their Webex data.</source>
      <translation>
        <numerusform>%Ln Benutzer wird mit allen Webex-Daten gelöscht.</numerusform>
        <numerusform>%Ln Benutzer werden mit allen ihren Webex-Daten gelöscht.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Convert to individual user accounts with free Webex licenses</source>
      <translation>In &amp;Einzelbenutzerkonten mit kostenlosen Webex-Lizenzen konvertieren</translation>
    </message>
    <message>
      <source>&amp;Delete users</source>
      <translation>Benutzer &amp;löschen</translation>
    </message>
    <message>
      <source>Affected users</source>
      <translation>Betroffene Benutzer</translation>
    </message>
    <message numerus="yes">
      <source>Besides you, your organization has %Ln user(s). Choose what happens to them when the organization is deleted.</source>
      <translation>
        <numerusform>Außer Ihnen hat Ihre Organisation %Ln Benutzer. Wählen Sie, was mit ihm geschieht, wenn die Organisation gelöscht wird.</numerusform>
        <numerusform>Außer Ihnen hat Ihre Organisation %Ln Benutzer. Wählen Sie, was mit ihnen geschieht, wenn die Organisation gelöscht wird.</numerusform>
      </translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Choose what happens to your users</source>
      <translation>Wählen Sie, was mit Ihren Benutzern geschieht</translation>
    </message>
    <message>
      <source>Convert to individual user accounts with free Webex licenses</source>
      <translation>In Einzelbenutzerkonten mit kostenlosen Webex-Lizenzen konvertieren</translation>
    </message>
    <message>
      <source>Delete users</source>
      <translation>Benutzer löschen</translation>
    </message>
    <message>
      <source>E&amp;xport list (CSV)…</source>
      <translation>Liste e&amp;xportieren (CSV)…</translation>
    </message>
    <message numerus="yes">
      <source>Each user gets an individual account with a free Webex license (%Ln user(s)). Their organization data is still purged: only content in spaces between two people is retained.</source>
      <translation>
        <numerusform>Jeder Benutzer erhält ein Einzelkonto mit kostenloser Webex-Lizenz (%Ln Benutzer). Die Daten dieses Benutzers in der Organisation werden trotzdem gelöscht: Nur Inhalte in Bereichen zwischen zwei Personen bleiben erhalten.</numerusform>
        <numerusform>Jeder Benutzer erhält ein Einzelkonto mit kostenloser Webex-Lizenz (%Ln Benutzer). Die Daten dieser Benutzer in der Organisation werden trotzdem gelöscht: Nur Inhalte in Bereichen zwischen zwei Personen bleiben erhalten.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export affected users</source>
      <translation>Betroffene Benutzer exportieren</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <source>Export the affected users as CSV</source>
      <translation>Die betroffenen Benutzer als CSV exportieren</translation>
    </message>
    <message numerus="yes">
      <source>No user matches "%1". Clear the search to see all %Ln user(s).</source>
      <translation>
        <numerusform>Kein Benutzer passt zu „%1“. Leeren Sie die Suche, um den %Ln Benutzer zu sehen.</numerusform>
        <numerusform>Kein Benutzer passt zu „%1“. Leeren Sie die Suche, um alle %Ln Benutzer zu sehen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Search by name or email</source>
      <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
      <source>Search users by name or email</source>
      <translation>Benutzer nach Name oder E-Mail suchen</translation>
    </message>
    <message>
      <source>The users of your organization besides you, filtered by the search field.</source>
      <translation>Die Benutzer Ihrer Organisation außer Ihnen, gefiltert nach dem Suchfeld.</translation>
    </message>
    <message>
      <source>This server does not offer converting users, so only deleting them is possible.</source>
      <translation>Dieser Server bietet keine Konvertierung von Benutzern an, daher ist nur das Löschen möglich.</translation>
    </message>
    <message>
      <source>This server does not offer deleting users.</source>
      <translation>Dieser Server bietet kein Löschen von Benutzern an.</translation>
    </message>
    <message>
      <source>Users are deleted with all of their Webex data.</source>
      <translation>Die Benutzer werden mit allen ihren Webex-Daten gelöscht.</translation>
    </message>
    <message>
      <source>Users keep a free Webex license; their organization data is purged.</source>
      <translation>Die Benutzer behalten eine kostenlose Webex-Lizenz; ihre Organisationsdaten werden gelöscht.</translation>
    </message>
    <message>
      <source>Your own account (%1) is neither converted nor deleted by these steps: it is deleted together with the organization, at the end.</source>
      <translation>Ihr eigenes Konto (%1) wird in diesen Schritten weder konvertiert noch gelöscht: Es wird am Ende zusammen mit der Organisation gelöscht.</translation>
    </message>
    <message>
      <source>Your users</source>
      <translation>Ihre Benutzer</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UsersView</name>
    <message>
      <source>%1 of %2 shown</source>
      <translation>%1 von %2 angezeigt</translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln Benutzer</numerusform>
        <numerusform>%Ln Benutzer</numerusform>
      </translation>
    </message>
    <message>
      <source>Search by name or email</source>
      <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
      <source>Search users by name or email</source>
      <translation>Benutzer nach Name oder E-Mail suchen</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>Users of the organization</source>
      <translation>Benutzer der Organisation</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::WizardController</name>
    <message numerus="yes">
      <source>%1. Convert %Ln user(s) to individual accounts with free Webex licenses:</source>
      <translation>
        <numerusform>%1. %Ln Benutzer in ein Einzelkonto mit kostenloser Webex-Lizenz konvertieren:</numerusform>
        <numerusform>%1. %Ln Benutzer in Einzelkonten mit kostenlosen Webex-Lizenzen konvertieren:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1. Delete %Ln user(s):</source>
      <translation>
        <numerusform>%1. %Ln Benutzer löschen:</numerusform>
        <numerusform>%1. %Ln Benutzer löschen:</numerusform>
      </translation>
    </message>
    <message>
      <source>%1. Delete the organization: DELETE /v1/organizations/%2</source>
      <translation>%1. Die Organisation löschen: DELETE /v1/organizations/%2</translation>
    </message>
    <message>
      <source>%1. Read the organization again and stop, changing nothing, if it differs from what you confirmed.</source>
      <translation>%1. Die Organisation erneut lesen und ohne Änderung anhalten, falls sie von dem abweicht, was Sie bestätigt haben.</translation>
    </message>
    <message>
      <source>%1. Wait until the organization is gone (up to 10 minutes).</source>
      <translation>%1. Warten, bis die Organisation entfernt ist (bis zu 10 Minuten).</translation>
    </message>
    <message>
      <source>(tracking ID %1)</source>
      <translation>(Tracking-ID %1)</translation>
    </message>
    <message>
      <source>Could not write %1: %2</source>
      <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <source>Dry run: nothing has been changed.</source>
      <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Fingerprint of what you saw: %1</source>
      <translation>Fingerabdruck dessen, was Sie gesehen haben: %1</translation>
    </message>
    <message>
      <source>Organization: %1 (%2)</source>
      <translation>Organisation: %1 (%2)</translation>
    </message>
    <message numerus="yes">
      <source>Sign in again to confirm that it is you: your last sign-in is more than %n minute(s) old. Then choose Delete Organization again.</source>
      <translation>
        <numerusform>Melden Sie sich erneut an, um zu bestätigen, dass Sie es sind: Ihre letzte Anmeldung liegt mehr als %n Minute zurück. Wählen Sie dann erneut „Organisation löschen“.</numerusform>
        <numerusform>Melden Sie sich erneut an, um zu bestätigen, dass Sie es sind: Ihre letzte Anmeldung liegt mehr als %n Minuten zurück. Wählen Sie dann erneut „Organisation löschen“.</numerusform>
      </translation>
    </message>
    <message>
      <source>Signed-in administrator: %1 (never converted or deleted)</source>
      <translation>Angemeldeter Administrator: %1 (wird nie konvertiert oder gelöscht)</translation>
    </message>
    <message>
      <source>The organization could not be read: %1</source>
      <translation>Die Organisation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>Tick the acknowledgement and type the organization's name exactly.</source>
      <translation>Setzen Sie das Häkchen bei der Bestätigung und geben Sie den Namen der Organisation genau ein.</translation>
    </message>
    <message>
      <source>Your sign-in is no longer valid. Sign in again, then re-check.</source>
      <translation>Ihre Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an und prüfen Sie dann erneut.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::WizardExports</name>
    <message>
      <source>The organization has not been read yet.</source>
      <translation>Die Organisation wurde noch nicht gelesen.</translation>
    </message>
    <message>
      <source>The user list is still being read.</source>
      <translation>Die Benutzerliste wird noch gelesen.</translation>
    </message>
    <message>
      <source>There is no checklist yet.</source>
      <translation>Es gibt noch keine Checkliste.</translation>
    </message>
    <message>
      <source>There is no result to save yet.</source>
      <translation>Es gibt noch kein Ergebnis zum Speichern.</translation>
    </message>
    <message>
      <source>There is no user list yet.</source>
      <translation>Es gibt noch keine Benutzerliste.</translation>
    </message>
  </context>
</TS>
