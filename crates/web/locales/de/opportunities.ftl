nav-marketplace = Marktplatz
list-and = { $first } und { $last }
opportunities-title = Kooperationsangebote
opportunities-intro = Angebote, Gesuche, Partnersuchen und Technologie-Herausforderungen von Organisationen des Verzeichnisses. Zu jedem werden passende Partner mit Begründung vorgeschlagen.
opportunities-count = { $count ->
    [one] Ein Angebot
   *[other] { $count } Angebote
}
opportunities-empty = Mit diesen Filtern ist nichts veröffentlicht.
opportunities-all-kinds = Alle Arten
opportunities-filter = Anzeigen
opportunity-kind = Art
opportunity-kind-business-offer = Geschäftsangebot
opportunity-kind-business-request = Geschäftsgesuch
opportunity-kind-technology-offer = Technologieangebot
opportunity-kind-technology-request = Technologiegesuch
opportunity-kind-rd-partner-search = F&E-Partnersuche
opportunity-kind-technology-challenge = Technologie-Herausforderung eines KMU
opportunity-kind-cluster-partnership = Cluster-Partnerschaftsgesuch
partnership-commercial = Handelsvereinbarung
partnership-technical-cooperation = Technische Zusammenarbeit
partnership-research-cooperation = Forschungskooperation
partnership-licence = Lizenzvereinbarung
partnership-joint-venture = Joint Venture
partnership-subcontracting = Unterauftrag
partnership-supplier = Liefervereinbarung
partnership-investment = Beteiligung
partnership-distribution = Vertrieb
visibility-public = Alle
visibility-members = Nur angemeldete Mitglieder
opportunity-state = Stand
opportunity-state-draft = Entwurf
opportunity-state-submitted = Wartet auf Prüfung
opportunity-state-returned = Zur Überarbeitung zurückgegeben
opportunity-state-published = Veröffentlicht
opportunity-state-expired = Abgelaufen
opportunity-state-closed = Geschlossen
opportunity-state-draft-explained = Nur Ihre Organisation sieht diesen Entwurf. Reichen Sie ihn ein, wenn er fertig ist; die Moderation prüft ihn vor der Veröffentlichung.
opportunity-state-submitted-explained = Die Moderation prüft es; Sie erhalten eine E-Mail, wenn es veröffentlicht oder zurückgegeben wird.
opportunity-state-returned-explained = Die Moderation hat es zurückgegeben. Ändern Sie es und reichen Sie es erneut ein.
opportunity-state-published-explained = Es ist öffentlich (oder für Mitglieder sichtbar) bis zur Frist oder bis Sie es schließen.
opportunity-state-expired-explained = Die Frist ist abgelaufen; Interesse kann nicht mehr bekundet werden.
opportunity-state-closed-explained = Sie haben es geschlossen; Interesse kann nicht mehr bekundet werden.
opportunity-title = Titel
opportunity-description = Beschreibung
opportunity-description-hint = Was Sie anbieten oder suchen, für wen, und was ein Partner mitbringen sollte. In jeder Sprache.
opportunity-language = Sprache des Textes
opportunity-language-hint = Zweibuchstabiger Code, z. B. en, de, fr, da.
opportunity-sectors = Branchen (NACE)
opportunity-target-countries = Zielländer
opportunity-partnerships = Gesuchte Art der Partnerschaft
opportunity-call = Förderaufruf oder Topic
opportunity-call-hint = Pflicht bei F&E-Partnersuchen, z. B. HORIZON-CL4-2025-01-DIGITAL-EMERGING-02.
opportunity-deadline = Frist
opportunity-deadline-hint = Der letzte Tag, an dem Interesse bekundet werden kann (höchstens zwei Jahre im Voraus).
opportunity-contact-name = Ansprechperson
opportunity-contact-email = Kontakt-E-Mail
opportunity-contact = Kontakt
opportunity-visibility = Wer darf es lesen
opportunity-organisation = Organisation
opportunity-about-organisation = Über { $name }
opportunity-new-title = Neues Angebot von { $name }
opportunity-edit-title = „{ $title }“ bearbeiten
opportunity-form-intro = Angebote werden als Entwurf gespeichert; die Moderation prüft jedes vor der Veröffentlichung.
opportunity-save = Entwurf speichern
opportunity-back = Zurück zum Angebot
opportunity-publish-for = Angebot für { $name } veröffentlichen
opportunity-owner-heading = Ihr Angebot
opportunity-edit = Bearbeiten
opportunity-submit = Zur Prüfung einreichen
opportunity-close = Schließen
opportunity-approve = Veröffentlichen
opportunity-return = An die Verantwortlichen zurückgeben
opportunity-return-reason = Begründung (geht an die Verantwortlichen)
opportunity-returned-because = Die Moderation hat es zurückgegeben: { $reason }
opportunity-done-saved = Gespeichert.
opportunity-done-submitted = Eingereicht: die Moderation prüft es.
opportunity-done-closed = Geschlossen.
opportunity-done-interest = Ihr Interesse wurde übermittelt.
opportunity-done-published = Veröffentlicht; die Verantwortlichen wurden benachrichtigt.
opportunity-done-returned = Zurückgegeben; die Verantwortlichen wurden benachrichtigt.
opportunity-error-required = Dieses Feld ist erforderlich.
opportunity-error-too-long = Dieser Text ist zu lang.
opportunity-error-too-short = Dieser Text ist zu kurz, um das Anliegen zu beschreiben.
opportunity-error-call = Nennen Sie den Förderaufruf oder das Topic dieser Partnersuche.
opportunity-error-email = Geben Sie eine E-Mail-Adresse wie name@example.eu ein.
opportunity-error-date = Geben Sie den Tag als JJJJ-MM-TT ein.
opportunity-error-deadline-past = Die Frist muss nach dem heutigen Tag liegen.
opportunity-error-deadline-far = Die Frist darf höchstens zwei Jahre im Voraus liegen.
opportunity-error-not-editable = Nur Entwürfe und zurückgegebene Angebote können bearbeitet werden; schließen Sie ein veröffentlichtes und veröffentlichen Sie ein neues.
opportunity-error-state = Jemand anderes hat dieses Angebot inzwischen geändert; laden Sie die Seite neu.
opportunity-error-reason = Geben Sie eine Begründung an (höchstens 1.000 Zeichen).
moderation-opportunities-title = Zu prüfende Angebote
moderation-opportunities-none = Kein Angebot wartet auf Prüfung.
interest-heading = Interesse bekunden
interest-organisation = Im Namen von
interest-message = Ihre Nachricht an die Verantwortlichen
interest-message-hint = Nur die Verantwortlichen sehen sie; sie antworten Ihnen auf einer privaten Seite.
interest-submit = Senden
interest-needs-organisation = Um Interesse zu bekunden, treten Sie zuerst dem Profil Ihrer Organisation bei (beanspruchen Sie es oder lassen Sie sich einladen).
interest-closed = Für dieses Angebot kann kein Interesse mehr bekundet werden.
interest-login = Melden Sie sich an, um den Kontakt zu sehen und Interesse zu bekunden.
interest-own = Ihre Organisation hat dieses Angebot veröffentlicht.
interest-twice = Ihre Organisation hat bereits Interesse bekundet; setzen Sie das Gespräch dort fort.
interests-received = { $count ->
    [one] Eine Interessensbekundung
   *[other] { $count } Interessensbekundungen
}
interests-messages = { $count ->
    [one] eine Nachricht
   *[other] { $count } Nachrichten
}
conversation-title = Gespräch mit { $name }
conversation-private = Nur die Personen der beiden Organisationen sehen dieses Gespräch.
conversation-message = Nachricht
conversation-send = Senden
conversation-sent = Gesendet; die andere Seite wurde per E-Mail benachrichtigt.
marketplace-mine = Ihr Marktplatz
marketplace-no-organisation = Sie haben noch keine Rolle in einer Organisation. Beanspruchen Sie das Profil Ihrer Organisation oder lassen Sie sich einladen.
marketplace-opportunities = Angebote
marketplace-no-opportunities = Noch keine.
marketplace-conversations = Interessensbekundungen
marketplace-no-conversations = Noch keine.
recommended-heading = Empfohlene Partner
recommended-none = Noch passt nichts: ergänzen Sie Technologien, Ökosysteme und eine Beschreibung.
recommended-preparing = Die Empfehlungen werden vorbereitet; laden Sie die Seite gleich neu.
recommended-opportunity = Angebot
reason-provides = bietet { $tags }, was hier gebraucht wird
reason-needs = braucht { $tags }, was hier angeboten wird
reason-shares = teilt { $tags }
reason-words = schreibt über { $words }
reason-worked-with = { $count ->
    [one] hat mit { $names } zusammengearbeitet
   *[other] hat mit { $count } der Partner zusammengearbeitet: { $names }
}
reason-target-country = in { $country }, einem Zielland
reason-cross-border = grenzüberschreitend: { $from } → { $to }
reason-track-record = { $coordinated ->
    [0] { $projects ->
        [one] ein EU-Projekt
       *[other] { $projects } EU-Projekte
    }
   *[other] { $projects ->
        [one] ein EU-Projekt, selbst koordiniert
       *[other] { $projects } EU-Projekte, { $coordinated } koordiniert
    }
}
reason-answers = { $type }, die solche Anfragen beantworten
reason-label = trägt das { $label }
reason-member-of-labelled = Mitglied eines Clusters mit { $label }
mail-opportunity-submitted-subject = Ein Angebot wartet auf Prüfung auf clusterhub
mail-opportunity-submitted-body = „{ $title }“ wurde eingereicht. Hier prüfen:

    { $link }
