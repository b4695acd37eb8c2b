nav-marketplace = Markedsplads
list-and = { $first } og { $last }
opportunities-title = Samarbejdsmuligheder
opportunities-intro = Tilbud, efterspørgsler, partnersøgninger og teknologiudfordringer fra organisationer i kataloget. Hver viser de partnere, der rangeres højest for den, med begrundelser.
opportunities-count = { $count ->
    [one] Én mulighed
   *[other] { $count } muligheder
}
opportunities-empty = Ingen muligheder er offentliggjort med disse filtre.
opportunities-all-kinds = Alle typer
opportunities-filter = Vis
opportunity-kind = Type
opportunity-kind-business-offer = Forretningstilbud
opportunity-kind-business-request = Forretningsforespørgsel
opportunity-kind-technology-offer = Teknologitilbud
opportunity-kind-technology-request = Teknologiforespørgsel
opportunity-kind-rd-partner-search = Søgning efter F&U-partnere
opportunity-kind-technology-challenge = SMV-teknologiudfordring
opportunity-kind-cluster-partnership = Anmodning om klyngepartnerskab
partnership-commercial = Handelsaftale
partnership-technical-cooperation = Teknisk samarbejde
partnership-research-cooperation = Forskningssamarbejde
partnership-licence = Licensaftale
partnership-joint-venture = Joint venture
partnership-subcontracting = Underleverance
partnership-supplier = Leverandøraftale
partnership-investment = Investering
partnership-distribution = Distribution
visibility-public = Alle
visibility-members = Kun indloggede medlemmer
opportunity-state = Status
opportunity-state-draft = Kladde
opportunity-state-submitted = Afventer gennemgang
opportunity-state-returned = Sendt tilbage til rettelse
opportunity-state-published = Offentliggjort
opportunity-state-expired = Udløbet
opportunity-state-closed = Lukket
opportunity-state-draft-explained = Kun din organisation ser denne kladde. Indsend den, når den er klar; en moderator gennemgår den før offentliggørelse.
opportunity-state-submitted-explained = En moderator gennemgår den; du får en e-mail, når den offentliggøres eller sendes tilbage.
opportunity-state-returned-explained = En moderator sendte den tilbage. Ret den og indsend den igen.
opportunity-state-published-explained = Den er offentlig (eller synlig for medlemmer) indtil fristen, eller indtil du lukker den.
opportunity-state-expired-explained = Fristen er overskredet; der kan ikke længere vises interesse.
opportunity-state-closed-explained = Du har lukket den; der kan ikke længere vises interesse.
opportunity-title = Titel
opportunity-description = Beskrivelse
opportunity-description-hint = Hvad I tilbyder eller søger, for hvem, og hvad en partner skal bidrage med. På ethvert sprog.
opportunity-language = Tekstens sprog
opportunity-language-hint = Kode på to bogstaver, f.eks. en, de, fr, da.
opportunity-sectors = Brancher (NACE)
opportunity-target-countries = Mållande
opportunity-partnerships = Søgt partnerskabsform
opportunity-call = Indkaldelse eller topic
opportunity-call-hint = Skal udfyldes ved F&U-partnersøgning, f.eks. HORIZON-CL4-2025-01-DIGITAL-EMERGING-02.
opportunity-deadline = Frist
opportunity-deadline-hint = Sidste dag, hvor man kan vise interesse (højst to år frem).
opportunity-contact-name = Kontaktperson
opportunity-contact-email = Kontakt-e-mail
opportunity-contact = Kontakt
opportunity-visibility = Hvem må læse den
opportunity-organisation = Organisation
opportunity-about-organisation = Om { $name }
opportunity-new-title = Ny mulighed fra { $name }
opportunity-edit-title = Rediger “{ $title }”
opportunity-form-intro = Muligheder gemmes som kladder; en moderator gennemgår hver enkelt før offentliggørelse.
opportunity-save = Gem kladde
opportunity-back = Tilbage til muligheden
opportunity-publish-for = Offentliggør en mulighed for { $name }
opportunity-owner-heading = Jeres mulighed
opportunity-edit = Rediger
opportunity-submit = Indsend til gennemgang
opportunity-close = Luk den
opportunity-approve = Offentliggør
opportunity-return = Send tilbage til ejerne
opportunity-return-reason = Begrundelse (sendes til ejerne)
opportunity-returned-because = En moderator sendte den tilbage: { $reason }
opportunity-done-saved = Gemt.
opportunity-done-submitted = Indsendt: en moderator gennemgår den.
opportunity-done-closed = Lukket.
opportunity-done-interest = Din interesse er sendt.
opportunity-done-published = Offentliggjort; ejerne har fået besked.
opportunity-done-returned = Sendt tilbage; ejerne har fået besked.
opportunity-error-required = Feltet skal udfyldes.
opportunity-error-too-long = Teksten er for lang.
opportunity-error-too-short = Teksten er for kort til at sige, hvad der menes.
opportunity-error-call = Angiv den indkaldelse eller det topic, partnersøgningen gælder.
opportunity-error-email = Skriv en e-mailadresse som navn@example.eu.
opportunity-error-date = Skriv dagen som ÅÅÅÅ-MM-DD.
opportunity-error-deadline-past = Fristen skal ligge efter i dag.
opportunity-error-deadline-far = Fristen må højst ligge to år frem.
opportunity-error-not-editable = Kun kladder og tilbagesendte muligheder kan redigeres; luk en offentliggjort og offentliggør en ny.
opportunity-error-state = En anden har ændret muligheden i mellemtiden; genindlæs siden.
opportunity-error-reason = Giv ejerne en begrundelse (højst 1.000 tegn).
moderation-opportunities-title = Muligheder til gennemgang
moderation-opportunities-none = Ingen muligheder afventer gennemgang.
interest-heading = Vis interesse
interest-organisation = På vegne af
interest-message = Din besked til ejerne
interest-message-hint = Kun ejerne ser den; de svarer dig på en privat side.
interest-submit = Send
interest-needs-organisation = For at vise interesse skal du først tilknyttes din organisations profil (gør krav på den eller bed om en invitation).
interest-closed = Der kan ikke længere vises interesse for denne mulighed.
interest-login = Log ind for at se kontakten og vise interesse.
interest-own = Din organisation har offentliggjort denne mulighed.
interest-twice = Din organisation har allerede vist interesse; fortsæt i samtalen.
interests-received = { $count ->
    [one] Én interessetilkendegivelse
   *[other] { $count } interessetilkendegivelser
}
interests-messages = { $count ->
    [one] én besked
   *[other] { $count } beskeder
}
conversation-title = Samtale med { $name }
conversation-private = Kun personerne i de to organisationer ser denne samtale.
conversation-message = Besked
conversation-send = Send
conversation-sent = Sendt; den anden part har fået besked pr. e-mail.
marketplace-mine = Jeres markedsplads
marketplace-no-organisation = Du har endnu ingen rolle i en organisation. Gør krav på din organisations profil eller bed om en invitation.
marketplace-opportunities = Muligheder
marketplace-no-opportunities = Ingen endnu.
marketplace-conversations = Interessetilkendegivelser
marketplace-no-conversations = Ingen endnu.
recommended-heading = Anbefalede partnere
recommended-none = Intet passer endnu: tilføj teknologier, økosystemer og en beskrivelse.
recommended-preparing = Anbefalingerne forberedes; genindlæs om et øjeblik.
recommended-opportunity = mulighed
reason-provides = tilbyder { $tags }, som dette har brug for
reason-needs = har brug for { $tags }, som dette tilbyder
reason-shares = deler { $tags }
reason-words = skriver om { $words }
reason-worked-with = { $count ->
    [one] har arbejdet sammen med { $names }
   *[other] har arbejdet sammen med { $count } af partnerne: { $names }
}
reason-target-country = i { $country }, et målland
reason-cross-border = på tværs af grænser: { $from } → { $to }
reason-track-record = { $coordinated ->
    [0] { $projects ->
        [one] ét EU-projekt
       *[other] { $projects } EU-projekter
    }
   *[other] { $projects ->
        [one] ét EU-projekt, som den koordinerede
       *[other] { $projects } EU-projekter, { $coordinated } koordineret
    }
}
reason-answers = { $type }, som besvarer den slags forespørgsler
reason-label = har { $label }
reason-member-of-labelled = medlem af en klynge med { $label }
mail-opportunity-submitted-subject = En mulighed afventer gennemgang på clusterhub
mail-opportunity-submitted-body = “{ $title }” er indsendt. Gennemgå den her:

    { $link }
