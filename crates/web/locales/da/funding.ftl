nav-funding = Finansiering
funding-title = Finansieringsmuligheder
funding-intro = Indkaldelser fra EU-programmerne og de kaskadeopslag, som Euroclusters og andre projekter åbner for SMV'er, med fristerne i Bruxelles-tid og din.
funding-count = { $count ->
    [one] Én indkaldelse
   *[other] { $count } indkaldelser
}
funding-empty = Ingen indkaldelse passer til disse filtre.
funding-status = Status
funding-status-open = Åben
funding-status-forthcoming = Kommende
funding-status-closed = Lukket
funding-status-all = Alle
funding-programme = Program
funding-kind = Type indkaldelse
funding-eu-calls = EU-indkaldelser
funding-cascade-calls = Kaskadeopslag (åbne opslag for SMV'er)
funding-cascade = Kaskadeopslag
funding-closing-soon = Frist inden for 30 dage
funding-deadline = Frist
funding-deadlines = Frister
funding-opens = Åbner
funding-budget = Budget pr. bevilling
funding-grants = Forventede bevillinger
funding-action = Aktionstype
funding-grant-type = Bevilling
funding-procedure = Indsendelse
funding-portal = Indkaldelsen på EU's Funding & Tenders-portal
funding-mine-title = Min finansiering
funding-follow-heading = Følg denne indkaldelse
funding-follow = Følg og påmind mig
funding-follow-update = Ændr påmindelsen
funding-unfollow = Følg ikke længere
funding-following = Du følger denne indkaldelse.
funding-remind-label = Påmind mig pr. e-mail
funding-remind-days = { $days ->
    [one] 1 dag før hver frist
   *[other] { $days } dage før hver frist
}
funding-login-to-follow = Log ind for at følge denne indkaldelse og blive påmindet om dens frister
funding-done-followed = Du følger denne indkaldelse; påmindelser kommer pr. e-mail før hver frist.
funding-done-unfollowed = Du følger ikke længere denne indkaldelse.
funding-done-calendar = Din kalenderadresse er klar; en tidligere virker ikke længere.
funding-followed = Indkaldelser du følger
funding-followed-none = Du følger endnu ingen indkaldelse: åbn en indkaldelse og vælg “Følg”.
funding-call = Indkaldelse
funding-next-deadline = Næste frist
funding-reminder = Påmindelse
funding-calendar-heading = Frister i din kalender
funding-calendar-intro = Abonnér på denne adresse i dit kalenderprogram for at se fristerne for de indkaldelser, du følger. Hold den for dig selv: den, der har den, ser hvilke indkaldelser du følger.
funding-calendar-address = Kalenderadresse
funding-calendar-create = Opret min kalenderadresse
funding-calendar-reset = Erstat adressen (den gamle holder op med at virke)
funding-fit-heading = Indkaldelser der passer til dine organisationer
funding-fit-none = Endnu passer ingen åben indkaldelse til denne profil; teknologier, økosystemer og en beskrivelse i profilen hjælper.
funding-fit-no-organisation = Bliv medlem af eller registrér din organisation for at se de indkaldelser, der passer til den.
funding-ics-name = Finansieringsfrister
funding-ics-summary = Frist: { $title }
funding-ics-summary-nth = Frist { $n } af { $count }: { $title }
call-reason-taxonomy = Nævner { $words } ({ $tag })
call-reason-track = Jeres projekter blev støttet under { $part }
call-reason-words = Fælles ord med jeres profil: { $words }
call-reason-smes = Henvender sig til SMV’er
call-reason-clusters = Henvender sig til klyngeorganisationer
call-reason-research = En forskningsaktivitet
call-reason-eligible = Åben for organisationer i EU og EØS
call-reason-check = Undersøg om organisationer i { $country } kan deltage (associering til programmet)
mail-call-reminder-subject = Frist nærmer sig: { $title }
mail-call-reminder-body = Indkaldelsen “{ $title }” ({ $identifier }) har frist { $when }, om { $days } dage.

    { $link }

    På portalen: { $portal }
funding-audience = Henvender sig til
funding-audience-smes = SMV’er og start-ups
funding-audience-clusters = Klyngeorganisationer
funding-audience-research = Forskningsorganisationer (en forskningsaktivitet)
funding-audience-any = Organisationer der er støtteberettigede efter indkaldelsens betingelser
funding-eligible-countries = Støtteberettigede lande
funding-eligible-eu = EU-medlemsstater, EØS-lande og lande associeret med { $programme }; se indkaldelsens betingelser
funding-eligible-cascade = Som kaskadeindkaldelsen fastsætter dem; se dens beskrivelse
funding-programmes-open = Åbne kaskadefinansieringsprogrammer på clusterhub
funding-programme-line = Drevet af { $owner } · tilskud op til { $max } · ansøg senest { $deadline }
funding-opens-on = Åbner { $date }
