## Folgen und der wöchentliche Überblick

following-title = Verfolgte Themen
following-intro = Folgen Sie Organisationen, Technologien, Ökosystemen und Ländern: Jeden Montagmorgen erhalten Sie eine E-Mail mit allem Neuen dazu – Nachrichten, Kooperationsangebote, Veranstaltungen und bald endende Förderaufrufe.
following-list-heading = Was Sie verfolgen
following-none = Sie folgen noch nichts. Folgen Sie einer Organisation auf ihrem Profil oder unten einer Technologie, einem Ökosystem oder einem Land.
following-kind-organisation = Organisationen
following-kind-technology = Technologie
following-kind-ecosystem = Industrielles Ökosystem
following-kind-country = Land
following-add-heading = Mehr folgen
following-add-organisations = Organisationen folgen Sie auf ihrem Profil (die Schaltfläche unter dem Namen):
following-follow = Folgen
following-follow-named = { $name } folgen
following-is-following = Sie folgen { $name }
following-stop = Nicht mehr folgen
following-stop-named = { $name } nicht mehr folgen
following-sign-in = Anmelden, um { $name } zu folgen
following-followed = Gefolgt: Neues dazu kommt in Ihrem wöchentlichen Überblick.
following-followed-named = Sie folgen jetzt { $name }: Neues kommt in Ihrem wöchentlichen Überblick.
following-unfollowed-named = Sie folgen { $name } nicht mehr.
following-unfollowed = Nicht mehr gefolgt.
following-too-many = Sie folgen so vielen Dingen, wie eine Person kann; beenden Sie zuerst ein Folgen.
following-digest-heading = Wöchentlicher Überblick
following-digest-next = Ihr nächster Überblick kommt am { $date }, wenn es Neues gibt.
following-digest-off = Ihr wöchentlicher Überblick ist abbestellt.
following-digest-none = Folgen Sie etwas, um einen wöchentlichen Überblick zu erhalten.
following-digest-searches = { $count ->
    [one] Eine gespeicherte Suche schickt ihre neuen Treffer im Überblick.
   *[other] { $count } gespeicherte Suchen schicken ihre neuen Treffer im Überblick.
}
following-digest-start = Wöchentlichen Überblick bestellen
following-digest-stop = Wöchentlichen Überblick abbestellen
following-digest-started = Der wöchentliche Überblick ist bestellt.
following-digest-stopped = Der wöchentliche Überblick ist abbestellt. Was Sie verfolgen, bleibt, und Sie können ihn hier wieder bestellen.
following-unsubscribe-title = Wöchentlichen Überblick abbestellen
following-unsubscribe-intro = Sie erhalten keine wöchentlichen Überblicke mehr. Was Sie verfolgen, bleibt in Ihrem Konto, wo Sie den Überblick wieder bestellen können.
following-unsubscribe = Abbestellen
following-unsubscribed = Wöchentlicher Überblick abbestellt
following-unsubscribed-detail = Sie erhalten keine wöchentlichen Überblicke mehr. Melden Sie sich an und öffnen Sie „Verfolgte Themen“, um ihn wieder zu bestellen.
following-unknown-link = Dieser Link ist ungültig oder abgelaufen: Bestellen Sie den Überblick unter „Verfolgte Themen“ in Ihrem Konto ab.

alerts-daily = tägliche E-Mail
alerts-weekly = im wöchentlichen Überblick
alerts-make-weekly = Wöchentlich im Überblick senden
alerts-make-daily = Stattdessen täglich senden
alerts-frequency-changed = Gespeichert: Die Benachrichtigung kommt nun wie gewählt.

mail-weekly-subject = { $count ->
    [one] Ihre Woche auf clusterhub: eine Neuigkeit zu dem, was Sie verfolgen
   *[other] Ihre Woche auf clusterhub: { $count } Neuigkeiten zu dem, was Sie verfolgen
}
mail-weekly-intro = Hallo { $name }, das ist neu vom { $from } bis { $to } zu dem, was Sie verfolgen.
mail-weekly-news = Nachrichten
mail-weekly-opportunities = Kooperationsangebote
mail-weekly-events = Veranstaltungen
mail-weekly-calls = Bald endende Förderaufrufe
mail-weekly-search = Neu in Ihrer gespeicherten Suche „{ $name }“
mail-weekly-starts = Beginnt am { $date }
mail-weekly-closes = Endet am { $date }
mail-weekly-because = Weil Sie verfolgen: { $what }
mail-weekly-more = … und { $count } weitere: { $link }
mail-weekly-footer = Ändern, was Sie verfolgen: { $following }
    Diese E-Mails abbestellen: { $unsubscribe }
