nav-events = Veranstaltungen
events-title = Veranstaltungen
events-intro = Vorträge und Webinare, Konferenzen, B2B-Matchmaking, Workshops und Geschäftsreisen der europäischen Cluster.
events-count = { $count ->
    [one] Eine Veranstaltung
   *[other] { $count } Veranstaltungen
}
events-empty = Keine Veranstaltung passt zu diesen Filtern.
events-any = Alle
events-online = Online oder hybrid
events-on-site = Mit Veranstaltungsort
events-from = Von
events-to = Bis
events-views = Kalenderansichten
events-view-list = Liste
events-view-month = Monat
events-subscribe = Abonnieren (iCalendar)
events-feed-name = clusterhub-Veranstaltungen
events-prev-month = Vorheriger Monat
events-next-month = Nächster Monat
events-mine = Ihre Veranstaltungen
events-mine-registered = Angemeldet
events-mine-organised = Von Ihren Organisationen veranstaltet
events-mine-none = Sie haben sich noch für keine Veranstaltung angemeldet.
events-back = Zurück zu den Veranstaltungen
event-organise-for = Veranstaltung für { $name } anlegen
event-kind = Art der Veranstaltung
event-kind-talk = Vortrag oder Webinar
event-kind-conference = Konferenz
event-kind-matchmaking = Matchmaking-Veranstaltung
event-kind-workshop = Workshop
event-kind-mission = Geschäftsreise
event-state = Status
event-state-draft = Entwurf
event-state-submitted = Wartet auf Prüfung
event-state-returned = Zurückgegeben
event-state-published = Veröffentlicht
event-state-cancelled = Abgesagt
event-state-draft-explained = Nur Ihre Organisation sieht diesen Entwurf. Reichen Sie ihn ein, wenn er fertig ist; eine Moderatorin prüft ihn vor der Veröffentlichung.
event-state-submitted-explained = Eine Moderatorin prüft ihn; Sie erhalten eine E-Mail, sobald er veröffentlicht oder zurückgegeben wird.
event-state-returned-explained = Eine Moderatorin hat ihn zurückgegeben. Ändern Sie ihn und reichen Sie ihn erneut ein.
event-state-published-explained = Sie steht im Kalender und ist zur Anmeldung offen.
event-state-cancelled-explained = Sie haben sie abgesagt; alle Angemeldeten wurden benachrichtigt.
attendance = Teilnahme
attendance-on-site = Vor Ort
attendance-online = Online
attendance-hybrid = Vor Ort und online
event-title = Titel
event-description = Beschreibung
event-starts = Beginn
event-ends = Ende
event-timezone = Zeitzone
event-timezone-hint = Die Zeitzone des Veranstaltungsorts (bei Online-Veranstaltungen die des Veranstalters); die Zeiten werden in ihr eingegeben.
event-venue = Veranstaltungsort
event-venue-hint = Name und Anschrift, für Veranstaltungen vor Ort.
event-online-url = Online-Zugang
event-online-url-hint = Die Adresse zur Teilnahme, für Online- und Hybridveranstaltungen; nur Angemeldete sehen sie.
event-online-url-hidden = Wird den Angemeldeten geschickt.
event-capacity = Plätze
event-capacity-hint = Leer lassen für unbegrenzt; darüber hinaus kommen Anmeldungen auf die Warteliste.
event-agenda = Programm
event-agenda-hint = Ein Punkt pro Zeile, mit der Uhrzeit vorne: „09:30 Begrüßung“, „Tag 2: Besuch im Hafen“.
event-itinerary = Reiseplan
event-speakers = Sprecherinnen und Sprecher
event-speakers-hint = Eine Person pro Zeile: „Name, Organisation“.
event-destinations = Ziele
event-destinations-hint = Für Geschäftsreisen: die besuchten Länder als Ländercodes, durch Kommas getrennt (US, CA).
event-b2b = B2B-Gespräche
event-b2b-yes = Teilnehmende vereinbaren Einzelgespräche miteinander.
event-b2b-field = Teilnehmende vereinbaren B2B-Gespräche
event-b2b-hint = Bei Matchmaking-Veranstaltungen immer.
event-form-intro = Eine Moderatorin prüft die Veranstaltung, bevor sie im Kalender erscheint.
event-save = Veranstaltung speichern
event-new-title = Neue Veranstaltung von { $name }
event-edit-title = „{ $title }“ ändern
event-back = Zurück zur Veranstaltung
event-when = Wann
event-when-yours = In Ihrer Zeitzone
event-topics = Technologien und Ökosysteme
event-organiser = Veranstalter
event-download-ics = In den Kalender übernehmen (.ics)
event-registration = Anmeldung
event-register-heading = Anmelden
event-register-for = Anmeldung für
event-register-myself = Nur mich
event-register = Anmelden
event-join-waitlist = Auf die Warteliste
event-places = { $left } von { $capacity } Plätzen frei
event-you-are-registered = Sie sind angemeldet.
event-you-are-waiting = Sie sind Nummer { $position } auf der Warteliste; Sie erhalten eine E-Mail, sobald ein Platz frei wird.
event-unregister = Anmeldung zurückziehen
event-login-to-register = Zum Anmelden einloggen
event-registration-closed = Die Anmeldung ist geschlossen.
event-registered = angemeldet
event-waiting = auf der Warteliste
event-organiser-heading = Für den Veranstalter
event-registered-count = { $confirmed } angemeldet, { $waiting } auf der Warteliste
event-edit = Ändern
event-manage = Teilnehmende, Gespräche und Statistik
event-submit = Zur Prüfung einreichen
event-cancel = Veranstaltung absagen
event-done-saved = Die Veranstaltung ist gespeichert.
event-done-submitted = Die Veranstaltung ist eingereicht; eine Moderatorin prüft sie.
event-done-registered = Sie sind angemeldet; eine Bestätigung ist per E-Mail unterwegs.
event-done-waitlisted = Die Veranstaltung ist voll; Sie stehen auf der Warteliste.
event-done-unregistered = Ihre Anmeldung ist zurückgezogen.
event-done-cancelled = Die Veranstaltung ist abgesagt und alle Angemeldeten sind benachrichtigt.
event-done-published = Die Veranstaltung ist veröffentlicht.
event-done-returned = Die Veranstaltung ist an den Veranstalter zurückgegeben.
event-error-not-editable = Diese Veranstaltung lässt sich nicht mehr ändern: Sie hat begonnen, wartet auf Prüfung oder wurde abgesagt.
event-error-state = Jemand anderes hat die Veranstaltung inzwischen geändert; laden Sie die Seite neu.
event-error-past = Die Veranstaltung hat schon begonnen.
event-error-far = Die Veranstaltung beginnt mehr als drei Jahre im Voraus.
event-error-datetime = Geben Sie Datum und Uhrzeit ein.
event-error-order = Das Ende muss nach dem Beginn liegen.
event-error-long = Eine Veranstaltung dauert höchstens 31 Tage.
event-error-timezone = Wählen Sie eine Zeitzone aus der Liste.
event-error-venue = Für Veranstaltungen vor Ort erforderlich.
event-error-online = Für Online- und Hybridveranstaltungen erforderlich.
event-error-url = Geben Sie eine Adresse an, die mit https:// beginnt.
event-error-capacity = Eine ganze Zahl von 1 bis 100000 oder leer für unbegrenzt.
event-error-lines = Prüfen Sie diese Zeile:
event-error-closed = Für diese Veranstaltung ist keine Anmeldung möglich.
event-error-registered = Sie sind für diese Veranstaltung bereits angemeldet.
event-error-not-registered = Sie sind für diese Veranstaltung nicht angemeldet.
moderation-events-title = Zu prüfende Veranstaltungen
moderation-events-none = Keine Veranstaltung wartet auf Prüfung.
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
weekday-1 = Mo
weekday-2 = Di
weekday-3 = Mi
weekday-4 = Do
weekday-5 = Fr
weekday-6 = Sa
weekday-7 = So
mail-event-submitted-subject = Eine Veranstaltung wartet auf Prüfung
mail-event-submitted-body = „{ $title }“ wurde zur Prüfung eingereicht: { $link }
mail-event-published-subject = Ihre Veranstaltung ist veröffentlicht
mail-event-published-body = „{ $title }“ steht im Kalender: { $link }
mail-event-returned-subject = Ihre Veranstaltung wurde zurückgegeben
mail-event-returned-body = Eine Moderatorin hat „{ $title }“ zurückgegeben: { $reason }

    Ändern Sie sie und reichen Sie sie erneut ein: { $link }
