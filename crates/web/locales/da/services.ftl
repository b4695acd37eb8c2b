# Teknologiske ydelser: ydelseskataloget, udbud af ydelser, forespørgsler, forslag med begrundelser og tilhørende e-mails.

nav-services = Ydelser
services-heading = Teknologiske ydelser
services-lead = Test, prototyper, pilotlinjer, laboratorier, kurser og rådgivning fra teknologicentre i hele Europa. Søg i ydelseskataloget, eller beskriv din udfordring med dine egne ord og på dit eget sprog, så foreslår vi de ydelser, der passer.
services-describe-challenge = Beskriv din udfordring
services-my-requests = Mine forespørgsler på ydelser
search-kind-service = Teknologisk ydelse
search-facet-service = Type ydelse
search-facet-delivery = Leveringsform
search-facet-price = Pris
search-facet-language = Sprog

service-kind = Type ydelse
service-kind-testing-validation = Test og validering
service-kind-prototyping = Prototypeudvikling
service-kind-pilot-production = Pilotproduktion
service-kind-equipment-access = Adgang til udstyr eller laboratorium
service-kind-training = Kurser og uddannelse
service-kind-consulting = Rådgivning
service-kind-certification-support = Støtte til certificering
service-kind-software = Software
price-model-free = Gratis
price-model-fixed = Fast pris
price-model-day-rate = Dagspris
price-model-on-quote = Efter tilbud
delivery-on-site = Hos centret
delivery-at-client = Hos kunden
delivery-remote = Online
service-state-draft = Kladde
service-state-draft-explained = Kun din organisation ser denne kladde. Indsend den til gennemgang for at offentliggøre den i ydelseskataloget.
service-state-submitted = Afventer gennemgang
service-state-submitted-explained = En moderator gennemgår den, før den vises i ydelseskataloget.
service-state-returned = Sendt tilbage til rettelse
service-state-returned-explained = En moderator sendte den tilbage. Ret den og indsend den igen.
service-state-published = Offentliggjort
service-state-published-explained = Den står i ydelseskataloget, på jeres profil og i forslag. Træk den tilbage for at ændre den.
service-request-state-requested = Afventer centrets svar
service-request-state-quoted = Tilbud givet
service-request-state-declined = Afslået
service-request-state-accepted = Accepteret
service-request-state-delivered = Leveret
service-request-state-withdrawn = Trukket tilbage
service-request-state-lapsed = Ikke besvaret i tide

