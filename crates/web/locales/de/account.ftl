nav-account = Ihr Konto
nav-login = Anmelden
nav-register = Registrieren
nav-logout = Abmelden
nav-moderation = Moderation
nav-admin = Verwaltung
form-required = Pflichtfeld
form-error-summary = Bitte korrigieren Sie Folgendes:
form-choose = – auswählen –
form-none = keines
form-error-number = muss eine Zahl sein, z. B. 51,05
form-error-whole-number = muss eine ganze Zahl sein
form-error-choice = wählen Sie eine der Möglichkeiten
form-error-too-long = ist zu lang; höchstens { $max } Zeichen sind erlaubt
account-title = Ihr Konto
account-display-name = Name
account-email = E-Mail-Adresse
account-password = Passwort
account-new-password = Neues Passwort
account-current-password = Aktuelles Passwort
account-password-hint = Mindestens { $min } Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.
account-new-email = Neue E-Mail-Adresse
account-email-hint = Derzeit { $email }. Wir senden einen Link an die neue Adresse; die Änderung gilt, sobald Sie ihm folgen.
account-error-display-name = Geben Sie Ihren Namen ein (höchstens 100 Zeichen).
account-error-email = Geben Sie eine E-Mail-Adresse wie name@beispiel.eu ein.
account-error-password = Wählen Sie ein Passwort mit mindestens { $min } Zeichen, das nicht Ihre E-Mail-Adresse ist.
account-error-current-password = Das Passwort ist nicht richtig.
account-error-same-email = Das ist bereits Ihre Adresse.
account-error-email-taken = Ein anderes Konto verwendet diese Adresse bereits.
account-error-delete-confirm = Kreuzen Sie das Kästchen an, um zu bestätigen, dass Sie Ihr Konto löschen möchten.
account-error-last-admin = Sie sind die einzige Plattform-Administratorin bzw. der einzige Plattform-Administrator; ernennen Sie zuerst jemand anderen.
account-save = Speichern
account-profile-heading = Ihr Name und Ihre Einstellungen
account-password-heading = Passwort
account-change-password = Passwort ändern
account-email-heading = E-Mail-Adresse
account-change-email = E-Mail-Adresse ändern
account-signed-in-as = Angemeldet als { $name } ({ $email })
account-organisations-heading = Ihre Organisationen
account-no-organisations = Sie verwalten noch keine Organisation. Beanspruchen Sie das Profil Ihrer Organisation im Verzeichnis oder schlagen Sie ein neues vor.
account-organisation = Organisation
account-role = Rolle
account-actions = Aktionen
account-find-to-claim = Ihre Organisation finden und beanspruchen
account-propose-new = Neue Organisation vorschlagen
account-claims-heading = Ihre Anträge
account-data-heading = Ihre Daten
account-data-intro = Laden Sie alles, was wir über Sie speichern, als JSON-Datei herunter, oder löschen Sie Ihr Konto. Beim Löschen werden Name, Adresse, Passwort, Sitzungen und Tokens entfernt; von Ihnen bearbeitete Organisationsprofile bleiben erhalten.
account-export = Meine Daten herunterladen (JSON)
account-delete-heading = Konto löschen
account-delete-intro = Dies kann nicht rückgängig gemacht werden.
account-delete-confirm = Mir ist bewusst, dass mein Konto endgültig gelöscht wird.
account-delete-submit = Mein Konto löschen
platform-role-user = Nutzer/in
platform-role-moderator = Moderator/in
platform-role-admin = Plattform-Administrator/in
org-role-member = Mitglied
org-role-admin = Administrator/in
register-title = Konto anlegen
register-intro = Mit einem Konto können Sie das Profil Ihrer Organisation beanspruchen und bearbeiten und die API nutzen. Wir senden Ihnen eine E-Mail zur Bestätigung Ihrer Adresse.
register-submit = Konto anlegen
register-have-account = Schon registriert? Anmelden
register-sent-title = Sehen Sie in Ihr Postfach
register-sent = Wir haben eine Nachricht an { $email } gesendet. Folgen Sie dem Link darin, um Ihre Adresse zu bestätigen, und melden Sie sich dann an.
confirm-title = E-Mail-Adresse bestätigen
confirm-intro = Drücken Sie die Schaltfläche, um Ihre Adresse zu bestätigen und Ihr Konto zu aktivieren.
confirm-submit = Meine Adresse bestätigen
link-invalid-title = Dieser Link funktioniert nicht mehr
link-invalid = Der Link ist falsch, abgelaufen oder wurde bereits verwendet. Melden Sie sich an, um einen neuen Bestätigungslink zu erhalten, oder fordern Sie erneut ein neues Passwort an.
login-title = Anmelden
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-register = Noch kein Konto? Registrieren
login-failed = E-Mail-Adresse oder Passwort ist falsch.
login-unconfirmed = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen einen neuen Link gesendet.
forgot-title = Passwort zurücksetzen
forgot-intro = Geben Sie die Adresse Ihres Kontos ein; wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen.
forgot-submit = Link senden
forgot-sent-title = Sehen Sie in Ihr Postfach
forgot-sent = Falls ein Konto { $email } verwendet, haben wir einen Link dorthin gesendet. Der Link gilt eine Stunde.
reset-title = Neues Passwort wählen
reset-submit = Neues Passwort speichern
change-email-title = Neue Adresse bestätigen
change-email-intro = Drücken Sie die Schaltfläche, um diese Adresse für Ihr Konto zu verwenden.
change-email-submit = Diese Adresse verwenden
notice-confirmed = Ihre Adresse ist bestätigt. Sie können sich jetzt anmelden.
notice-password-reset = Ihr Passwort wurde geändert. Früher gesendete Links und Ihre API-Tokens gelten nicht mehr. Melden Sie sich mit dem neuen Passwort an.
notice-password-changed = Ihr Passwort wurde geändert; Ihre anderen Sitzungen wurden beendet, und früher gesendete Links gelten nicht mehr.
notice-email-sent = Wir haben einen Link an Ihre neue Adresse gesendet. Folgen Sie ihm, um die Änderung abzuschließen.
notice-email-changed = Ihre E-Mail-Adresse wurde geändert; Ihre anderen Sitzungen wurden beendet, und früher gesendete Links gelten nicht mehr.
notice-profile-saved = Gespeichert.
notice-token-revoked = Das Token wurde widerrufen.
notice-logged-out = Sie haben sich abgemeldet.
notice-account-erased = Ihr Konto wurde gelöscht.
notice-claim-filed = Vielen Dank. Eine Moderatorin oder ein Moderator prüft Ihren Antrag; den Stand sehen Sie hier.
token-heading = API-Tokens
token-intro = Mit persönlichen Tokens nutzen Programme die JSON-API in Ihrem Namen. Ein Lese-Token liest; ein Schreib-Token kann auch die von Ihnen verwalteten Profile ändern.
token-create-heading = Token erstellen
token-name = Name
token-name-hint = Wofür das Token ist, z. B. „CRM-Abgleich“.
token-scope = Zugriff
token-scope-read = Lesen
token-scope-write = Lesen und schreiben
token-create = Token erstellen
token-created-heading = Ihr neues Token
token-created = Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt. Senden Sie es als „Authorization: Bearer TOKEN“.
token-created-at = Erstellt
token-last-used = Zuletzt verwendet
token-revoke = Widerrufen
token-revoked = Widerrufen
token-error-name = Geben Sie dem Token einen Namen (höchstens 100 Zeichen).
token-error-scope = Wählen Sie den Zugriff, den das Token gewährt.
edit-title = { $name } bearbeiten
users-title = Personen
users-search = Nach Name oder Adresse suchen
users-count = { $count ->
    [one] Ein Konto
   *[other] { $count } Konten
}
users-since = Registriert
users-unconfirmed = nicht bestätigt
users-role-of = Rolle von { $name }
users-set-role = Rolle setzen
audit-title = Protokoll
audit-action = Aktion
audit-all = alle Aktionen
audit-count = { $count ->
    [one] Ein Eintrag
   *[other] { $count } Einträge
}
audit-when = Wann
audit-who = Wer
audit-subject = Betreff
audit-detail = Detail
audit-from = Von
error-unauthorized-heading = Anmeldung erforderlich
error-unauthorized = Senden Sie ein gültiges persönliches API-Token als „Authorization: Bearer TOKEN“. Tokens erstellen Sie auf Ihrer Kontoseite.
error-forbidden-heading = Nicht erlaubt
error-forbidden = Dazu sind Sie nicht berechtigt.
error-insufficient-scope = Dieses Token darf nur lesen; erstellen Sie ein Token mit Schreibzugriff.
error-csrf = Dieses Formular ist abgelaufen oder wurde von einer anderen Website gesendet. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-too-large = Die Anfrage ist größer als { $kib } KiB.
error-throttled-heading = Zu viele Versuche
error-throttled = Zu viele Versuche. Bitte warten Sie { $minutes } Minuten und versuchen Sie es dann erneut.
error-conflict-heading = Nicht möglich
error-mail = Die E-Mail konnte nicht gesendet werden. Bitte versuchen Sie es später erneut.
mail-confirm-subject = Bestätigen Sie Ihr clusterhub-Konto
mail-confirm-body = Hallo { $name },

    bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie innerhalb von 48 Stunden diesen Link öffnen:

    { $link }

    Falls Sie sich nicht bei clusterhub registriert haben, ignorieren Sie diese Nachricht.
