nav-events = Arrangementer
events-title = Arrangementer
events-intro = Oplæg og webinarer, konferencer, B2B-matchmaking, workshops og erhvervsfremstød fra Europas klynger.
events-count = { $count ->
    [one] Ét arrangement
   *[other] { $count } arrangementer
}
events-empty = Intet arrangement passer til disse filtre.
events-any = Alle
events-online = Online eller hybrid
events-on-site = Med et sted
events-from = Fra
events-to = Til
events-views = Kalendervisninger
events-view-list = Liste
events-view-month = Måned
events-subscribe = Abonnér (iCalendar)
events-feed-name = clusterhub-arrangementer
events-prev-month = Forrige måned
events-next-month = Næste måned
events-mine = Dine arrangementer
events-mine-registered = Tilmeldt
events-mine-organised = Arrangeret af dine organisationer
events-mine-none = Du er endnu ikke tilmeldt noget arrangement.
events-back = Tilbage til arrangementerne
event-organise-for = Opret et arrangement for { $name }
event-kind = Type arrangement
event-kind-talk = Oplæg eller webinar
event-kind-conference = Konference
event-kind-matchmaking = Matchmaking
event-kind-workshop = Workshop
event-kind-mission = Erhvervsfremstød
event-state = Status
event-state-draft = Kladde
event-state-submitted = Afventer gennemsyn
event-state-returned = Sendt tilbage
event-state-published = Offentliggjort
event-state-cancelled = Aflyst
event-state-draft-explained = Kun din organisation ser denne kladde. Indsend den, når den er klar; en moderator gennemser den før offentliggørelse.
event-state-submitted-explained = En moderator gennemser den; du får en e-mail, når den er offentliggjort eller sendt tilbage.
event-state-returned-explained = En moderator sendte den tilbage. Ret den og indsend den igen.
event-state-published-explained = Den står i kalenderen og er åben for tilmelding.
event-state-cancelled-explained = Du har aflyst den; alle tilmeldte har fået besked.
attendance = Deltagelse
attendance-on-site = På stedet
attendance-online = Online
attendance-hybrid = På stedet og online
event-title = Titel
event-description = Beskrivelse
event-starts = Starter
event-ends = Slutter
event-timezone = Tidszone
event-timezone-hint = Stedets tidszone (eller arrangørens ved onlinearrangementer); tiderne indtastes i den.
event-venue = Sted
event-venue-hint = Navn og adresse, for arrangementer på stedet.
event-online-url = Onlineadgang
event-online-url-hint = Adressen man deltager fra, for online- og hybridarrangementer; kun tilmeldte ser den.
event-online-url-hidden = Sendes til de tilmeldte.
event-capacity = Pladser
event-capacity-hint = Lad stå tomt for ingen grænse; derudover kommer man på venteliste.
event-agenda = Program
event-agenda-hint = Ét punkt pr. linje, med tidspunktet først: “09:30 Velkomst”, “Dag 2: Besøg på havnen”.
event-itinerary = Rejseplan
event-speakers = Talere
event-speakers-hint = Én taler pr. linje: “Navn, Organisation”.
event-destinations = Destinationer
event-destinations-hint = For erhvervsfremstød: de besøgte lande som landekoder adskilt af kommaer (US, CA).
event-b2b = B2B-møder
event-b2b-yes = Deltagerne aftaler enkeltmøder med hinanden.
event-b2b-field = Deltagerne booker B2B-møder
event-b2b-hint = Altid ved matchmaking-arrangementer.
event-form-intro = En moderator gennemser arrangementet, før det kommer i kalenderen.
event-save = Gem arrangementet
event-new-title = Nyt arrangement fra { $name }
event-edit-title = Ret “{ $title }”
event-back = Tilbage til arrangementet
event-when = Hvornår
event-when-yours = I din tidszone
event-topics = Teknologier og økosystemer
event-organiser = Arrangør
event-download-ics = Føj til din kalender (.ics)
event-registration = Tilmelding
event-register-heading = Tilmeld dig
event-register-for = Tilmelding for
event-register-myself = Kun mig
event-register = Tilmeld
event-join-waitlist = Kom på ventelisten
event-places = { $left } af { $capacity } pladser ledige
event-you-are-registered = Du er tilmeldt.
event-you-are-waiting = Du er nummer { $position } på ventelisten; du får en e-mail, når en plads bliver ledig.
event-unregister = Afmeld mig
event-login-to-register = Log ind for at tilmelde dig
event-registration-closed = Tilmeldingen er lukket.
event-registered = tilmeldt
event-waiting = på ventelisten
event-organiser-heading = For arrangøren
event-registered-count = { $confirmed } tilmeldt, { $waiting } på venteliste
event-edit = Ret
event-manage = Deltagere, møder og statistik
event-submit = Indsend til gennemsyn
event-cancel = Aflys arrangementet
event-done-saved = Arrangementet er gemt.
event-done-submitted = Arrangementet er indsendt; en moderator gennemser det.
event-done-registered = Du er tilmeldt; en bekræftelse er på vej pr. e-mail.
event-done-waitlisted = Arrangementet er fuldt; du er på ventelisten.
event-done-unregistered = Din tilmelding er annulleret.
event-done-cancelled = Arrangementet er aflyst, og alle tilmeldte har fået besked.
event-done-published = Arrangementet er offentliggjort.
event-done-returned = Arrangementet er sendt tilbage til arrangøren.
event-error-not-editable = Arrangementet kan ikke længere ændres: det er begyndt, afventer gennemsyn eller er aflyst.
event-error-state = En anden har ændret arrangementet imens; genindlæs siden.
event-error-past = Arrangementet er allerede begyndt.
event-error-far = Arrangementet begynder mere end tre år ude i fremtiden.
event-error-datetime = Angiv dato og klokkeslæt.
event-error-order = Slutningen skal ligge efter starten.
event-error-long = Et arrangement varer højst 31 dage.
event-error-timezone = Vælg en tidszone fra listen.
event-error-venue = Påkrævet for arrangementer på stedet.
event-error-online = Påkrævet for online- og hybridarrangementer.
event-error-url = Angiv en adresse, der begynder med https://.
event-error-capacity = Et helt tal fra 1 til 100000, eller tomt for ingen grænse.
event-error-lines = Tjek denne linje:
event-error-closed = Der er ikke åbent for tilmelding til dette arrangement.
event-error-registered = Du er allerede tilmeldt dette arrangement.
event-error-not-registered = Du er ikke tilmeldt dette arrangement.
moderation-events-title = Arrangementer til gennemsyn
moderation-events-none = Intet arrangement afventer gennemsyn.
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = man
weekday-2 = tir
weekday-3 = ons
weekday-4 = tor
weekday-5 = fre
weekday-6 = lør
weekday-7 = søn
mail-event-submitted-subject = Et arrangement afventer gennemsyn
mail-event-submitted-body = “{ $title }” er indsendt til gennemsyn: { $link }
mail-event-published-subject = Dit arrangement er offentliggjort
mail-event-published-body = “{ $title }” står i kalenderen: { $link }
mail-event-returned-subject = Dit arrangement er sendt tilbage
mail-event-returned-body = En moderator sendte “{ $title }” tilbage: { $reason }

    Ret det og indsend det igen: { $link }
