projects-title = Samarbejdsprojekter
projects-heading = Samarbejdsprojekter
projects-filter = Akronym
projects-empty = Intet projekt passer.
projects-count = { $count ->
    [one] Ét projekt
   *[other] { $count } projekter
}
project-acronym = Akronym
project-title = Titel
project-role = Rolle
project-contribution = EU-bidrag
project-participants = Deltagere
project-programme = Program
project-on-cordis = Projektsiden på CORDIS
project-countries = Lande
project-consortium = Konsortium
project-topics = Indkaldelsesemner
project-keywords = Videnskabsområder
project-organisation = Organisation
role-coordinator = Koordinator
role-participant = Partner
role-associated-partner = Associeret partner
role-third-party = Tredjepart
project-add = Tilføj et projekt
project-new = Nyt projekt for { $name }
project-edit = Rediger { $acronym }
project-edit-link = Rediger projektet
project-save = Gem projektet
project-your-role = Din organisations rolle
project-acronym-cordis = Projekter fra CORDIS beholder deres akronym.
project-programme-hint = Fx Horizon Europe, Interreg, Et digitalt Europa, national finansiering.
project-summary = Resumé
project-starts = Start
project-ends = Slut
project-dates = Varighed
project-budget = Samlet budget
project-markets = Målmarkeder
project-website = Hjemmeside
project-error-acronym = Fra 1 til 60 tegn, uden / \ < eller >.
project-error-taken = Et andet projekt har dette akronym; tilføj år eller program for at skelne dem.
project-error-partner = Ingen organisation i kataloget har denne adresse.
project-error-news = Fra 10 til 5000 tegn.
project-add-partner = Tilføj en partner
project-partner-address = Partnerens adresse i kataloget
project-partner-hint = Slutningen af sidens adresse, f.eks. fraunhofer-iwu, eller hele adressen. En organisation, du administrerer, kommer med med det samme; alle andre inviteres og kommer med, når en af deres administratorer accepterer.
project-remove-partner = Fjern
project-news = Nyheder
project-no-news = Endnu ingen nyheder.
project-post-news = Udgiv en nyhed
project-news-for = På vegne af
project-news-title = Titel
project-news-body = Tekst
project-delete-news = Slet
project-events = Arrangementer
project-no-events = Intet arrangement er knyttet til dette projekt.
project-link-event = Knyt et arrangement fra en partner
project-unlink-event = Fjern tilknytning
project-done-created = Projektet er oprettet; tilføj dets partnere nedenfor.
project-done-saved = Projektet er gemt.
project-done-partners = Konsortiet er opdateret.
project-done-news = Nyhederne er opdateret.
project-done-events = Arrangementerne er opdateret.
countries-present = Lande, der er med her
countries-other = Andre lande
nav-dashboard = Mit clusterhub
search-page-label = Søg på platformen
dashboard-heading = Velkommen, { $name }
dashboard-waiting = Venter på jeres beslutning
dashboard-waiting-none = Intet venter på jer lige nu.
dashboard-wait-meetings = { $count ->
    [one] En mødeanmodning at besvare
   *[other] { $count } mødeanmodninger at besvare
}
dashboard-wait-centre = En ansøgning nævner jeres center: bekræft den
dashboard-wait-mission = { $count ->
    [one] En missionsansøgning at vurdere
   *[other] { $count } missionsansøgninger at vurdere
}
dashboard-wait-programme = { $count ->
    [one] En programansøgning at vurdere
   *[other] { $count } programansøgninger at vurdere
}
dashboard-wait-opportunity = En mulighed blev sendt tilbage af moderationen: ret den og indsend den igen
dashboard-wait-event = Et arrangement blev sendt tilbage af moderationen: ret det og indsend det igen
dashboard-wait-claims = { $count ->
    [one] En anmodning eller foreslået organisation at gennemgå
   *[other] { $count } anmodninger eller foreslåede organisationer at gennemgå
}
dashboard-wait-opportunities = { $count ->
    [one] En mulighed at gennemgå
   *[other] { $count } muligheder at gennemgå
}
dashboard-wait-events = { $count ->
    [one] Et arrangement at gennemgå
   *[other] { $count } arrangementer at gennemgå
}
dashboard-events = Jeres næste arrangementer
dashboard-events-none = I er ikke tilmeldt et kommende arrangement.
dashboard-waiting-list = på ventelisten
dashboard-find-events = Find arrangementer
dashboard-calls = Indkaldelser, I følger
dashboard-calls-none = I følger ingen åben indkaldelse. Følg en for at blive mindet om fristen.
dashboard-profile = Profil
dashboard-edit-profile = Redigér profilen
dashboard-people = Personer
dashboard-new-event = Opret et arrangement
dashboard-new-opportunity = Offentliggør en mulighed
dashboard-partners = Anbefalede partnere
dashboard-published = { $count ->
    [0] Ingen offentliggjort mulighed
    [one] Én offentliggjort mulighed
   *[other] { $count } offentliggjorte muligheder
}
dashboard-no-organisation-heading = Jeres organisation
dashboard-no-organisation = I handler endnu ikke for en organisation. Find jeres i kataloget og gør krav på profilen, eller foreslå den, hvis den mangler; moderationen bekræfter.
dashboard-find-yours = Find jeres organisation
dashboard-propose = Foreslå en ny organisation
home-to-dashboard = Gå til Mit clusterhub
home-search-placeholder = Navn, by eller emne
home-events = Kommende arrangementer
home-all-events = Alle arrangementer
home-calls = Indkaldelser med snarlig frist
home-calls-none = Ingen åben indkaldelse lukker inden for de næste 30 dage.
home-all-calls = Alle finansieringsindkaldelser
home-opportunities = Nyeste muligheder
home-all-opportunities = Hele markedspladsen
recommended-why = Hvorfor? Flere grunde
recommended-organisation = Organisation
dashboard-wait-programme-decisions = { $count ->
    [one] En ansøgning bekræftet af centret venter på tildeling eller afslag
   *[other] { $count } ansøgninger bekræftet af centrene venter på tildeling eller afslag
}
dashboard-wait-mission-selection = { $count ->
    [one] Indkaldelsen er lukket: en ansøgning venter på jeres udvælgelse
   *[other] Indkaldelsen er lukket: { $count } ansøgninger venter på jeres udvælgelse
}
dashboard-organised = Arrangementer, I arrangerer
table-word = tabel
notice-password-changed-tokens = Din adgangskode er ændret; dine andre sessioner er afsluttet, tidligere tilsendte links virker ikke længere, og dine API-tokens er tilbagekaldt.
error-own-request = Du kan ikke afgøre din egen anmodning eller en anmodning fra en organisation, du hører til: en anden moderator eller en platformsadministrator afgør den.
error-own-application = Du kan ikke afgøre en ansøgning, du selv har indsendt, eller som kommer fra en organisation, du hører til: en anden arrangør afgør den.
evaluator-erased = En tidligere bedømmer (konto slettet)
dashboard-wait-invitations = { $count ->
    [one] En invitation fra en organisation at svare på
   *[other] { $count } invitationer fra organisationer at svare på
}
moderation-event-revision = Ændring af et offentliggjort arrangement.
moderation-event-revision-fields = Ændret: { $fields }.
moderation-event-revision-was = Offentliggjort titel: { $title }
project-invited-heading = Inviteret i konsortiet
project-invited-waiting = venter på, at organisationen accepterer
project-partner-accept = Accepter: vi deltager
project-partner-decline = Afslå
project-done-partner-invited = Organisationen er inviteret; den kommer med i konsortiet, når en af dens administratorer accepterer.
project-done-partner-accepted = Din organisation er nu partner i dette projekt.
project-done-partner-declined = Invitationen er afslået.
mail-partner-invited-subject = En invitation til konsortiet bag { $project }
mail-partner-invited-body = Siden for projektet { $project } viser { $organisation } som partner, så snart en af dens administratorer siger ja. Accepter eller afslå her:

    { $link }
dashboard-wait-partner = Et projekt inviterer din organisation i sit konsortium
notice-code-expired = Login tog for lang tid, eller for mange koder var forkerte: indtast din adgangskode igen.
notice-two-factor-on = Totrinsgodkendelse er slået til.
notice-two-factor-off = Totrinsgodkendelse er slået fra: login kræver kun din adgangskode.