mail-reset-subject = clusterhub-Passwort zurücksetzen
mail-reset-body = Hallo { $name },

    um ein neues Passwort zu wählen, öffnen Sie innerhalb einer Stunde diesen Link:

    { $link }

    Falls Sie das nicht angefordert haben, ignorieren Sie diese Nachricht; Ihr Passwort bleibt unverändert.
mail-change-email-subject = Bestätigen Sie Ihre neue Adresse für clusterhub
mail-change-email-body = Hallo { $name },

    um diese Adresse für Ihr clusterhub-Konto zu verwenden, öffnen Sie innerhalb von 48 Stunden diesen Link:

    { $link }
mail-exists-subject = Ihr clusterhub-Konto
mail-exists-body = Jemand hat versucht, sich mit dieser Adresse bei clusterhub zu registrieren, für die bereits ein Konto besteht. Wenn Sie das waren, melden Sie sich an oder wählen Sie hier ein neues Passwort:

    { $link }
mail-password-changed-subject = Ihr clusterhub-Passwort wurde geändert
mail-password-changed-body = Das Passwort Ihres clusterhub-Kontos wurde soeben geändert. Falls Sie das nicht waren, wählen Sie sofort ein neues Passwort:

    { $link }
mail-invited-subject = Einladung zu { $organisation } auf clusterhub
mail-invited-body = Sie wurden eingeladen, bei { $organisation } auf clusterhub als { $role } mitzuwirken. Registrieren Sie sich mit dieser Adresse, melden Sie sich an und nehmen Sie die Einladung auf Ihrer Einladungsseite an (sie gilt { $days } Tage):

    { $link }
