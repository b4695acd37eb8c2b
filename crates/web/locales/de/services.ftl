# Technologiedienstleistungen: Katalog, Anbieten, Anfragen, Vorschläge mit Begründung und die zugehörigen E-Mails.

nav-services = Dienstleistungen
services-heading = Technologiedienstleistungen
services-lead = Prüfung, Prototypenbau, Pilotlinien, Labore, Schulungen und Beratung von Technologiezentren in ganz Europa. Durchsuchen Sie den Katalog oder beschreiben Sie Ihre Herausforderung in eigenen Worten und in Ihrer Sprache – wir schlagen Ihnen die passenden Dienstleistungen vor.
services-describe-challenge = Herausforderung beschreiben
services-my-requests = Meine Dienstleistungsanfragen
search-kind-service = Technologiedienstleistung
search-facet-service = Art der Dienstleistung
search-facet-delivery = Erbringung
search-facet-price = Preis
search-facet-language = Sprache

service-kind = Art der Dienstleistung
service-kind-testing-validation = Prüfung und Validierung
service-kind-prototyping = Prototypenbau
service-kind-pilot-production = Pilotfertigung
service-kind-equipment-access = Zugang zu Anlagen oder Labor
service-kind-training = Schulung
service-kind-consulting = Beratung
service-kind-certification-support = Unterstützung bei der Zertifizierung
service-kind-software = Software
price-model-free = Kostenlos
price-model-fixed = Festpreis
price-model-day-rate = Tagessatz
price-model-on-quote = Auf Anfrage
delivery-on-site = Im Zentrum
delivery-at-client = Beim Kunden
delivery-remote = Remote
service-state-draft = Entwurf
service-state-draft-explained = Nur Ihre Organisation sieht diesen Entwurf. Reichen Sie ihn zur Prüfung ein, um ihn im Katalog zu veröffentlichen.
service-state-submitted = Wartet auf Prüfung
service-state-submitted-explained = Die Moderation prüft die Dienstleistung, bevor sie im Katalog erscheint.
service-state-returned = Zur Überarbeitung zurückgegeben
service-state-returned-explained = Die Moderation hat sie zurückgegeben. Ändern Sie sie und reichen Sie sie erneut ein.
service-state-published = Veröffentlicht
service-state-published-explained = Sie steht im Katalog, in Ihrem Profil und in Vorschlägen. Um sie zu ändern, ziehen Sie sie zurück.
service-request-state-requested = Wartet auf Antwort des Zentrums
service-request-state-quoted = Angebot liegt vor
service-request-state-declined = Abgelehnt
service-request-state-accepted = Angenommen
service-request-state-delivered = Erbracht
service-request-state-withdrawn = Zurückgezogen
service-request-state-lapsed = Nicht rechtzeitig beantwortet

