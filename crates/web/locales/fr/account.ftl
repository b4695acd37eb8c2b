nav-account = Votre compte
nav-login = Se connecter
nav-register = S’inscrire
nav-logout = Se déconnecter
nav-moderation = Modération
nav-admin = Administration
form-required = obligatoire
form-error-summary = Veuillez corriger ce qui suit :
form-choose = – choisir –
form-none = aucun
form-error-number = doit être un nombre, par exemple 51,05
form-error-whole-number = doit être un nombre entier
form-error-choice = choisissez l’une des options
form-error-too-long = est trop long ; { $max } caractères au plus sont autorisés
account-title = Votre compte
account-display-name = Nom
account-email = Adresse e-mail
account-password = Mot de passe
account-new-password = Nouveau mot de passe
account-current-password = Mot de passe actuel
account-password-hint = Au moins { $min } caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
account-new-email = Nouvelle adresse e-mail
account-email-hint = Actuellement { $email }. Nous envoyons un lien à la nouvelle adresse ; le changement prend effet lorsque vous le suivez.
account-error-display-name = Indiquez votre nom (100 caractères au plus).
account-error-email = Indiquez une adresse e-mail comme nom@exemple.eu.
account-error-password = Choisissez un mot de passe d’au moins { $min } caractères qui ne soit pas votre adresse e-mail.
account-error-current-password = Le mot de passe n’est pas correct.
account-error-same-email = C’est déjà votre adresse.
account-error-email-taken = Un autre compte utilise déjà cette adresse.
account-error-delete-confirm = Cochez la case pour confirmer que vous voulez supprimer votre compte.
account-error-last-admin = Vous êtes le seul administrateur de la plateforme ; nommez d’abord quelqu’un d’autre.
account-save = Enregistrer
account-profile-heading = Votre nom et vos préférences
account-password-heading = Mot de passe
account-change-password = Changer le mot de passe
account-email-heading = Adresse e-mail
account-change-email = Changer l’adresse e-mail
account-signed-in-as = Connecté en tant que { $name } ({ $email })
account-organisations-heading = Vos organisations
account-no-organisations = Vous ne gérez encore aucune organisation. Revendiquez le profil de votre organisation dans l’annuaire ou proposez-en un nouveau.
account-organisation = Organisation
account-role = Rôle
account-actions = Actions
account-find-to-claim = Trouver votre organisation pour la revendiquer
account-propose-new = Proposer une nouvelle organisation
account-claims-heading = Vos demandes
account-data-heading = Vos données
account-data-intro = Téléchargez tout ce que nous conservons à votre sujet sous forme de fichier JSON, ou supprimez votre compte. La suppression efface votre nom, votre adresse, votre mot de passe, vos sessions et vos jetons ; les profils d’organisation que vous avez modifiés restent.
account-export = Télécharger mes données (JSON)
account-delete-heading = Supprimer votre compte
account-delete-intro = Cette action est irréversible.
account-delete-confirm = Je comprends que mon compte sera supprimé définitivement.
account-delete-submit = Supprimer mon compte
platform-role-user = Utilisateur
platform-role-moderator = Modérateur
platform-role-admin = Administrateur de la plateforme
org-role-member = Membre
org-role-admin = Administrateur
register-title = Créer un compte
register-intro = Avec un compte, vous pouvez revendiquer et modifier le profil de votre organisation et utiliser l’API. Nous vous envoyons un e-mail pour confirmer votre adresse.
register-submit = Créer le compte
register-have-account = Déjà inscrit ? Se connecter
register-sent-title = Consultez votre boîte de réception
register-sent = Nous avons envoyé un message à { $email }. Suivez le lien qu’il contient pour confirmer votre adresse, puis connectez-vous.
confirm-title = Confirmer votre adresse e-mail
confirm-intro = Appuyez sur le bouton pour confirmer votre adresse et activer votre compte.
confirm-submit = Confirmer mon adresse
link-invalid-title = Ce lien ne fonctionne plus
link-invalid = Le lien est erroné, a expiré ou a déjà été utilisé. Connectez-vous pour recevoir un nouveau lien de confirmation, ou demandez une nouvelle réinitialisation du mot de passe.
login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-register = Pas encore de compte ? S’inscrire
login-failed = L’adresse e-mail ou le mot de passe est erroné.
login-unconfirmed = Veuillez d’abord confirmer votre adresse e-mail. Nous vous avons envoyé un nouveau lien.
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Indiquez l’adresse de votre compte et nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent-title = Consultez votre boîte de réception
forgot-sent = Si un compte utilise { $email }, nous y avons envoyé un lien. Le lien est valable une heure.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
change-email-title = Confirmer votre nouvelle adresse
change-email-intro = Appuyez sur le bouton pour utiliser cette adresse pour votre compte.
change-email-submit = Utiliser cette adresse
notice-confirmed = Votre adresse est confirmée. Vous pouvez maintenant vous connecter.
notice-password-reset = Votre mot de passe a été changé. Les liens envoyés auparavant et vos jetons d’API ne fonctionnent plus. Connectez-vous avec le nouveau mot de passe.
notice-password-changed = Votre mot de passe a été changé ; vos autres sessions ont été fermées et les liens envoyés auparavant ne fonctionnent plus.
notice-email-sent = Nous avons envoyé un lien à votre nouvelle adresse. Suivez-le pour terminer le changement.
notice-email-changed = Votre adresse e-mail a été changée ; vos autres sessions ont été fermées et les liens envoyés auparavant ne fonctionnent plus.
notice-profile-saved = Enregistré.
notice-token-revoked = Le jeton a été révoqué.
notice-logged-out = Vous êtes déconnecté.
notice-account-erased = Votre compte a été supprimé.
notice-claim-filed = Merci. Un modérateur examinera votre demande ; vous en voyez l’état ici.
token-heading = Jetons d’API
token-intro = Les jetons personnels permettent à des programmes d’utiliser l’API JSON en votre nom. Un jeton de lecture lit ; un jeton d’écriture peut aussi modifier les profils que vous gérez.
token-create-heading = Créer un jeton
token-name = Nom
token-name-hint = À quoi sert le jeton, par exemple « synchronisation CRM ».
token-scope = Accès
token-scope-read = Lecture
token-scope-write = Lecture et écriture
token-create = Créer le jeton
token-created-heading = Votre nouveau jeton
token-created = Copiez-le maintenant : il n’est affiché qu’une seule fois. Envoyez-le sous la forme « Authorization: Bearer JETON ».
token-created-at = Créé le
token-last-used = Dernière utilisation
token-revoke = Révoquer
token-revoked = Révoqué
token-error-name = Donnez un nom au jeton (100 caractères au plus).
token-error-scope = Choisissez l’accès que donne le jeton.
edit-title = Modifier { $name }
users-title = Personnes
users-search = Chercher par nom ou adresse
users-count = { $count ->
    [1] Un compte
   *[other] { $count } comptes
}
users-since = Inscrit le
users-unconfirmed = non confirmé
users-role-of = Rôle de { $name }
users-set-role = Définir le rôle
audit-title = Journal d’audit
audit-action = Action
audit-all = toutes les actions
audit-count = { $count ->
    [1] Une entrée
   *[other] { $count } entrées
}
audit-when = Quand
audit-who = Qui
audit-subject = Objet
audit-detail = Détail
audit-from = Depuis
error-unauthorized-heading = Authentification requise
error-unauthorized = Envoyez un jeton d’API personnel valide sous la forme « Authorization: Bearer JETON ». Vous créez des jetons sur la page de votre compte.
error-forbidden-heading = Non autorisé
error-forbidden = Vous n’avez pas le droit de faire cela.
error-insufficient-scope = Ce jeton ne permet que la lecture ; créez un jeton avec accès en écriture.
error-csrf = Ce formulaire a expiré ou a été envoyé depuis un autre site. Revenez en arrière, rechargez la page et réessayez.
error-too-large = La requête dépasse { $kib } Kio.
error-throttled-heading = Trop de tentatives
error-throttled = Trop de tentatives. Veuillez patienter { $minutes } minutes puis réessayer.
error-conflict-heading = Impossible
error-mail = L’e-mail n’a pas pu être envoyé. Veuillez réessayer plus tard.
mail-confirm-subject = Confirmez votre compte clusterhub
mail-confirm-body = Bonjour { $name },

    veuillez confirmer votre adresse e-mail en ouvrant ce lien dans les 48 heures :

    { $link }

    Si vous ne vous êtes pas inscrit sur clusterhub, ignorez ce message.