service-name = Navn
service-name-in = Navn på { $language } (valgfrit)
service-description = Beskrivelse
service-description-in = Beskrivelse på { $language } (valgfrit)
service-description-hint = Hvad I laver, med hvilket udstyr og efter hvilke standarder, for hvem, og hvad kunden får.
service-language = Sprog for navn og beskrivelse
service-trl = Teknologiske modenhedsniveauer (TRL), der dækkes
service-trl-from = Laveste TRL, der dækkes
service-trl-to = Højeste TRL, der dækkes
service-trl-hint = Fra 1 (grundlæggende principper) til 9 (afprøvet i drift).
service-trl-range = TRL { $from } til { $to }
service-equipment = Udstyr
service-accreditations = Akkrediteringer
service-accreditations-hint = Én pr. linje, f.eks. ISO/IEC 17025.
service-price-model = Prismodel
service-price = Vejledende pris (euro)
service-price-hint = I euro, f.eks. 1200 eller 1200.50.
service-price-day = { $price } pr. dag
service-price-from = fra { $price }
service-programmes = Voucherprogrammer, der betaler for ydelsen
service-lead-time = Typisk leveringstid
service-answer-days = Første svar inden for
service-answer-days-hint = Dage. Forespørgsler, der ikke er besvaret inden for denne tid, udløser en påmindelse; derefter kan kunden spørge andre centre.
service-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dage
}
service-hours = { $hours ->
    [one] { $hours } time
   *[other] { $hours } timer
}
service-languages = Sprog, I arbejder på
service-languages-hint = Koder på to bogstaver, f.eks. de, en.
service-delivery = Leveringsform
service-countries = Dækkede lande
service-countries-hint = Koder på to bogstaver; lad feltet stå tomt for at dække alle lande.
service-countries-all = Alle lande
service-regions = Dækkede regioner
service-regions-hint = NUTS-koder i disse lande, f.eks. DED; lad feltet stå tomt for hele landene.
service-reference = Jeres reference
service-reference-hint = Jeres egen kode for ydelsen; en katalogimport opdaterer ydelsen med samme reference.
service-topics = Teknologier og økosystemer
service-centre = Teknologicenter
service-save = Gem ydelsen
service-form-intro = Beskriv én ydelse, som din organisation tilbyder. Den offentliggøres, når en moderator har gennemgået den.
service-new = Tilbyd en ny ydelse
service-new-title = Ny ydelse fra { $name }
service-edit = Rediger
service-edit-title = Rediger { $name }
service-back = Tilbage til ydelsen
service-withdraw = Træk tilbage fra ydelseskataloget
service-all-of-centre = Alle centrets ydelser
service-owner-heading = Jeres ydelse
service-offered-title = Ydelser fra { $name }
service-none-offered = Ingen ydelser endnu.
service-figures-heading = Centrets nøgletal
service-figure-answered = Har besvaret { $answered } af { $requests } forespørgsler
service-figure-answer = Første svar (median): { $time }
service-figure-rating = Bedømt { $rating } ud af 5 af { $count ->
    [one] én kunde
   *[other] { $count } kunder
}
service-done-saved = Ydelsen er gemt.
service-done-submitted = Ydelsen er indsendt til gennemgang.
service-done-withdrawn = Ydelsen er trukket tilbage fra ydelseskataloget og er igen en kladde.
service-done-published = Ydelsen er offentliggjort.
service-done-returned = Ydelsen er sendt tilbage til sit center.
service-done-sent = Din forespørgsel er sendt. Centret får besked pr. e-mail.
service-done-quoted = Jeres tilbud er sendt.
service-done-declined = Forespørgslen er afslået.
service-done-accepted = Tilbuddet er accepteret.
service-done-withdrawn-request = Forespørgslen er trukket tilbage.
service-done-delivered = Leveringen er markeret som gennemført.
service-done-rated = Tak for din bedømmelse.
service-done-replied = Jeres svar er offentliggjort sammen med bedømmelsen.
service-error-not-a-centre = Kun teknologicentre, forskningsorganisationer, universiteter og innovationshubs kan tilbyde ydelser.
service-error-not-editable = En offentliggjort ydelse skal trækkes tilbage, før den kan ændres.
service-error-state = En anden har ændret ydelsen i mellemtiden. Genindlæs siden.
service-error-reference = En anden ydelse fra din organisation har allerede denne reference.
service-error-price = Skriv et beløb i euro, f.eks. 1200 eller 1200.50.
service-error-price-required = En fast pris eller en dagspris kræver en vejledende pris.
service-error-trl = Vælg et niveau fra 1 til 9; det højeste må ikke være lavere end det laveste.
service-error-days = Skriv et helt antal dage.
service-error-delivery = Vælg mindst én.
service-error-voucher-amount = Voucheren skal dække mere end 0 og højst den tilbudte pris ({ $price }).
service-error-voucher-left = Der er kun { $left } tilbage på voucheren; brug et mindre beløb.
moderation-services-title = Ydelser til gennemgang
moderation-services-none = Ingen ydelser afventer gennemgang.

