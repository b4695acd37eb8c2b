nav-funding = Förderung
funding-title = Fördermöglichkeiten
funding-intro = Ausschreibungen der EU-Programme und die Kaskadenaufrufe, die Eurocluster und andere Projekte für KMU öffnen, mit ihren Fristen in Brüsseler Zeit und in Ihrer.
funding-count = { $count ->
    [one] Eine Ausschreibung
   *[other] { $count } Ausschreibungen
}
funding-empty = Keine Ausschreibung passt zu diesen Filtern.
funding-status = Status
funding-status-open = Offen
funding-status-forthcoming = Demnächst
funding-status-closed = Geschlossen
funding-status-all = Alle
funding-programme = Programm
funding-kind = Art der Ausschreibung
funding-eu-calls = EU-Ausschreibungen
funding-cascade-calls = Kaskadenaufrufe (offene Aufrufe für KMU)
funding-cascade = Kaskadenaufruf
funding-closing-soon = Frist in den nächsten 30 Tagen
funding-deadline = Frist
funding-deadlines = Fristen
funding-opens = Öffnet
funding-budget = Budget pro Förderung
funding-grants = Erwartete Förderungen
funding-action = Maßnahmenart
funding-grant-type = Förderform
funding-procedure = Einreichung
funding-portal = Die Ausschreibung im EU-Portal Funding & Tenders
funding-mine-title = Meine Förderung
funding-follow-heading = Diesem Aufruf folgen
funding-follow = Folgen und erinnern
funding-follow-update = Erinnerung ändern
funding-unfollow = Nicht mehr folgen
funding-following = Sie folgen diesem Aufruf.
funding-remind-label = Erinnerung per E-Mail
funding-remind-days = { $days ->
    [one] 1 Tag vor jeder Frist
   *[other] { $days } Tage vor jeder Frist
}
funding-login-to-follow = Anmelden, um diesem Aufruf zu folgen und an seine Fristen erinnert zu werden
funding-done-followed = Sie folgen diesem Aufruf; Erinnerungen kommen vor jeder Frist per E-Mail.
funding-done-unfollowed = Sie folgen diesem Aufruf nicht mehr.
funding-done-calendar = Ihre Kalenderadresse ist bereit; eine frühere funktioniert nicht mehr.
funding-followed = Aufrufe, denen Sie folgen
funding-followed-none = Sie folgen noch keinem Aufruf: Öffnen Sie einen Aufruf und wählen Sie „Folgen“.
funding-call = Aufruf
funding-next-deadline = Nächste Frist
funding-reminder = Erinnerung
funding-calendar-heading = Fristen in Ihrem Kalender
funding-calendar-intro = Abonnieren Sie diese Adresse in Ihrer Kalenderanwendung, um die Fristen der Aufrufe zu sehen, denen Sie folgen. Behalten Sie sie für sich: Wer sie hat, sieht, welchen Aufrufen Sie folgen.
funding-calendar-address = Kalenderadresse
funding-calendar-create = Meine Kalenderadresse erstellen
funding-calendar-reset = Adresse ersetzen (die alte funktioniert dann nicht mehr)
funding-fit-heading = Aufrufe, die zu Ihren Organisationen passen
funding-fit-none = Noch passt kein offener Aufruf zu diesem Profil; Technologien, Ökosysteme und eine Beschreibung im Profil helfen.
funding-fit-no-organisation = Treten Sie Ihrer Organisation bei oder registrieren Sie sie, um passende Aufrufe zu sehen.
funding-ics-name = Förderfristen
funding-ics-summary = Frist: { $title }
funding-ics-summary-nth = Frist { $n } von { $count }: { $title }
call-reason-taxonomy = Erwähnt { $words } ({ $tag })
call-reason-track = Ihre Projekte wurden in { $part } gefördert
call-reason-words = Gemeinsame Begriffe mit Ihrem Profil: { $words }
call-reason-smes = Richtet sich an KMU
call-reason-clusters = Richtet sich an Clusterorganisationen
call-reason-research = Eine Forschungsmaßnahme
call-reason-eligible = Offen für Organisationen in der EU und im EWR
call-reason-check = Prüfen Sie, ob Organisationen in { $country } teilnehmen können (Assoziierung zum Programm)
mail-call-reminder-subject = Frist naht: { $title }
mail-call-reminder-body = Der Aufruf „{ $title }“ ({ $identifier }) hat eine Frist am { $when }, in { $days } Tagen.

    { $link }

    Im Portal: { $portal }
funding-audience = Richtet sich an
funding-audience-smes = KMU und Start-ups
funding-audience-clusters = Clusterorganisationen
funding-audience-research = Forschungseinrichtungen (eine Forschungsmaßnahme)
funding-audience-any = Organisationen, die nach den Bedingungen des Aufrufs förderfähig sind
funding-eligible-countries = Förderfähige Länder
funding-eligible-eu = EU-Mitgliedstaaten, EWR-Länder und mit { $programme } assoziierte Länder; siehe die Bedingungen des Aufrufs
funding-eligible-cascade = Wie der Kaskadenaufruf sie festlegt; siehe seine Beschreibung
funding-programmes-open = Offene Kaskadenförderprogramme auf clusterhub
funding-programme-line = Durchgeführt von { $owner } · Zuschüsse bis { $max } · Anträge bis { $deadline }
funding-opens-on = Öffnet am { $date }