service-name = Name
service-name-in = Name auf { $language } (optional)
service-description = Beschreibung
service-description-in = Beschreibung auf { $language } (optional)
service-description-hint = Was Sie tun, mit welchen Anlagen und nach welchen Normen, für wen, und was der Kunde erhält.
service-language = Sprache von Name und Beschreibung
service-trl = Abgedeckte Technologie-Reifegrade (TRL)
service-trl-from = Niedrigster abgedeckter TRL
service-trl-to = Höchster abgedeckter TRL
service-trl-hint = Von 1 (Grundprinzipien beobachtet) bis 9 (im Einsatz bewährt).
service-trl-range = TRL { $from } bis { $to }
service-equipment = Anlagen und Geräte
service-accreditations = Akkreditierungen
service-accreditations-hint = Eine pro Zeile, z. B. ISO/IEC 17025.
service-price-model = Preismodell
service-price = Richtpreis (Euro)
service-price-hint = In Euro, z. B. 1200 oder 1200.50.
service-price-day = { $price } pro Tag
service-price-from = ab { $price }
service-programmes = Gutscheinprogramme, über die sie bezahlt werden kann
service-lead-time = Typische Bearbeitungszeit
service-answer-days = Frist für die erste Antwort
service-answer-days-hint = In Tagen. Für Anfragen, die in dieser Zeit unbeantwortet bleiben, erhalten Sie eine Erinnerung; danach kann der Kunde andere Zentren anfragen.
service-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
service-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
service-languages = Ihre Arbeitssprachen
service-languages-hint = Zweibuchstabige Codes, z. B. de, en.
service-delivery = Erbringung
service-countries = Abgedeckte Länder
service-countries-hint = Zweibuchstabige Codes; leer lassen, wenn Sie in allen Ländern tätig sind.
service-countries-all = Alle Länder
service-regions = Abgedeckte Regionen
service-regions-hint = NUTS-Codes innerhalb dieser Länder, z. B. DED; leer lassen für die ganzen Länder.
service-reference = Ihre Referenz
service-reference-hint = Ihr eigener Code für diese Dienstleistung; ein Katalogimport aktualisiert die Dienstleistung mit derselben Referenz.
service-topics = Technologien und Ökosysteme
service-centre = Technologiezentrum
service-save = Dienstleistung speichern
service-form-intro = Beschreiben Sie eine Dienstleistung, die Ihre Organisation anbietet. Sie wird nach der Prüfung durch die Moderation veröffentlicht.
service-new = Neue Dienstleistung anbieten
service-new-title = Neue Dienstleistung von { $name }
service-edit = Bearbeiten
service-edit-title = { $name } bearbeiten
service-back = Zurück zur Dienstleistung
service-withdraw = Aus dem Katalog zurückziehen
service-all-of-centre = Alle Dienstleistungen des Zentrums
service-owner-heading = Ihre Dienstleistung
service-offered-title = Dienstleistungen von { $name }
service-none-offered = Noch keine Dienstleistungen.
service-figures-heading = Kennzahlen des Zentrums
service-figure-answered = { $answered } von { $requests } Anfragen beantwortet
service-figure-answer = Erste Antwort (Median): { $time }
service-figure-rating = Mit { $rating } von 5 bewertet ({ $count ->
    [one] ein Kunde
   *[other] { $count } Kunden
})
service-done-saved = Die Dienstleistung ist gespeichert.
service-done-submitted = Die Dienstleistung ist zur Prüfung eingereicht.
service-done-withdrawn = Die Dienstleistung ist aus dem Katalog zurückgezogen und wieder ein Entwurf.
service-done-published = Die Dienstleistung ist veröffentlicht.
service-done-returned = Die Dienstleistung ist an ihr Zentrum zurückgegeben.
service-done-sent = Ihre Anfrage ist gesendet. Das Zentrum wird per E-Mail benachrichtigt.
service-done-quoted = Ihr Angebot ist gesendet.
service-done-declined = Die Anfrage ist abgelehnt.
service-done-accepted = Das Angebot ist angenommen.
service-done-withdrawn-request = Die Anfrage ist zurückgezogen.
service-done-delivered = Die Leistung ist als erbracht markiert.
service-done-rated = Vielen Dank für Ihre Bewertung.
service-done-replied = Ihre Antwort ist zusammen mit der Bewertung veröffentlicht.
service-error-not-a-centre = Dienstleistungen bieten nur Technologiezentren, Forschungseinrichtungen, Hochschulen und Innovation Hubs an.
service-error-not-editable = Eine veröffentlichte Dienstleistung muss zurückgezogen werden, bevor sie geändert werden kann.
service-error-state = Jemand anderes hat diese Dienstleistung zuvor geändert. Laden Sie die Seite neu.
service-error-reference = Eine andere Dienstleistung Ihrer Organisation hat bereits diese Referenz.
service-error-price = Geben Sie einen Betrag in Euro ein, z. B. 1200 oder 1200.50.
service-error-price-required = Ein Festpreis oder Tagessatz erfordert einen Richtpreis.
service-error-trl = Wählen Sie eine Stufe von 1 bis 9; die höchste darf nicht unter der niedrigsten liegen.
service-error-days = Geben Sie eine ganze Zahl von Tagen ein.
service-error-delivery = Wählen Sie mindestens eine Option.
service-error-voucher-amount = Der Gutschein muss mehr als 0 und höchstens den angebotenen Preis ({ $price }) abdecken.
service-error-voucher-left = Auf dem Gutschein sind nur noch { $left } verfügbar; verrechnen Sie einen geringeren Betrag.
moderation-services-title = Zu prüfende Dienstleistungen
moderation-services-none = Keine Dienstleistung wartet auf Prüfung.

