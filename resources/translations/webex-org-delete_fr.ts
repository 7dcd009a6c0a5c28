<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
  <context>
    <name>wod::Blocker</name>
    <message>
      <source>Ask a full administrator of the customer organization to sign in with their own account and delete the organization.</source>
      <translation>Demandez à un administrateur complet de l'organisation cliente de se connecter avec son propre compte et de supprimer l'organisation.</translation>
    </message>
    <message>
      <source>Ask a full administrator of this organization to delete it, or to give you the Full Administrator role in Control Hub (Management &gt; Users &gt; your user &gt; Administrator roles), then sign in again.</source>
      <translation>Demandez à un administrateur complet de cette organisation de la supprimer ou de vous attribuer le rôle Administrateur complet dans Control Hub (Gestion &gt; Utilisateurs &gt; votre utilisateur &gt; Rôles d'administrateur), puis reconnectez-vous.</translation>
    </message>
    <message>
      <source>Convert or delete every user except yourself: the wizard's Users step does this before it deletes the organization.</source>
      <translation>Convertissez ou supprimez tous les utilisateurs sauf vous-même : l'étape Utilisateurs de l'assistant le fait avant de supprimer l'organisation.</translation>
    </message>
    <message>
      <source>Keep at most one partner relationship: ask the other partners listed to stop managing this organization, then check again.</source>
      <translation>Ne conservez qu'une relation de partenaire au plus : demandez aux autres partenaires listés de cesser de gérer cette organisation, puis vérifiez à nouveau.</translation>
    </message>
    <message>
      <source>Only a full administrator of the organization can delete it.</source>
      <translation>Seul un administrateur complet de l'organisation peut la supprimer.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as Directory Synchronization is enabled.</source>
      <translation>L'organisation ne peut pas être supprimée, car la synchronisation d'annuaire est activée.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has Linked sites.</source>
      <translation>L'organisation ne peut pas être supprimée, car elle a des sites liés.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has active subscriptions or licenses.</source>
      <translation>L'organisation ne peut pas être supprimée, car elle a des abonnements ou des licences actifs.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has managed orgs.</source>
      <translation>L'organisation ne peut pas être supprimée, car elle a des organisations gérées.</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has more than 1 managed by relationship.</source>
      <translation>L'organisation ne peut pas être supprimée, car elle a plus d'une relation « Gérée par ».</translation>
    </message>
    <message>
      <source>Org cannot be deleted as it has more than 1 user.</source>
      <translation>L'organisation ne peut pas être supprimée, car elle a plus d'un utilisateur.</translation>
    </message>
    <message>
      <source>Partners can't delete organizations for their customers. Only customer administrators can delete their own organizations.</source>
      <translation>Les partenaires ne peuvent pas supprimer les organisations de leurs clients. Seuls les administrateurs clients peuvent supprimer leurs propres organisations.</translation>
    </message>
    <message>
      <source>Read the server's message and its tracking ID; resolve the condition in Control Hub or contact Cisco support with the tracking ID.</source>
      <translation>Lisez le message du serveur et son ID de suivi ; résolvez la condition dans Control Hub ou contactez l'assistance Cisco avec l'ID de suivi.</translation>
    </message>
    <message>
      <source>Release the organizations this one manages (Control Hub partner view &gt; Customers), then check again.</source>
      <translation>Libérez les organisations que celle-ci gère (vue partenaire de Control Hub &gt; Clients), puis vérifiez à nouveau.</translation>
    </message>
    <message>
      <source>The organization must have only expired partner-led trials, only online trials, only free subscriptions, or no subscriptions at all. Cancel the subscriptions listed in Control Hub (Management &gt; Account &gt; Subscriptions); a partner-led trial is ended by the partner, a paid subscription by your partner or Cisco account team.</source>
      <translation>L'organisation ne doit avoir que des essais menés par un partenaire expirés, que des essais en ligne, que des abonnements gratuits, ou aucun abonnement. Résiliez les abonnements listés dans Control Hub (Gestion &gt; Compte &gt; Abonnements) ; un essai mené par un partenaire est arrêté par le partenaire, un abonnement payant par votre partenaire ou votre équipe de compte Cisco.</translation>
    </message>
    <message>
      <source>The server refused the deletion for another reason.</source>
      <translation>Le serveur a refusé la suppression pour une autre raison.</translation>
    </message>
    <message>
      <source>Turn off Directory Synchronization (Control Hub &gt; Management &gt; Users &gt; Directory Connector; for Webex for BroadWorks, turn off BroadWorks Directory Sync), then check again.</source>
      <translation>Désactivez la synchronisation d'annuaire (Control Hub &gt; Gestion &gt; Utilisateurs &gt; Directory Connector ; pour Webex for BroadWorks, désactivez la synchronisation d'annuaire BroadWorks), puis vérifiez à nouveau.</translation>
    </message>
    <message>
      <source>Unlink the Webex sites listed from this organization (Control Hub &gt; Services &gt; Meeting &gt; Sites), or ask your Cisco account team: an organization whose site linking is complete cannot be deleted.</source>
      <translation>Dissociez les sites Webex listés de cette organisation (Control Hub &gt; Services &gt; Meeting &gt; Sites) ou contactez votre équipe de compte Cisco : une organisation dont la liaison de sites est terminée ne peut pas être supprimée.</translation>
    </message>
  </context>
  <context>
    <name>wod::ConflictParser</name>
    <message>
      <source>An entry of the 409 response's "errors" is not an object.</source>
      <translation>Une entrée de « errors » de la réponse 409 n'est pas un objet.</translation>
    </message>
    <message>
      <source>The 409 response has neither a message nor error descriptions.</source>
      <translation>La réponse 409 ne contient ni message ni description d'erreur.</translation>
    </message>
    <message>
      <source>The 409 response is not JSON: %1 at byte %2.</source>
      <translation>La réponse 409 n'est pas du JSON : %1 à l'octet %2.</translation>
    </message>
    <message>
      <source>The 409 response is not a JSON object.</source>
      <translation>La réponse 409 n'est pas un objet JSON.</translation>
    </message>
    <message>
      <source>The 409 response's "errors" is not a list.</source>
      <translation>« errors » de la réponse 409 n'est pas une liste.</translation>
    </message>
    <message>
      <source>The 409 response's "message" is not a string.</source>
      <translation>« message » de la réponse 409 n'est pas une chaîne.</translation>
    </message>
  </context>
  <context>
    <name>wod::Criterion</name>
    <message>
      <source>It has no subscriptions at all, whether they're active or suspended.</source>
      <translation>Elle n'a aucun abonnement, qu'il soit actif ou suspendu.</translation>
    </message>
    <message>
      <source>It only has active or expired online trials, and no other types of subscriptions.</source>
      <translation>Elle n'a que des essais en ligne actifs ou expirés, et aucun autre type d'abonnement.</translation>
    </message>
    <message>
      <source>It only has expired partner-led trials, and no other types of subscriptions.</source>
      <translation>Elle n'a que des essais menés par un partenaire expirés, et aucun autre type d'abonnement.</translation>
    </message>
    <message>
      <source>It only has free subscriptions, and no other types of subscriptions.</source>
      <translation>Elle n'a que des abonnements gratuits, et aucun autre type d'abonnement.</translation>
    </message>
  </context>
  <context>
    <name>wod::DeletionPlan</name>
    <message>
      <source>a confirmed check of the plan is malformed</source>
      <translation>une vérification confirmée du plan est mal formée</translation>
    </message>
    <message>
      <source>a user of the plan is malformed</source>
      <translation>un utilisateur du plan est mal formé</translation>
    </message>
    <message>
      <source>the plan lacks the organization's id, name or the users' disposition</source>
      <translation>il manque au plan l'ID ou le nom de l'organisation, ou le sort des utilisateurs</translation>
    </message>
    <message>
      <source>the plan's confirmed checks are not a list</source>
      <translation>les vérifications confirmées du plan ne sont pas une liste</translation>
    </message>
    <message>
      <source>the plan's users are not a list</source>
      <translation>les utilisateurs du plan ne sont pas une liste</translation>
    </message>
  </context>
  <context>
    <name>wod::EligibilityPolicy</name>
    <message numerus="yes">
      <source>%Ln user(s) besides you must be converted to individual accounts or deleted; the wizard does this next.</source>
      <translation>
        <numerusform>%Ln utilisateur en plus de vous doit être converti en compte individuel ou supprimé ; l'assistant s'en charge ensuite.</numerusform>
        <numerusform>%Ln utilisateurs en plus de vous doivent être convertis en comptes individuels ou supprimés ; l'assistant s'en charge ensuite.</numerusform>
      </translation>
    </message>
    <message>
      <source>Directory Synchronization</source>
      <translation>Synchronisation d'annuaire</translation>
    </message>
    <message>
      <source>Directory Synchronization is off.</source>
      <translation>La synchronisation d'annuaire est désactivée.</translation>
    </message>
    <message>
      <source>Each of these kinds is allowed on its own, but not together: the mix is what blocks. Keep one kind only: ask your partner or Cisco account team to remove expired partner-led trials from the organization, or end the other subscriptions in Control Hub (Management &gt; Account &gt; Subscriptions).</source>
      <translation>Chacun de ces types est autorisé seul, mais pas ensemble : c'est le mélange qui bloque. Ne gardez qu'un seul type : demandez à votre partenaire ou à votre équipe de compte Cisco de retirer de l'organisation les essais partenaires expirés, ou mettez fin aux autres abonnements dans Control Hub (Gestion &gt; Compte &gt; Abonnements).</translation>
    </message>
    <message>
      <source>Linked sites</source>
      <translation>Sites liés</translation>
    </message>
    <message>
      <source>Managed by one partner (%1); one relationship is allowed.</source>
      <translation>Gérée par un partenaire (%1) ; une relation est autorisée.</translation>
    </message>
    <message>
      <source>Managed organizations</source>
      <translation>Organisations gérées</translation>
    </message>
    <message>
      <source>Managed-by relationships</source>
      <translation>Relations « Gérée par »</translation>
    </message>
    <message>
      <source>No Webex site is linked to the organization.</source>
      <translation>Aucun site Webex n'est lié à l'organisation.</translation>
    </message>
    <message>
      <source>No more than one partner manages the organization; one relationship is allowed.</source>
      <translation>Au plus un partenaire gère l'organisation ; une relation est autorisée.</translation>
    </message>
    <message>
      <source>No partner manages the organization.</source>
      <translation>Aucun partenaire ne gère l'organisation.</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Abonnements</translation>
    </message>
    <message>
      <source>The organization manages no other organization.</source>
      <translation>L'organisation ne gère aucune autre organisation.</translation>
    </message>
    <message>
      <source>The server does not disclose subscription types; it decides when the organization is deleted.</source>
      <translation>Le serveur ne divulgue pas les types d'abonnement ; il décide lors de la suppression de l'organisation.</translation>
    </message>
    <message>
      <source>The server does not disclose this; it decides when the organization is deleted.</source>
      <translation>Le serveur ne le divulgue pas ; il décide lors de la suppression de l'organisation.</translation>
    </message>
    <message>
      <source>These subscriptions prevent deletion:</source>
      <translation>Ces abonnements empêchent la suppression :</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <source>Who may delete</source>
      <translation>Qui peut supprimer</translation>
    </message>
    <message>
      <source>You are a full administrator of %1.</source>
      <translation>Vous êtes administrateur complet de %1.</translation>
    </message>
    <message>
      <source>You are signed in as %1 from the partner organization %2.</source>
      <translation>Vous êtes connecté en tant que %1 de l'organisation partenaire %2.</translation>
    </message>
    <message>
      <source>You are signed in as %1 with the %2 role.</source>
      <translation>Vous êtes connecté en tant que %1 avec le rôle « %2 ».</translation>
    </message>
    <message>
      <source>You are signed in as %1 with the roles %2.</source>
      <translation>Vous êtes connecté en tant que %1 avec les rôles %2.</translation>
    </message>
    <message>
      <source>You are signed in as %1 without an administrator role.</source>
      <translation>Vous êtes connecté en tant que %1 sans rôle d'administrateur.</translation>
    </message>
    <message>
      <source>You are the only user; there are no users to handle.</source>
      <translation>Vous êtes le seul utilisateur ; il n'y a aucun utilisateur à traiter.</translation>
    </message>
  </context>
  <context>
    <name>wod::ScenarioLoader</name>
    <message>
      <source>"%1" is not an email address</source>
      <translation>« %1 » n'est pas une adresse e-mail</translation>
    </message>
    <message>
      <source>%1: %2: %3</source>
      <translation>%1 : %2 : %3</translation>
    </message>
    <message>
      <source>%1: cannot read the scenario file: %2</source>
      <translation>%1 : impossible de lire le fichier de scénario : %2</translation>
    </message>
    <message>
      <source>%1: expected a JSON object at the top level</source>
      <translation>%1 : un objet JSON est attendu au premier niveau</translation>
    </message>
    <message>
      <source>%1:%2: JSON syntax error: %3</source>
      <translation>%1:%2 : erreur de syntaxe JSON : %3</translation>
    </message>
    <message>
      <source>a boolean</source>
      <translation>un booléen</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <source>a string</source>
      <translation>une chaîne</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <source>duplicate subscription id "%1"</source>
      <translation>ID d'abonnement « %1 » en double</translation>
    </message>
    <message>
      <source>duplicate user email "%1"</source>
      <translation>e-mail d'utilisateur « %1 » en double</translation>
    </message>
    <message>
      <source>duplicate value "%1"</source>
      <translation>valeur « %1 » en double</translation>
    </message>
    <message>
      <source>expected a list, found %1</source>
      <translation>liste attendue, trouvé : %1</translation>
    </message>
    <message>
      <source>expected a string, found %1</source>
      <translation>chaîne attendue, trouvé : %1</translation>
    </message>
    <message>
      <source>expected a whole number from 0 to %1, found %2</source>
      <translation>nombre entier de 0 à %1 attendu, trouvé : %2</translation>
    </message>
    <message>
      <source>expected an ISO 8601 date (YYYY-MM-DD), found "%1"</source>
      <translation>date ISO 8601 (AAAA-MM-JJ) attendue, trouvé : « %1 »</translation>
    </message>
    <message>
      <source>expected an ISO 8601 date and time, found "%1"</source>
      <translation>date et heure ISO 8601 attendues, trouvé : « %1 »</translation>
    </message>
    <message>
      <source>expected an object, found %1</source>
      <translation>objet attendu, trouvé : %1</translation>
    </message>
    <message>
      <source>expected true or false, found %1</source>
      <translation>true ou false attendu, trouvé : %1</translation>
    </message>
    <message>
      <source>is required</source>
      <translation>est obligatoire</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>ne doit pas être vide</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <source>unknown value "%1" (expected active, expired or suspended)</source>
      <translation>valeur inconnue « %1 » (attendu : active, expired ou suspended)</translation>
    </message>
    <message>
      <source>unknown value "%1" (expected partner_trial, online_trial, free or paid)</source>
      <translation>valeur inconnue « %1 » (attendu : partner_trial, online_trial, free ou paid)</translation>
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
      <translation>actif</translation>
    </message>
    <message>
      <source>d MMM yyyy</source>
      <translation>d MMM yyyy</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>expiré</translation>
    </message>
    <message>
      <source>expired on %1</source>
      <translation>expiré le %1</translation>
    </message>
    <message>
      <source>expires on %1</source>
      <translation>expire le %1</translation>
    </message>
    <message>
      <source>free subscription</source>
      <translation>abonnement gratuit</translation>
    </message>
    <message>
      <source>online trial</source>
      <translation>essai en ligne</translation>
    </message>
    <message>
      <source>paid subscription</source>
      <translation>abonnement payant</translation>
    </message>
    <message>
      <source>partner-led trial</source>
      <translation>essai mené par un partenaire</translation>
    </message>
    <message>
      <source>suspended</source>
      <translation>suspendu</translation>
    </message>
  </context>
  <context>
    <name>wod::VerdictText</name>
    <message numerus="yes">
      <source>%Ln user(s) besides you will be converted or deleted first.</source>
      <translation>
        <numerusform>%Ln utilisateur en plus de vous sera d'abord converti ou supprimé.</numerusform>
        <numerusform>%Ln utilisateurs en plus de vous seront d'abord convertis ou supprimés.</numerusform>
      </translation>
    </message>
    <message>
      <source>Eligible: the organization can be deleted.</source>
      <translation>Éligible : l'organisation peut être supprimée.</translation>
    </message>
    <message numerus="yes">
      <source>Not eligible: %n blocker(s) must be resolved first.</source>
      <translation>
        <numerusform>Non éligible : %n obstacle doit d'abord être résolu.</numerusform>
        <numerusform>Non éligible : %n obstacles doivent d'abord être résolus.</numerusform>
      </translation>
    </message>
    <message>
      <source>Organization: %1 (%2)