mail-opportunity-published-subject = Jeres mulighed er offentliggjort på clusterhub
mail-opportunity-published-body = “{ $title }” er offentliggjort:

    { $link }
mail-opportunity-returned-subject = Jeres mulighed er sendt tilbage til rettelse
mail-opportunity-returned-body = En moderator sendte “{ $title }” tilbage: { $reason }

    Ret den og indsend den igen: { $link }
mail-interest-subject = Interesse for “{ $title }”
mail-interest-body = { $organisation } er interesseret i “{ $title }”:

    { $message }

    Svar her: { $link }
mail-message-subject = Ny besked om “{ $title }”
mail-message-body = { $name } skrev:

    { $message }

    Svar her: { $link }
alerts-title = Påmindelser
alerts-intro = Gemte søgninger og anbefalingslister. Én gang om dagen får du en e-mail med det nye — eller, for dem du har sat til ugentligt, i dit ugentlige overblik (så længe det er startet: se “Følger”).
alerts-none = Ingen påmindelser endnu. Gem en søgning, eller vælg “Giv mig besked” under anbefalinger.
alerts-saved = Gemt: du får en e-mail, når der kommer noget nyt.
alerts-deleted = Påmindelsen er slettet.
alerts-delete = Slet
alerts-last-sent = sidste e-mail { $date }
alerts-never-sent = intet nyt endnu
alerts-watch-recommendations = Giv mig besked om nye match
alerts-watch-search = Giv mig besked om nye resultater
alerts-recommendations-for = Anbefalinger til { $name }
alerts-too-many = Du har det højeste antal påmindelser; slet en først.
alerts-exists = Du har allerede denne påmindelse: den står nedenfor.
alerts-unsubscribe-title = Stop denne påmindelse
alerts-unsubscribe-intro = Du får ikke flere e-mails for denne påmindelse.
alerts-unsubscribe = Stop påmindelsen
alerts-unsubscribed = Påmindelsen er stoppet
alerts-unsubscribed-detail = Du får ikke flere e-mails for “{ $name }”.
alerts-unknown-link = Linket gælder ikke længere: brug linket i den seneste e-mail, eller administrer dine påmindelser fra din konto.
mail-digest-subject = { $count ->
    [one] Ét nyt match
   *[other] { $count } nye match
} for “{ $name }”
mail-digest-intro = Nyt i “{ $name }” siden sidste e-mail:
mail-digest-unsubscribe = Få ikke flere e-mails for denne påmindelse: { $link }
opportunities-q = Søgeord
opportunities-sort-newest = Nyeste først
opportunities-sort-deadline = Nærmeste frist først
opportunities-sort-title = Titel (A–Å)
interest-error-message-empty = Skriv en besked: hvem I er, og hvad der interesserer jer.
interest-error-message-long = Beskeden er { $count } tegn lang; forkort den til højst { $max }.
interest-error-message-characters = Beskeden indeholder kontroltegn; fjern dem.
conversation-with = med { $name }
conversation-profile = Profil for { $name }