mail-reset-subject = Réinitialisez votre mot de passe clusterhub
mail-reset-body = Bonjour { $name },

    pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :

    { $link }

    Si vous n’avez rien demandé, ignorez ce message ; votre mot de passe reste inchangé.
mail-change-email-subject = Confirmez votre nouvelle adresse pour clusterhub
mail-change-email-body = Bonjour { $name },

    pour utiliser cette adresse pour votre compte clusterhub, ouvrez ce lien dans les 48 heures :

    { $link }
mail-exists-subject = Votre compte clusterhub
mail-exists-body = Quelqu’un a essayé de s’inscrire sur clusterhub avec cette adresse, qui a déjà un compte. Si c’était vous, connectez-vous, ou choisissez un nouveau mot de passe ici :

    { $link }
mail-password-changed-subject = Votre mot de passe clusterhub a été changé
mail-password-changed-body = Le mot de passe de votre compte clusterhub vient d’être changé. Si ce n’était pas vous, choisissez immédiatement un nouveau mot de passe :

    { $link }
mail-invited-subject = Invitation à rejoindre { $organisation } sur clusterhub
mail-invited-body = Vous avez été invité·e à rejoindre { $organisation } sur clusterhub en tant que { $role }. Inscrivez-vous avec cette adresse, connectez-vous et acceptez l’invitation sur votre page d’invitations (valable { $days } jours) :

    { $link }
