nav-news = Nyheder
news-title-page = Nyheder
news-intro = Nyheder fra klyngerne, virksomhederne og teknologicentrene på clusterhub: projekter, missioner, opslag og det, der blev sagt ved arrangementer.
news-write-for = Skriv en nyhed for { $name }
news-language = Sprog
news-tag = Emneord
news-organisation = Organisation
news-offset = Side
news-empty = Ingen nyheder passer til disse filtre.
news-count = { $count ->
    [one] Én nyhed
   *[other] { $count } nyheder
}
news-feed-rss = Nyheder som RSS
news-feed-atom = Nyheder som Atom
news-feed-title = Nyheder fra clusterhub
news-feed-description = Nyheder fra klyngerne, virksomhederne og teknologicentrene på clusterhub.
news-kind = Slags nyhed
news-kind-article = Artikel
news-kind-talk-summary = Referat af et oplæg eller arrangement
news-kind-press-release = Pressemeddelelse
news-state-draft = Kladde
news-state-submitted = Afventer gennemgang
news-state-returned = Sendt tilbage til rettelse
news-state-published = Offentliggjort
news-state-withdrawn = Trukket tilbage
news-state-draft-explained = Kun din organisation ser denne kladde. Indsend den, når den er klar; en moderator gennemgår den før offentliggørelse.
news-state-submitted-explained = En moderator gennemgår den. Indtil da kan I tage den tilbage for at rette den.
news-state-returned-explained = En moderator har sendt den tilbage. Ret den, og indsend den igen.
news-state-published-explained = Alle kan læse den, på nyhedssiderne og i feeds.
news-state-withdrawn-explained = Den er trukket tilbage: kun din organisation ser den.
news-title = Titel
news-lead = Manchet
news-lead-hint = En eller to sætninger, vist i lister, feeds og forhåndsvisninger, når nyheden deles.
news-body = Tekst
news-body-hint = Markdown: en tom linje mellem afsnit, ## for en overskrift, - for en liste, **fed**, *kursiv*, [tekst](https://adresse) for et link, ![beskrivelse](https://adresse) for et billede. HTML vises, som det er skrevet, og fortolkes ikke.
news-tags = Emneord
news-tags-hint = Adskilt med kommaer, fx rumfart, mikrotilskud.
news-cover = Forsidebillede
news-cover-hint = Https-adressen på et billede, vist over teksten og når nyheden deles.
news-about = Handler om
news-about-hint = Andre organisationer i kataloget, som nyheden handler om, én pr. linje: adressen på deres profil eller dens sidste del (fx censec).
news-project = Projekt
news-project-hint = Adressen på projektets side på clusterhub eller dets nummer, hvis nyheden handler om et projekt.
news-error-tags = Et emneord må indeholde bogstaver, cifre, bindestreger, punktummer og plustegn, op til 40 tegn.
news-error-tags-many = Højst 10 emneord.
news-error-cover = Angiv billedets adresse, begyndende med https://.
news-error-about = Angiv hver organisation som adressen på dens profil på clusterhub eller dens sidste del.
news-error-about-many = Højst 20 organisationer.
news-error-about-unknown = Ikke i kataloget: { $names }.
news-error-project = Ingen projektside har denne adresse eller dette nummer.
news-error-state = En anden ændrede nyheden først; genindlæs siden.
news-error-not-editable = Denne nyhed kan ikke længere ændres.
news-form-intro = Skriv på læsernes sprog; en moderator gennemgår nyheden før offentliggørelse. Med "Forhåndsvisning" ser du teksten, som læserne vil se den.
news-save = Gem kladde
news-preview = Forhåndsvisning
news-preview-heading = Forhåndsvisning
news-preview-unsaved = Forhåndsvisningen er ikke gemt endnu: gem kladden nedenfor.
news-new-title = Nyhed fra { $name }
news-edit-title = Ret "{ $title }"
news-back = Tilbage til nyhederne
news-back-item = Tilbage til nyheden
news-done-saved = Kladden er gemt.
news-done-submitted = Indsendt: en moderator gennemgår den.
news-done-taken-back = Taget tilbage: den er en kladde igen, som I kan rette og indsende på ny.
news-done-withdrawn = Trukket tilbage.
news-done-published = Offentliggjort.
news-done-returned = Sendt tilbage til forfatterne.
news-returned-because = En moderator sendte den tilbage: { $reason }
news-published-by = Offentliggjort af
news-more-from = Flere nyheder om { $name }
news-owner-heading = Din organisations nyhed
news-edit = Ret
news-submit = Indsend til gennemgang
news-take-back = Tag tilbage og ret
news-withdraw = Træk tilbage
news-approve = Offentliggør
moderation-news-title = Nyheder til gennemgang
moderation-news-none = Ingen nyheder afventer gennemgang.
mail-news-submitted-subject = En nyhed afventer gennemgang på clusterhub
mail-news-submitted-body = "{ $title }" er indsendt. Gennemgå den her:

    { $link }