service-request-heading = Diese Dienstleistung anfragen
service-request-submit = Anfrage senden
service-request-login = Melden Sie sich an, um diese Dienstleistung anzufragen
service-request-own = Dies ist eine Dienstleistung Ihrer Organisation.
service-request-no-organisation = Dienstleistungen werden im Namen einer Organisation angefragt: Treten Sie zuerst einer Organisation im Verzeichnis bei oder beanspruchen Sie ihr Profil.
service-request-network = Über ein Netzwerk
service-request-network-hint = Ein Cluster oder Netzwerk, dem Sie angehören, verfolgt die Anfrage und ihre Antwortzeiten (nicht ihren Inhalt).
service-request-no-network = Kein Netzwerk
service-request-need = Ihr Bedarf
service-request-need-hint = Ihr Produkt, das Problem, was Sie herausfinden oder herstellen möchten. Schreiben Sie in Ihrer eigenen Sprache.
service-request-trl = Ihr Technologie-Reifegrad (TRL)
service-request-budget = Budget
service-request-budget-from = Budget ab (Euro)
service-request-budget-to = Budget bis (Euro)
service-request-wanted-by = Gewünscht bis
service-request-sharing = Was Sie teilen können
service-request-sharing-hint = Zeichnungen, Muster, Daten – und zu welchen Bedingungen (z. B. nach einer Geheimhaltungsvereinbarung).
service-request-sent = Gesendet
service-request-due = Antwort fällig
service-request-client = Kunde
service-request-from = Anfrage von { $name }
service-request-to = Anfrage an { $name }
service-request-private = Nur die Personen der beiden Organisationen sehen diese Anfrage.
service-request-error-state = Jemand anderes hat den Stand dieser Anfrage zuvor geändert. Laden Sie die Seite neu.
service-requests-received = Anfragen an Ihr Zentrum
service-requests-sent = Von Ihnen gesendete Anfragen
service-requests-none = Sie haben noch keine Dienstleistung angefragt.
service-quote-heading = Angebot
service-quote-price = Preis (Euro)
service-quote-duration = Dauer in Tagen
service-quote-conditions = Bedingungen
service-quote-submit = Angebot senden
service-decline-heading = Ablehnen
service-decline-reason = Grund der Ablehnung
service-decline-submit = Anfrage ablehnen
service-declined-because = Das Zentrum hat abgelehnt: { $reason }
service-accept-heading = Angebot annehmen
service-accept-submit = Angebot annehmen
service-accept-voucher = Bezahlung mit Gutschein
service-accept-no-voucher = Kein Gutschein
service-accept-voucher-option = { $programme } (noch { $left } verfügbar)
service-accept-voucher-amount = Vom Gutschein gedeckter Betrag (Euro)
service-accept-voucher-amount-hint = Leer lassen, um einen möglichst großen Teil des Angebots mit dem Restguthaben des Gutscheins zu bezahlen.
service-withdraw-submit = Anfrage zurückziehen
service-delivered-submit = Als erbracht markieren
service-delivered-by-centre = Das Zentrum hat die Leistung als erbracht markiert.
service-delivered-by-client = Der Kunde hat die Leistung als erbracht markiert.
service-stars = { $count ->
    [one] 1 Stern
   *[other] { $count } Sterne
}
service-rate-heading = Bewertung
service-rate-stars = Ihre Bewertung
service-rate-comment = Kommentar
service-rate-submit = Bewerten
service-reply-heading = Auf die Bewertung antworten
service-reply-text = Ihre Antwort
service-reply-submit = Antwort veröffentlichen
service-reply-by = { $name } hat geantwortet:

service-challenge-title = Herausforderung beschreiben
service-challenge-intro = Beschreiben Sie in eigenen Worten und in Ihrer Sprache, was Sie brauchen. Wir schlagen die passenden Dienstleistungen mit Begründung vor, und Sie wählen bis zu fünf Zentren, die Sie gleichzeitig anfragen.
service-challenge-heading = Ihre Herausforderung
service-challenge-propose = Passende Dienstleistungen anzeigen
service-proposals-title = Passende Dienstleistungen für Ihre Herausforderung
service-proposals-intro = Wählen Sie bis zu { $max } Dienstleistungen; jedes Zentrum erhält Ihre Herausforderung als Anfrage.
service-proposals-choose = Vorgeschlagene Dienstleistungen
service-proposals-details = Details
service-proposals-send = Ausgewählte Zentren anfragen
service-proposals-none = Noch passt keine veröffentlichte Dienstleistung zu Ihrer Herausforderung. Versuchen Sie andere Begriffe oder durchsuchen Sie den Katalog.
service-proposals-browse = Katalog durchsuchen
service-challenge-choose = Wählen Sie zwischen einer und { $max } der vorgeschlagenen Dienstleistungen.
service-challenge-too-many = Wählen Sie höchstens { $max } Dienstleistungen.
service-challenge-not-proposed = Wählen Sie unter den vorgeschlagenen Dienstleistungen.
service-challenge-under-way = Anfragen zu dieser Herausforderung laufen noch.
service-challenge-page-title = Ihre Herausforderung
service-challenge-asked = Angefragte Zentren
service-challenge-next = Nächste Zentren anfragen

proposal-offers = Bietet { $kind } für { $concepts }, was die Herausforderung erfordert
proposal-knows = Arbeitet an { $concepts }, was die Herausforderung erfordert
proposal-kind = Bietet { $kind }, wie von der Herausforderung gesucht
proposal-words = Gemeinsame Begriffe: { $words }
proposal-trl = TRL { $from } bis { $to } deckt Ihren TRL { $trl } ab
proposal-voucher = Wird von dem Gutscheinprogramm akzeptiert, aus dem Sie einen Gutschein erhalten haben
proposal-answers = Erste Antwort (Median): { $time }
proposal-rated = Mit { $rating } bewertet ({ $count ->
    [one] ein Kunde
   *[other] { $count } Kunden
})
proposal-speaks = Spricht { $language }
proposal-distance = { $km } km entfernt
proposal-across-border = Grenzüberschreitend, { $km } km entfernt

service-routed-title = Dienstleistungsanfragen über { $name }
service-routed-title-short = Anfragen über uns
service-routed-intro = Die Anfragen, die Ihre Mitglieder über Ihr Netzwerk gesendet haben: ihr Stand und ihre Antwortzeiten. Der Inhalt bleibt zwischen Kunde und Zentrum.
service-routed-csv = Als CSV herunterladen
service-routed-summary = Anfragen: { $count }, davon beantwortet: { $answered }
service-routed-none = Über Ihr Netzwerk sind noch keine Anfragen gelaufen.
service-routed-answer = Erste Antwort

programme-voucher = Gutscheinprogramm
programme-voucher-hint = Bewilligungen sind Innovationsgutscheine, die für Angebote von Technologiedienstleistungen eingelöst werden, die das Programm akzeptieren.

mail-service-submitted-subject = Eine Technologiedienstleistung wartet auf Prüfung auf clusterhub
mail-service-submitted-body = „{ $title }“ wurde eingereicht. Hier prüfen:
    { $link }
mail-service-published-subject = Ihre Dienstleistung ist auf clusterhub veröffentlicht
mail-service-published-body = „{ $title }“ ist veröffentlicht:
    { $link }
