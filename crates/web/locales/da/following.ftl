## At følge og det ugentlige overblik

following-title = Følger
following-intro = Følg organisationer, teknologier, økosystemer og lande: hver mandag morgen får du én e-mail med det nye i dem — nyheder, samarbejdsmuligheder, arrangementer og opslag, der snart lukker.
following-list-heading = Det, du følger
following-none = Du følger ikke noget endnu. Følg en organisation fra dens profil, eller en teknologi, et økosystem eller et land herunder.
following-kind-organisation = Organisationer
following-kind-technology = Teknologi
following-kind-ecosystem = Industrielt økosystem
following-kind-country = Land
following-add-heading = Følg mere
following-add-organisations = Følg organisationer fra deres profil (knappen under navnet):
following-follow = Følg
following-follow-named = Følg { $name }
following-is-following = Du følger { $name }
following-stop = Stop med at følge
following-stop-named = Stop med at følge { $name }
following-sign-in = Log ind for at følge { $name }
following-followed = Fulgt: det nye kommer i dit ugentlige overblik.
following-followed-named = Du følger nu { $name }: det nye kommer i dit ugentlige overblik.
following-unfollowed-named = Du følger ikke længere { $name }.
following-unfollowed = Ikke længere fulgt.
following-too-many = Du følger så meget, som én person kan; stop med at følge noget først.
following-digest-heading = Ugentligt overblik
following-digest-next = Dit næste overblik kommer { $date }, hvis der er noget nyt.
following-digest-off = Dit ugentlige overblik er stoppet.
following-digest-none = Følg noget for at få et ugentligt overblik.
following-digest-searches = { $count ->
    [one] Én gemt søgning sender sine nye resultater i overblikket.
   *[other] { $count } gemte søgninger sender deres nye resultater i overblikket.
}
following-digest-start = Start det ugentlige overblik
following-digest-stop = Stop det ugentlige overblik
following-digest-started = Det ugentlige overblik er startet.
following-digest-stopped = Det ugentlige overblik er stoppet. Det, du følger, bliver, og du kan starte det igen her.
following-unsubscribe-title = Stop det ugentlige overblik
following-unsubscribe-intro = Du får ikke flere ugentlige overblik. Det, du følger, bliver på din konto, hvor du kan starte overblikket igen.
following-unsubscribe = Stop overblikket
following-unsubscribed = Ugentligt overblik stoppet
following-unsubscribed-detail = Du får ikke flere ugentlige overblik. Log ind og åbn “Følger” for at starte det igen.
following-unknown-link = Linket er ugyldigt eller udløbet: stop overblikket under “Følger” på din konto.

alerts-daily = daglig e-mail
alerts-weekly = i det ugentlige overblik
alerts-make-weekly = Send ugentligt i overblikket
alerts-make-daily = Send dagligt i stedet
alerts-frequency-changed = Gemt: påmindelsen sendes nu, som du valgte.

mail-weekly-subject = { $count ->
    [one] Din uge på clusterhub: én nyhed i det, du følger
   *[other] Din uge på clusterhub: { $count } nyheder i det, du følger
}
mail-weekly-intro = Hej { $name }, her er det nye fra { $from } til { $to } i det, du følger.
mail-weekly-news = Nyheder
mail-weekly-opportunities = Samarbejdsmuligheder
mail-weekly-events = Arrangementer
mail-weekly-calls = Opslag, der snart lukker
mail-weekly-search = Nyt i din gemte søgning “{ $name }”
mail-weekly-starts = Starter { $date }
mail-weekly-closes = Lukker { $date }
mail-weekly-because = Fordi du følger: { $what }
mail-weekly-more = … og { $count } mere: { $link }
mail-weekly-footer = Skift, hvad du følger: { $following }
    Stop disse e-mails: { $unsubscribe }