mail-news-published-subject = Jeres nyhed er offentliggjort på clusterhub
mail-news-published-body = "{ $title }" er offentliggjort:

    { $link }
mail-news-returned-subject = Jeres nyhed er sendt tilbage til rettelse
mail-news-returned-body = En moderator sendte "{ $title }" tilbage: { $reason }

    Ret den, og indsend den igen: { $link }
news-error-mentions-undecided = Før du indsender: tjek nedenfor, hvad teksten omtaler, fjern krydset ved det, der er forkert, og klik på “Gem omtaler”. Afkrydsede omtaler bliver til links, som læserne følger.
news-error-mention-unknown = En af de omtaler, du sendte, står ikke længere i teksten. Åbn indlægget igen, og tag stilling til det, det omtaler nu.
news-done-mentions = Omtaler gemt.
news-mentioned = Omtaler
news-mentions-heading = Hvad teksten omtaler
news-mentions-explained = Platformen fandt disse i titel, manchet og brødtekst. Afkrydsede omtaler bliver til links i artiklen, og artiklen vises på deres sider under “I nyhederne”. Fjern krydset ved alt, der er forkert: et forkert link er værre end et manglende.
news-mentions-undecided = Sæt kryds ved det, der er rigtigt, fjern resten, og gem, før du indsender.
news-mentions-legend = Link disse omtaler
news-mention-new = ny
news-mention-open = åbn
news-mentions-save = Gem omtaler
news-mention-choice = { $kind }: { $name }
news-mention-kind-organisation = Organisation
news-mention-kind-project = Projekt
news-mention-kind-event = Arrangement
news-mention-kind-call = Indkaldelse
news-mention-kind-country = Land
news-mention-kind-city = By
news-mention-kind-technology = Teknologi
news-mention-kind-ecosystem = Industrielt økosystem
news-candidates-heading = Organisationer, der ikke er i kataloget
news-candidates-explained = Teksten nævner disse, og kataloget har ingen profil for dem. Alle, der er logget ind, kan foreslå en; indlæg, der skrives eller ændres derefter, linker til den.
news-candidate-propose = foreslå en profil
news-in-the-news = I nyhederne
news-in-the-news-more = Alle nyheder, der omtaler den
news-country = Omtalt land
news-technology = Omtalt teknologi
news-ecosystem = Omtalt industrielt økosystem
news-mention-written = { $name } (skrevet “{ $words }”)
moderation-news-candidates = Indsendte og offentliggjorte nyheder nævner disse organisationer, og kataloget har ingen profil for dem. Foreslå en, hvor det er værd; indlæg, der skrives eller ændres derefter, linker til den.
moderation-news-candidate-items = { $count ->
    [one] ét indlæg
   *[other] { $count } indlæg
}
news-event = Arrangement, der opsummeres
news-event-hint = Til et referat: adressen eller nummeret på arrangementets side, fx /events/12. Arrangementets side viser så referatet.
news-error-event = Angiv adressen eller nummeret på et offentliggjort arrangements side, fx /events/12.
news-summary-of = Referat af
news-translation-of = Oversættelse af
news-translation-of-hint = Når dette indlæg oversætter et offentliggjort: dets adresse eller nummer, fx /news/7. Læserne finder så hver sprogudgave fra de andre.
news-error-translation = Angiv adressen eller nummeret på et offentliggjort indlæg, fx /news/7.
news-error-translation-language = Den historie har allerede en udgave på dette sprog (eller dette er dens første udgave). Vælg et andet sprog eller et andet indlæg.
news-also-in = Også på
news-in-your-language = Denne artikel findes også på dansk.
news-unpublished-heading = Dine organisationers ikke-offentliggjorte indlæg
news-changed = ændret { $date }
news-error-event-kind = Kun et referat nævner det arrangement, det opsummerer: vælg den type, eller lad feltet stå tomt.
news-error-event-future = Det arrangement har ikke fundet sted endnu; et referat gælder et arrangement, der er begyndt.
news-error-language = Angiv indlæggets sprog som en kode på to bogstaver, fx da, en, de eller fr.

