# B2B-Anwesenheit am Veranstaltungstag: Check-in, „Hat es stattgefunden?“, Nachbesetzen, die Nachfrage danach.
b2b-checkin-title = Check-in: { $title }
b2b-checkin-link = Check-in
b2b-checkin-counts = { $present } jetzt anwesend · { $arrived } angekommen · { $confirmed } erwartet
b2b-checkin-direction = Scan für
b2b-checkin-kind-in = Ankunft (Check-in)
b2b-checkin-kind-out = Abreise (Check-out)
b2b-checkin-code = QR-Code oder Check-in-Code
b2b-checkin-code-hint = Scannen Sie den QR-Code der Person oder tippen Sie die sechs Zeichen darunter ein.
b2b-checkin-submit = Erfassen
b2b-checkin-camera = Mit der Kamera scannen
b2b-checkin-camera-error = Die Kamera ließ sich nicht starten: Geben Sie den Code ein.
b2b-checkin-offline = Keine Verbindung: Der Scan bleibt auf diesem Gerät und wird gesendet, sobald das Netz zurück ist.
b2b-checkin-queued = %n Scans warten auf das Senden.
b2b-checkin-batch-refused = Der Server hat diese gespeicherten Scans als fehlerhaft abgelehnt; sie wurden von diesem Gerät entfernt. Bitte diese Personen erneut scannen.
b2b-checkin-synced = %n Scans gesendet.
b2b-checkin-in = Eingecheckt. Willkommen!
b2b-checkin-already-in = Bereits um { $time } eingecheckt.
b2b-checkin-out = Ausgecheckt. Die restlichen Termine können an andere gehen.
b2b-checkin-already-out = Bereits um { $time } ausgecheckt.
b2b-checkin-not-in = Nicht eingecheckt: Es gibt nichts auszuchecken.
b2b-checkin-replayed = Dieser Scan wurde bereits erfasst.
b2b-checkin-error-empty = Scannen Sie einen QR-Code oder geben Sie einen Check-in-Code ein.
b2b-checkin-error-unknown = Kein Teilnehmer dieser Veranstaltung hat diesen Code. Prüfen Sie die sechs Zeichen (es gibt kein 0, O, 1 oder I).
b2b-checkin-error-token = Dieser QR-Code ist kein gültiger Check-in-Code dieser Veranstaltung.
b2b-checkin-error-revoked = Diese Anmeldung wurde storniert: Der QR-Code gilt nicht mehr.
b2b-checkin-error-ambiguous = Zwei Teilnehmende haben diesen Code: Scannen Sie den QR-Code oder suchen Sie die Person nach Namen.
b2b-attendance-link = Anwesenheit
b2b-attendance-title = Anwesenheit: { $title }
b2b-attendance-present = jetzt anwesend
b2b-attendance-left = ausgecheckt
b2b-attendance-total-held = Termine stattgefunden
b2b-attendance-total-no-show = nicht erschienen
b2b-attendance-total-conflict = widersprüchliche Antworten
b2b-attendance-total-unknown = ohne Antwort
b2b-attendance-needing = Termine, die Ihre Entscheidung brauchen
b2b-attendance-all = Alle begonnenen Termine
b2b-attendance-show-all = Alle begonnenen Termine zeigen
b2b-attendance-show-needing = Nur die zeigen, die Ihre Entscheidung brauchen
b2b-attendance-none = Kein Termin braucht Ihre Entscheidung.
b2b-attendance-requester = Angefragt von
b2b-attendance-invitee = Eingeladen
b2b-attendance-settled = Ergebnis
b2b-attendance-record = Ergebnis erfassen
b2b-attendance-save = Speichern
b2b-attendance-no-answer = keine Antwort
b2b-attendance-held = haben sich getroffen
b2b-attendance-requester-absent = die anfragende Person kam nicht
b2b-attendance-invitee-absent = die eingeladene Person kam nicht
b2b-attendance-both-absent = keiner kam
b2b-attendance-conflict = Widersprüchliche Antworten
b2b-attendance-done-recorded = Das Ergebnis ist erfasst.
b2b-attendance-error-not-started = Dieser Termin hat noch nicht begonnen.
b2b-refill-heading = Den Rest des Tages nachbesetzen
b2b-refill-intro = Die kommenden Termine von Personen, die ausgecheckt haben oder als abwesend gemeldet wurden, entfallen; ihre Zeitfenster gehen an das, was zwischen Anwesenden wartet: angenommene Anfragen ohne Platz, offene Anfragen, deren Empfänger den Anfragenden markiert hat, und Personen, die sich gegenseitig markiert haben. Sonst bewegt sich nichts; die Betroffenen werden sofort informiert.
b2b-refill-run = Freie Zeitfenster nachbesetzen
b2b-refill-done = { $count ->
    [one] Ein Termin in freie Zeitfenster gelegt; die Betroffenen wurden informiert.
   *[other] { $count } Termine in freie Zeitfenster gelegt; die Betroffenen wurden informiert.
}
b2b-refill-error-not-published = Veröffentlichen Sie den Terminplan, bevor Sie ihn am Tag nachbesetzen.
b2b-refill-error-not-running = Zeitfenster werden nur nachbesetzt, während die Veranstaltung läuft, zwischen ihrem Beginn und ihrem Ende.
b2b-refill-when = Frei gewordene Zeitfenster lassen sich nachbesetzen, während die Veranstaltung läuft.
b2b-refill-released = { $count ->
    [one] Ein Termin einer abwesenden Person ist entfallen.
   *[other] { $count } Termine abwesender Personen sind entfallen.
}
b2b-agenda-checkin-heading = Ihr Check-in-Code
b2b-agenda-checkin-intro = Zeigen Sie diesen QR-Code am Eingang (auf dem Bildschirm oder gedruckt). Lässt er sich nicht lesen, nennen Sie den Code darunter.
b2b-agenda-qr = Ihr Check-in-QR-Code
b2b-agenda-code = Check-in-Code:
b2b-agenda-happened-heading = Haben Ihre Termine stattgefunden?
b2b-agenda-we-met = Wir haben uns getroffen
b2b-agenda-they-missed = Nicht gekommen
b2b-agenda-you-met = Sie sagten, Sie haben sich getroffen
b2b-agenda-you-reported-absent = Sie sagten, die Person kam nicht
b2b-agenda-done-reported = Danke, Ihre Antwort ist erfasst.
b2b-ics-checkin-code = Check-in-Code: { $code }
b2b-answer-title = Ihre Termine bei { $title }
b2b-answer-held-question = Haben Sie { $name } getroffen? Bestätigen Sie mit der Schaltfläche.
b2b-answer-absent-question = { $name } kam nicht zu Ihrem Termin? Bestätigen Sie mit der Schaltfläche.
b2b-answer-confirm = Bestätigen
b2b-answer-thanks = Danke
b2b-answer-thanks-detail = Ihre Antwort zu Ihrem Termin bei { $title } ist erfasst.
b2b-answer-error-link = Dieser Link ist ungültig. Antworten Sie stattdessen in Ihrer Agenda.
b2b-answer-error-expired = Dieser Link ist abgelaufen. Antworten Sie stattdessen in Ihrer Agenda.
mail-b2b-refill-subject = Ihre Agenda hat sich geändert: { $title }
mail-b2b-refill-body = Ihre Agenda für heute hat sich geändert:
    { $changes }
    Ihre Agenda: { $link }
mail-b2b-refill-gone = Entfällt: { $when } mit { $name }, der/die nicht da ist.
mail-b2b-refill-new = Neu: { $when }, { $place }, mit { $name }.
mail-b2b-ask-subject = Haben Ihre Termine stattgefunden? { $title }
mail-b2b-ask-body = Niemand hat uns bisher gesagt, ob diese Termine stattgefunden haben. Ein Klick genügt (ohne Anmeldung; die Links gelten { $days } Tage):
    
    { $meetings }
mail-b2b-ask-meeting = { $when } mit { $name }
    Wir haben uns getroffen: { $held }
    Die Person kam nicht: { $absent }
mail-event-registered-checkin = Zeigen Sie bei den B2B-Gesprächen am Eingang den QR-Code Ihres Terminplans ({ $agenda }) oder nennen Sie Ihren Check-in-Code: { $code }
mail-event-registered-checkin-image = Zeigen Sie bei den B2B-Gesprächen am Check-in das angehängte Bild: Es ist Ihr QR-Code für den Check-in, den auch Ihr Terminplan zeigt ({ $agenda }). Lässt er sich nicht scannen, nennen Sie Ihren Check-in-Code: { $code }
