# Die Nachbereitung der B2B-Gespräche: Anfragen, die verfallen, Erinnerungen, Ergebnisse Monate
# später und die Übersicht des Veranstalters.

b2b-followup-title = Anfragen und Erinnerungen
b2b-followup-intro = Eine unbeantwortete Gesprächsanfrage verfällt nach den Tagen, die Sie hier festlegen: Beide Seiten sind wieder frei, und wer sie gestellt hat, wird benachrichtigt. Wer Anfragen zu beantworten oder noch keine Gespräche hat, wird per E-Mail in seiner Sprache erinnert; wer nichts zu tun hat, nicht.
b2b-followup-request-days = Tage, die eine Anfrage auf Antwort wartet
b2b-followup-request-days-hint = Von 1 bis 14. Eine beantwortete Anfrage verfällt nie.
b2b-followup-nudge-every = Tage zwischen zwei Erinnerungen
b2b-followup-nudge-every-hint = Von 2 bis 4.
b2b-followup-nudge-cap = Höchstens so viele Erinnerungen je Person
b2b-followup-nudge-cap-hint = Von 0 bis 10; bei 0 geht keine hinaus.
b2b-followup-save = Einstellungen speichern
b2b-followup-saved = Die Einstellungen sind gespeichert.
b2b-followup-error-request-days = Geben Sie eine Zahl von Tagen von 1 bis 14 ein.
b2b-followup-error-nudge-every = Geben Sie eine Zahl von Tagen von 2 bis 4 ein.
b2b-followup-error-nudge-cap = Geben Sie eine Zahl von Erinnerungen von 0 bis 10 ein.

b2b-outcome-title = Was aus Ihren Gesprächen wurde
b2b-outcome-intro = Die Veranstaltung ist { $days } Tage her. Sagen Sie zu jedem Gespräch, das Sie dort geführt haben, wo die Dinge stehen; Sie können eine Antwort später ändern.
b2b-outcome-none = Sie haben bei dieser Veranstaltung keine Gespräche geführt; es gibt nichts zu beantworten.
b2b-outcome-not-yet = Die Fragen zu Ihren Gesprächen öffnen am { $date }.
b2b-outcome-private = Nur die Veranstalter sehen die Antworten, und nur gezählt, nie einzeln.
b2b-outcome-question = Ihr Gespräch mit { $name }
b2b-outcome-save = Antwort speichern
b2b-outcome-saved = Danke: Ihre Antwort ist gespeichert.
b2b-outcome-closed = Die Fragen zu den Gesprächen dieser Veranstaltung sind nicht offen.
b2b-outcome-unknown-link = Dieser Link ist unbekannt oder abgelaufen. Melden Sie sich an und antworten Sie auf der Seite der Veranstaltung.
b2b-outcome-stage-no-further-contact = Kein weiterer Kontakt
b2b-outcome-stage-exchanged-information = Wir haben Informationen ausgetauscht
b2b-outcome-stage-in-negotiation = Wir verhandeln
b2b-outcome-stage-commercial-agreement = Wir haben eine kommerzielle Vereinbarung unterzeichnet
b2b-outcome-stage-technical-agreement = Wir haben eine technische Kooperationsvereinbarung unterzeichnet
b2b-outcome-stage-research-agreement = Wir haben eine Forschungskooperation unterzeichnet
b2b-outcome-stage-joint-funding-application = Wir haben gemeinsam Fördermittel beantragt