form-error-both-coordinates = geben Sie Breiten- und Längengrad an oder keinen von beiden
mail-email-change-notice-subject = Ihre clusterhub-Adresse wird geändert
mail-email-change-notice-body = Jemand, der in Ihrem clusterhub-Konto angemeldet ist, möchte dessen Adresse in { $email } ändern. Falls Sie das nicht waren, wählen Sie sofort ein neues Passwort:

    { $link }
account-alerts = Benachrichtigungen
account-timezone = Zeitzone
account-timezone-hint = Zeiten von Veranstaltungen und Gesprächsplänen werden in ihr angezeigt.
account-timezone-event = Die der jeweiligen Veranstaltung
account-language = Sprache
account-language-hint = Seiten öffnen sich in ihr, sobald Sie sich anmelden, und jede E-Mail der Plattform an Sie ist in ihr geschrieben.
account-revoke-tokens = Auch alle meine API-Tokens widerrufen
reset-intro = Ein neues Passwort beendet auch Ihre Sitzungen, macht früher gesendete Links wertlos und widerruft Ihre API-Tokens.
mail-email-changed-subject = Die Adresse Ihres clusterhub-Kontos wurde geändert
mail-email-changed-body = Die Adresse Ihres clusterhub-Kontos wurde soeben in { $email } geändert, bestätigt von dieser Adresse aus. Diese Adresse öffnet das Konto nicht mehr. Falls Sie das nicht waren, benachrichtigen Sie sofort die Administratoren der Plattform und leiten Sie ihnen diese E-Mail weiter.
mail-invited-member-subject = Einladung zu { $organisation } auf clusterhub
mail-invited-member-body = Sie wurden eingeladen, auf clusterhub bei { $organisation } als { $role } mitzuwirken. Nichts ändert sich, bevor Sie annehmen: Melden Sie sich an und nehmen Sie die Einladung hier an oder lehnen Sie sie ab (sie gilt { $days } Tage):

    { $link }