mail-event-registered-subject = Du er tilmeldt: { $title }
mail-event-registered-body = Du er tilmeldt “{ $title }”, { $when }.

    Arrangementets side, med kalenderfilen: { $link }
mail-event-waitlisted-subject = Venteliste: { $title }
mail-event-waitlisted-body = “{ $title }” er fuldt; du er nummer { $position } på ventelisten. Vi skriver, når en plads bliver ledig.

    { $link }
mail-event-promoted-subject = En plads til dig: { $title }
mail-event-promoted-body = En plads er blevet ledig, og du er nu tilmeldt “{ $title }”.

    { $link }
mail-event-cancelled-subject = Aflyst: { $title }
mail-event-cancelled-body = Arrangøren har aflyst “{ $title }”.

    { $link }
b2b-participants = Deltagere
b2b-participants-count = { $count ->
    [one] Én deltager
   *[other] { $count } deltagere
}
b2b-my-meetings = Dine møder
b2b-my-agenda = Din mødeplan
b2b-search = Søg blandt deltagerne
b2b-organisation-type = Type organisation
b2b-offer = Tilbyder
b2b-seek = Søger
b2b-offer-hint = Hvad du bringer: produkter, teknologier, ydelser, kapacitet.
b2b-seek-hint = Hvem du vil møde, og hvorfor.
b2b-profile-heading = Din profil ved dette arrangement
b2b-save-profile = Gem profilen
b2b-request = Bed om et møde
b2b-request-message = En besked til { $name } (valgfri)
b2b-between-sent = Du har spurgt
b2b-between-received = Du er blevet spurgt
b2b-request-pending = afventer svar
b2b-request-accepted = accepteret
b2b-request-declined = afslået
b2b-request-withdrawn = trukket tilbage
b2b-received = Modtagne forespørgsler
b2b-sent = Sendte forespørgsler
b2b-none = Ingen forespørgsler endnu.
b2b-none-sent = Du har ikke spurgt nogen endnu; se deltagerne.
b2b-with = Med
b2b-message = Besked
b2b-actions = Handlinger
b2b-accept = Accepter
b2b-decline = Afslå
b2b-withdraw = Træk tilbage
b2b-availability = Hvornår du kan mødes
b2b-availability-hint = Fjern fluebenet ved de tidsrum, hvor du er væk; møder placeres kun i dem med flueben.
b2b-save-availability = Gem tilgængeligheden
b2b-no-sessions-yet = Arrangøren har endnu ikke fastlagt mødeblokkene.
b2b-agenda-title = Mødeplan: { $title }
b2b-agenda-zone = tider i { $zone }
b2b-agenda-not-published = Arrangøren har endnu ikke offentliggjort mødeplanen; du får en e-mail, når det sker.
b2b-agenda-empty = Du har ingen bekræftede møder.
b2b-agenda-ics = Føj møderne til din kalender (.ics)
b2b-agenda-print = Udskriv siden for en papirudgave.
b2b-where = Hvor
b2b-table = Bord { $number }
b2b-online-room = Onlinerum { $number }
b2b-online = online
b2b-ics-summary = Møde med { $name }
b2b-statistics = Statistik
b2b-stat-registered = Deltagere
b2b-stat-waiting = Venteliste
b2b-stat-sent = Sendte forespørgsler
b2b-stat-accepted = Accepteret
b2b-stat-declined = Afslået
b2b-stat-pending = Ubesvaret
b2b-stat-scheduled = Planlagte møder
b2b-stat-unscheduled = Accepteret, men ikke planlagt
b2b-stat-none = Ikke oplyst
b2b-by-country = Efter land
b2b-by-type = Efter type organisation
b2b-csv-registrations = Tilmeldinger (CSV)
b2b-csv-meetings = Møder og forespørgsler (CSV)
b2b-csv-statistics = Statistik (CSV)
b2b-sessions = Mødeblokke
b2b-no-sessions = Ingen blok endnu: tilføj en, så deltagerne kan angive deres tilgængelighed.
b2b-sessions-fixed = Blokkene ligger fast, når møder er låst, eller planen er offentliggjort.
b2b-add-session = Tilføj en blok
b2b-session-starts = Starter
b2b-session-starts-hint = Lokal tid i { $zone }.
b2b-session-slots = Møder i træk
b2b-session-minutes = Minutter pr. møde
b2b-session-tables = Borde
b2b-session-tables-hint = 0 for onlinemøder (ingen grænse).
b2b-remove-session = Fjern
b2b-schedule = Mødeplan
b2b-schedule-explained = Planlæggeren placerer hvert accepteret møde, den kan, i et tidsrum og ved et bord, så ingen er to steder på én gang, og alle kun mødes, når de er ledige. Låste møder bliver, hvor de er; offentliggørelse låser alle placerede møder og sender hver deltager sin mødeplan.
b2b-run = Kør planlæggeren
b2b-rerun = Kør igen for sene forespørgsler
b2b-publish = Offentliggør planen
b2b-published-note = Planen er offentliggjort: dens møder er låst. En ny kørsel placerer kun det nye.
b2b-meetings-count = { $count ->
    [one] Ét møde placeret
   *[other] { $count } møder placeret
}
b2b-unscheduled-count = { $count ->
    [one] Én accepteret forespørgsel ikke placeret
   *[other] { $count } accepterede forespørgsler ikke placeret
}
b2b-requester = Spurgt af
b2b-invitee = Spurgt
b2b-locked = Lås
b2b-lock = Lås
b2b-unlock = Lås op
b2b-reason = Hvorfor
b2b-reason-not-run = Planlæggeren har ikke kørt, siden den blev accepteret.
b2b-reason-no-common-time = De to er aldrig ledige på samme tid.
b2b-reason-agenda-full = { $name } har ikke flere ledige tidsrum.
b2b-reason-busy = Hver gang begge er ledige, har den ene et andet møde.
b2b-reason-no-table = Der er intet ledigt bord, når begge er ledige.
b2b-reason-locked-conflict = Det kolliderer med et andet låst møde.
b2b-registrations = Tilmeldinger
b2b-name = Navn
b2b-done-requested = Din forespørgsel er sendt.
b2b-done-profile = Din profil er gemt.
b2b-done-availability = Din tilgængelighed er gemt.
b2b-done-accepted = Du har accepteret mødet.
b2b-done-declined = Du har afslået mødet.
b2b-done-withdrawn = Du har trukket forespørgslen tilbage.
b2b-done-session = Blokkene er ændret; kør planlæggeren igen.
b2b-done-scheduled = Planlæggeren har kørt; tjek resultatet, og offentliggør det.
b2b-done-published = Planen er offentliggjort, og deltagerne har deres mødeplaner.
b2b-done-locked = Gemt.
b2b-error-not-participant = Kun bekræftede deltagere i arrangementet deltager i dets B2B-møder.
b2b-error-requested = En af jer har allerede spurgt den anden.
b2b-error-request-state = Forespørgslen er ændret imens; genindlæs siden.
b2b-error-message = En besked på højst 1000 tegn, uden kontroltegn.
b2b-error-profile = Højst 2000 tegn, uden kontroltegn.
b2b-error-no-b2b = Dette arrangement har ingen B2B-møder.
b2b-error-no-sessions = Tilføj først en mødeblok.
b2b-error-not-placed = Kun placerede møder kan låses.
b2b-error-sessions-locked = Blokkene ligger fast, når møder er låst eller offentliggjort.
b2b-error-overlap = Den overlapper en anden blok.
b2b-error-outside = Blokken skal ligge inden for arrangementet.
b2b-error-too-many-slots = Et arrangement har højst 128 mødetidsrum i alt.
b2b-error-slots = Et helt tal fra 1 til 48.
b2b-error-minutes = Et helt antal minutter fra 10 til 120.
b2b-error-tables = Et helt tal fra 0 til 5000.
mail-b2b-request-subject = En mødeforespørgsel ved { $title }
mail-b2b-request-body = { $name } vil gerne mødes med dig ved “{ $title }”:

    { $message }

    Accepter eller afslå: { $link }