service-request-heading = Forespørg på denne ydelse
service-request-submit = Send forespørgslen
service-request-login = Log ind for at forespørge på denne ydelse
service-request-own = Dette er din organisations ydelse.
service-request-no-organisation = Ydelser forespørges på vegne af en organisation: bliv først tilknyttet en organisation i kataloget, eller gør krav på dens profil.
service-request-network = Via et netværk
service-request-network-hint = En klynge eller et netværk, du er medlem af, følger forespørgslen og svartiderne (ikke indholdet).
service-request-no-network = Intet netværk
service-request-need = Hvad du har brug for
service-request-need-hint = Dit produkt, problemet, hvad du vil finde ud af eller fremstille. Skriv på dit eget sprog.
service-request-trl = Jeres teknologiske modenhedsniveau (TRL)
service-request-budget = Budget
service-request-budget-from = Budget fra (euro)
service-request-budget-to = Budget op til (euro)
service-request-wanted-by = Ønskes senest
service-request-sharing = Hvad I kan dele
service-request-sharing-hint = Tegninger, prøver, data, og på hvilke vilkår (f.eks. efter en fortrolighedsaftale).
service-request-sent = Sendt
service-request-due = Svarfrist
service-request-client = Kunde
service-request-from = Forespørgsel fra { $name }
service-request-to = Forespørgsel til { $name }
service-request-private = Kun personerne i de to organisationer ser denne forespørgsel.
service-request-error-state = En anden har ændret forespørgslens status i mellemtiden. Genindlæs siden.
service-requests-received = Forespørgsler til jeres center
service-requests-sent = Forespørgsler, I har sendt
service-requests-none = Du har endnu ikke forespurgt på en ydelse.
service-quote-heading = Tilbud
service-quote-price = Pris (euro)
service-quote-duration = Varighed i dage
service-quote-conditions = Betingelser
service-quote-submit = Send tilbuddet
service-decline-heading = Afslå
service-decline-reason = Begrundelse for afslaget
service-decline-submit = Afslå forespørgslen
service-declined-because = Centret har afslået: { $reason }
service-accept-heading = Accepter tilbuddet
service-accept-submit = Accepter tilbuddet
service-accept-voucher = Betales med voucher
service-accept-no-voucher = Ingen voucher
service-accept-voucher-option = { $programme } ({ $left } tilbage)
service-accept-voucher-amount = Beløb, som voucheren dækker (euro)
service-accept-voucher-amount-hint = Lad feltet stå tomt for at dække så meget af tilbuddet, som der er tilbage på voucheren.
service-withdraw-submit = Træk forespørgslen tilbage
service-delivered-submit = Marker som leveret
service-delivered-by-centre = Centret har markeret leveringen som gennemført.
service-delivered-by-client = Kunden har markeret leveringen som gennemført.
service-stars = { $count ->
    [one] 1 stjerne
   *[other] { $count } stjerner
}
service-rate-heading = Bedømmelse
service-rate-stars = Din bedømmelse
service-rate-comment = Kommentar
service-rate-submit = Bedøm
service-reply-heading = Svar på bedømmelsen
service-reply-text = Jeres svar
service-reply-submit = Offentliggør svaret
service-reply-by = { $name } svarede:

service-challenge-title = Beskriv din udfordring
service-challenge-intro = Fortæl med dine egne ord og på dit eget sprog, hvad du har brug for. Vi foreslår de ydelser, der passer, med begrundelser, og du vælger op til fem centre, der forespørges på én gang.
service-challenge-heading = Din udfordring
service-challenge-propose = Vis de ydelser, der passer
service-proposals-title = Ydelser, der passer til din udfordring
service-proposals-intro = Vælg op til { $max } ydelser; hvert center modtager din udfordring som en forespørgsel.
service-proposals-choose = Foreslåede ydelser
service-proposals-details = Detaljer
service-proposals-send = Send forespørgsel til de valgte centre
service-proposals-none = Ingen offentliggjort ydelse passer endnu til din udfordring. Prøv andre ord, eller gennemse ydelseskataloget.
service-proposals-browse = Gennemse ydelseskataloget
service-challenge-choose = Vælg mellem én og { $max } af de foreslåede ydelser.
service-challenge-too-many = Vælg højst { $max } ydelser.
service-challenge-not-proposed = Vælg blandt de foreslåede ydelser.
service-challenge-under-way = Forespørgsler fra denne udfordring er stadig i gang.
service-challenge-page-title = Din udfordring
service-challenge-asked = Forespurgte centre
service-challenge-next = Send forespørgsel til de næste centre

proposal-offers = Tilbyder “{ $kind }” inden for { $concepts }, som udfordringen har brug for
proposal-knows = Arbejder med { $concepts }, som udfordringen har brug for
proposal-kind = Tilbyder “{ $kind }”, som udfordringen efterspørger
proposal-words = Fælles ord: { $words }
proposal-trl = TRL { $from } til { $to } dækker jeres TRL { $trl }
proposal-voucher = Accepteres af det voucherprogram, I har fået tildelt en voucher fra
proposal-answers = Svarer inden for { $time } (median)
proposal-rated = Bedømt { $rating } af { $count ->
    [one] én kunde
   *[other] { $count } kunder
}
proposal-speaks = Taler { $language }
proposal-distance = { $km } km væk
proposal-across-border = På den anden side af grænsen, { $km } km væk

service-routed-title = Forespørgsler på ydelser via { $name }
service-routed-title-short = Forespørgsler via os
service-routed-intro = De forespørgsler, jeres medlemmer har sendt via jeres netværk: deres status og svartider. Indholdet forbliver mellem kunden og centret.
service-routed-csv = Download som CSV
service-routed-summary = Forespørgsler: { $count }, heraf besvaret: { $answered }
service-routed-none = Der er endnu ikke sendt forespørgsler via jeres netværk.
service-routed-answer = Første svar