## En organisations egne nyhedsfeeds

feeds-heading = Nyhedsfeeds
feeds-title = Nyhedsfeeds for { $name }
feeds-intro = Registrér jeres hjemmesides RSS-, Atom- eller JSON-feed: platformen læser det hvert 15. minut og gør hvert nyt indlæg til en nyhed fra jeres organisation, én gang — et indlæg, der allerede er læst, tilføjes aldrig igen.
feeds-trusted = En moderator har tillid til disse feeds: nye indlæg offentliggøres med det samme. Registreres et nyt feed, ophører tilliden, indtil en moderator giver den igen.
feeds-untrusted = Nye indlæg bliver kladder: tjek dem, bekræft det, de nævner, og indsend dem til offentliggørelse.
feeds-none = Intet feed registreret endnu.
feeds-read = Læst { $date } UTC · { $count ->
    [one] ét indlæg hentet
   *[other] { $count } indlæg hentet
}
feeds-not-read = Ikke læst endnu: det sker inden for et minut.
feeds-problem = Seneste problem: { $reason }
feeds-read-now = Læs nu
feeds-remove = Fjern
feeds-add-heading = Tilføj et feed
feeds-add = Tilføj feedet
feeds-url = Feedets adresse
feeds-url-hint = Adressen på RSS-, Atom- eller JSON-feedet, der begynder med https:// (eller http://).
feeds-too-many = En organisation kan registrere { $count } feeds; fjern ét først.
feeds-already = Feedet er allerede registreret.
feeds-added = Feed tilføjet: det læses inden for et minut.
feeds-removed = Feed fjernet. De nyheder, det har hentet, bliver.
feeds-soon = Feedet læses inden for et minut.
feeds-trust-heading = Moderation af feedindlæg
feeds-trust = Hav tillid til disse feeds: offentliggør nye indlæg uden moderation
feeds-untrust = Hav ikke længere tillid til disse feeds: nye indlæg bliver kladder igen
feeds-trusted-now = Organisationens feedindlæg offentliggøres nu uden moderation.
feeds-untrusted-now = Organisationens feedindlæg bliver kladder igen.
feeds-tried = Senest forsøgt { $date } UTC · { $count ->
    [one] ét indlæg hentet
   *[other] { $count } indlæg hentet
}
feeds-url-missing = Skriv feedets adresse.
feeds-error-address = Det er ikke en fuldstændig webadresse: den skal begynde med https:// (eller http://).
feeds-error-too-long = Adressen er længere end { $detail } tegn.
feeds-error-scheme = Kun http- og https-adresser kan læses, ikke “{ $detail }”.
feeds-error-private = Adressen fører til en privat eller lokal netværksadresse, som feeds ikke må bruge.
feeds-error-dns = Servernavnet “{ $detail }” blev ikke fundet.
feeds-error-connect = Serveren kunne ikke nås.
feeds-error-timeout = Feedet kom ikke inden for { $detail } sekunder: serveren er for langsom eller svarer ikke.
feeds-error-redirects = Serveren viderestillede mere end { $detail } gange uden at levere feedet.
feeds-error-bad-redirect = Serveren viderestiller til en adresse, der ikke kan bruges.
feeds-error-status = Serveren svarede med HTTP-status { $detail } i stedet for feedet.
feeds-error-too-large = Feedet er større end { $detail } MB, det største et feed må være.
feeds-error-transfer = Læsningen af feedet blev afbrudt.
feeds-error-empty = Adressen giver et tomt dokument.
feeds-error-html = Adressen giver en webside, ikke et feed: brug adressen på sidens RSS- eller Atom-feed (ofte linket som “RSS” eller med et feed-ikon).
feeds-error-not-a-feed = Adressen giver hverken et RSS-, Atom- eller JSON-feed.
feeds-error-malformed = Feedet er fejlbehæftet.
feeds-error-calendar = Det er en kalender (iCalendar) med arrangementer; her læses kun nyhedsfeeds (RSS, Atom, JSON Feed).
feeds-error-entries = Indlæg uden titel eller med for lidt tekst udeladt: { $detail }.
feeds-error-store = Det læste kunne ikke gemmes; feedet læses igen.
feeds-error-credentials = Adressen må ikke indeholde brugernavn eller adgangskode.
feeds-error-port = Feeds læses fra webbens porte (80, 443, 8000, 8080, 8443), ikke port { $detail }.