mail-event-registered-subject = Sie sind angemeldet: { $title }
mail-event-registered-body = Sie sind für „{ $title }“ angemeldet, { $when }.

    Die Seite der Veranstaltung, mit der Kalenderdatei: { $link }
mail-event-waitlisted-subject = Warteliste: { $title }
mail-event-waitlisted-body = „{ $title }“ ist voll; Sie sind Nummer { $position } auf der Warteliste. Wir schreiben Ihnen, sobald ein Platz frei wird.

    { $link }
mail-event-promoted-subject = Ein Platz für Sie: { $title }
mail-event-promoted-body = Ein Platz ist frei geworden und Sie sind jetzt für „{ $title }“ angemeldet.

    { $link }
mail-event-cancelled-subject = Abgesagt: { $title }
mail-event-cancelled-body = Der Veranstalter hat „{ $title }“ abgesagt.

    { $link }
b2b-participants = Teilnehmende
b2b-participants-count = { $count ->
    [one] Eine Person
   *[other] { $count } Personen
}
b2b-my-meetings = Ihre Gespräche
b2b-my-agenda = Ihr Gesprächsplan
b2b-search = Teilnehmende durchsuchen
b2b-organisation-type = Art der Organisation
b2b-offer = Bietet
b2b-seek = Sucht
b2b-offer-hint = Was Sie mitbringen: Produkte, Technologien, Dienstleistungen, Kapazitäten.
b2b-seek-hint = Wen Sie treffen möchten und warum.
b2b-profile-heading = Ihr Profil bei dieser Veranstaltung
b2b-save-profile = Profil speichern
b2b-request = Gespräch anfragen
b2b-request-message = Eine Nachricht an { $name } (freiwillig)
b2b-between-sent = Sie haben angefragt
b2b-between-received = Sie wurden angefragt
b2b-request-pending = wartet auf Antwort
b2b-request-accepted = angenommen
b2b-request-declined = abgelehnt
b2b-request-withdrawn = zurückgezogen
b2b-received = Erhaltene Anfragen
b2b-sent = Gesendete Anfragen
b2b-none = Noch keine Anfrage.
b2b-none-sent = Sie haben noch niemanden angefragt; sehen Sie sich die Teilnehmenden an.
b2b-with = Mit
b2b-message = Nachricht
b2b-actions = Aktionen
b2b-accept = Annehmen
b2b-decline = Ablehnen
b2b-withdraw = Zurückziehen
b2b-availability = Wann Sie Zeit haben
b2b-availability-hint = Entfernen Sie die Haken bei den Zeitfenstern, in denen Sie verhindert sind; Gespräche werden nur in die angehakten gelegt.
b2b-save-availability = Verfügbarkeit speichern
b2b-no-sessions-yet = Der Veranstalter hat die Gesprächsblöcke noch nicht festgelegt.
b2b-agenda-title = Gesprächsplan: { $title }
b2b-agenda-zone = Zeiten in { $zone }
b2b-agenda-not-published = Der Veranstalter hat den Gesprächsplan noch nicht veröffentlicht; Sie erhalten dann eine E-Mail.
b2b-agenda-empty = Sie haben kein bestätigtes Gespräch.
b2b-agenda-ics = Gespräche in den Kalender übernehmen (.ics)
b2b-agenda-print = Drucken Sie diese Seite für eine Papierfassung.
b2b-where = Wo
b2b-table = Tisch { $number }
b2b-online-room = Online-Raum { $number }
b2b-online = online
b2b-ics-summary = Gespräch mit { $name }
b2b-statistics = Statistik
b2b-stat-registered = Teilnehmende
b2b-stat-waiting = Warteliste
b2b-stat-sent = Gesendete Anfragen
b2b-stat-accepted = Angenommen
b2b-stat-declined = Abgelehnt
b2b-stat-pending = Unbeantwortet
b2b-stat-scheduled = Eingeplante Gespräche
b2b-stat-unscheduled = Angenommen, aber nicht eingeplant
b2b-stat-none = Keine Angabe
b2b-by-country = Nach Land
b2b-by-type = Nach Art der Organisation
b2b-csv-registrations = Anmeldungen (CSV)
b2b-csv-meetings = Gespräche und Anfragen (CSV)
b2b-csv-statistics = Statistik (CSV)
b2b-sessions = Gesprächsblöcke
b2b-no-sessions = Noch kein Block: Legen Sie einen an, damit Teilnehmende ihre Verfügbarkeit angeben können.
b2b-sessions-fixed = Die Blöcke stehen fest, sobald Gespräche gesperrt sind oder der Plan veröffentlicht ist.
b2b-add-session = Block hinzufügen
b2b-session-starts = Beginn
b2b-session-starts-hint = Ortszeit in { $zone }.
b2b-session-slots = Gespräche nacheinander
b2b-session-minutes = Minuten pro Gespräch
b2b-session-tables = Tische
b2b-session-tables-hint = 0 für Online-Gespräche (unbegrenzt).
b2b-remove-session = Entfernen
b2b-schedule = Gesprächsplan
b2b-schedule-explained = Der Planer legt jedes angenommene Gespräch, das er unterbringen kann, in ein Zeitfenster und an einen Tisch, sodass niemand an zwei Orten zugleich ist und alle nur dann sprechen, wenn sie Zeit haben. Gesperrte Gespräche bleiben, wo sie sind; das Veröffentlichen sperrt alle eingeplanten Gespräche und schickt allen ihren Plan.
b2b-run = Planer starten
b2b-rerun = Erneut für späte Anfragen planen
b2b-publish = Plan veröffentlichen
b2b-published-note = Der Plan ist veröffentlicht: seine Gespräche sind gesperrt. Ein neuer Lauf plant nur Neues ein.
b2b-meetings-count = { $count ->
    [one] Ein Gespräch eingeplant
   *[other] { $count } Gespräche eingeplant
}
b2b-unscheduled-count = { $count ->
    [one] Eine angenommene Anfrage nicht eingeplant
   *[other] { $count } angenommene Anfragen nicht eingeplant
}
b2b-requester = Angefragt von
b2b-invitee = Angefragt
b2b-locked = Sperre
b2b-lock = Sperren
b2b-unlock = Entsperren
b2b-reason = Grund
b2b-reason-not-run = Der Planer lief seit der Annahme noch nicht.
b2b-reason-no-common-time = Die beiden haben nie zur selben Zeit Zeit.
b2b-reason-agenda-full = { $name } hat kein freies Zeitfenster mehr.
b2b-reason-busy = Zu jeder gemeinsamen freien Zeit hat eine der beiden Personen ein anderes Gespräch.
b2b-reason-no-table = Zu den Zeiten, in denen beide frei sind, ist kein Tisch mehr frei.
b2b-reason-locked-conflict = Es kollidiert mit einem anderen gesperrten Gespräch.
b2b-registrations = Anmeldungen
b2b-name = Name
b2b-done-requested = Ihre Anfrage ist gesendet.
b2b-done-profile = Ihr Profil ist gespeichert.
b2b-done-availability = Ihre Verfügbarkeit ist gespeichert.
b2b-done-accepted = Sie haben das Gespräch angenommen.
b2b-done-declined = Sie haben das Gespräch abgelehnt.
b2b-done-withdrawn = Sie haben die Anfrage zurückgezogen.
b2b-done-session = Die Blöcke sind geändert; starten Sie den Planer erneut.
b2b-done-scheduled = Der Planer ist gelaufen; prüfen Sie das Ergebnis und veröffentlichen Sie es.
b2b-done-published = Der Plan ist veröffentlicht und die Teilnehmenden haben ihre Gesprächspläne.
b2b-done-locked = Gespeichert.
b2b-error-not-participant = Nur bestätigte Teilnehmende dieser Veranstaltung nehmen an ihren B2B-Gesprächen teil.
b2b-error-requested = Eine von Ihnen hat die andere Person bereits angefragt.
b2b-error-request-state = Die Anfrage hat sich inzwischen geändert; laden Sie die Seite neu.
b2b-error-message = Eine Nachricht von höchstens 1000 Zeichen, ohne Steuerzeichen.
b2b-error-profile = Höchstens 2000 Zeichen, ohne Steuerzeichen.
b2b-error-no-b2b = Diese Veranstaltung hat keine B2B-Gespräche.
b2b-error-no-sessions = Legen Sie zuerst einen Gesprächsblock an.
b2b-error-not-placed = Nur eingeplante Gespräche lassen sich sperren.
b2b-error-sessions-locked = Die Blöcke stehen fest, sobald Gespräche gesperrt oder veröffentlicht sind.
b2b-error-overlap = Er überschneidet sich mit einem anderen Block.
b2b-error-outside = Der Block muss innerhalb der Veranstaltung liegen.
b2b-error-too-many-slots = Eine Veranstaltung hat höchstens 128 Zeitfenster.
b2b-error-slots = Eine ganze Zahl von 1 bis 48.
b2b-error-minutes = Eine ganze Zahl von 10 bis 120 Minuten.
b2b-error-tables = Eine ganze Zahl von 0 bis 5000.
mail-b2b-request-subject = Eine Gesprächsanfrage bei { $title }
mail-b2b-request-body = { $name } möchte Sie bei „{ $title }“ treffen:

    { $message }

    Annehmen oder ablehnen: { $link }