mail-opportunity-published-subject = Ihr Angebot ist auf clusterhub veröffentlicht
mail-opportunity-published-body = „{ $title }“ ist veröffentlicht:

    { $link }
mail-opportunity-returned-subject = Ihr Angebot wurde zur Überarbeitung zurückgegeben
mail-opportunity-returned-body = Die Moderation hat „{ $title }“ zurückgegeben: { $reason }

    Ändern und erneut einreichen: { $link }
mail-interest-subject = Interesse an „{ $title }“
mail-interest-body = { $organisation } interessiert sich für „{ $title }“:

    { $message }

    Hier antworten: { $link }
mail-message-subject = Neue Nachricht zu „{ $title }“
mail-message-body = { $name } schreibt:

    { $message }

    Hier antworten: { $link }
alerts-title = Benachrichtigungen
alerts-intro = Gespeicherte Suchen und Empfehlungslisten. Einmal am Tag erhalten Sie eine E-Mail mit dem, was neu ist – oder, wenn Sie wöchentlich gewählt haben, in Ihrem wöchentlichen Überblick (solange er bestellt ist: siehe „Verfolgte Themen“).
alerts-none = Noch keine Benachrichtigungen. Speichern Sie eine Suche oder wählen Sie „Benachrichtigen“ unter Empfehlungen.
alerts-saved = Gespeichert: Sie erhalten eine E-Mail, wenn etwas Neues erscheint.
alerts-deleted = Benachrichtigung gelöscht.
alerts-delete = Löschen
alerts-last-sent = letzte E-Mail { $date }
alerts-never-sent = noch nichts Neues
alerts-watch-recommendations = Über neue Treffer benachrichtigen
alerts-watch-search = Über neue Ergebnisse benachrichtigen
alerts-recommendations-for = Empfehlungen für { $name }
alerts-too-many = Sie haben die Höchstzahl an Benachrichtigungen; löschen Sie zuerst eine.
alerts-exists = Diese Benachrichtigung haben Sie bereits: Sie steht unten.
alerts-unsubscribe-title = Benachrichtigung beenden
alerts-unsubscribe-intro = Sie erhalten keine E-Mails mehr für diese Benachrichtigung.
alerts-unsubscribe = Beenden
alerts-unsubscribed = Benachrichtigung beendet
alerts-unsubscribed-detail = Sie erhalten keine E-Mails mehr für „{ $name }“.
alerts-unknown-link = Dieser Link ist nicht mehr gültig: verwenden Sie den aus der neuesten E-Mail oder verwalten Sie Ihre Benachrichtigungen in Ihrem Konto.
mail-digest-subject = { $count ->
    [one] Ein neuer Treffer
   *[other] { $count } neue Treffer
} für „{ $name }“
mail-digest-intro = Neu in „{ $name }“ seit der letzten E-Mail:
mail-digest-unsubscribe = Keine E-Mails mehr für diese Benachrichtigung: { $link }
opportunities-q = Suchbegriffe
opportunities-sort-newest = Neueste zuerst
opportunities-sort-deadline = Frist zuerst ablaufend
opportunities-sort-title = Titel (A–Z)
interest-error-message-empty = Schreiben Sie eine Nachricht: wer Sie sind und was Sie interessiert.
interest-error-message-long = Die Nachricht ist { $count } Zeichen lang; kürzen Sie sie auf höchstens { $max }.
interest-error-message-characters = Die Nachricht enthält Steuerzeichen; entfernen Sie sie.
conversation-with = mit { $name }
conversation-profile = Profil von { $name }