account-error-password-common = Dieses Passwort gehört zu den 10.000 meistgenutzten und wird daher zuerst erraten: Wählen Sie ein anderes, zum Beispiel einige Wörter ohne Zusammenhang.
account-error-password-guessable = Dieses Passwort besteht aus dem Namen der Website oder Ihrer E-Mail-Adresse und wenig mehr: Wählen Sie eines, das niemand erraten kann, der diese kennt.
login-code-title = Code aus Ihrer Authenticator-App
login-code-intro = Ihr Passwort war richtig. Ihr Konto verlangt außerdem den Code, den Ihre Authenticator-App gerade zeigt.
login-code = Code
login-code-hint = Sechs Ziffern aus der App oder einer Ihrer Wiederherstellungscodes, wenn Sie die App nicht dabeihaben.
login-code-submit = Anmelden
login-code-start-again = Mit dem Passwort neu beginnen
login-code-wrong = Dieser Code stimmt nicht oder wurde schon verwendet: Geben Sie den Code ein, den die App jetzt zeigt.
two-factor-title = Zwei-Faktor-Authentifizierung
two-factor-is-on = Die Anmeldung verlangt Ihr Passwort und einen Code aus Ihrer Authenticator-App.
two-factor-is-off = Die Anmeldung verlangt nur Ihr Passwort.
two-factor-set-up = Authenticator-App einrichten
two-factor-manage = Wiederherstellungscodes und Einstellungen
two-factor-required = Plattform-Admins und Moderationen entscheiden für alle, daher brauchen ihre Konten einen zweiten Faktor: Richten Sie eine Authenticator-App ein, um fortzufahren.
two-factor-intro = Mit einer Authenticator-App kann sich niemand anmelden, der nur Ihr Passwort kennt: Es braucht auch Ihr Telefon.
two-factor-step-app = Öffnen Sie eine Authenticator-App auf Ihrem Telefon (zum Beispiel FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator).
two-factor-step-scan = Scannen Sie damit diesen Code:
two-factor-qr-alt = QR-Code, um clusterhub zu Ihrer Authenticator-App hinzuzufügen
two-factor-step-type = Oder geben Sie diesen Schlüssel in die App ein:
two-factor-step-confirm = Geben Sie Ihr Passwort und die sechs Ziffern ein, die die App zeigt, um zu bestätigen, dass es funktioniert.
two-factor-code-hint = Die sechs Ziffern, die Ihre Authenticator-App gerade zeigt.
two-factor-turn-on = Zwei-Faktor-Authentifizierung einschalten
two-factor-done-on = Die Zwei-Faktor-Authentifizierung ist eingeschaltet. Bewahren Sie die Wiederherstellungscodes unten sicher auf: Jeder meldet Sie einmal an, falls Sie Ihr Telefon verlieren.
two-factor-codes-heading = Ihre Wiederherstellungscodes
two-factor-codes-intro = Sie werden nur dieses eine Mal gezeigt. Jeder funktioniert einmal anstelle eines Codes aus der App.
two-factor-codes-left = { $count ->
    [one] Ein Wiederherstellungscode ist übrig.
   *[other] { $count } Wiederherstellungscodes sind übrig.
}
two-factor-renew-heading = Neue Wiederherstellungscodes
two-factor-renew = Zehn neue Wiederherstellungscodes erstellen
two-factor-done-renewed = Zehn neue Wiederherstellungscodes; die alten funktionieren nicht mehr.
two-factor-off-heading = Ausschalten
two-factor-turn-off = Zwei-Faktor-Authentifizierung ausschalten
two-factor-required-role-note = Als Plattform-Admin oder Moderation behalten Sie sie eingeschaltet.
two-factor-back = Zurück zu Ihrem Konto
two-factor-already-on = Die Zwei-Faktor-Authentifizierung ist bereits eingeschaltet.
two-factor-not-on = Die Zwei-Faktor-Authentifizierung ist nicht eingeschaltet.
two-factor-required-role = Plattform-Admins und Moderationen behalten die Zwei-Faktor-Authentifizierung eingeschaltet.