b2b-dashboard = Übersicht
b2b-dash-csv = Bericht über alles (CSV)
b2b-dash-day = Am Veranstaltungstag
b2b-dash-day-intro = Gespräche zählen als geführt oder verpasst, wie die Anwesenheitsseite sie festhält: nach dem Wort des Veranstalters, sonst nach den Antworten der Teilnehmenden.
b2b-dash-checked-in = Eingecheckt
b2b-dash-no-shows = Verpasst (nicht erschienen)
b2b-dash-no-show-rate = Quote nicht erschienen
b2b-dash-refilled = Neu vergebene Termine
b2b-dash-small-groups = Weitere (Gruppen mit weniger als { $count } Personen)
b2b-dash-percent = { $value } %
b2b-dash-requests = Gesprächsanfragen
b2b-dash-sent = Gesendet
b2b-dash-answered = Beantwortet
b2b-dash-expired = Unbeantwortet verfallen
b2b-dash-held = Geführte Gespräche
b2b-dash-reminders = Erinnerungen
b2b-dash-reminders-sent = Gesendete Erinnerungen
b2b-dash-people-reminded = Erinnerte Personen
b2b-dash-answered-since = Davon haben seither eine Anfrage beantwortet
b2b-dash-no-reminders = Noch ist keine Erinnerung hinausgegangen.
b2b-dash-reminded-people = Wer wann erinnert wurde und wie viele Anfragen er seither beantwortet hat
b2b-dash-person = Teilnehmende Person
b2b-dash-last-reminder = Letzte Erinnerung
b2b-dash-answers-since = Seither beantwortete Anfragen
b2b-dash-idle = Leerlauf
b2b-dash-idle-intro = Die freien Zeitfenster zwischen dem ersten und dem letzten Gespräch einer Person in einer Runde.
b2b-dash-idle-total = Leerlauf in Minuten insgesamt
b2b-dash-idle-average = Leerlauf in Minuten je Person mit Gesprächen
b2b-dash-idle-per-person = Leerlauf je teilnehmender Person
b2b-dash-meetings-placed = Eingeplante Gespräche
b2b-dash-idle-slots = Freie Zeitfenster
b2b-dash-idle-minutes = Minuten Leerlauf
b2b-dash-outcomes = Ergebnisse
b2b-dash-outcomes-intro = 90 und 180 Tage nach der Veranstaltung werden die Teilnehmenden gefragt, was aus jedem ihrer Gespräche wurde. Die Antworten werden hier gezählt; keine einzelne wird gezeigt. Die Tabellen nach Land und Art zählen, wo jedes Gespräch nach der letzten Antwort steht.
b2b-dash-outcomes-by-stage = Antworten nach Stand, je Runde
b2b-dash-outcomes-by-country = Stand der Gespräche nach Land der Teilnehmenden
b2b-dash-outcomes-by-type = Stand der Gespräche nach Art der Organisation
b2b-dash-stage = Stand
b2b-dash-country = Land
b2b-dash-type = Art der Organisation
b2b-dash-after-days = Nach { $days } Tagen
b2b-dash-no-answers = noch keine Antworten.
b2b-dash-questions-sent = Befragte Teilnehmende

mail-b2b-expired-subject = Ihre Gesprächsanfrage an { $name } ist verfallen
mail-b2b-expired-body = { $name } hat Ihre Gesprächsanfrage bei „{ $title }“ nicht innerhalb von { $days } Tagen beantwortet; sie ist geschlossen, und Sie sind beide wieder frei. Fragen Sie jemand anderen an: { $link }
mail-b2b-nudge-subject = Ihre Gespräche bei { $title }
mail-b2b-nudge-waiting = { $count ->
    [one] Eine Gesprächsanfrage wartet bei „{ $title }“ auf Ihre Antwort.
   *[other] { $count } Gesprächsanfragen warten bei „{ $title }“ auf Ihre Antwort.
    } Annehmen oder ablehnen: { $link }
mail-b2b-nudge-none = Sie haben bei „{ $title }“ noch keine Gespräche. Sehen Sie, wer teilnimmt, und fragen Sie Gespräche an: { $link }
mail-b2b-outcome-subject = Was wurde aus Ihren Gesprächen bei { $title }?
mail-b2b-outcome-intro = „{ $title }“ ist { $days } Tage her. Was wurde aus jedem Gespräch, das Sie dort geführt haben? Ein Klick auf die passende Antwort öffnet sie zum Speichern. Nur die Veranstalter sehen die Antworten, und nur gezählt.
mail-b2b-outcome-meeting = Ihr Gespräch mit { $name }:
mail-b2b-outcome-end = Sie können auch auf der Plattform antworten: { $link } (diese Links gelten bis { $date }).
