# Opfølgningen på B2B-møder: anmodninger der udløber, påmindelser, resultater måneder senere og
# arrangørens overblik.

b2b-followup-title = Anmodninger og påmindelser
b2b-followup-intro = En ubesvaret mødeanmodning udløber efter det antal dage, du sætter her: begge parter er frie igen, og afsenderen får besked. Deltagere med anmodninger, der venter på deres svar, eller uden møder endnu, får en påmindelse på mail på deres sprog; dem, der intet har at gøre, får ingen.
b2b-followup-request-days = Dage en anmodning venter på svar
b2b-followup-request-days-hint = Fra 1 til 14. En besvaret anmodning udløber aldrig.
b2b-followup-nudge-every = Dage mellem to påmindelser
b2b-followup-nudge-every-hint = Fra 2 til 4.
b2b-followup-nudge-cap = Højst så mange påmindelser pr. person
b2b-followup-nudge-cap-hint = Fra 0 til 10; 0 sender ingen.
b2b-followup-save = Gem indstillingerne
b2b-followup-saved = Indstillingerne er gemt.
b2b-followup-error-request-days = Angiv et antal dage fra 1 til 14.
b2b-followup-error-nudge-every = Angiv et antal dage fra 2 til 4.
b2b-followup-error-nudge-cap = Angiv et antal påmindelser fra 0 til 10.

b2b-outcome-title = Hvad der kom ud af dine møder
b2b-outcome-intro = Det er { $days } dage siden arrangementet. Sig for hvert møde, du holdt der, hvor sagen står; du kan ændre et svar senere.
b2b-outcome-none = Du holdt ingen møder ved dette arrangement, så der er intet at svare på.
b2b-outcome-not-yet = Spørgsmålene om dine møder åbner den { $date }.
b2b-outcome-private = Kun arrangørerne ser svarene, og kun talt sammen, aldrig enkeltvis.
b2b-outcome-question = Dit møde med { $name }
b2b-outcome-save = Gem svaret
b2b-outcome-saved = Tak: dit svar er gemt.
b2b-outcome-closed = Spørgsmålene om dette arrangements møder er ikke åbne.
b2b-outcome-unknown-link = Dette link er ukendt eller udløbet. Log ind og svar på arrangementets side i stedet.
b2b-outcome-stage-no-further-contact = Ingen videre kontakt
b2b-outcome-stage-exchanged-information = Vi har udvekslet oplysninger
b2b-outcome-stage-in-negotiation = Vi forhandler
b2b-outcome-stage-commercial-agreement = Vi har underskrevet en kommerciel aftale
b2b-outcome-stage-technical-agreement = Vi har underskrevet en teknisk samarbejdsaftale
b2b-outcome-stage-research-agreement = Vi har underskrevet en forskningssamarbejdsaftale
b2b-outcome-stage-joint-funding-application = Vi har søgt midler sammen

b2b-dashboard = Overblik
b2b-dash-csv = Rapport over det hele (CSV)
b2b-dash-day = På dagen
b2b-dash-day-intro = Møder tæller som holdt eller misset, som fremmødesiden afgør dem: arrangørens ord, ellers deltagernes svar.
b2b-dash-checked-in = Tjekket ind
b2b-dash-no-shows = Misset (udeblevet)
b2b-dash-no-show-rate = Andel udeblevne
b2b-dash-refilled = Genbesatte tider
b2b-dash-small-groups = Andre (grupper med færre end { $count } personer)
b2b-dash-percent = { $value } %
b2b-dash-requests = Mødeanmodninger
b2b-dash-sent = Sendt
b2b-dash-answered = Besvaret
b2b-dash-expired = Udløbet ubesvaret
b2b-dash-held = Afholdte møder
b2b-dash-reminders = Påmindelser
b2b-dash-reminders-sent = Sendte påmindelser
b2b-dash-people-reminded = Personer mindet om det
b2b-dash-answered-since = Heraf har besvaret en anmodning siden
b2b-dash-no-reminders = Der er ikke sendt nogen påmindelse endnu.
b2b-dash-reminded-people = Hvem fik en påmindelse, hvornår, og hvor mange anmodninger de har besvaret siden
b2b-dash-person = Deltager
b2b-dash-last-reminder = Seneste påmindelse
b2b-dash-answers-since = Anmodninger besvaret siden
b2b-dash-idle = Ventetid
b2b-dash-idle-intro = De ledige tidsrum mellem en persons første og sidste møde i en session.
b2b-dash-idle-total = Minutters ventetid i alt
b2b-dash-idle-average = Minutters ventetid pr. person med møder
b2b-dash-idle-per-person = Ventetid pr. deltager
b2b-dash-meetings-placed = Planlagte møder
b2b-dash-idle-slots = Ledige tidsrum
b2b-dash-idle-minutes = Minutters ventetid
b2b-dash-outcomes = Resultater
b2b-dash-outcomes-intro = 90 og 180 dage efter arrangementet bliver deltagerne spurgt, hvad der kom ud af hvert møde, de holdt. Svarene tælles her; ingens svar vises. Tabellerne efter land og type tæller, hvor hvert møde står efter det seneste svar.
b2b-dash-outcomes-by-stage = Svar efter stade, pr. runde
b2b-dash-outcomes-by-country = Hvor møderne står, efter deltagernes land
b2b-dash-outcomes-by-type = Hvor møderne står, efter organisationstype
b2b-dash-stage = Stade
b2b-dash-country = Land
b2b-dash-type = Organisationstype
b2b-dash-after-days = Efter { $days } dage
b2b-dash-no-answers = endnu ingen svar.
b2b-dash-questions-sent = Adspurgte deltagere

mail-b2b-expired-subject = Din mødeanmodning til { $name } er udløbet
mail-b2b-expired-body = { $name } besvarede ikke din mødeanmodning ved “{ $title }” inden for { $days } dage, så den er lukket, og I er begge frie igen. Spørg en anden: { $link }
mail-b2b-nudge-subject = Dine møder ved { $title }
mail-b2b-nudge-waiting = { $count ->
    [one] En mødeanmodning venter på dit svar ved “{ $title }”.
   *[other] { $count } mødeanmodninger venter på dit svar ved “{ $title }”.
    } Accepter eller afvis: { $link }
mail-b2b-nudge-none = Du har endnu ingen møder ved “{ $title }”. Se hvem der deltager, og bed om møder: { $link }
mail-b2b-outcome-subject = Hvad kom der ud af dine møder ved { $title }?
mail-b2b-outcome-intro = Det er { $days } dage siden “{ $title }”. Hvad kom der ud af hvert møde, du holdt der? Et klik på det svar, der passer, åbner det, så du kan gemme det. Kun arrangørerne ser svarene, og kun talt sammen.
mail-b2b-outcome-meeting = Dit møde med { $name }:
mail-b2b-outcome-end = Du kan også svare på platformen: { $link } (disse links gælder til { $date }).