mail-b2b-accepted-subject = Gespräch angenommen bei { $title }
mail-b2b-accepted-body = { $name } hat Ihre Gesprächsanfrage angenommen. Der Veranstalter plant das Gespräch ein: { $link }
mail-b2b-agenda-subject = Ihr Gesprächsplan für { $title }
mail-b2b-agenda-body = Der Gesprächsplan ist veröffentlicht: Sie haben { $count } Gespräche. Ihr Plan, zum Drucken oder für Ihren Kalender: { $link }
event-error-starts-past = Dieser Zeitpunkt ist vorbei; wählen Sie einen in der Zukunft.
mission-call = Aufruf zur Teilnahme
mission-call-intro = Bewerbende beantworten Ihre Fragen; Gutachtende bewerten jede Bewerbung nach Ihren gewichteten Kriterien; Sie wählen bis zur Zahl der Plätze aus, und alle Bewerbenden erfahren das Ergebnis.
mission-call-line = { $places } Plätze; Bewerbungen bis { $deadline }.
mission-questions = Fragen an die Bewerbenden
mission-questions-hint = Eine Frage pro Zeile.
mission-criteria = Kriterien
mission-criteria-hint = Ein Kriterium pro Zeile, mit dem Gewicht vorne: „40 Exportreife“.
mission-places = Plätze
mission-deadline = Letzter Bewerbungstag
mission-save-call = Aufruf speichern
mission-evaluators = Gutachtende
mission-evaluators-intro = Gutachtende bewerten die Bewerbungen. Sie sehen die Bewertungen der anderen erst nach ihrer eigenen und bewerten nie eine Organisation, der sie angehören.
mission-no-evaluators = Noch niemand.
mission-evaluator-email = E-Mail-Adresse eines Kontos
mission-add-evaluator = Als Gutachter hinzufügen
mission-apply = Für die Geschäftsreise bewerben
mission-login-to-apply = Zum Bewerben einloggen
mission-closed = Die Bewerbungsfrist ist abgelaufen.
mission-applying-for = Bewerbung für
mission-submit-application = Bewerbung absenden
mission-applied-as = { $name } hat sich beworben: { $state }.
mission-applications = Bewerbungen
mission-application-of = Bewerbung von { $name }
mission-ranking = Rangfolge nach gewichteter Bewertung
mission-weighted-score = Gewichtete Bewertung (0–10)
mission-evaluations = Bewertungen
mission-you = Sie
mission-scored = bewertet
mission-to-score = zu bewerten
mission-conflict = Ihre Organisation: nicht von Ihnen zu bewerten
mission-conflict-explained = Sie gehören dieser Organisation an und bewerten ihre Bewerbung daher nicht.
mission-evaluator-rules = Bewerten Sie jede Bewerbung. Bis Sie alle bewertet haben, die Sie bewerten dürfen, stehen sie in der Reihenfolge ihres Eingangs und ohne Rang; die Rangliste und die Bewertungen der anderen erscheinen, sobald Sie Ihre abgegeben haben.
mission-no-applications = Noch keine Bewerbung.
mission-state-submitted = eingereicht
mission-state-selected = ausgewählt
mission-state-rejected = nicht ausgewählt
mission-state-withdrawn = zurückgezogen
mission-select = Auswählen
mission-reject = Ablehnen
mission-decision = Auswahl
mission-decision-state = { $selected } von { $places } Plätzen vergeben; { $undecided } Bewerbungen offen.
mission-select-top = Die besten { $places } auswählen und die übrigen ablehnen
mission-notify = Allen Bewerbenden das Ergebnis mitteilen
mission-notified = Die Bewerbenden kennen das Ergebnis; die Auswahl ist endgültig.
mission-your-score = Ihre Bewertung
mission-criterion = { $name } (Gewicht { $weight })
mission-score-hint = 0 (gar nicht) bis 10 (voll).
mission-comment = Kommentar
mission-save-score = Bewertung speichern
mission-scores = Bewertungen
mission-no-scores = Noch keine Bewertung.
mission-scores-hidden = Die Bewertungen der anderen erscheinen nach Ihrer eigenen.
mission-evaluator = Gutachter
mission-done-call = Der Aufruf ist gespeichert.
mission-done-evaluators = Die Gutachtenden sind aktualisiert.
mission-done-applied = Ihre Bewerbung ist eingereicht; eine Bestätigung ist per E-Mail unterwegs.
mission-done-scored = Ihre Bewertung ist gespeichert.
mission-done-decided = Die Entscheidung ist gespeichert.
mission-done-notified = Alle Bewerbenden kennen das Ergebnis.
mission-error-no-call = Diese Geschäftsreise hat noch keinen Aufruf.
mission-error-closed = Bewerbungen für diese Geschäftsreise sind geschlossen.
mission-error-no-organisation = Man bewirbt sich für eine Organisation: Treten Sie Ihrer zuerst bei oder legen Sie sie an.
mission-error-applied = Ihre Organisation hat sich bereits beworben.
mission-error-answer = Erforderlich, höchstens 5000 Zeichen.
mission-error-questions = Eine Frage pro Zeile, 3 bis 500 Zeichen; höchstens 20.
mission-error-criteria = Ein Kriterium pro Zeile mit dem Gewicht vorne (1 bis 100): „40 Exportreife“; höchstens 12.
mission-error-places = Eine ganze Zahl von 1 bis 500.
mission-error-score = Eine ganze Zahl von 0 bis 10.
mission-error-evaluator = Kein Konto hat diese Adresse; die Person registriert sich zuerst.
mission-error-fixed = Fragen lassen sich nach der ersten Bewerbung nicht mehr ändern, Kriterien nicht nach der ersten Bewertung.
mission-error-decided = Die Bewerbenden kennen das Ergebnis; die Auswahl ist endgültig.
mission-error-full = Alle Plätze sind vergeben; lehnen Sie zuerst eine andere Bewerbung ab.
mission-error-undecided = Entscheiden Sie zuerst über jede Bewerbung.
mission-error-withdrawn = Diese Bewerbung wurde zurückgezogen.
mail-mission-evaluator-subject = Sie begutachten Bewerbungen für { $title }
mail-mission-evaluator-body = Sie wurden als Gutachter für die Bewerbungen zu „{ $title }“ benannt: { $link }
mail-mission-applied-subject = Bewerbung eingegangen: { $title }
mail-mission-applied-body = Die Bewerbung von { $organisation } für „{ $title }“ ist eingegangen. Bewerbungsschluss ist am { $deadline }; Sie erfahren das Ergebnis per E-Mail.

    { $link }
