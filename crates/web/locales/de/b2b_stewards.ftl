# Tischbetreuer bei B2B-Veranstaltungen: von den Veranstaltern benannt, betreuen sie den Check-in und erfassen, ob Treffen stattfanden.
b2b-stewards-link = Tischbetreuer
b2b-stewards-title = Tischbetreuer
b2b-stewards-intro = Tischbetreuer betreuen am Veranstaltungstag den Check-in und erfassen, ob Treffen stattgefunden haben. Von der Organisation der Veranstaltung sehen sie sonst nichts: weder das Dashboard noch die Terminplanung, das Nachbesetzen oder die Einstellungen. Das Wort eines Tischbetreuers entscheidet über ein Treffen, sofern Sie nichts anderes erfassen; niemand erfasst ein Treffen, an dem er selbst teilnimmt.
b2b-stewards-list = Tischbetreuer dieser Veranstaltung
b2b-stewards-none = Noch kein Tischbetreuer benannt.
b2b-stewards-named = benannt am { $date }
b2b-stewards-named-by = benannt am { $date } von { $name }
b2b-stewards-remove = Entfernen
b2b-stewards-add = Tischbetreuer benennen
b2b-stewards-email = E-Mail-Adresse des Kontos
b2b-stewards-email-hint = Die Person braucht ein Konto auf dieser Plattform. Sie erfährt per E-Mail, wo der Check-in und die Anwesenheitsseite sind.
b2b-stewards-done-named = Der Tischbetreuer ist benannt: Er kann den Check-in und die Anwesenheitsseite jetzt öffnen.
b2b-stewards-done-removed = Der Tischbetreuer ist entfernt. Was er erfasst hat, bleibt.
b2b-stewards-error-empty = Geben Sie die E-Mail-Adresse des Kontos der Person ein.
b2b-stewards-error-address = Dies ist keine gültige E-Mail-Adresse.
b2b-stewards-error-no-account = Kein Konto hat diese E-Mail-Adresse. Bitten Sie die Person, sich zuerst zu registrieren, und benennen Sie sie dann.
b2b-stewards-error-organiser = Diese Person organisiert die Veranstaltung bereits: Sie kann den Check-in ohne Benennung betreuen.
b2b-stewards-error-throttled = Sie haben in kurzer Zeit viele Adressen nachgeschlagen. Versuchen Sie es in { $minutes } Minuten erneut.
b2b-steward-heading = Sie sind Tischbetreuer
b2b-steward-intro = Am Veranstaltungstag checken Sie Teilnehmende ein und erfassen, ob ihre Treffen stattgefunden haben.
b2b-steward-error-own-meeting = Sie nehmen an diesem Treffen teil und können sein Ergebnis daher nicht erfassen: Das tun die Veranstalter.
b2b-steward-error-side-missing = Eine Seite dieses Treffens ist nicht mehr angemeldet, deshalb können Sie sein Ergebnis nicht erfassen: Das tun die Veranstalter.
b2b-attendance-word-organiser = Veranstalter ({ $name }): { $outcome }
b2b-attendance-word-steward = Tischbetreuer ({ $name }): { $outcome }
b2b-attendance-erased = gelöschtes Konto
b2b-attendance-own-meeting = Sie nehmen teil: Die Veranstalter entscheiden.
mail-b2b-steward-subject = Sie sind Tischbetreuer: { $title }
mail-b2b-steward-body = { $name } hat Sie als Tischbetreuer von { $title } benannt. Am Veranstaltungstag checken Sie Teilnehmende am Check-in ein und erfassen, ob ihre Treffen stattgefunden haben.
    
    Check-in: { $desk }
    Anwesenheit: { $attendance }
    
    Melden Sie sich mit dieser Adresse an, um sie zu öffnen. Treffen, an denen Sie selbst teilnehmen, erfassen die Veranstalter.
