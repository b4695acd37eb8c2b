programme-list-title = Støtteprogrammer
programme-list-intro = Kaskadefinansieringsprogrammer drevet af klynger og konsortier på platformen: små tilskud til SMV’er, der hver arbejder med et teknologicenter.
programme-count = { $count ->
    [one] Ét program
   *[other] { $count } programmer
}
programme-empty = Endnu intet program.
programme-all = Alle støtteprogrammer
programme-new = Kør et støtteprogram
programme-edit = Rediger “{ $title }”
programme-edit-link = Rediger programmet
programme-intro = Ansøgere ser budgettet, det maksimale tilskud, hvem der kan søge, spørgsmålene og de vægtede kriterier. Spørgsmål ligger fast, når nogen har søgt, og kriterier, når nogen har vurderet.
programme-owner = Drevet af
programme-title = Titel
programme-summary = Hvad programmet støtter
programme-summary-hint = Ren tekst; adskil afsnit med en tom linje.
programme-budget = Budget
programme-max-grant = Maksimalt tilskud
programme-amount-hint = I euro, fx 60000 eller 60000.50.
programme-countries = Støtteberettigede lande
programme-countries-hint = Landekoder på to bogstaver adskilt af mellemrum (DE DK FR); lad feltet stå tomt for alle lande.
programme-types = Hvem kan søge
programme-types-hint = Sæt ingen flueben for alle slags organisationer.
programme-deadline = Frist
programme-save = Gem programmet
programme-run-by = Drevet af
programme-committed = Bevilget
programme-remaining = Tilbage
programme-funded = Støttede projekter:
programme-applications = Ansøgninger
programme-anywhere = Alle lande
programme-any-type = Alle slags organisationer
programme-apply = Søg
programme-login-to-apply = Log ind for at søge
programme-yours = Dine organisationers ansøgninger
programme-confirm-needed = din bekræftelse som teknologicenter afventes
programme-funded-projects = Støttede projekter
programme-none-funded = Endnu intet projekt støttet.
programme-project-title = Projekt
programme-project-summary = Projektresumé
programme-applicant = Ansøger
programme-centre = Teknologicenter
programme-centre-hint = Det teknologicenter eller den forskningsorganisation, I vil arbejde med; skriv for at vælge fra kataloget. Det bliver bedt om at bekræfte.
programme-grant = Tilskud
programme-reports-of = Fremdrift i { $project }
programme-reports = Statusrapporter
programme-no-reports = Endnu ingen statusrapport.
programme-report-new = Ny statusrapport
programme-report-hint = Hvad er gjort, hvad kommer nu, ændrede planer (20 til 5000 tegn).
programme-report-submit = Offentliggør rapporten
programme-requested = Ansøgt
programme-requested-hint = Højst { $max }.
programme-apply-title = Søg { $title }
programme-apply-intro = Ansøgningsfristen er { $deadline }. Det maksimale tilskud er { $max }.
programme-apply-submit = Indsend ansøgningen
programme-submitted = Indsendt
programme-state-submitted = Afventer afgørelse
programme-state-awaiting-centre = Afventer teknologicentrets bekræftelse
programme-state-awarded = Støttet
programme-state-rejected = Ikke støttet
programme-state-withdrawn = Trukket tilbage
programme-confirm = Bekræft vores deltagelse
programme-confirm-text = { $centre } er angivet som projektets teknologicenter. Bekræft, at I arbejder med ansøgeren; først da kan programmet støtte det.
programme-withdraw = Træk ansøgningen tilbage
programme-award = Bevilg
programme-money-line = Budget { $budget }: { $committed } bevilget, { $remaining } tilbage.
programme-done-created = Programmet modtager ansøgninger.
programme-done-saved = Programmet er gemt.
programme-done-applied = Din ansøgning er indsendt; det angivne teknologicenter bliver bedt om at bekræfte.
programme-done-awarded = Tilskuddet er bevilget.
programme-done-rejected = Ansøgningen er afslået.
programme-done-confirmed = Jeres deltagelse er bekræftet.
programme-done-withdrawn = Ansøgningen er trukket tilbage.
programme-done-reported = Statusrapporten er offentliggjort.
programme-error-title = Mellem 3 og 200 tegn.
programme-error-summary = Mellem 20 og 10000 tegn.
programme-error-amount = Et beløb i euro over nul med højst to decimaler (60000 eller 60000.50).
programme-error-max-grant-over = Det maksimale tilskud kan ikke være større end budgettet.
programme-error-requested-over = Det er mere end det maksimale tilskud.
programme-error-below-committed = Budgettet kan ikke komme under det, der allerede er bevilget: { $committed }.
programme-error-owner = Vælg en af dine organisationer.
programme-error-country = Organisationer i { $country } kan ikke søge dette program.
programme-error-type = En { $type } kan ikke søge dette program.
programme-error-centre = Vælg et teknologicenter eller en forskningsorganisation fra kataloget.
programme-error-centre-self = Teknologicentret skal være en anden organisation end ansøgeren.
programme-error-closed = Programmets frist er overskredet: der modtages ikke flere ansøgninger.
programme-error-decided = Der er allerede truffet afgørelse om denne ansøgning.
programme-error-budget = Der er ikke budget nok tilbage til dette tilskud; bevilg mindre eller afslå en anden ansøgning.
programme-error-over-max = Et tilskud skal være over nul og højst programmets maksimale tilskud.
programme-error-not-awardable = Kun en ansøgning, der afventer afgørelse og er bekræftet af sit teknologicenter, kan støttes.
programme-error-not-funded = Statusrapporter skrives for støttede projekter.
programme-error-report = Skriv 20 til 5000 tegn.
mail-programme-confirm-subject = Bekræft venligst: et projekt i { $title }
mail-programme-confirm-body = { $organisation } har søgt “{ $title }” med projektet “{ $project }” og angivet { $centre } som teknologicenter. Bekræft venligst jeres deltagelse:

    { $link }
mail-programme-applied-subject = Ansøgning modtaget: { $title }
mail-programme-applied-body = Ansøgningen fra { $organisation } til “{ $title }” er modtaget. { $centre } bliver bedt om at bekræfte sin deltagelse; I får afgørelsen pr. e-mail.

    { $link }
mail-programme-confirmed-subject = Teknologicenter bekræftet: { $title }
mail-programme-confirmed-body = { $centre } har bekræftet sin deltagelse i “{ $project }”.

    { $link }
mail-programme-evaluator-subject = Du vurderer ansøgninger til { $title }
mail-programme-evaluator-body = Du er bedømmer for “{ $title }”. Ansøgningerne og vurderingsformularen findes her:

    { $link }
mail-programme-awarded-subject = Støttet: { $title }
mail-programme-awarded-body = Tillykke: “{ $project }” modtager { $amount } fra “{ $title }”. Rapportér jeres fremdrift på programmets side:

    { $link }
mail-programme-rejected-subject = Afgørelse på jeres ansøgning til { $title }
mail-programme-rejected-body = Desværre støttes “{ $project }” ikke af “{ $title }”.
programme-error-centre-ambiguous = { $count } centre har dette navn; skriv adressen på det, I mener: { $addresses }.
programme-error-own-programme = En organisation kan ikke søge sit eget program: vælg en anden af dine organisationer.
programme-error-own-only = Din eneste organisation driver dette program, og en organisation kan ikke søge sit eget program.
programme-error-own-award = Denne ansøgning kommer fra programmets egen organisation, som ikke kan få tilskud fra sit eget program.
