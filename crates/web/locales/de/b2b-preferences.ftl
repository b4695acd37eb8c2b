# B2B-Präferenzen und kompakte Terminpläne: Markierungen, Matchmaking-Modus, Terminlimits und
# Gruppentermine.

b2b-mark-none = Keine Markierung
b2b-mark-must = Muss ich treffen
b2b-mark-wish = Würde ich gern treffen
b2b-mark-no = Nein, danke
b2b-mark-label = Ihre Präferenz für { $name }
b2b-mark-save = Präferenz speichern
b2b-mark-hint = Ihre Präferenzen sehen nur Sie und der Veranstalter. Der Veranstalter bringt Sie nie mit jemandem zusammen, den Sie mit „Nein, danke“ markiert haben. Am Tag der Veranstaltung kann der Veranstalter frei gewordene Termine mit jemandem belegen, den Sie mit „Muss ich treffen“ oder „Würde ich gern treffen“ markiert haben und der Sie angefragt oder ebenfalls markiert hat (bei Hosted Buyers genügt Ihre Markierung); Sie werden sofort benachrichtigt.
b2b-done-marked = Ihre Präferenz ist gespeichert.
b2b-error-unknown-participant = ist kein Teilnehmer dieser Veranstaltung.
b2b-error-mark = muss „must“, „wish“, „no“ oder leer sein.

b2b-matchmaking-settings = Matchmaking-Einstellungen
b2b-save-matchmaking = Einstellungen speichern
b2b-mode = Wie Termine entstehen
b2b-mode-requests = Anfragen: Teilnehmer fragen einander an und nehmen an
b2b-mode-hosted = Hosted Buyers: Der Veranstalter bildet Paare aus den Präferenzen
b2b-mode-now = Modus: { $mode }
b2b-mode-explained = Bei Anfragen werden angenommene Anfragen eingeplant; eine Markierung „Muss ich treffen“ setzt sie an die erste Stelle. Bei Hosted Buyers werden je zwei Teilnehmer zusammengebracht, von denen einer den anderen mit „Muss ich treffen“ oder „Würde ich gern treffen“ markiert hat, außer einer hat „Nein, danke“ gesagt; Pflichttermine werden zuerst eingeplant. Am Veranstaltungstag gehen durch Abwesende frei gewordene Termine auch an offene Anfragen, deren Empfänger den Anfragenden markiert hat, und an zwei anwesende Teilnehmer, die sich gegenseitig markiert haben (bei Hosted Buyers: einer den anderen).
b2b-min-meetings = Mindestzahl Termine pro Person
b2b-max-meetings = Höchstzahl Termine pro Person
b2b-limit-hint = Leer lassen für keine Grenze.
b2b-skip-met = Paare auslassen, die sich bei einer früheren Veranstaltung von uns getroffen haben
b2b-skip-met-hint = Getroffen heißt: ein Termin im veröffentlichten Plan einer früheren B2B-Veranstaltung desselben Veranstalters.
b2b-done-matchmaking = Die Matchmaking-Einstellungen sind gespeichert. Sie gelten beim nächsten Planungslauf.
b2b-error-limit = muss eine ganze Zahl von { $min } bis { $max } sein.
b2b-error-max-below-min = darf nicht unter der Mindestzahl liegen.
b2b-error-mode = muss „requests“ oder „hosted“ sein.

b2b-limits = Limits pro Teilnehmer
b2b-limits-explained = Die eigenen Limits eines Teilnehmers ersetzen die der Veranstaltung. Beide leer lassen, um die der Veranstaltung zu verwenden.
b2b-no-participants = Noch niemand ist angemeldet.
b2b-min-of = Mindestzahl Termine für { $name }
b2b-max-of = Höchstzahl Termine für { $name }
b2b-save-limits = Limits speichern
b2b-done-limits = Die Limits des Teilnehmers sind gespeichert.

b2b-marks = Präferenzen der Teilnehmer
b2b-no-marks = Noch niemand hat jemanden markiert.
b2b-marked-by = Markiert von
b2b-marked = Wen
b2b-mark = Präferenz

b2b-groups = Gruppentermine
b2b-groups-explained = Ein Gastgeber trifft bis zu sechs Gäste aus einer oder mehreren Organisationen an einem Tisch in einem Zeitfenster, das alle frei haben.
b2b-add-group = Gruppentermin hinzufügen
b2b-edit-group = Gruppentermin ändern
b2b-save-group = Gruppentermin speichern
b2b-remove-group = Entfernen
b2b-choose-host = Gastgeber wählen
b2b-group-title = Titel
b2b-group-host = Gastgeber
b2b-group-guests = Gäste
b2b-group-guests-hint = Ein bis { $max } Gäste neben dem Gastgeber.
b2b-group-placed = Eingeplant
b2b-done-group = Der Gruppentermin ist gespeichert. Der nächste Planungslauf plant ihn ein.
b2b-done-group-removed = Der Gruppentermin ist entfernt.
b2b-error-group-title = muss angegeben werden, mit höchstens 200 Zeichen.
b2b-error-no-guests = muss mindestens einen Gast neben dem Gastgeber nennen.
b2b-error-too-many-guests = darf höchstens { $max } Gäste nennen.

b2b-figures = Kennzahlen des Plans
b2b-figure-must = Eingeplante Pflichttermine
b2b-figure-of = { $placed } von { $asked }
b2b-figure-meetings = Eingeplante Termine
b2b-figure-below-minimum = Personen unter ihrer Mindestzahl
b2b-figure-idle-gaps = Leerlaufzeiten
b2b-figure-table-changes = Tischwechsel

b2b-reason-maximum = { $name } hat die Höchstzahl an Terminen erreicht.
b2b-reason-member-busy = { $name } ist immer belegt, wenn die Gruppe sich treffen könnte.
b2b-reason-unplaced = Der Planer fand kein Zeitfenster und keinen Tisch dafür.
b2b-reason-member-not-participant = Ein Mitglied ist nicht mehr Teilnehmer.