mail-b2b-accepted-subject = Møde accepteret ved { $title }
mail-b2b-accepted-body = { $name } har accepteret din mødeforespørgsel. Arrangøren placerer mødet i planen: { $link }
mail-b2b-agenda-subject = Din mødeplan for { $title }
mail-b2b-agenda-body = Mødeplanen er offentliggjort: du har { $count } møder. Din plan, til udskrift eller til din kalender: { $link }
event-error-starts-past = Tidspunktet er passeret; vælg et i fremtiden.
mission-call = Indkaldelse til deltagelse
mission-call-intro = Ansøgerne besvarer dine spørgsmål; bedømmerne giver hver ansøgning point efter dine vægtede kriterier; du udvælger op til antallet af pladser, og alle ansøgere får besked om resultatet.
mission-call-line = { $places } pladser; ansøgning senest { $deadline }.
mission-questions = Spørgsmål til ansøgerne
mission-questions-hint = Ét spørgsmål pr. linje.
mission-criteria = Kriterier
mission-criteria-hint = Ét kriterium pr. linje med vægten først: “40 Eksportparathed”.
mission-places = Pladser
mission-deadline = Sidste ansøgningsdag
mission-save-call = Gem indkaldelsen
mission-evaluators = Bedømmere
mission-evaluators-intro = Bedømmerne giver ansøgningerne point. De ser først de andres point, når de har givet deres egne, og bedømmer aldrig en organisation, de selv hører til.
mission-no-evaluators = Ingen bedømmere endnu.
mission-evaluator-email = E-mailadresse på en konto
mission-add-evaluator = Tilføj som bedømmer
mission-apply = Søg om deltagelse
mission-login-to-apply = Log ind for at søge
mission-closed = Ansøgningsfristen er udløbet.
mission-applying-for = Ansøgning for
mission-submit-application = Send ansøgningen
mission-applied-as = { $name } har søgt: { $state }.
mission-applications = Ansøgninger
mission-application-of = Ansøgning fra { $name }
mission-ranking = Rangorden efter vægtet score
mission-weighted-score = Vægtet score (0–10)
mission-evaluations = Bedømmelser
mission-you = Dig
mission-scored = bedømt
mission-to-score = skal bedømmes
mission-conflict = din organisation: ikke din at bedømme
mission-conflict-explained = Du hører til denne organisation og bedømmer derfor ikke dens ansøgning.
mission-evaluator-rules = Bedøm hver ansøgning. Indtil du har bedømt alle dem, du må bedømme, står de i den rækkefølge, de kom ind, uden placering; ranglisten og de andres bedømmelser vises, når du har givet dine.
mission-no-applications = Ingen ansøgninger endnu.
mission-state-submitted = indsendt
mission-state-selected = udvalgt
mission-state-rejected = ikke udvalgt
mission-state-withdrawn = trukket tilbage
mission-select = Udvælg
mission-reject = Afvis
mission-decision = Udvælgelse
mission-decision-state = { $selected } af { $places } pladser givet; { $undecided } ansøgninger uafgjort.
mission-select-top = Udvælg de { $places } bedste, og afvis resten
mission-notify = Giv alle ansøgere besked om resultatet
mission-notified = Ansøgerne kender resultatet; udvælgelsen er endelig.
mission-your-score = Dine point
mission-criterion = { $name } (vægt { $weight })
mission-score-hint = 0 (slet ikke) til 10 (fuldt ud).
mission-comment = Kommentar
mission-save-score = Gem mine point
mission-scores = Point
mission-no-scores = Ingen point endnu.
mission-scores-hidden = Bedømmernes point vises, når du har givet dine.
mission-evaluator = Bedømmer
mission-done-call = Indkaldelsen er gemt.
mission-done-evaluators = Bedømmerne er opdateret.
mission-done-applied = Din ansøgning er sendt; en bekræftelse er på vej pr. e-mail.
mission-done-scored = Dine point er gemt.
mission-done-decided = Beslutningen er gemt.
mission-done-notified = Alle ansøgere har fået besked om resultatet.
mission-error-no-call = Dette erhvervsfremstød har endnu ingen indkaldelse.
mission-error-closed = Der er lukket for ansøgninger til dette fremstød.
mission-error-no-organisation = Man søger for en organisation: bliv medlem af eller registrér din først.
mission-error-applied = Din organisation har allerede søgt.
mission-error-answer = Påkrævet, højst 5000 tegn.
mission-error-questions = Ét spørgsmål pr. linje, 3 til 500 tegn; højst 20.
mission-error-criteria = Ét kriterium pr. linje med vægten først (1 til 100): “40 Eksportparathed”; højst 12.
mission-error-places = Et helt tal fra 1 til 500.
mission-error-score = Et helt tal fra 0 til 10.
mission-error-evaluator = Ingen konto har denne adresse; personen skal registrere sig først.
mission-error-fixed = Spørgsmålene kan ikke ændres efter første ansøgning, og kriterierne ikke efter første bedømmelse.
mission-error-decided = Ansøgerne kender resultatet; udvælgelsen er endelig.
mission-error-full = Alle pladser er givet; afvis først en anden ansøgning.
mission-error-undecided = Tag først stilling til hver ansøgning.
mission-error-withdrawn = Denne ansøgning er trukket tilbage.
mail-mission-evaluator-subject = Du bedømmer ansøgninger til { $title }
mail-mission-evaluator-body = Du er udpeget som bedømmer af ansøgningerne til “{ $title }”: { $link }
mail-mission-applied-subject = Ansøgning modtaget: { $title }
mail-mission-applied-body = Ansøgningen fra { $organisation } til “{ $title }” er modtaget. Fristen er { $deadline }; du får resultatet pr. e-mail.

    { $link }
