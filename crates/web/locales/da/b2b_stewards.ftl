# Bordværter ved B2B-arrangementer: udpeget af arrangørerne passer de check-in og registrerer, om møder fandt sted.
b2b-stewards-link = Bordværter
b2b-stewards-title = Bordværter
b2b-stewards-intro = Bordværter passer check-in og registrerer på dagen, om møderne fandt sted. De ser intet andet af arrangementets organisering: hverken dashboardet, planlægningen, genbesættelsen eller indstillingerne. En bordværts ord om et møde afgør det, medmindre du registrerer noget andet; ingen registrerer et møde, de selv deltager i.
b2b-stewards-list = Bordværter ved dette arrangement
b2b-stewards-none = Ingen bordvært udpeget endnu.
b2b-stewards-named = udpeget { $date }
b2b-stewards-named-by = udpeget { $date } af { $name }
b2b-stewards-remove = Fjern
b2b-stewards-add = Udpeg en bordvært
b2b-stewards-email = E-mailadressen på personens konto
b2b-stewards-email-hint = Personen skal have en konto på denne platform. Vedkommende får besked pr. mail om, hvor check-in og fremmødesiden er.
b2b-stewards-done-named = Bordværten er udpeget og kan nu åbne check-in og fremmødesiden.
b2b-stewards-done-removed = Bordværten er fjernet. Det, vedkommende har registreret, bliver stående.
b2b-stewards-error-empty = Skriv e-mailadressen på personens konto.
b2b-stewards-error-address = Dette er ikke en gyldig e-mailadresse.
b2b-stewards-error-no-account = Ingen konto har denne e-mailadresse. Bed personen om at oprette en konto først, og udpeg vedkommende derefter.
b2b-stewards-error-organiser = Denne person er allerede arrangør og kan passe check-in uden at være udpeget.
b2b-stewards-error-throttled = Du har slået mange adresser op på kort tid. Prøv igen om { $minutes } minutter.
b2b-steward-heading = Du er bordvært
b2b-steward-intro = På dagen checker du deltagerne ind og registrerer, om deres møder fandt sted.
b2b-steward-error-own-meeting = Du deltager selv i dette møde og kan derfor ikke registrere udfaldet: Det gør arrangørerne.
b2b-steward-error-side-missing = Den ene part i dette møde er ikke længere tilmeldt, så du kan ikke registrere udfaldet: Det gør arrangørerne.
b2b-attendance-word-organiser = Arrangør ({ $name }): { $outcome }
b2b-attendance-word-steward = Bordvært ({ $name }): { $outcome }
b2b-attendance-erased = slettet konto
b2b-attendance-own-meeting = Du deltager selv: arrangørerne afgør det.
mail-b2b-steward-subject = Du er bordvært: { $title }
mail-b2b-steward-body = { $name } har udpeget dig som bordvært ved { $title }. På dagen checker du deltagerne ind og registrerer, om deres møder fandt sted.
    
    Check-in: { $desk }
    Fremmøde: { $attendance }
    
    Log ind med denne adresse for at åbne dem. Møder, du selv deltager i, registreres af arrangørerne.