mail-mission-selected-subject = Ausgewählt für { $title }
mail-mission-selected-body = { $organisation } ist für „{ $title }“ ausgewählt. Der Veranstalter meldet sich mit den nächsten Schritten.

    { $link }
mail-mission-rejected-subject = Ihre Bewerbung für { $title }
mail-mission-rejected-body = Danke für die Bewerbung von { $organisation } für „{ $title }“. Sie wurde dieses Mal nicht ausgewählt.

    { $link }
event-error-capacity-below = { $count } Personen sind bereits angemeldet; es können nicht weniger Plätze werden.
event-error-sessions-outside = Die B2B-Gesprächsblöcke müssen innerhalb der Veranstaltung bleiben: Ändern Sie sie zuerst.
mail-event-changed-subject = Geändert: { $title }
mail-event-changed-body = Der Veranstalter hat Zeit oder Ort von „{ $title }“ geändert. Sie findet jetzt statt: { $when }.

    { $link }
event-error-apply-instead = Die Teilnehmenden einer Geschäftsreise werden aus den Bewerbungen ausgewählt: Bewerben Sie sich.
mission-withdraw = Bewerbung zurückziehen
mission-done-withdrawn = Die Bewerbung ist zurückgezogen.
mail-event-reminder-subject = Morgen: { $title }
mail-event-reminder-body = Zur Erinnerung: Sie sind für „{ $title }“ angemeldet, { $when }{ $where }.

    { $link }