programme-voucher = Voucherprogram
programme-voucher-hint = Tildelinger er innovationsvouchere, der bruges på tilbud på teknologiske ydelser, som accepterer programmet.

mail-service-submitted-subject = En teknologisk ydelse afventer gennemgang på clusterhub
mail-service-submitted-body = “{ $title }” er indsendt. Gennemgå den her:
    { $link }
mail-service-published-subject = Jeres ydelse er offentliggjort på clusterhub
mail-service-published-body = “{ $title }” er offentliggjort:
    { $link }
mail-service-returned-subject = Jeres ydelse er sendt tilbage til rettelse
mail-service-returned-body = En moderator har sendt “{ $title }” tilbage: { $reason }
    Ret den her, og indsend den igen:
    { $link }
mail-service-requested-subject = Ny forespørgsel på “{ $service }”
mail-service-requested-body = { $organisation } forespørger på “{ $service }”:

    { $need }

    Giv et tilbud eller afslå her:
    { $link }
mail-service-quoted-subject = Et tilbud på “{ $service }”
mail-service-quoted-body = { $organisation } har sendt et tilbud på “{ $service }”. Accepter det, eller træk jeres forespørgsel tilbage her:
    { $link }
mail-service-declined-subject = Jeres forespørgsel på “{ $service }” er afslået
mail-service-declined-body = { $organisation } har afslået jeres forespørgsel på “{ $service }”. Begrundelsen og andre centre, I kan spørge:
    { $link }
mail-service-accepted-subject = Jeres tilbud på “{ $service }” er accepteret
mail-service-accepted-body = { $organisation } har accepteret jeres tilbud på “{ $service }”:
    { $link }
mail-service-withdrawn-subject = En forespørgsel på “{ $service }” er trukket tilbage
mail-service-withdrawn-body = { $organisation } har trukket sin forespørgsel på “{ $service }” tilbage:
    { $link }
mail-service-delivery-marked-subject = Levering af “{ $service }” markeret som gennemført
mail-service-delivery-marked-body = { $organisation } har markeret leveringen af “{ $service }” som gennemført. Marker den også, når I er enige:
    { $link }
mail-service-delivered-subject = “{ $service }” er leveret
mail-service-delivered-body = Begge parter har markeret leveringen af “{ $service }” som gennemført (senest: { $organisation }):
    { $link }
mail-service-rated-subject = “{ $service }” er blevet bedømt
mail-service-rated-body = { $organisation } har bedømt “{ $service }”. Læs bedømmelsen, og svar her:
    { $link }
mail-service-replied-subject = Et svar på jeres bedømmelse af “{ $service }”
mail-service-replied-body = { $organisation } har svaret på jeres bedømmelse af “{ $service }”:
    { $link }
mail-service-reminder-subject = Påmindelse: en forespørgsel på “{ $service }” venter på jeres svar
mail-service-reminder-body = { $organisation } har forespurgt på “{ $service }” og venter på jeres tilbud eller afslag. Svar her:
    { $link }
mail-service-lapsed-subject = Endnu intet svar på “{ $service }”
mail-service-lapsed-body = { $organisation } har ikke besvaret jeres forespørgsel på “{ $service }” inden for den angivne tid, heller ikke efter en påmindelse. Send forespørgsel til de næste foreslåede centre her:
    { $link }

profile-services = Teknologiske ydelser
profile-services-manage = Vores teknologiske ydelser
programme-vouchers-heading = Hvad voucherne er brugt til
programme-vouchers-none = Der er endnu ikke brugt nogen voucher.
programme-voucher-committed = Reserveret
programme-voucher-spent = Brugt
programme-voucher-spent-on = { $service } ({ $amount }, leveret)
programme-voucher-committed-to = { $service } ({ $amount }, i gang)
service-under-an-hour = under en time
service-price-shown = Vejledende pris
service-languages-spoken = Sprog
service-error-too-many-requests = Jeres organisation har sendt mange forespørgsler i dag; send flere i morgen.
service-request-need-shown = Behovet
service-request-trl-shown = Teknologisk modenhedsniveau (TRL)
service-request-sharing-shown = Hvad der må deles
service-quote-price-shown = Pris
service-quote-duration-shown = Varighed
