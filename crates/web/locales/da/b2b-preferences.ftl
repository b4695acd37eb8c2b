# B2B-præferencer og kompakte mødeplaner: markeringer af deltagere, matchmaking-tilstand,
# mødegrænser og gruppemøder.

b2b-mark-none = Ingen markering
b2b-mark-must = Skal mødes
b2b-mark-wish = Vil gerne mødes
b2b-mark-no = Nej tak
b2b-mark-label = Din præference for { $name }
b2b-mark-save = Gem præference
b2b-mark-hint = Kun du og arrangøren ser dine præferencer. Arrangøren parrer dig aldrig med nogen, du har markeret "Nej tak". På selve dagen kan arrangøren, når tider bliver ledige, sætte et møde op med en, du har markeret "Skal mødes" eller "Vil gerne mødes", og som har bedt dig om et møde eller også har markeret dig (med hosted buyers er din markering nok); du får straks besked.
b2b-done-marked = Din præference er gemt.
b2b-error-unknown-participant = er ikke deltager i dette arrangement.
b2b-error-mark = skal være "must", "wish", "no" eller tom.

b2b-matchmaking-settings = Matchmaking-indstillinger
b2b-save-matchmaking = Gem indstillinger
b2b-mode = Hvordan møder opstår
b2b-mode-requests = Anmodninger: deltagerne spørger hinanden og accepterer
b2b-mode-hosted = Hosted buyers: arrangøren parrer folk ud fra deres præferencer
b2b-mode-now = Tilstand: { $mode }
b2b-mode-explained = Med anmodninger planlægges accepterede anmodninger, og en "Skal mødes"-markering sætter dem først. Med hosted buyers parres to deltagere, hvor den ene har markeret den anden "Skal mødes" eller "Vil gerne mødes", medmindre en af dem har sagt "Nej tak"; skal-møder placeres først. På dagen går tider, som fraværende har frigjort, også til ventende anmodninger, hvor modtageren har markeret afsenderen, og til to tilstedeværende deltagere, der har markeret hinanden (med hosted buyers: den ene har markeret den anden).
b2b-min-meetings = Færrest møder pr. person
b2b-max-meetings = Flest møder pr. person
b2b-limit-hint = Lad stå tom for ingen grænse.
b2b-skip-met = Udelad par, der har mødt hinanden ved et tidligere arrangement hos os
b2b-skip-met-hint = Mødt betyder: et møde placeret i en offentliggjort plan for et tidligere B2B-arrangement hos samme arrangør.
b2b-done-matchmaking = Indstillingerne er gemt. De gælder ved næste planlægning.
b2b-error-limit = skal være et helt tal fra { $min } til { $max }.
b2b-error-max-below-min = må ikke være under det færreste antal møder.
b2b-error-mode = skal være "requests" eller "hosted".

b2b-limits = Grænser pr. deltager
b2b-limits-explained = En deltagers egne grænser erstatter arrangementets. Lad begge stå tomme for at bruge arrangementets.
b2b-no-participants = Ingen er tilmeldt endnu.
b2b-min-of = Færrest møder for { $name }
b2b-max-of = Flest møder for { $name }
b2b-save-limits = Gem grænser
b2b-done-limits = Deltagerens grænser er gemt.

b2b-marks = Deltagernes præferencer
b2b-no-marks = Ingen har markeret nogen endnu.
b2b-marked-by = Markeret af
b2b-marked = Hvem
b2b-mark = Præference

b2b-groups = Gruppemøder
b2b-groups-explained = En vært mødes med op til seks gæster fra en eller flere organisationer ved ét bord i ét tidsrum, som alle har fri.
b2b-add-group = Tilføj et gruppemøde
b2b-edit-group = Ret gruppemødet
b2b-save-group = Gem gruppemødet
b2b-remove-group = Fjern
b2b-choose-host = Vælg værten
b2b-group-title = Titel
b2b-group-host = Vært
b2b-group-guests = Gæster
b2b-group-guests-hint = En til { $max } gæster ud over værten.
b2b-group-placed = Placeret
b2b-done-group = Gruppemødet er gemt. Næste planlægning placerer det.
b2b-done-group-removed = Gruppemødet er fjernet.
b2b-error-group-title = skal angives med højst 200 tegn.
b2b-error-no-guests = skal nævne mindst én gæst ud over værten.
b2b-error-too-many-guests = må højst nævne { $max } gæster.

b2b-figures = Planens tal
b2b-figure-must = Placerede skal-møder
b2b-figure-of = { $placed } af { $asked }
b2b-figure-meetings = Placerede møder
b2b-figure-below-minimum = Personer under deres færreste antal møder
b2b-figure-idle-gaps = Ventetid
b2b-figure-table-changes = Bordskift

b2b-reason-maximum = { $name } har det højeste antal møder, vedkommende accepterer.
b2b-reason-member-busy = { $name } er optaget, hver gang gruppen kunne mødes.
b2b-reason-unplaced = Planlæggeren fandt hverken tidsrum eller bord.
b2b-reason-member-not-participant = Et af medlemmerne er ikke længere deltager.
