nav-account = Din konto
nav-login = Log ind
nav-register = Opret konto
nav-logout = Log ud
nav-moderation = Moderation
nav-admin = Administration
form-required = påkrævet
form-error-summary = Ret venligst følgende:
form-choose = – vælg –
form-none = ingen
form-error-number = skal være et tal, f.eks. 51,05
form-error-whole-number = skal være et helt tal
form-error-choice = vælg en af mulighederne
form-error-too-long = er for lang; højst { $max } tegn er tilladt
account-title = Din konto
account-display-name = Navn
account-email = E-mailadresse
account-password = Adgangskode
account-new-password = Ny adgangskode
account-current-password = Nuværende adgangskode
account-password-hint = Mindst { $min } tegn. En sætning af flere ord er let at huske og svær at gætte.
account-new-email = Ny e-mailadresse
account-email-hint = Nu { $email }. Vi sender et link til den nye adresse; ændringen træder i kraft, når du følger det.
account-error-display-name = Skriv dit navn (højst 100 tegn).
account-error-email = Skriv en e-mailadresse som navn@eksempel.eu.
account-error-password = Vælg en adgangskode på mindst { $min } tegn, som ikke er din e-mailadresse.
account-error-current-password = Adgangskoden er forkert.
account-error-same-email = Det er allerede din adresse.
account-error-email-taken = En anden konto bruger allerede denne adresse.
account-error-delete-confirm = Sæt kryds for at bekræfte, at du vil slette din konto.
account-error-last-admin = Du er den eneste platformadministrator; gør først en anden til administrator.
account-save = Gem
account-profile-heading = Dit navn og dine indstillinger
account-password-heading = Adgangskode
account-change-password = Skift adgangskode
account-email-heading = E-mailadresse
account-change-email = Skift e-mailadresse
account-signed-in-as = Logget ind som { $name } ({ $email })
account-organisations-heading = Dine organisationer
account-no-organisations = Du administrerer endnu ingen organisation. Gør krav på din organisations profil i kataloget, eller foreslå en ny.
account-organisation = Organisation
account-role = Rolle
account-actions = Handlinger
account-find-to-claim = Find din organisation for at gøre krav på den
account-propose-new = Foreslå en ny organisation
account-claims-heading = Dine anmodninger
account-data-heading = Dine data
account-data-intro = Hent alt, hvad vi gemmer om dig, som en JSON-fil, eller slet din konto. Sletning fjerner dit navn, din adresse, adgangskode, sessioner og tokens; organisationsprofiler, du har redigeret, bliver.
account-export = Hent mine data (JSON)
account-delete-heading = Slet din konto
account-delete-intro = Det kan ikke fortrydes.
account-delete-confirm = Jeg forstår, at min konto slettes endeligt.
account-delete-submit = Slet min konto
platform-role-user = Bruger
platform-role-moderator = Moderator
platform-role-admin = Platformadministrator
org-role-member = Medlem
org-role-admin = Administrator
register-title = Opret en konto
register-intro = Med en konto kan du gøre krav på og redigere din organisations profil og bruge API'et. Vi sender dig en e-mail for at bekræfte din adresse.
register-submit = Opret konto
register-have-account = Allerede oprettet? Log ind
register-sent-title = Tjek din indbakke
register-sent = Vi har sendt en besked til { $email }. Følg linket i den for at bekræfte din adresse, og log derefter ind.
confirm-title = Bekræft din e-mailadresse
confirm-intro = Tryk på knappen for at bekræfte din adresse og aktivere din konto.
confirm-submit = Bekræft min adresse
link-invalid-title = Dette link virker ikke længere
link-invalid = Linket er forkert, udløbet eller allerede brugt. Log ind for at få et nyt bekræftelseslink, eller bed om en ny nulstilling af adgangskoden.
login-title = Log ind
login-submit = Log ind
login-forgot = Glemt din adgangskode?
login-register = Ingen konto endnu? Opret en
login-failed = E-mailadressen eller adgangskoden er forkert.
login-unconfirmed = Bekræft først din e-mailadresse. Vi har sendt dig et nyt link.
forgot-title = Nulstil din adgangskode
forgot-intro = Skriv din kontos adresse, så sender vi dig et link til at vælge en ny adgangskode.
forgot-submit = Send link
forgot-sent-title = Tjek din indbakke
forgot-sent = Hvis en konto bruger { $email }, har vi sendt et link dertil. Linket gælder i en time.
reset-title = Vælg en ny adgangskode
reset-submit = Gem ny adgangskode
change-email-title = Bekræft din nye adresse
change-email-intro = Tryk på knappen for at bruge denne adresse til din konto.
change-email-submit = Brug denne adresse
notice-confirmed = Din adresse er bekræftet. Du kan logge ind nu.
notice-password-reset = Din adgangskode er ændret. Tidligere tilsendte links og dine API-tokens virker ikke længere. Log ind med den nye adgangskode.
notice-password-changed = Din adgangskode er ændret; dine andre sessioner er afsluttet, og tidligere tilsendte links virker ikke længere.
notice-email-sent = Vi har sendt et link til din nye adresse. Følg det for at fuldføre ændringen.
notice-email-changed = Din e-mailadresse er ændret; dine andre sessioner er afsluttet, og tidligere tilsendte links virker ikke længere.
notice-profile-saved = Gemt.
notice-token-revoked = Tokenet er tilbagekaldt.
notice-logged-out = Du er logget ud.
notice-account-erased = Din konto er slettet.
notice-claim-filed = Tak. En moderator ser på din anmodning; du kan følge dens status her.
token-heading = API-tokens
token-intro = Personlige tokens lader programmer bruge JSON-API'et på dine vegne. Et læsetoken læser; et skrivetoken kan også ændre de profiler, du administrerer.
token-create-heading = Opret et token
token-name = Navn
token-name-hint = Hvad tokenet skal bruges til, f.eks. "CRM-synkronisering".
token-scope = Adgang
token-scope-read = Læse
token-scope-write = Læse og skrive
token-create = Opret token
token-created-heading = Dit nye token
token-created = Kopiér det nu: det vises kun denne ene gang. Send det som "Authorization: Bearer TOKEN".
token-created-at = Oprettet
token-last-used = Sidst brugt
token-revoke = Tilbagekald
token-revoked = Tilbagekaldt
token-error-name = Giv tokenet et navn (højst 100 tegn).
token-error-scope = Vælg den adgang, tokenet giver.
edit-title = Redigér { $name }
users-title = Personer
users-search = Find efter navn eller adresse
users-count = { $count ->
    [one] Én konto
   *[other] { $count } konti
}
users-since = Oprettet
users-unconfirmed = ikke bekræftet
users-role-of = Rolle for { $name }
users-set-role = Sæt rolle
audit-title = Revisionslog
audit-action = Handling
audit-all = alle handlinger
audit-count = { $count ->
    [one] Én post
   *[other] { $count } poster
}
audit-when = Hvornår
audit-who = Hvem
audit-subject = Emne
audit-detail = Detalje
audit-from = Fra
error-unauthorized-heading = Godkendelse påkrævet
error-unauthorized = Send et gyldigt personligt API-token som "Authorization: Bearer TOKEN". Du opretter tokens på din kontoside.
error-forbidden-heading = Ikke tilladt
error-forbidden = Du har ikke ret til at gøre dette.
error-insufficient-scope = Dette token må kun læse; opret et token med skriveadgang.
error-csrf = Formularen er udløbet eller blev sendt fra et andet websted. Gå tilbage, genindlæs siden, og prøv igen.
error-too-large = Forespørgslen er større end { $kib } KiB.
error-throttled-heading = For mange forsøg
error-throttled = For mange forsøg. Vent { $minutes } minutter, og prøv igen.
error-conflict-heading = Ikke muligt
error-mail = E-mailen kunne ikke sendes. Prøv igen senere.
mail-confirm-subject = Bekræft din clusterhub-konto
mail-confirm-body = Hej { $name }

    Bekræft din e-mailadresse ved at åbne dette link inden for 48 timer:

    { $link }

    Hvis du ikke har oprettet en konto på clusterhub, kan du se bort fra denne besked.
