# B2B-fremmøde på dagen: check-in, "fandt mødet sted?", genbesættelse, spørgsmålet bagefter.
b2b-checkin-title = Check-in: { $title }
b2b-checkin-link = Check-in
b2b-checkin-counts = { $present } til stede nu · { $arrived } ankommet · { $confirmed } forventet
b2b-checkin-direction = Scan for
b2b-checkin-kind-in = Ankomst (check-in)
b2b-checkin-kind-out = Afgang (check-ud)
b2b-checkin-code = QR-kode eller check-in-kode
b2b-checkin-code-hint = Scan deltagerens QR-kode, eller skriv de seks tegn under den.
b2b-checkin-submit = Registrér
b2b-checkin-camera = Scan med kameraet
b2b-checkin-camera-error = Kameraet kunne ikke starte: skriv koden i stedet.
b2b-checkin-offline = Ingen forbindelse: scanningen gemmes på denne enhed og sendes, når netværket er tilbage.
b2b-checkin-queued = %n scanninger venter på at blive sendt.
b2b-checkin-batch-refused = Serveren afviste disse gemte scanninger som fejlformede; de er fjernet fra denne enhed. Scan de pågældende personer igen.
b2b-checkin-synced = %n scanninger sendt.
b2b-checkin-in = Tjekket ind. Velkommen!
b2b-checkin-already-in = Allerede tjekket ind kl. { $time }.
b2b-checkin-out = Tjekket ud. De resterende møder kan gives til andre.
b2b-checkin-already-out = Allerede tjekket ud kl. { $time }.
b2b-checkin-not-in = Ikke tjekket ind: intet at tjekke ud.
b2b-checkin-replayed = Denne scanning er registreret før.
b2b-checkin-error-empty = Scan en QR-kode, eller skriv en check-in-kode.
b2b-checkin-error-unknown = Ingen deltager i dette arrangement har denne kode. Tjek de seks tegn (der er intet 0, O, 1 eller I).
b2b-checkin-error-token = Denne QR-kode er ikke en gyldig check-in-kode til dette arrangement.
b2b-checkin-error-revoked = Denne tilmelding er annulleret: QR-koden gælder ikke længere.
b2b-checkin-error-ambiguous = To deltagere har denne kode: scan QR-koden, eller find personen ved navn.
b2b-attendance-link = Fremmøde
b2b-attendance-title = Fremmøde: { $title }
b2b-attendance-present = til stede nu
b2b-attendance-left = tjekket ud
b2b-attendance-total-held = møder holdt
b2b-attendance-total-no-show = udeblevne
b2b-attendance-total-conflict = modstridende svar
b2b-attendance-total-unknown = uden svar
b2b-attendance-needing = Møder, der venter på din afgørelse
b2b-attendance-all = Alle påbegyndte møder
b2b-attendance-show-all = Vis alle påbegyndte møder
b2b-attendance-show-needing = Vis kun dem, der venter på din afgørelse
b2b-attendance-none = Intet møde venter på din afgørelse.
b2b-attendance-requester = Spurgt af
b2b-attendance-invitee = Inviteret
b2b-attendance-settled = Udfald
b2b-attendance-record = Registrér udfaldet
b2b-attendance-save = Gem
b2b-attendance-no-answer = intet svar
b2b-attendance-held = de mødtes
b2b-attendance-requester-absent = den, der spurgte, kom ikke
b2b-attendance-invitee-absent = den inviterede kom ikke
b2b-attendance-both-absent = ingen af dem kom
b2b-attendance-conflict = Modstridende svar
b2b-attendance-done-recorded = Udfaldet er registreret.
b2b-attendance-error-not-started = Dette møde er ikke begyndt endnu.
b2b-refill-heading = Genbesæt resten af dagen
b2b-refill-intro = De kommende møder for personer, der er tjekket ud eller meldt fraværende, aflyses, og deres tider går til det, der venter mellem personer, der er til stede: accepterede anmodninger uden plads, ventende anmodninger, hvor modtageren har markeret afsenderen, og personer, der har markeret hinanden. Intet andet flyttes; de berørte får besked med det samme.
b2b-refill-run = Genbesæt frigjorte tider
b2b-refill-done = { $count ->
    [one] Ét møde lagt i frigjorte tider; de berørte har fået besked.
   *[other] { $count } møder lagt i frigjorte tider; de berørte har fået besked.
}
b2b-refill-error-not-published = Offentliggør mødeplanen, før du genbesætter den på dagen.
b2b-refill-error-not-running = Tider genbesættes kun, mens arrangementet står på, mellem dets start og slutning.
b2b-refill-when = Frigjorte tider kan genbesættes, mens arrangementet står på.
b2b-refill-released = { $count ->
    [one] Ét møde med en fraværende person er aflyst.
   *[other] { $count } møder med fraværende personer er aflyst.
}
b2b-agenda-checkin-heading = Din check-in-kode
b2b-agenda-checkin-intro = Vis denne QR-kode ved indgangen (på skærmen eller printet). Kan den ikke læses, så oplys koden nedenfor.
b2b-agenda-qr = Din check-in-QR-kode
b2b-agenda-code = Check-in-kode:
b2b-agenda-happened-heading = Fandt dine møder sted?
b2b-agenda-we-met = Vi mødtes
b2b-agenda-they-missed = Kom ikke
b2b-agenda-you-met = du sagde, at I mødtes
b2b-agenda-you-reported-absent = du sagde, at personen ikke kom
b2b-agenda-done-reported = Tak, dit svar er registreret.
b2b-ics-checkin-code = Check-in-kode: { $code }
b2b-answer-title = Dine møder ved { $title }
b2b-answer-held-question = Mødte du { $name }? Bekræft med knappen.
b2b-answer-absent-question = { $name } kom ikke til jeres møde? Bekræft med knappen.
b2b-answer-confirm = Bekræft
b2b-answer-thanks = Tak
b2b-answer-thanks-detail = Dit svar om dit møde ved { $title } er registreret.
b2b-answer-error-link = Dette link er ikke gyldigt. Svar i stedet i din mødeplan.
b2b-answer-error-expired = Dette link er udløbet. Svar i stedet i din mødeplan.
mail-b2b-refill-subject = Din mødeplan er ændret: { $title }
mail-b2b-refill-body = Din mødeplan for i dag er ændret:
    { $changes }
    Din mødeplan: { $link }
mail-b2b-refill-gone = Aflyst: { $when } med { $name }, som ikke er her.
mail-b2b-refill-new = Nyt: { $when }, { $place }, med { $name }.
mail-b2b-ask-subject = Fandt dine møder sted? { $title }
mail-b2b-ask-body = Ingen har endnu fortalt os, om disse møder fandt sted. Ét klik er nok (uden login; linkene virker i { $days } dage):
    
    { $meetings }
mail-b2b-ask-meeting = { $when } med { $name }
    Vi mødtes: { $held }
    Personen kom ikke: { $absent }
mail-event-registered-checkin = Ved B2B-møderne viser du QR-koden fra din mødeplan ({ $agenda }) ved indgangen, eller oplyser din check-in-kode: { $code }
mail-event-registered-checkin-image = Ved B2B-møderne viser du det vedhæftede billede ved check-in: det er din QR-kode til check-in, som også står i din mødeplan ({ $agenda }). Kan den ikke scannes, oplyser du din check-in-kode: { $code }