</source>
      <translation>Organisation : %1 (%2)
</translation>
    </message>
    <message>
      <source>Signed in as: %1

</source>
      <translation>Connecté en tant que : %1

</translation>
    </message>
    <message>
      <source>Some conditions are unknown (%1); the server decides when the organization is deleted.</source>
      <translation>Certaines conditions sont inconnues (%1) ; le serveur décide lors de la suppression de l'organisation.</translation>
    </message>
    <message>
      <source>The sign-in prompt "Delete Organization / Remind Me Later" applies.
</source>
      <translation>L'invite de connexion « Supprimer l'organisation / Me le rappeler plus tard » s'applique.
</translation>
    </message>
    <message>
      <source>What to do: %1</source>
      <translation>Que faire : %1</translation>
    </message>
  </context>
  <context>
    <name>wod::auth::AuthSession</name>
    <message>
      <source>Cannot receive the sign-in on 127.0.0.1:%1; is the port in use?</source>
      <translation>Impossible de recevoir la connexion sur 127.0.0.1:%1 ; le port est-il occupé ?</translation>
    </message>
    <message>
      <source>Sign in with Webex is not configured.</source>
      <translation>« Se connecter avec Webex » n'est pas configuré.</translation>
    </message>
    <message>
      <source>Sign in with Webex needs the integration's client id (--client-id or WEBEX_CLIENT_ID).</source>
      <translation>« Se connecter avec Webex » nécessite l'ID client de l'intégration (--client-id ou WEBEX_CLIENT_ID).</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>Connexion annulée.</translation>
    </message>
    <message>
      <source>Sign-in did not complete in time.</source>
      <translation>La connexion ne s'est pas terminée à temps.</translation>
    </message>
    <message>
      <source>Sign-in was refused: %1 %2</source>
      <translation>La connexion a été refusée : %1 %2</translation>
    </message>
    <message>
      <source>The sign-in answer did not belong to this sign-in (state mismatch); nothing was accepted. Try again.</source>
      <translation>La réponse de connexion n'appartenait pas à cette connexion (state différent) ; rien n'a été accepté. Réessayez.</translation>
    </message>
    <message>
      <source>The sign-in server could not be reached: %1</source>
      <translation>Le serveur de connexion est injoignable : %1</translation>
    </message>
    <message>
      <source>The sign-in server refused the request (%1%2).</source>
      <translation>Le serveur de connexion a refusé la requête (%1%2).</translation>
    </message>
  </context>
  <context>
    <name>wod::auth::LoopbackReplyHandler</name>
    <message>
      <source>Sign-in was not completed. You can close this browser tab; Webex Organization Deletion says what happened.</source>
      <translation>La connexion n'a pas abouti. Vous pouvez fermer cet onglet du navigateur ; « Suppression d'organisation Webex » indique ce qui s'est passé.</translation>
    </message>
    <message>
      <source>Signed in. You can close this browser tab and return to Webex Organization Deletion.</source>
      <translation>Connecté. Vous pouvez fermer cet onglet du navigateur et revenir à « Suppression d'organisation Webex ».</translation>
    </message>
  </context>
  <context>
    <name>wod::auth::RefreshTokenStore</name>
    <message>
      <source>No system keychain is available (%1).</source>
      <translation>Aucun trousseau système disponible (%1).</translation>
    </message>
    <message>
      <source>The system keychain denied access (%1).</source>
      <translation>Le trousseau système a refusé l'accès (%1).</translation>
    </message>
    <message>
      <source>The system keychain failed: %1</source>
      <translation>Le trousseau système a échoué : %1</translation>
    </message>
  </context>
  <context>
    <name>wod::net::ApiClient</name>
    <message>
      <source>"%1" is not a valid API URL.</source>
      <translation>« %1 » n'est pas une URL d'API valide.</translation>
    </message>
    <message>
      <source>"items" is missing or not an array</source>
      <translation>« items » est absent ou n'est pas un tableau</translation>
    </message>
    <message>
      <source>%1 %2: the server does not offer the Control Hub extension.</source>
      <translation>%1 %2 : le serveur ne propose pas l'extension Control Hub.</translation>
    </message>
    <message>
      <source>%1 is not on the API host %2; the access token is only sent to the API host.</source>
      <translation>%1 n'est pas sur l'hôte d'API %2 ; le jeton d'accès n'est envoyé qu'à l'hôte d'API.</translation>
    </message>
    <message>
      <source>%1: the answer does not match the API: %2</source>
      <translation>%1 : la réponse ne correspond pas à l'API : %2</translation>
    </message>
    <message>
      <source>%1: the server listed this person without an id; nothing was sent.</source>
      <translation>%1 : le serveur a listé cette personne sans identifiant ; rien n'a été envoyé.</translation>
    </message>
    <message>
      <source>Refusing plain HTTP to %1: the access token would travel unencrypted. Use https:// (plain http is only allowed on this computer, 127.0.0.1).</source>
      <translation>HTTP non chiffré vers %1 refusé : le jeton d'accès circulerait en clair. Utilisez https:// (http simple n'est autorisé que sur cet ordinateur, 127.0.0.1).</translation>
    </message>
    <message>
      <source>SCIM Bulk: %1 operations requested; at most %2 per request.</source>
      <translation>SCIM Bulk : %1 opérations demandées ; au plus %2 par requête.</translation>
    </message>
    <message>
      <source>Unsupported URL scheme "%1": use https://.</source>
      <translation>Schéma d'URL non pris en charge « %1 » : utilisez https://.</translation>
    </message>
    <message>
      <source>page %1 has %2 users from %3; %4 from %5 were expected</source>
      <translation>la page %1 contient %2 utilisateurs à partir de %3 ; %4 à partir de %5 étaient attendus</translation>
    </message>
    <message>
      <source>page %1: %2</source>
      <translation>page %1 : %2</translation>
    </message>
    <message>
      <source>the Link header cannot be parsed</source>
      <translation>l'en-tête Link ne peut pas être analysé</translation>
    </message>
    <message>
      <source>the Link header points back to a page already read</source>
      <translation>l'en-tête Link renvoie à une page déjà lue</translation>
    </message>
    <message>
      <source>the first page is empty, of %1 users</source>
      <translation>la première page est vide, sur %1 utilisateurs</translation>
    </message>
    <message>
      <source>the number of users changed from %1 to %2 while they were read</source>
      <translation>le nombre d’utilisateurs est passé de %1 à %2 pendant la lecture</translation>
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
      <translation>ID de suivi %1</translation>
    </message>
  </context>
  <context>
    <name>wod::net::ApiRequestJob</name>
    <message>
      <source>%1 answered HTTP %2: %3</source>
      <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
      <source>%1: network error: %2</source>
      <translation>%1 : erreur réseau : %2</translation>
    </message>
    <message>
      <source>%1: no answer within %2 s.</source>
      <translation>%1 : aucune réponse en %2 s.</translation>
    </message>
    <message>
      <source>%1: the answer is not a JSON object (%2).</source>
      <translation>%1 : la réponse n'est pas un objet JSON (%2).</translation>
    </message>
    <message>
      <source>%1: the answer was cut off (%2 of %3 bytes).</source>
      <translation>%1 : la réponse a été tronquée (%2 octets sur %3).</translation>
    </message>
    <message>
      <source>The request was cancelled.</source>
      <translation>La requête a été annulée.</translation>
    </message>
    <message>
      <source>wrong type</source>
      <translation>type incorrect</translation>
    </message>
  </context>
  <context>
    <name>wod::net::DeletionRunner</name>
    <message numerus="yes">
      <source>%Ln user(s) could not be converted or deleted; the organization was not deleted. Resume to try them again.</source>
      <translation>
        <numerusform>%Ln utilisateur n'a pas pu être converti ou supprimé ; l'organisation n'a pas été supprimée. Reprenez pour réessayer.</numerusform>
        <numerusform>%Ln utilisateurs n'ont pas pu être convertis ou supprimés ; l'organisation n'a pas été supprimée. Reprenez pour réessayer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) could not be handled</source>
      <translation>
        <numerusform>%Ln utilisateur n'a pas pu être traité</numerusform>
        <numerusform>%Ln utilisateurs n'ont pas pu être traités</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) joined (%1)</source>
      <translation>
        <numerusform>%Ln utilisateur ajouté (%1)</numerusform>
        <numerusform>%Ln utilisateurs ajoutés (%1)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) left (%1)</source>
      <translation>
        <numerusform>%Ln utilisateur parti (%1)</numerusform>
        <numerusform>%Ln utilisateurs partis (%1)</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancelled before the organization was deleted; %1 of %2 users were handled. Resume to continue.</source>
      <translation>Annulé avant la suppression de l'organisation ; %1 utilisateurs sur %2 ont été traités. Reprenez pour continuer.</translation>
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation>Annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Cannot resume: %1</source>
      <translation>Impossible de reprendre : %1</translation>
    </message>
    <message numerus="yes">
      <source>Cisco deleted the organization "%1" at the first request, although it still had %n other user(s); this run converted or deleted none of them.</source>
      <translation>
        <numerusform>Cisco a supprimé l'organisation « %1 » dès la première requête, alors qu'elle comptait encore %n autre utilisateur ; cette exécution ne l'a ni converti ni supprimé.</numerusform>
        <numerusform>Cisco a supprimé l'organisation « %1 » dès la première requête, alors qu'elle comptait encore %n autres utilisateurs ; cette exécution n'en a converti ou supprimé aucun.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cisco will not delete the organization yet: %1 No user was converted or deleted; nothing was changed.</source>
      <translation>Cisco ne supprimera pas encore l'organisation : %1 Aucun utilisateur n'a été converti ni supprimé ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Could not ask Cisco whether the organization can be deleted: %1. No user was changed. Resume to try again.</source>
      <translation>Impossible de demander à Cisco si l'organisation peut être supprimée : %1. Aucun utilisateur n'a été modifié. Reprenez pour réessayer.</translation>
    </message>
    <message>
      <source>Could not re-read the organization before deleting it; nothing was done: %1</source>
      <translation>Impossible de relire l'organisation avant de la supprimer ; rien n'a été fait : %1</translation>
    </message>
    <message>
      <source>Could not resume: %1</source>
      <translation>La reprise a échoué : %1</translation>
    </message>
    <message>
      <source>Could not write the journal: %1</source>
      <translation>Impossible d'écrire le journal : %1</translation>
    </message>
    <message>
      <source>Could not write the journal; nothing was done: %1</source>
      <translation>Impossible d'écrire le journal ; rien n'a été fait : %1</translation>
    </message>
    <message>
      <source>Every user was handled, but deleting the organization failed: %1. Resume to try again.</source>
      <translation>Tous les utilisateurs ont été traités, mais la suppression de l'organisation a échoué : %1. Reprenez pour réessayer.</translation>
    </message>
    <message>
      <source>It had not disappeared yet when confirmation stopped.</source>
      <translation>Elle n'avait pas encore disparu à la fin de la confirmation.</translation>
    </message>
    <message>
      <source>SCIM Bulk answered %1 for this user</source>
      <translation>SCIM Bulk a répondu %1 pour cet utilisateur</translation>
    </message>
    <message>
      <source>SCIM Bulk answered %1 for this user: %2</source>
      <translation>SCIM Bulk a répondu %1 pour cet utilisateur : %2</translation>
    </message>
    <message>
      <source>SCIM Bulk did not answer for this user</source>
      <translation>SCIM Bulk n'a pas répondu pour cet utilisateur</translation>
    </message>
    <message>
      <source>SCIM Bulk is not available; deleting the users one by one.</source>
      <translation>SCIM Bulk n'est pas disponible ; les utilisateurs sont supprimés un par un.</translation>
    </message>
    <message>
      <source>SCIM Bulk was refused (HTTP %1); deleting the users one by one.</source>
      <translation>SCIM Bulk a été refusé (HTTP %1) ; les utilisateurs sont supprimés un par un.</translation>
    </message>
    <message>
      <source>Stopped after %1 of %2 users; the organization was not deleted: %3. Resume to continue.</source>
      <translation>Arrêté après %1 utilisateurs sur %2 ; l'organisation n'a pas été supprimée : %3. Reprenez pour continuer.</translation>
    </message>
    <message>
      <source>The organization "%1" accepted the deletion; it had not disappeared yet when confirmation stopped.</source>
      <translation>L'organisation « %1 » a accepté la suppression ; elle n'avait pas encore disparu à la fin de la confirmation.</translation>
    </message>
    <message>
      <source>The organization "%1" was deleted.</source>
      <translation>L'organisation « %1 » a été supprimée.</translation>
    </message>
    <message>
      <source>The organization cannot be deleted yet; no user was changed.</source>
      <translation>L'organisation ne peut pas encore être supprimée ; aucun utilisateur n'a été modifié.</translation>
    </message>
    <message>
      <source>The organization changed since you confirmed: %1. Nothing was done; check it again.</source>
      <translation>L'organisation a changé depuis votre confirmation : %1. Rien n'a été fait ; vérifiez-la à nouveau.</translation>
    </message>
    <message>
      <source>The server refused to delete the organization; it is intact: %1</source>
      <translation>Le serveur a refusé de supprimer l'organisation ; elle est intacte : %1</translation>
    </message>
    <message>
      <source>This run already finished (%1); there is nothing to resume.</source>
      <translation>Cette exécution est déjà terminée (%1) ; il n'y a rien à reprendre.</translation>
    </message>
    <message>
      <source>This run was started by %1, but the token belongs to %2; nothing was done.</source>
      <translation>Cette exécution a été lancée par %1, mais le jeton appartient à %2 ; rien n'a été fait.</translation>
    </message>
    <message>
      <source>cannot write the journal %1: fsync failed</source>
      <translation>impossible d'écrire le journal %1 : échec de fsync</translation>
    </message>
    <message>
      <source>it is a different organization</source>
      <translation>c'est une autre organisation</translation>
    </message>
    <message>
      <source>its blockers changed (now none)</source>
      <translation>ses obstacles ont changé (aucun désormais)</translation>
    </message>
    <message>
      <source>its blockers changed (now: %1)</source>
      <translation>ses obstacles ont changé (désormais : %1)</translation>
    </message>
    <message>
      <source>its name changed from "%1" to "%2"</source>
      <translation>son nom est passé de « %1 » à « %2 »</translation>
    </message>
    <message>
      <source>no journal path was given</source>
      <translation>aucun chemin de journal n'a été indiqué</translation>
    </message>
    <message>
      <source>the access token was refused or expired (%1)</source>
      <translation>le jeton d'accès a été refusé ou a expiré (%1)</translation>
    </message>
    <message>
      <source>the journal %1 already exists: resume it instead</source>
      <translation>le journal %1 existe déjà : reprenez-le plutôt</translation>
    </message>
    <message>
      <source>you are signed in as %1, not %2</source>
      <translation>vous êtes connecté en tant que %1, et non %2</translation>
    </message>
  </context>
  <context>
    <name>wod::net::Journal</name>
    <message>
      <source>line %1 is not JSON: %2</source>
      <translation>la ligne %1 n'est pas du JSON : %2</translation>
    </message>
    <message>
      <source>no such journal</source>
      <translation>journal introuvable</translation>
    </message>
    <message>
      <source>the first line is not a deletion plan</source>
      <translation>la première ligne n'est pas un plan de suppression</translation>
    </message>
    <message>
      <source>the journal is empty</source>
      <translation>le journal est vide</translation>
    </message>
  </context>
  <context>
    <name>wod::net::JournalWriter</name>
    <message>
      <source>cannot create the journal's folder %1</source>
      <translation>impossible de créer le dossier %1 du journal</translation>
    </message>
    <message>
      <source>cannot write the journal %1: %2</source>
      <translation>impossible d'écrire le journal %1 : %2</translation>
    </message>
    <message>
      <source>cannot write the journal %1: fsync failed</source>
      <translation>impossible d'écrire le journal %1 : échec de fsync</translation>
    </message>
    <message>
      <source>cannot write the journal %1: unexpected plan format</source>
      <translation>impossible d'écrire le journal %1 : format de plan inattendu</translation>
    </message>
    <message>
      <source>the journal is not open</source>
      <translation>le journal n'est pas ouvert</translation>
    </message>
  </context>
  <context>
    <name>wod::net::SnapshotLoader</name>
    <message>
      <source>The signed-in account cannot see any organization.</source>
      <translation>Le compte connecté ne voit aucune organisation.</translation>
    </message>
    <message>
      <source>The signed-in account manages %1 organizations; choose one.</source>
      <translation>Le compte connecté gère %1 organisations ; choisissez-en une.</translation>
    </message>
    <message>
      <source>another organization</source>
      <translation>une autre organisation</translation>
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
      <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
      <source>%Ln subscription(s)</source>
      <translation>
        <numerusform>%Ln abonnement</numerusform>
        <numerusform>%Ln abonnements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln utilisateur</numerusform>
        <numerusform>%Ln utilisateurs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n condition(s) must be resolved before this organization can be deleted:</source>
      <translation>
        <numerusform>%n condition doit être résolue avant que cette organisation puisse être supprimée :</numerusform>
        <numerusform>%n conditions doivent être résolues avant que cette organisation puisse être supprimée :</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Delete Organization</source>
      <translation>&amp;Supprimer l'organisation</translation>
    </message>
    <message>
      <source>&amp;Review what blocks deletion</source>
      <translation>&amp;Voir ce qui bloque la suppression</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <source>Account sections</source>
      <translation>Sections du compte</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Created:</source>
      <translation>Créée :</translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Supprimer l'organisation</translation>
    </message>
    <message>
      <source>Delete Organization from Cisco's identity system</source>
      <translation>Supprimer l'organisation du système d'identité de Cisco</translation>
    </message>
    <message>
      <source>Deleting your organization permanently deletes all of the information associated with it, such as Webex messages and files and all Webex Meetings data, including meeting URLs and recordings. You decide whether your users are converted to individual accounts with free Webex licenses or deleted. This is irreversible.</source>
      <translation>La suppression de votre organisation supprime définitivement toutes les informations qui y sont associées, comme les messages et fichiers Webex et toutes les données Webex Meetings, y compris les URL de réunion et les enregistrements. Vous décidez si vos utilisateurs sont convertis en comptes individuels avec des licences Webex gratuites ou supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Expiré</translation>
    </message>
    <message>
      <source>Free subscription</source>
      <translation>Abonnement gratuit</translation>
    </message>
    <message>
      <source>Info</source>
      <translation>Infos</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <source>Nothing blocks deleting this organization.</source>
      <translation>Rien n'empêche la suppression de cette organisation.</translation>
    </message>
    <message>
      <source>Online trial</source>
      <translation>Essai en ligne</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Organization ID:</source>
      <translation>ID de l'organisation :</translation>
    </message>
    <message>
      <source>Organization information</source>
      <translation>Informations sur l'organisation</translation>
    </message>
    <message>
      <source>Paid subscription</source>
      <translation>Abonnement payant</translation>
    </message>
    <message>
      <source>Partner-led trial</source>
      <translation>Essai mené par un partenaire</translation>
    </message>
    <message>
      <source>Review what blocks deletion</source>
      <translation>Voir ce qui bloque la suppression</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
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
      <translation>Abonnements :</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Suspendu</translation>
    </message>
    <message numerus="yes">
      <source>This server cannot report %n condition(s); Delete Organization asks you to check them in Control Hub.</source>
      <translation>
        <numerusform>Ce serveur ne peut pas indiquer %n condition ; Supprimer l'organisation vous demande de la vérifier dans Control Hub.</numerusform>
        <numerusform>Ce serveur ne peut pas indiquer %n conditions ; Supprimer l'organisation vous demande de les vérifier dans Control Hub.</numerusform>
      </translation>
    </message>
    <message>
      <source>This server does not disclose subscriptions.</source>
      <translation>Ce serveur ne divulgue pas les abonnements.</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>Users:</source>
      <translation>Utilisateurs :</translation>
    </message>
    <message>
      <source>Webex API id: %1</source>
      <translation>ID d'API Webex : %1</translation>
    </message>
    <message>
      <source>What blocks deletion</source>
      <translation>Ce qui bloque la suppression</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::AcknowledgePage</name>
    <message>
      <source>&lt;li&gt;Converted users keep a free Webex license, but their data associated with Webex or Webex Meetings is purged: only content in spaces between two people is retained.&lt;/li&gt;</source>
      <translation>&lt;li&gt;Les utilisateurs convertis conservent une licence Webex gratuite, mais leurs données associées à Webex ou Webex Meetings sont purgées : seul le contenu des espaces entre deux personnes est conservé.&lt;/li&gt;</translation>
    </message>
    <message>
      <source>&lt;li&gt;The users are deleted with all of their Webex data.&lt;/li&gt;</source>
      <translation>&lt;li&gt;Les utilisateurs sont supprimés avec toutes leurs données Webex.&lt;/li&gt;</translation>
    </message>
    <message>
      <source>&lt;li&gt;Your own account, %1, is deleted with the organization.&lt;/li&gt;</source>
      <translation>&lt;li&gt;Votre propre compte, %1, est supprimé avec l'organisation.&lt;/li&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;What will be lost&lt;/b&gt;&lt;/p&gt;&lt;ul style='margin-left:12px; -qt-list-indent:0'&gt;&lt;li&gt;All information associated with %1: Webex messages and files.&lt;/li&gt;&lt;li&gt;All Webex Meetings data, including Webex Meetings URLs and meeting recordings.&lt;/li&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Ce qui sera perdu&lt;/b&gt;&lt;/p&gt;&lt;ul style='margin-left:12px; -qt-list-indent:0'&gt;&lt;li&gt;Toutes les informations associées à %1 : messages et fichiers Webex.&lt;/li&gt;&lt;li&gt;Toutes les données Webex Meetings, y compris les URL Webex Meetings et les enregistrements de réunions.&lt;/li&gt;</translation>
    </message>
    <message>
      <source>D&amp;ry run…</source>
      <translation>&amp;Simulation…</translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Supprimer l'organisation</translation>
    </message>
    <message>
      <source>Delete your organization</source>
      <translation>Supprimer votre organisation</translation>
    </message>
    <message>
      <source>Deleting your organization will result in data loss and is irreversible.</source>
      <translation>La suppression de votre organisation entraîne une perte de données et est irréversible.</translation>
    </message>
    <message>
      <source>Dry run: show the exact plan without changing anything</source>
      <translation>Simulation : afficher le plan exact sans rien modifier</translation>
    </message>
    <message>
      <source>I &amp;understand and accept:</source>
      <translation>Je &amp;comprends et j'accepte :</translation>
    </message>
    <message>
      <source>I understand that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation>Je comprends que %1 et toutes ses données seront supprimées, et que cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
      <source>I understand that my %Ln user(s) will be deleted, that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation>
        <numerusform>Je comprends que mon %Ln utilisateur sera supprimé, que %1 et toutes ses données seront supprimées, et que cette action est irréversible.</numerusform>
        <numerusform>Je comprends que mes %Ln utilisateurs seront supprimés, que %1 et toutes ses données seront supprimées, et que cette action est irréversible.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>I understand that my %Ln user(s) will be transferred to individual accounts with free Webex licenses, that %1 and all of its data will be deleted, and that this is irreversible.</source>
      <translation>
        <numerusform>Je comprends que mon %Ln utilisateur sera transféré vers un compte individuel avec une licence Webex gratuite, que %1 et toutes ses données seront supprimées, et que cette action est irréversible.</numerusform>
        <numerusform>Je comprends que mes %Ln utilisateurs seront transférés vers des comptes individuels avec des licences Webex gratuites, que %1 et toutes ses données seront supprimées, et que cette action est irréversible.</numerusform>
      </translation>
    </message>
    <message>
      <source>Opens a window with every step Delete Organization would take.</source>
      <translation>Ouvre une fenêtre avec chaque étape que « Supprimer l'organisation » effectuerait.</translation>
    </message>
    <message>
      <source>Organization name</source>
      <translation>Nom de l'organisation</translation>
    </message>
    <message>
      <source>Shows exactly what would be done, without changing anything.</source>
      <translation>Montre exactement ce qui serait fait, sans rien modifier.</translation>
    </message>
    <message>
      <source>The name does not match yet.</source>
      <translation>Le nom ne correspond pas encore.</translation>
    </message>
    <message>
      <source>The name matches.</source>
      <translation>Le nom correspond.</translation>
    </message>
    <message>
      <source>To confirm, type the organization's name &lt;b&gt;%1&lt;/b&gt; exactly as shown (case and spaces count):</source>
      <translation>Pour confirmer, saisissez le nom de l'organisation &lt;b&gt;%1&lt;/b&gt; exactement comme affiché (majuscules et espaces comptent) :</translation>
    </message>
    <message>
      <source>Type the organization's name exactly as shown to enable Delete Organization.</source>
      <translation>Saisissez le nom de l'organisation exactement comme affiché pour activer « Supprimer l'organisation ».</translation>
    </message>
    <message>
      <source>You signed in again. Choose Delete Organization to continue.</source>
      <translation>Vous vous êtes reconnecté. Choisissez Supprimer l'organisation pour continuer.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::CheckRowWidget</name>
    <message>
      <source>How to check: %1</source>
      <translation>Comment vérifier : %1</translation>
    </message>
    <message>
      <source>I checked %1 in Control Hub: it does not block the deletion</source>
      <translation>J'ai vérifié « %1 » dans Control Hub : cela ne bloque pas la suppression</translation>
    </message>
    <message>
      <source>I checked this in Control Hub: it does not block the deletion</source>
      <translation>Vérifié dans Control Hub : ne bloque pas la suppression</translation>
    </message>
    <message>
      <source>What to do: %1</source>
      <translation>Que faire : %1</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::DeleteOrgWizard</name>
    <message>
      <source>&amp;Close Anyway</source>
      <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Terminer</translation>
    </message>
    <message>
      <source>&amp;Keep Running</source>
      <translation>&amp;Laisser continuer</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
      <source>&amp;Stop and Close</source>
      <translation>&amp;Arrêter et fermer</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Close Delete Organization?</source>
      <translation>Fermer « Supprimer l'organisation » ?</translation>
    </message>
    <message>
      <source>Close…</source>
      <translation>Fermer…</translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Supprimer l'organisation</translation>
    </message>
    <message>
      <source>The deletion is still running. Stop it now? Users already handled stay handled; the journal keeps the run so that you can resume it at the next start.</source>
      <translation>La suppression est toujours en cours. L'arrêter maintenant ? Les utilisateurs déjà traités le restent ; le journal conserve l'exécution pour que vous puissiez la reprendre au prochain démarrage.</translation>
    </message>
    <message>
      <source>The organization's deletion has been sent and is being confirmed. Close anyway? The journal keeps the run so that the next start can finish the confirmation.</source>
      <translation>La suppression de l'organisation a été envoyée et est en cours de confirmation. Fermer quand même ? Le journal conserve l'exécution pour que le prochain démarrage termine la confirmation.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::DryRunDialog</name>
    <message>
      <source>Dry run: the exact plan</source>
      <translation>Simulation : le plan exact</translation>
    </message>
    <message>
      <source>Every step Delete Organization would take, in order. Nothing has been changed.</source>
      <translation>Chaque étape que « Supprimer l'organisation » effectuerait, dans l'ordre. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>This is what Delete Organization would do, step by step. Nothing has been changed.</source>
      <translation>Voici ce que « Supprimer l'organisation » ferait, étape par étape. Rien n'a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::MainWindow</name>
    <message>
      <source>%1 has been deleted.</source>
      <translation>%1 a été supprimée.</translation>
    </message>
    <message>
      <source>%1 is being deleted. Deletion can take up to 10 minutes to complete.</source>
      <translation>%1 est en cours de suppression. La suppression peut prendre jusqu'à 10 minutes.</translation>
    </message>
    <message>
      <source>&amp;Not Now</source>
      <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Reprendre</translation>
    </message>
    <message>
      <source>&amp;Retry</source>
      <translation>&amp;Réessayer</translation>
    </message>
    <message>
      <source>&amp;Sign in</source>
      <translation>&amp;Se connecter</translation>
    </message>
    <message>
      <source>&amp;Sign in again</source>
      <translation>&amp;Se reconnecter</translation>
    </message>
    <message>
      <source>A deletion of %1 did not finish.</source>
      <translation>Une suppression de %1 ne s'est pas terminée.</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <source>Connected to %1</source>
      <translation>Connecté à %1</translation>
    </message>
    <message>
      <source>Connecting to the sandbox…</source>
      <translation>Connexion au sandbox…</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <source>Deleting the organization cannot be undone. Sign in again to confirm that it is you.</source>
      <translation>La suppression de l'organisation est irréversible. Reconnectez-vous pour confirmer que c'est bien vous.</translation>
    </message>
    <message>
      <source>Forgets your sign-in on this computer, the system keychain included.</source>
      <translation>Oublie votre connexion sur cet ordinateur, trousseau système compris.</translation>
    </message>
    <message>
      <source>Last step: %1</source>
      <translation>Dernière étape : %1</translation>
    </message>
    <message>
      <source>Management</source>
      <translation>Gestion</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <source>Not signed in</source>
      <translation>Non connecté</translation>
    </message>
    <message>
      <source>Not signed in.</source>
      <translation>Non connecté.</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Vue d'ensemble</translation>
    </message>
    <message>
      <source>People who created a trial with their email address can now be added to another organization. You can close this window.</source>
      <translation>Les personnes qui ont créé un essai avec leur adresse e-mail peuvent maintenant être ajoutées à une autre organisation. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
      <source>Reading your organization…</source>
      <translation>Lecture de votre organisation…</translation>
    </message>
    <message>
      <source>Renewing your sign-in…</source>
      <translation>Renouvellement de votre connexion…</translation>
    </message>
    <message>
      <source>Resume it now?</source>
      <translation>La reprendre maintenant ?</translation>
    </message>
    <message>
      <source>Resume the deletion?</source>
      <translation>Reprendre la suppression ?</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>Sandbox: no real organization is touched (scenario %1)</source>
      <translation>Sandbox : aucune organisation réelle n'est touchée (scénario %1)</translation>
    </message>
    <message>
      <source>Sign &amp;Out</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <source>Sign in again</source>
      <translation>Se reconnecter</translation>
    </message>
    <message>
      <source>Sign in again to continue.</source>
      <translation>Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
      <source>Sign in to read your organization.</source>
      <translation>Connectez-vous pour lire votre organisation.</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Se déconnecter</translation>
    </message>
    <message>
      <source>Signed in as %1 (%2)</source>
      <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <source>The organization's deletion was already sent.</source>
      <translation>La suppression de l'organisation a déjà été envoyée.</translation>
    </message>
    <message>
      <source>The sign-in was refused in the browser, so nobody is signed in. Choose Sign in with Webex to try again.</source>
      <translation>La connexion a été refusée dans le navigateur : personne n’est connecté. Choisissez « Se connecter avec Webex » pour réessayer.</translation>
    </message>
    <message>
      <source>Tracking ID: %1</source>
      <translation>ID de suivi : %1</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <source>Users handled: %1 of %2</source>
      <translation>Utilisateurs traités : %1 sur %2</translation>
    </message>
    <message>
      <source>Webex Organization Deletion</source>
      <translation>Suppression d'organisation Webex</translation>
    </message>
    <message>
      <source>Webex refused the sign-in. Try again, or paste an access token instead.</source>
      <translation>Webex a refusé la connexion. Réessayez, ou collez plutôt un jeton d’accès.</translation>
    </message>
    <message>
      <source>You are signed out.</source>
      <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
      <source>Your organization could not be read: %1</source>
      <translation>Votre organisation n'a pas pu être lue : %1</translation>
    </message>
    <message>
      <source>Your remembered sign-in could not be renewed (the sign-in server did not answer); sign in again.</source>
      <translation>Votre connexion mémorisée n'a pas pu être renouvelée (le serveur de connexion n'a pas répondu) ; reconnectez-vous.</translation>
    </message>
    <message>
      <source>Your remembered sign-in is no longer valid; sign in again.</source>
      <translation>Votre connexion mémorisée n'est plus valide ; reconnectez-vous.</translation>
    </message>
    <message>
      <source>Your sign-in has expired and could not be renewed. Sign in again.</source>
      <translation>Votre connexion a expiré et n'a pas pu être renouvelée. Reconnectez-vous.</translation>
    </message>
    <message>
      <source>Your sign-in is not valid or has expired (HTTP 401). Sign in again.</source>
      <translation>Votre connexion est invalide ou a expiré (HTTP 401). Reconnectez-vous.</translation>
    </message>
    <message>
      <source>checking the system keychain…</source>
      <translation>vérification du trousseau système…</translation>
    </message>
    <message>
      <source>no system keychain is used.</source>
      <translation>aucun trousseau système n'est utilisé.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::MessageBoxService</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Non</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Oui</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::OverviewView</name>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln utilisateur</numerusform>
        <numerusform>%Ln utilisateurs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Conditions to resolve before deleting: %n. See Management &gt; Account &gt; Info.</source>
      <translation>
        <numerusform>Conditions à résoudre avant la suppression : %n. Voir Gestion &gt; Compte &gt; Infos.</numerusform>
        <numerusform>Conditions à résoudre avant la suppression : %n. Voir Gestion &gt; Compte &gt; Infos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Supprimer l'organisation</translation>
    </message>
    <message>
      <source>Go to Management &gt; &amp;Account</source>
      <translation>Aller à Gestion &gt; &amp;Compte</translation>
    </message>
    <message>
      <source>Nothing known blocks deleting this organization.</source>
      <translation>Rien de connu n'empêche la suppression de cette organisation.</translation>
    </message>
    <message>
      <source>Open the account view</source>
      <translation>Ouvrir la vue du compte</translation>
    </message>
    <message>
      <source>Shows the organization's details, its subscriptions and Delete Organization.</source>
      <translation>Affiche les détails de l'organisation, ses abonnements et « Supprimer l'organisation ».</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Abonnements</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::PreflightPage</name>
    <message numerus="yes">
      <source>%n condition(s) must be resolved before %1 can be deleted.</source>
      <translation>
        <numerusform>%n condition doit être résolue avant que %1 puisse être supprimée.</numerusform>
        <numerusform>%n conditions doivent être résolues avant que %1 puisse être supprimée.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Re-check</source>
      <translation>&amp;Revérifier</translation>
    </message>
    <message>
      <source>Before you delete your organization</source>
      <translation>Avant de supprimer votre organisation</translation>
    </message>
    <message>
      <source>Checking your organization: who may delete it, its subscriptions, linked sites, Directory Synchronization, partners and managed organizations…</source>
      <translation>Vérification de votre organisation : qui peut la supprimer, ses abonnements, sites liés, synchronisation d'annuaire, partenaires et organisations gérées…</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Liste de contrôle</translation>
    </message>
    <message>
      <source>Choose Re-check to try again.</source>
      <translation>Choisissez Revérifier pour réessayer.</translation>
    </message>
    <message>
      <source>E&amp;xport checklist…</source>
      <translation>&amp;Exporter la liste de contrôle…</translation>
    </message>
    <message>
      <source>Each check follows Cisco's rules for deleting an organization. Resolve every blocked check to continue.</source>
      <translation>Chaque vérification suit les règles de Cisco pour la suppression d'une organisation. Résolvez chaque vérification bloquée pour continuer.</translation>
    </message>
    <message>
      <source>Export checklist</source>
      <translation>Exporter la liste de contrôle</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Échec de l'exportation</translation>
    </message>
    <message>
      <source>Export the checklist as JSON or CSV</source>
      <translation>Exporter la liste de contrôle au format JSON ou CSV</translation>
    </message>
    <message>
      <source>JSON (*.json);;CSV (*.csv)</source>
      <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>Nothing blocks the deletion of %1.</source>
      <translation>Rien ne bloque la suppression de %1.</translation>
    </message>
    <message>
      <source>Nothing blocks the deletion of %1. Choose Next to continue.</source>
      <translation>Rien ne bloque la suppression de %1. Choisissez Suivant pour continuer.</translation>
    </message>
    <message>
      <source>Re-check the organization</source>
      <translation>Revérifier l'organisation</translation>
    </message>
    <message>
      <source>Reading the user list: %1 of %2 users. You can continue once it is read.</source>
      <translation>Lecture de la liste des utilisateurs : %1 sur %2 utilisateurs. Vous pourrez continuer une fois la lecture terminée.</translation>
    </message>
    <message>
      <source>The organization has not been checked yet.</source>
      <translation>L'organisation n'a pas encore été vérifiée.</translation>
    </message>
    <message numerus="yes">
      <source>This server cannot report %n condition(s). Check each one in Control Hub and tick it to continue: if one of them blocks, Cisco refuses the deletion, possibly after your users were already converted or deleted.</source>
      <translation>
        <numerusform>Ce serveur ne peut pas indiquer %n condition. Vérifiez-la dans Control Hub et cochez-la pour continuer : si elle bloque, Cisco refuse la suppression, peut-être après que vos utilisateurs ont déjà été convertis ou supprimés.</numerusform>
        <numerusform>Ce serveur ne peut pas indiquer %n conditions. Vérifiez chacune dans Control Hub et cochez-la pour continuer : si l'une d'elles bloque, Cisco refuse la suppression, peut-être après que vos utilisateurs ont déjà été convertis ou supprimés.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You checked in Control Hub the %n condition(s) this server cannot report; nothing else blocks the deletion of %1.</source>
      <translation>
        <numerusform>Vous avez vérifié dans Control Hub la %n condition que ce serveur ne peut pas indiquer ; rien d'autre ne bloque la suppression de %1.</numerusform>
        <numerusform>Vous avez vérifié dans Control Hub les %n conditions que ce serveur ne peut pas indiquer ; rien d'autre ne bloque la suppression de %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You checked in Control Hub the %n condition(s) this server cannot report; nothing else blocks the deletion of %1. Choose Next to continue.</source>
      <translation>
        <numerusform>Vous avez vérifié dans Control Hub la %n condition que ce serveur ne peut pas indiquer ; rien d'autre ne bloque la suppression de %1. Choisissez Suivant pour continuer.</numerusform>
        <numerusform>Vous avez vérifié dans Control Hub les %n conditions que ce serveur ne peut pas indiquer ; rien d'autre ne bloque la suppression de %1. Choisissez Suivant pour continuer.</numerusform>
      </translation>
    </message>
    <message>
      <source>in Control Hub's partner view, Customers lists no organization that this one manages.</source>
      <translation>dans la vue partenaire de Control Hub, Clients ne liste aucune organisation gérée par celle-ci.</translation>
    </message>
    <message>
      <source>in Control Hub, Management &gt; Account &gt; Info lists at most one partner that manages this organization.</source>
      <translation>dans Control Hub, Gestion &gt; Compte &gt; Infos liste au plus un partenaire qui gère cette organisation.</translation>
    </message>
    <message>
      <source>in Control Hub, Management &gt; Account &gt; Subscriptions lists only expired partner-led trials, only online trials, only free subscriptions, or nothing.</source>
      <translation>dans Control Hub, Gestion &gt; Compte &gt; Abonnements ne liste que des essais partenaires expirés, que des essais en ligne, que des abonnements gratuits, ou rien.</translation>
    </message>
    <message>
      <source>in Control Hub, Management &gt; Users &gt; Directory Connector (or BroadWorks Directory Sync) is off.</source>
      <translation>dans Control Hub, Gestion &gt; Utilisateurs &gt; Directory Connector (ou la synchronisation d'annuaire BroadWorks) est désactivé.</translation>
    </message>
    <message>
      <source>in Control Hub, Services &gt; Meeting &gt; Sites shows no Webex site linked to this organization.</source>
      <translation>dans Control Hub, Services &gt; Meeting &gt; Sites n'affiche aucun site Webex lié à cette organisation.</translation>
    </message>
    <message>
      <source>in Control Hub, confirm that this condition does not apply to the organization.</source>
      <translation>dans Control Hub, confirmez que cette condition ne s'applique pas à l'organisation.</translation>
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
      <translation>%1 utilisateurs sur %2 convertis</translation>
    </message>
    <message>
      <source>%1 of %2 users deleted</source>
      <translation>%1 utilisateurs sur %2 supprimés</translation>
    </message>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n en échec</numerusform>
        <numerusform>%n en échec</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n seconde</numerusform>
        <numerusform>%n secondes</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Stop before the organization is deleted</source>
      <translation>&amp;Arrêter avant la suppression de l'organisation</translation>
    </message>
    <message>
      <source>Checking every few seconds; elapsed %1.</source>
      <translation>Vérification à intervalles de quelques secondes ; écoulé : %1.</translation>
    </message>
    <message>
      <source>Checking that the organization has not changed since you confirmed…</source>
      <translation>Vérification que l'organisation n'a pas changé depuis votre confirmation…</translation>
    </message>
    <message>
      <source>Confirmation</source>
      <translation>Confirmation</translation>
    </message>
    <message>
      <source>Converting users to individual accounts…</source>
      <translation>Conversion des utilisateurs en comptes individuels…</translation>
    </message>
    <message>
      <source>Deleting the organization…</source>
      <translation>Suppression de l'organisation…</translation>
    </message>
    <message>
      <source>Deleting users…</source>
      <translation>Suppression des utilisateurs…</translation>
    </message>
    <message>
      <source>Deleting your organization</source>
      <translation>Suppression de votre organisation</translation>
    </message>
    <message>
      <source>Deletion request accepted.</source>
      <translation>Demande de suppression acceptée.</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>Terminé.</translation>
    </message>
    <message>
      <source>Finished.</source>
      <translation>Fini.</translation>
    </message>
    <message>
      <source>Keep this window open until the deletion is finished. You can stop until the organization itself is deleted.</source>
      <translation>Gardez cette fenêtre ouverte jusqu'à la fin de la suppression. Vous pouvez arrêter jusqu'à ce que l'organisation elle-même soit supprimée.</translation>
    </message>
    <message>
      <source>No users to handle.</source>
      <translation>Aucun utilisateur à traiter.</translation>
    </message>
    <message>
      <source>Not started.</source>
      <translation>Pas commencé.</translation>
    </message>
    <message>
      <source>Now: %1</source>
      <translation>En cours : %1</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Sending the deletion request…</source>
      <translation>Envoi de la demande de suppression…</translation>
    </message>
    <message>
      <source>Stop the deletion</source>
      <translation>Arrêter la suppression</translation>
    </message>
    <message>
      <source>Stopping keeps what was done so far and lets you resume later.</source>
      <translation>L'arrêt conserve ce qui a été fait et vous permet de reprendre plus tard.</translation>
    </message>
    <message>
      <source>Stopping… Users already handled stay handled; the journal keeps the run so that you can resume it.</source>
      <translation>Arrêt… Les utilisateurs déjà traités le restent ; le journal conserve l'exécution pour que vous puissiez la reprendre.</translation>
    </message>
    <message>
      <source>The organization's deletion has been sent: it can no longer be stopped.</source>
      <translation>La suppression de l'organisation a été envoyée : elle ne peut plus être arrêtée.</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <source>Waiting for Cisco to confirm the organization is gone (up to 10 minutes)…</source>
      <translation>En attente de la confirmation par Cisco que l'organisation a disparu (jusqu'à 10 minutes)…</translation>
    </message>
    <message>
      <source>Waiting for the users to be handled.</source>
      <translation>En attente du traitement des utilisateurs.</translation>
    </message>
    <message>
      <source>about %1 left</source>
      <translation>environ %1 restantes</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::ResultPage</name>
    <message>
      <source>%1 has been deleted</source>
      <translation>%1 a été supprimée</translation>
    </message>
    <message>
      <source>%1 is being deleted</source>
      <translation>%1 est en cours de suppression</translation>
    </message>
    <message>
      <source>%1 of %2 users were converted to individual accounts with free Webex licenses.</source>
      <translation>%1 utilisateurs sur %2 ont été convertis en comptes individuels avec des licences Webex gratuites.</translation>
    </message>
    <message>
      <source>%1 of %2 users were deleted.</source>
      <translation>%1 utilisateurs sur %2 ont été supprimés.</translation>
    </message>
    <message>
      <source>%1 was not deleted</source>
      <translation>%1 n'a pas été supprimée</translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) could not be handled; the receipt lists them.</source>
      <translation>
        <numerusform>%Ln utilisateur n'a pas pu être traité ; le reçu le liste.</numerusform>
        <numerusform>%Ln utilisateurs n'ont pas pu être traités ; le reçu les liste.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) were already converted to individual accounts before Cisco refused. This cannot be undone.</source>
      <translation>
        <numerusform>%Ln utilisateur avait déjà été converti en compte individuel avant le refus de Cisco. C'est irréversible.</numerusform>
        <numerusform>%Ln utilisateurs avaient déjà été convertis en comptes individuels avant le refus de Cisco. C'est irréversible.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) were already deleted before Cisco refused. This cannot be undone.</source>
      <translation>
        <numerusform>%Ln utilisateur avait déjà été supprimé avant le refus de Cisco. C'est irréversible.</numerusform>
        <numerusform>%Ln utilisateurs avaient déjà été supprimés avant le refus de Cisco. C'est irréversible.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Reprendre</translation>
    </message>
    <message>
      <source>&amp;Save receipt…</source>
      <translation>&amp;Enregistrer le reçu…</translation>
    </message>
    <message>
      <source>&lt;b&gt;What now:&lt;/b&gt; people who created a trial with their email address can now be added to another organization.</source>
      <translation>&lt;b&gt;Et maintenant :&lt;/b&gt; les personnes qui ont créé un essai avec leur adresse e-mail peuvent maintenant être ajoutées à une autre organisation.</translation>
    </message>
    <message>
      <source>Cisco confirmed that the organization is gone. Removing all of its data from Cisco's services can take up to 10 minutes to complete.</source>
      <translation>Cisco a confirmé que l'organisation a disparu. La suppression de toutes ses données des services Cisco peut prendre jusqu'à 10 minutes.</translation>
    </message>
    <message>
      <source>Cisco refused to delete the organization (HTTP 409 Conflict). Resolve these conditions, then choose Resume:</source>
      <translation>Cisco a refusé de supprimer l'organisation (HTTP 409 Conflict). Résolvez ces conditions, puis choisissez Reprendre :</translation>
    </message>
    <message>
      <source>Deletion accepted</source>
      <translation>Suppression acceptée</translation>
    </message>
    <message>
      <source>Deletion can take up to 10 minutes to complete.</source>
      <translation>La suppression peut prendre jusqu'à 10 minutes.</translation>
    </message>
    <message>
      <source>Deletion stopped</source>
      <translation>Suppression arrêtée</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Nothing was changed</source>
      <translation>Rien n'a été modifié</translation>
    </message>
    <message>
      <source>Organization deleted</source>
      <translation>Organisation supprimée</translation>
    </message>
    <message>
      <source>Result details</source>
      <translation>Détails du résultat</translation>
    </message>
    <message>
      <source>Resume the deletion where it stopped</source>
      <translation>Reprendre la suppression là où elle s'est arrêtée</translation>
    </message>
    <message>
      <source>Save receipt</source>
      <translation>Enregistrer le reçu</translation>
    </message>
    <message>
      <source>Save the receipt as JSON</source>
      <translation>Enregistrer le reçu au format JSON</translation>
    </message>
    <message>
      <source>Saving failed</source>
      <translation>Échec de l'enregistrement</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Un problème s'est produit</translation>
    </message>
    <message>
      <source>Start again to review its new state.</source>
      <translation>Recommencez pour vérifier son nouvel état.</translation>
    </message>
    <message>
      <source>The deletion did not finish</source>
      <translation>La suppression ne s'est pas terminée</translation>
    </message>
    <message>
      <source>The deletion request was accepted.</source>
      <translation>La demande de suppression a été acceptée.</translation>
    </message>
    <message>
      <source>The deletion was refused</source>
      <translation>La suppression a été refusée</translation>
    </message>
    <message>
      <source>The journal %1 records what was done: Resume continues from there, without touching users already handled.</source>
      <translation>Le journal %1 consigne ce qui a été fait : Reprendre continue à partir de là, sans toucher aux utilisateurs déjà traités.</translation>
    </message>
    <message>
      <source>The organization changed</source>
      <translation>L'organisation a changé</translation>
    </message>
    <message>
      <source>The organization changed after you confirmed, so nothing was done. Start again to review the new state.</source>
      <translation>L'organisation a changé après votre confirmation, donc rien n'a été fait. Recommencez pour examiner le nouvel état.</translation>
    </message>
    <message>
      <source>The organization was not deleted and nothing was changed.</source>
      <translation>L'organisation n'a pas été supprimée et rien n'a été modifié.</translation>
    </message>
    <message numerus="yes">
      <source>The organization was not deleted, but %Ln user(s) were converted.</source>
      <translation>
        <numerusform>L'organisation n'a pas été supprimée, mais %Ln utilisateur a été converti.</numerusform>
        <numerusform>L'organisation n'a pas été supprimée, mais %Ln utilisateurs ont été convertis.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The organization was not deleted, but %Ln user(s) were deleted.</source>
      <translation>
        <numerusform>L'organisation n'a pas été supprimée, mais %Ln utilisateur a été supprimé.</numerusform>
        <numerusform>L'organisation n'a pas été supprimée, mais %Ln utilisateurs ont été supprimés.</numerusform>
      </translation>
    </message>
    <message>
      <source>The organization was not deleted.</source>
      <translation>L'organisation n'a pas été supprimée.</translation>
    </message>
    <message>
      <source>The run did not finish; see what was done below.</source>
      <translation>L'exécution ne s'est pas terminée ; voyez ci-dessous ce qui a été fait.</translation>
    </message>
    <message>
      <source>The run stopped before the organization was deleted.</source>
      <translation>L'exécution s'est arrêtée avant la suppression de l'organisation.</translation>
    </message>
    <message>
      <source>Tracking IDs (for Cisco support): %1</source>
      <translation>ID de suivi (pour l'assistance Cisco) : %1</translation>
    </message>
    <message>
      <source>What to do: %1</source>
      <translation>Que faire : %1</translation>
    </message>
    <message>
      <source>You stopped the deletion</source>
      <translation>Vous avez arrêté la suppression</translation>
    </message>
    <message>
      <source>the organization</source>
      <translation>l'organisation</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::SignInDialog</name>
    <message>
      <source>"Remember me" is unavailable: %1 You will be asked to sign in next time.</source>
      <translation>« Se souvenir de moi » n'est pas disponible : %1 Vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
      <source>&amp;Remember me on this computer</source>
      <translation>Se &amp;souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
      <source>&amp;Sign In</source>
      <translation>&amp;Se connecter</translation>
    </message>
    <message>
      <source>Access token</source>
      <translation>Jeton d'accès</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Keeps the sign-in in the system keychain, never in a file; Sign out removes it.</source>
      <translation>Conserve la connexion dans le trousseau système, jamais dans un fichier ; Se déconnecter la supprime.</translation>
    </message>
    <message>
      <source>Opens Webex's sign-in page in your browser; the app receives the result on this computer only.</source>
      <translation>Ouvre la page de connexion de Webex dans votre navigateur ; l'application reçoit le résultat sur cet ordinateur uniquement.</translation>
    </message>
    <message>
      <source>Or paste an &amp;access token (kept in memory only, never saved):</source>
      <translation>Ou collez un jeton d'&amp;accès (conservé en mémoire uniquement, jamais enregistré) :</translation>
    </message>
    <message>
      <source>Remember me on this computer</source>
      <translation>Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
      <source>Sign in as a full administrator of the organization.
API: %1</source>
      <translation>Connectez-vous en tant qu'administrateur complet de l'organisation.
API : %1</translation>
    </message>
    <message>
      <source>Sign in to Webex</source>
      <translation>Se connecter à Webex</translation>
    </message>
    <message>
      <source>Sign in with &amp;Webex</source>
      <translation>Se connecter avec &amp;Webex</translation>
    </message>
    <message>
      <source>Sign in with Webex</source>
      <translation>Se connecter avec Webex</translation>
    </message>
    <message>
      <source>Sign in with Webex needs the client id of your Webex integration (--client-id or WEBEX_CLIENT_ID).</source>
      <translation>« Se connecter avec Webex » nécessite l'ID client de votre intégration Webex (--client-id ou WEBEX_CLIENT_ID).</translation>
    </message>
    <message>
      <source>Sign in with the pasted token</source>
      <translation>Se connecter avec le jeton collé</translation>
    </message>
    <message>
      <source>Waiting for you to sign in with Webex in your browser…</source>
      <translation>En attente de votre connexion à Webex dans votre navigateur…</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::StartupPrompt</name>
    <message numerus="yes">
      <source>%1 only has free subscriptions, but %n condition(s) still block its deletion: %2 Choose “Review what blocks deletion” to see each one and what to do about it.</source>
      <translation>
        <numerusform>%1 n’a que des abonnements gratuits, mais %n condition bloque encore sa suppression : %2 Choisissez « Voir ce qui bloque la suppression » pour la voir et savoir quoi faire.</numerusform>
        <numerusform>%1 n’a que des abonnements gratuits, mais %n conditions bloquent encore sa suppression : %2 Choisissez « Voir ce qui bloque la suppression » pour voir chacune d’elles et savoir quoi faire.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 only has free subscriptions. As its full administrator you can delete it from Cisco's identity system. Deleting your organization will result in data loss and is irreversible; the next steps explain what is lost and let you decide what happens to your users.</source>
      <translation>%1 n'a que des abonnements gratuits. En tant qu'administrateur complet, vous pouvez la supprimer du système d'identité de Cisco. La suppression de votre organisation entraîne une perte de données et est irréversible ; les étapes suivantes expliquent ce qui est perdu et vous laissent décider du sort de vos utilisateurs.</translation>
    </message>
    <message numerus="yes">
      <source>%1 only has free subscriptions. As its full administrator you may be able to delete it from Cisco's identity system, but this server cannot report %n condition(s): Delete Organization asks you to check them in Control Hub first. Deleting your organization will result in data loss and is irreversible.</source>
      <translation>
        <numerusform>%1 n'a que des abonnements gratuits. En tant qu'administrateur complet, vous pourrez peut-être la supprimer du système d'identité de Cisco, mais ce serveur ne peut pas indiquer %n condition : Supprimer l'organisation vous demande d'abord de la vérifier dans Control Hub. La suppression de votre organisation entraîne une perte de données et est irréversible.</numerusform>
        <numerusform>%1 n'a que des abonnements gratuits. En tant qu'administrateur complet, vous pourrez peut-être la supprimer du système d'identité de Cisco, mais ce serveur ne peut pas indiquer %n conditions : Supprimer l'organisation vous demande d'abord de les vérifier dans Control Hub. La suppression de votre organisation entraîne une perte de données et est irréversible.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Delete Organization</source>
      <translation>&amp;Supprimer l'organisation</translation>
    </message>
    <message>
      <source>&amp;Remind Me Later</source>
      <translation>&amp;Me le rappeler plus tard</translation>
    </message>
    <message>
      <source>Delete Organization</source>
      <translation>Supprimer l'organisation</translation>
    </message>
    <message>
      <source>Delete Organization or Remind Me Later</source>
      <translation>Supprimer l'organisation ou me le rappeler plus tard</translation>
    </message>
    <message>
      <source>Re&amp;view what blocks deletion</source>
      <translation>&amp;Voir ce qui bloque la suppression</translation>
    </message>
    <message>
      <source>Remind Me Later</source>
      <translation>Me le rappeler plus tard</translation>
    </message>
    <message numerus="yes">
      <source>Remind Me Later asks again in %n day(s).</source>
      <translation>
        <numerusform>Me le rappeler plus tard redemande dans %n jour.</numerusform>
        <numerusform>Me le rappeler plus tard redemande dans %n jours.</numerusform>
      </translation>
    </message>
    <message>
      <source>Review what blocks deletion</source>
      <translation>Voir ce qui bloque la suppression</translation>
    </message>
    <message>
      <source>Your organization can be deleted</source>
      <translation>Votre organisation peut être supprimée</translation>
    </message>
    <message>
      <source>Your organization cannot be deleted yet</source>
      <translation>Votre organisation ne peut pas encore être supprimée</translation>
    </message>
    <message>
      <source>Your organization may be deletable</source>
      <translation>Votre organisation peut peut-être être supprimée</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::StatusIcons</name>
    <message>
      <source>Blocked</source>
      <translation>Bloqué</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Réussi</translation>
    </message>
    <message>
      <source>Unknown: the server decides</source>
      <translation>Inconnu : le serveur décide</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::SubscriptionText</name>
    <message numerus="yes">
      <source>%n subscription(s): </source>
      <translation>
        <numerusform>%n abonnement : </numerusform>
        <numerusform>%n abonnements : </numerusform>
      </translation>
    </message>
    <message>
      <source>No subscriptions</source>
      <translation>Aucun abonnement</translation>
    </message>
    <message>
      <source>Unknown: the server decides</source>
      <translation>Inconnu : le serveur décide</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::Translations</name>
    <message>
      <source>Unknown language "%1"; supported: %2.</source>
      <translation>Langue inconnue « %1 » ; prises en charge : %2.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UserListModel</name>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UsersPage</name>
    <message>
      <source>%1 of %2 shown</source>
      <translation>%1 sur %2 affichés</translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln utilisateur</numerusform>
        <numerusform>%Ln utilisateurs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s) will be deleted with all of their Webex data.</source>
      <translation>
        <numerusform>%Ln utilisateur sera supprimé avec toutes ses données Webex.</numerusform>
        <numerusform>%Ln utilisateurs seront supprimés avec toutes leurs données Webex.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Convert to individual user accounts with free Webex licenses</source>
      <translation>&amp;Convertir en comptes utilisateur individuels avec des licences Webex gratuites</translation>
    </message>
    <message>
      <source>&amp;Delete users</source>
      <translation>&amp;Supprimer les utilisateurs</translation>
    </message>
    <message>
      <source>Affected users</source>
      <translation>Utilisateurs concernés</translation>
    </message>
    <message numerus="yes">
      <source>Besides you, your organization has %Ln user(s). Choose what happens to them when the organization is deleted.</source>
      <translation>
        <numerusform>En plus de vous, votre organisation compte %Ln utilisateur. Choisissez ce qu'il advient de lui lors de la suppression de l'organisation.</numerusform>
        <numerusform>En plus de vous, votre organisation compte %Ln utilisateurs. Choisissez ce qu'il advient d'eux lors de la suppression de l'organisation.</numerusform>
      </translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Choose what happens to your users</source>
      <translation>Choisissez le sort de vos utilisateurs</translation>
    </message>
    <message>
      <source>Convert to individual user accounts with free Webex licenses</source>
      <translation>Convertir en comptes utilisateur individuels avec des licences Webex gratuites</translation>
    </message>
    <message>
      <source>Delete users</source>
      <translation>Supprimer les utilisateurs</translation>
    </message>
    <message>
      <source>E&amp;xport list (CSV)…</source>
      <translation>&amp;Exporter la liste (CSV)…</translation>
    </message>
    <message numerus="yes">
      <source>Each user gets an individual account with a free Webex license (%Ln user(s)). Their organization data is still purged: only content in spaces between two people is retained.</source>
      <translation>
        <numerusform>Chaque utilisateur obtient un compte individuel avec une licence Webex gratuite (%Ln utilisateur). Ses données d'organisation sont tout de même purgées : seul le contenu des espaces entre deux personnes est conservé.</numerusform>
        <numerusform>Chaque utilisateur obtient un compte individuel avec une licence Webex gratuite (%Ln utilisateurs). Leurs données d'organisation sont tout de même purgées : seul le contenu des espaces entre deux personnes est conservé.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export affected users</source>
      <translation>Exporter les utilisateurs concernés</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Échec de l'exportation</translation>
    </message>
    <message>
      <source>Export the affected users as CSV</source>
      <translation>Exporter les utilisateurs concernés au format CSV</translation>
    </message>
    <message numerus="yes">
      <source>No user matches "%1". Clear the search to see all %Ln user(s).</source>
      <translation>
        <numerusform>Aucun utilisateur ne correspond à « %1 ». Effacez la recherche pour voir l'utilisateur (%Ln).</numerusform>
        <numerusform>Aucun utilisateur ne correspond à « %1 ». Effacez la recherche pour voir les %Ln utilisateurs.</numerusform>
      </translation>
    </message>
    <message>
      <source>Search by name or email</source>
      <translation>Rechercher par nom ou e-mail</translation>
    </message>
    <message>
      <source>Search users by name or email</source>
      <translation>Rechercher des utilisateurs par nom ou e-mail</translation>
    </message>
    <message>
      <source>The users of your organization besides you, filtered by the search field.</source>
      <translation>Les utilisateurs de votre organisation en dehors de vous, filtrés par le champ de recherche.</translation>
    </message>
    <message>
      <source>This server does not offer converting users, so only deleting them is possible.</source>
      <translation>Ce serveur ne propose pas la conversion des utilisateurs ; seule leur suppression est possible.</translation>
    </message>
    <message>
      <source>This server does not offer deleting users.</source>
      <translation>Ce serveur ne propose pas la suppression des utilisateurs.</translation>
    </message>
    <message>
      <source>Users are deleted with all of their Webex data.</source>
      <translation>Les utilisateurs sont supprimés avec toutes leurs données Webex.</translation>
    </message>
    <message>
      <source>Users keep a free Webex license; their organization data is purged.</source>
      <translation>Les utilisateurs conservent une licence Webex gratuite ; leurs données d'organisation sont purgées.</translation>
    </message>
    <message>
      <source>Your own account (%1) is neither converted nor deleted by these steps: it is deleted together with the organization, at the end.</source>
      <translation>Votre propre compte (%1) n'est ni converti ni supprimé par ces étapes : il est supprimé avec l'organisation, à la fin.</translation>
    </message>
    <message>
      <source>Your users</source>
      <translation>Vos utilisateurs</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::UsersView</name>
    <message>
      <source>%1 of %2 shown</source>
      <translation>%1 sur %2 affichés</translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln utilisateur</numerusform>
        <numerusform>%Ln utilisateurs</numerusform>
      </translation>
    </message>
    <message>
      <source>Search by name or email</source>
      <translation>Rechercher par nom ou e-mail</translation>
    </message>
    <message>
      <source>Search users by name or email</source>
      <translation>Rechercher des utilisateurs par nom ou e-mail</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <source>Users of the organization</source>
      <translation>Utilisateurs de l'organisation</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::WizardController</name>
    <message numerus="yes">
      <source>%1. Convert %Ln user(s) to individual accounts with free Webex licenses:</source>
      <translation>
        <numerusform>%1. Convertir %Ln utilisateur en compte individuel avec une licence Webex gratuite :</numerusform>
        <numerusform>%1. Convertir %Ln utilisateurs en comptes individuels avec des licences Webex gratuites :</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1. Delete %Ln user(s):</source>
      <translation>
        <numerusform>%1. Supprimer %Ln utilisateur :</numerusform>
        <numerusform>%1. Supprimer %Ln utilisateurs :</numerusform>
      </translation>
    </message>
    <message>
      <source>%1. Delete the organization: DELETE /v1/organizations/%2</source>
      <translation>%1. Supprimer l'organisation : DELETE /v1/organizations/%2</translation>
    </message>
    <message>
      <source>%1. Read the organization again and stop, changing nothing, if it differs from what you confirmed.</source>
      <translation>%1. Relire l'organisation et s'arrêter sans rien modifier si elle diffère de ce que vous avez confirmé.</translation>
    </message>
    <message>
      <source>%1. Wait until the organization is gone (up to 10 minutes).</source>
      <translation>%1. Attendre que l'organisation ait disparu (jusqu'à 10 minutes).</translation>
    </message>
    <message>
      <source>(tracking ID %1)</source>
      <translation>(ID de suivi %1)</translation>
    </message>
    <message>
      <source>Could not write %1: %2</source>
      <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
      <source>Dry run: nothing has been changed.</source>
      <translation>Simulation : rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Fingerprint of what you saw: %1</source>
      <translation>Empreinte de ce que vous avez vu : %1</translation>
    </message>
    <message>
      <source>Organization: %1 (%2)</source>
      <translation>Organisation : %1 (%2)</translation>
    </message>
    <message numerus="yes">
      <source>Sign in again to confirm that it is you: your last sign-in is more than %n minute(s) old. Then choose Delete Organization again.</source>
      <translation>
        <numerusform>Reconnectez-vous pour confirmer que c'est bien vous : votre dernière connexion date de plus de %n minute. Choisissez ensuite de nouveau Supprimer l'organisation.</numerusform>
        <numerusform>Reconnectez-vous pour confirmer que c'est bien vous : votre dernière connexion date de plus de %n minutes. Choisissez ensuite de nouveau Supprimer l'organisation.</numerusform>
      </translation>
    </message>
    <message>
      <source>Signed-in administrator: %1 (never converted or deleted)</source>
      <translation>Administrateur connecté : %1 (jamais converti ni supprimé)</translation>
    </message>
    <message>
      <source>The organization could not be read: %1</source>
      <translation>L'organisation n'a pas pu être lue : %1</translation>
    </message>
    <message>
      <source>Tick the acknowledgement and type the organization's name exactly.</source>
      <translation>Cochez la confirmation et saisissez exactement le nom de l'organisation.</translation>
    </message>
    <message>
      <source>Your sign-in is no longer valid. Sign in again, then re-check.</source>
      <translation>Votre connexion n'est plus valide. Reconnectez-vous, puis revérifiez.</translation>
    </message>
  </context>
  <context>
    <name>wod::ui::WizardExports</name>
    <message>
      <source>The organization has not been read yet.</source>
      <translation>L'organisation n'a pas encore été lue.</translation>
    </message>
    <message>
      <source>The user list is still being read.</source>
      <translation>La liste des utilisateurs est encore en cours de lecture.</translation>
    </message>
    <message>
      <source>There is no checklist yet.</source>
      <translation>Il n'y a pas encore de liste de contrôle.</translation>
    </message>
    <message>
      <source>There is no result to save yet.</source>
      <translation>Il n'y a pas encore de résultat à enregistrer.</translation>
    </message>
    <message>
      <source>There is no user list yet.</source>
      <translation>Il n'y a pas encore de liste d'utilisateurs.</translation>
    </message>
  </context>
</TS>