mail-reset-subject = Nulstil din clusterhub-adgangskode
mail-reset-body = Hej { $name }

    Åbn dette link inden for en time for at vælge en ny adgangskode:

    { $link }

    Hvis du ikke har bedt om det, kan du se bort fra denne besked; din adgangskode forbliver uændret.
mail-change-email-subject = Bekræft din nye adresse til clusterhub
mail-change-email-body = Hej { $name }

    Åbn dette link inden for 48 timer for at bruge denne adresse til din clusterhub-konto:

    { $link }
mail-exists-subject = Din clusterhub-konto
mail-exists-body = Nogen har forsøgt at oprette en konto på clusterhub med denne adresse, som allerede har en konto. Hvis det var dig, så log ind, eller vælg en ny adgangskode her:

    { $link }
mail-password-changed-subject = Din clusterhub-adgangskode er ændret
mail-password-changed-body = Adgangskoden til din clusterhub-konto er netop ændret. Hvis det ikke var dig, så vælg straks en ny adgangskode:

    { $link }
mail-invited-subject = Invitation til { $organisation } på clusterhub
mail-invited-body = Du er inviteret til at deltage i { $organisation } på clusterhub som { $role }. Opret en konto med denne adresse, log ind, og accepter invitationen på din invitationsside (den gælder i { $days } dage):

    { $link }