mail-service-returned-subject = Ihre Dienstleistung wurde zur Überarbeitung zurückgegeben
mail-service-returned-body = Die Moderation hat „{ $title }“ zurückgegeben: { $reason }
    Hier ändern und erneut einreichen:
    { $link }
mail-service-requested-subject = Neue Anfrage für „{ $service }“
mail-service-requested-body = { $organisation } fragt „{ $service }“ an:

    { $need }

    Hier ein Angebot abgeben oder ablehnen:
    { $link }
mail-service-quoted-subject = Ein Angebot für „{ $service }“
mail-service-quoted-body = { $organisation } hat ein Angebot für „{ $service }“ gesendet. Nehmen Sie es hier an oder ziehen Sie Ihre Anfrage zurück:
    { $link }
mail-service-declined-subject = Ihre Anfrage für „{ $service }“ wurde abgelehnt
mail-service-declined-body = { $organisation } hat Ihre Anfrage für „{ $service }“ abgelehnt. Den Grund und weitere Zentren, die Sie anfragen können, finden Sie hier:
    { $link }
mail-service-accepted-subject = Ihr Angebot für „{ $service }“ wurde angenommen
mail-service-accepted-body = { $organisation } hat Ihr Angebot für „{ $service }“ angenommen:
    { $link }
mail-service-withdrawn-subject = Eine Anfrage für „{ $service }“ wurde zurückgezogen
mail-service-withdrawn-body = { $organisation } hat die Anfrage für „{ $service }“ zurückgezogen:
    { $link }
mail-service-delivery-marked-subject = „{ $service }“ als erbracht markiert
mail-service-delivery-marked-body = { $organisation } hat die Leistung „{ $service }“ als erbracht markiert. Wenn Sie zustimmen, markieren Sie sie ebenfalls als erbracht:
    { $link }
mail-service-delivered-subject = „{ $service }“ ist erbracht
mail-service-delivered-body = Beide Seiten haben die Leistung „{ $service }“ als erbracht markiert (zuletzt: { $organisation }):
    { $link }
mail-service-rated-subject = „{ $service }“ wurde bewertet
mail-service-rated-body = { $organisation } hat „{ $service }“ bewertet. Hier lesen und antworten:
    { $link }
mail-service-replied-subject = Eine Antwort auf Ihre Bewertung von „{ $service }“
mail-service-replied-body = { $organisation } hat auf Ihre Bewertung von „{ $service }“ geantwortet:
    { $link }
mail-service-reminder-subject = Erinnerung: Eine Anfrage für „{ $service }“ wartet auf Ihre Antwort
mail-service-reminder-body = { $organisation } hat „{ $service }“ angefragt und wartet auf Ihr Angebot oder Ihre Absage. Hier antworten:
    { $link }
mail-service-lapsed-subject = Noch keine Antwort zu „{ $service }“
mail-service-lapsed-body = { $organisation } hat Ihre Anfrage für „{ $service }“ nicht in der angegebenen Frist beantwortet, auch nicht nach einer Erinnerung. Fragen Sie hier die nächsten vorgeschlagenen Zentren an:
    { $link }

profile-services = Technologiedienstleistungen
profile-services-manage = Unsere Technologiedienstleistungen
programme-vouchers-heading = Was mit den Gutscheinen bezahlt wurde
programme-vouchers-none = Noch wurde kein Gutschein eingelöst.
programme-voucher-committed = Gebunden
programme-voucher-spent = Eingelöst
programme-voucher-spent-on = { $service } ({ $amount }, erbracht)
programme-voucher-committed-to = { $service } ({ $amount }, laufend)
service-under-an-hour = weniger als eine Stunde
service-price-shown = Richtpreis
service-languages-spoken = Sprachen
service-error-too-many-requests = Ihre Organisation hat heute schon viele Anfragen gesendet; senden Sie weitere morgen.
service-request-need-shown = Der Bedarf
service-request-trl-shown = Technologie-Reifegrad (TRL)
service-request-sharing-shown = Was geteilt werden darf
service-quote-price-shown = Preis
service-quote-duration-shown = Dauer