mail-mission-selected-subject = Udvalgt til { $title }
mail-mission-selected-body = { $organisation } er udvalgt til “{ $title }”. Arrangøren kontakter jer om de næste skridt.

    { $link }
mail-mission-rejected-subject = Jeres ansøgning til { $title }
mail-mission-rejected-body = Tak for ansøgningen fra { $organisation } til “{ $title }”. Den blev ikke udvalgt denne gang.

    { $link }
event-error-capacity-below = { $count } er allerede tilmeldt; der kan ikke blive færre pladser.
event-error-sessions-outside = B2B-mødeblokkene skal ligge inden for arrangementet: ret dem først.
mail-event-changed-subject = Ændret: { $title }
mail-event-changed-body = Arrangøren har ændret tid eller sted for “{ $title }”. Det foregår nu { $when }.

    { $link }
event-error-apply-instead = Deltagerne i et erhvervsfremstød udvælges blandt ansøgningerne: søg i stedet.
mission-withdraw = Træk ansøgningen tilbage
mission-done-withdrawn = Ansøgningen er trukket tilbage.
mail-event-reminder-subject = I morgen: { $title }
mail-event-reminder-body = En påmindelse: du er tilmeldt “{ $title }”, { $when }{ $where }.

    { $link }
mail-event-reminder-online = Deltag online: { $link }
mail-event-reminder-agenda = Din mødeplan: { $link }
event-projects = Del af projektet
event-cancel-title = Aflys “{ $title }”?
event-cancel-when = Arrangementet er planlagt til { $when }. Aflysningen kan ikke fortrydes; det vises fortsat som aflyst.
event-cancel-told = { $count ->
    [0] Ingen er tilmeldt endnu.
    [one] Den ene tilmeldte eller ventende person får besked pr. e-mail.
   *[other] De { $count } tilmeldte eller ventende personer får besked pr. e-mail.
}
event-cancel-keep = Nej, behold arrangementet
event-contact-email-hint = Vises for alle på arrangementets offentlige side og i dets kalenderfil: brug en fælles adresse for organisationen, f.eks. events@…, frem for en personlig.
mail-event-revision-review-subject = En ændring af et offentliggjort arrangement venter på gennemgang
mail-event-revision-review-body = Arrangørerne af “{ $title }” har ændret mere end tid, sted eller pladser; arrangementet forbliver som offentliggjort, indtil du beslutter: { $link }
event-done-revision = Gemt. Ny tid, nyt sted eller nye pladser gælder med det samme; de øvrige ændringer venter på en moderator, og indtil da vises arrangementet som offentliggjort.
event-revision-pending = Ændringer af dette arrangement venter på en moderator; indtil de er godkendt, ser alle det som offentliggjort.
event-error-revision-decided = En anden moderator har allerede besluttet om denne ændring.
event-done-revision-approved = Ændringen er godkendt; de tilmeldte får besked om, hvad der er ændret.
event-done-revision-returned = Ændringen er sendt tilbage; arrangementet forbliver som offentliggjort, og arrangørerne får at vide hvorfor.
mail-event-revised-subject = “{ $title }” er ændret
mail-event-revised-body = Arrangørerne har ændret “{ $title }”, som du er tilmeldt. Ændret: { $changed }.

    { $link }
mail-event-revision-approved-subject = Ændringen af dit arrangement er godkendt
mail-event-revision-approved-body = Ændringen af “{ $title }” er godkendt og vises for alle: { $link }
mail-event-revision-returned-subject = Ændringen af dit arrangement er sendt tilbage
mail-event-revision-returned-body = En moderator har sendt ændringen af “{ $title }” tilbage: { $reason }
    Arrangementet forbliver som offentliggjort; du kan redigere det igen.

    { $link }