form-error-both-coordinates = angiv både breddegrad og længdegrad eller ingen af dem
mail-email-change-notice-subject = Adressen på din clusterhub-konto bliver ændret
mail-email-change-notice-body = Nogen, der er logget ind på din clusterhub-konto, har bedt om at ændre dens adresse til { $email }. Hvis det ikke var dig, så vælg straks en ny adgangskode:

    { $link }
account-alerts = Påmindelser
account-timezone = Tidszone
account-timezone-hint = Tider for arrangementer og mødeplaner vises i den.
account-timezone-event = Det enkelte arrangements
account-language = Sprog
account-language-hint = Siderne åbner på det, når du logger ind, og hver mail, platformen sender dig, er skrevet på det.
account-revoke-tokens = Tilbagekald også alle mine API-tokens
reset-intro = En ny adgangskode afslutter også dine sessioner, gør tidligere tilsendte links ugyldige og tilbagekalder dine API-tokens.
mail-email-changed-subject = Adressen på din clusterhub-konto er ændret
mail-email-changed-body = Adressen på din clusterhub-konto er netop ændret til { $email }, bekræftet fra den adresse. Denne adresse åbner ikke længere kontoen. Hvis det ikke var dig, så giv straks platformens administratorer besked og videresend denne mail til dem.
mail-invited-member-subject = Invitation til { $organisation } på clusterhub
mail-invited-member-body = Du er inviteret til at arbejde med { $organisation } på clusterhub som { $role }. Intet ændres, før du accepterer: log ind, og accepter eller afslå invitationen her (den gælder i { $days } dage):

    { $link }
account-error-password-common = Denne adgangskode er blandt de 10.000 mest brugte og bliver derfor gættet først: vælg en anden, for eksempel nogle ord uden sammenhæng.
account-error-password-guessable = Denne adgangskode består af sidens navn eller din e-mailadresse og ikke meget andet: vælg en, som ingen kan gætte, selv om de kender dem.
login-code-title = Kode fra din godkendelsesapp
login-code-intro = Din adgangskode var rigtig. Din konto beder også om den kode, din godkendelsesapp viser nu.
login-code = Kode
login-code-hint = Seks cifre fra appen, eller en af dine gendannelseskoder, hvis du ikke har appen ved hånden.
login-code-submit = Log ind
login-code-start-again = Start forfra med adgangskoden
login-code-wrong = Denne kode er ikke rigtig eller er allerede brugt: indtast den kode, appen viser nu.
two-factor-title = Totrinsgodkendelse
two-factor-is-on = Login kræver din adgangskode og en kode fra din godkendelsesapp.
two-factor-is-off = Login kræver kun din adgangskode.
two-factor-set-up = Opsæt en godkendelsesapp
two-factor-manage = Gendannelseskoder og indstillinger
two-factor-required = Platformadministratorer og moderatorer træffer beslutninger for alle, så deres konti kræver et ekstra trin: opsæt en godkendelsesapp for at fortsætte.
two-factor-intro = Med en godkendelsesapp kan ingen logge ind med kun din adgangskode: de skal også have din telefon.
two-factor-step-app = Åbn en godkendelsesapp på din telefon (for eksempel FreeOTP, Aegis, Google Authenticator eller Microsoft Authenticator).
two-factor-step-scan = Scan denne kode med den:
two-factor-qr-alt = QR-kode til at tilføje clusterhub i din godkendelsesapp
two-factor-step-type = Eller indtast denne nøgle i appen:
two-factor-step-confirm = Indtast din adgangskode og de seks cifre, appen viser, for at bekræfte, at det virker.
two-factor-code-hint = De seks cifre, din godkendelsesapp viser nu.
two-factor-turn-on = Slå totrinsgodkendelse til
two-factor-done-on = Totrinsgodkendelse er slået til. Opbevar gendannelseskoderne nedenfor et sikkert sted: hver kode logger dig ind én gang, hvis du mister din telefon.
two-factor-codes-heading = Dine gendannelseskoder
two-factor-codes-intro = De vises kun denne ene gang. Hver kode virker én gang i stedet for en kode fra appen.
two-factor-codes-left = { $count ->
    [one] Der er én gendannelseskode tilbage.
   *[other] Der er { $count } gendannelseskoder tilbage.
}
two-factor-renew-heading = Nye gendannelseskoder
two-factor-renew = Lav ti nye gendannelseskoder
two-factor-done-renewed = Ti nye gendannelseskoder; de gamle virker ikke længere.
two-factor-off-heading = Slå fra
two-factor-turn-off = Slå totrinsgodkendelse fra
two-factor-required-role-note = Som platformadministrator eller moderator beholder du den slået til.
two-factor-back = Tilbage til din konto
two-factor-already-on = Totrinsgodkendelse er allerede slået til.
two-factor-not-on = Totrinsgodkendelse er ikke slået til.
two-factor-required-role = Platformadministratorer og moderatorer beholder totrinsgodkendelse slået til.