mail-event-reminder-online = Online teilnehmen: { $link }
mail-event-reminder-agenda = Ihr Gesprächsplan: { $link }
event-projects = Teil des Projekts
event-cancel-title = „{ $title }“ absagen?
event-cancel-when = Die Veranstaltung ist für { $when } geplant. Die Absage kann nicht rückgängig gemacht werden; sie bleibt als abgesagt aufgeführt.
event-cancel-told = { $count ->
    [0] Es hat sich noch niemand angemeldet.
    [one] Die eine angemeldete oder wartende Person wird per E-Mail informiert.
   *[other] Die { $count } angemeldeten oder wartenden Personen werden per E-Mail informiert.
}
event-cancel-keep = Nein, Veranstaltung beibehalten
event-contact-email-hint = Wird allen auf der öffentlichen Seite der Veranstaltung und in ihrer Kalenderdatei gezeigt: Verwenden Sie eine gemeinsame Adresse der Organisation wie events@… statt einer persönlichen.
mail-event-revision-review-subject = Eine Änderung an einer veröffentlichten Veranstaltung wartet auf Prüfung
mail-event-revision-review-body = Die Veranstaltenden von „{ $title }“ haben mehr als Zeit, Ort oder Plätze geändert; die Veranstaltung bleibt wie veröffentlicht, bis Sie entscheiden: { $link }
event-done-revision = Gespeichert. Neue Zeit, neuer Ort oder neue Plätze gelten sofort; die übrigen Änderungen warten auf eine Moderation, bis dahin wird die Veranstaltung wie veröffentlicht gezeigt.
event-revision-pending = Änderungen an dieser Veranstaltung warten auf eine Moderation; bis zur Freigabe sehen alle sie wie veröffentlicht.
event-error-revision-decided = Über diese Änderung hat bereits eine andere Moderation entschieden.
event-done-revision-approved = Die Änderung ist freigegeben; die Angemeldeten erfahren, was sich geändert hat.
event-done-revision-returned = Die Änderung ist zurückgeschickt; die Veranstaltung bleibt wie veröffentlicht, und die Veranstaltenden erfahren den Grund.
mail-event-revised-subject = „{ $title }“ wurde geändert
mail-event-revised-body = Die Veranstaltenden haben „{ $title }“ geändert, wofür Sie angemeldet sind. Geändert: { $changed }.

    { $link }
mail-event-revision-approved-subject = Die Änderung an Ihrer Veranstaltung ist freigegeben
mail-event-revision-approved-body = Die Änderung an „{ $title }“ ist freigegeben und für alle sichtbar: { $link }
mail-event-revision-returned-subject = Die Änderung an Ihrer Veranstaltung wurde zurückgeschickt
mail-event-revision-returned-body = Eine Moderation hat die Änderung an „{ $title }“ zurückgeschickt: { $reason }
    Die Veranstaltung bleibt wie veröffentlicht; Sie können sie erneut bearbeiten.

    { $link }