form-error-both-coordinates = indiquez la latitude et la longitude, ou aucune des deux
mail-email-change-notice-subject = L’adresse de votre compte clusterhub va changer
mail-email-change-notice-body = Une personne connectée à votre compte clusterhub a demandé à remplacer son adresse par { $email }. Si ce n’était pas vous, choisissez immédiatement un nouveau mot de passe :

    { $link }
account-alerts = Alertes
account-timezone = Fuseau horaire
account-timezone-hint = Les heures des événements et des agendas de rendez-vous y sont affichées.
account-timezone-event = Celui de chaque événement
account-language = Langue
account-language-hint = Les pages s’ouvrent dans cette langue quand vous vous connectez, et chaque e-mail que la plateforme vous envoie y est rédigé.
account-revoke-tokens = Révoquer aussi tous mes jetons d’API
reset-intro = Choisir un nouveau mot de passe ferme aussi vos sessions, rend caducs les liens envoyés auparavant et révoque vos jetons d’API.
mail-email-changed-subject = L’adresse de votre compte clusterhub a été changée
mail-email-changed-body = L’adresse de votre compte clusterhub vient d’être remplacée par { $email }, confirmée depuis cette adresse. Cette adresse-ci n’ouvre plus le compte. Si ce n’était pas vous, prévenez immédiatement les administrateurs de la plateforme en leur transférant ce message.
mail-invited-member-subject = Invitation à { $organisation } sur clusterhub
mail-invited-member-body = Vous avez été invité·e à travailler sur { $organisation } sur clusterhub en tant que { $role }. Rien ne change tant que vous n’acceptez pas : connectez-vous pour l’accepter ou la refuser ici (valable { $days } jours) :

    { $link }
account-error-password-common = Ce mot de passe fait partie des 10 000 les plus utilisés et serait deviné en premier : choisissez-en un autre, par exemple quelques mots sans rapport entre eux.
account-error-password-guessable = Ce mot de passe est fait du nom du site ou de votre adresse e-mail et de peu d’autre chose : choisissez-en un que personne ne puisse deviner en les connaissant.
login-code-title = Code de votre application d’authentification
login-code-intro = Votre mot de passe était correct. Votre compte demande aussi le code que votre application d’authentification affiche maintenant.
login-code = Code
login-code-hint = Six chiffres de l’application, ou l’un de vos codes de secours si vous n’avez pas l’application sur vous.
login-code-submit = Se connecter
login-code-start-again = Recommencer avec le mot de passe
login-code-wrong = Ce code n’est pas correct ou a déjà servi : saisissez le code que l’application affiche maintenant.
two-factor-title = Authentification à deux facteurs
two-factor-is-on = La connexion demande votre mot de passe et un code de votre application d’authentification.
two-factor-is-off = La connexion ne demande que votre mot de passe.
two-factor-set-up = Configurer une application d’authentification
two-factor-manage = Codes de secours et réglages
two-factor-required = Les administrateurs de la plateforme et les modérateurs décident pour tous, leurs comptes demandent donc un second facteur : configurez une application d’authentification pour continuer.
two-factor-intro = Avec une application d’authentification, quelqu’un qui apprend votre mot de passe ne peut toujours pas se connecter sans votre téléphone.
two-factor-step-app = Ouvrez une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
two-factor-step-scan = Scannez ce code avec elle :
two-factor-qr-alt = Code QR pour ajouter clusterhub à votre application d’authentification
two-factor-step-type = Ou saisissez cette clé dans l’application :
two-factor-step-confirm = Saisissez votre mot de passe et les six chiffres affichés par l’application, pour vérifier que tout fonctionne.
two-factor-code-hint = Les six chiffres que votre application d’authentification affiche maintenant.
two-factor-turn-on = Activer l’authentification à deux facteurs
two-factor-done-on = L’authentification à deux facteurs est activée. Gardez les codes de secours ci-dessous en lieu sûr : chacun vous connecte une fois si vous perdez votre téléphone.
two-factor-codes-heading = Vos codes de secours
two-factor-codes-intro = Ils ne sont affichés qu’une fois. Chacun remplace une fois un code de l’application.
two-factor-codes-left = { $count ->
    [1] Il reste un code de secours.
   *[other] Il reste { $count } codes de secours.
}
two-factor-renew-heading = Nouveaux codes de secours
two-factor-renew = Créer dix nouveaux codes de secours
two-factor-done-renewed = Dix nouveaux codes de secours ; les anciens ne fonctionnent plus.
two-factor-off-heading = Désactiver
two-factor-turn-off = Désactiver l’authentification à deux facteurs
two-factor-required-role-note = En tant qu’administrateur de la plateforme ou modérateur, vous la gardez activée.
two-factor-back = Retour à votre compte
two-factor-already-on = L’authentification à deux facteurs est déjà activée.
two-factor-not-on = L’authentification à deux facteurs n’est pas activée.
two-factor-required-role = Les administrateurs de la plateforme et les modérateurs gardent l’authentification à deux facteurs activée.
