programme-list-title = Förderprogramme
programme-list-intro = Kaskadenförderprogramme von Clustern und Konsortien auf dieser Plattform: kleine Zuschüsse für KMU, die jeweils mit einem Technologiezentrum arbeiten.
programme-count = { $count ->
    [one] Ein Programm
   *[other] { $count } Programme
}
programme-empty = Noch kein Programm.
programme-all = Alle Förderprogramme
programme-new = Ein Förderprogramm durchführen
programme-edit = „{ $title }“ bearbeiten
programme-edit-link = Programm bearbeiten
programme-intro = Antragsteller sehen das Budget, den Höchstzuschuss, wer antragsberechtigt ist, die Fragen und die gewichteten Kriterien. Fragen stehen fest, sobald jemand beantragt hat, Kriterien, sobald jemand bewertet hat.
programme-owner = Durchgeführt von
programme-title = Titel
programme-summary = Was das Programm fördert
programme-summary-hint = Reiner Text; Absätze durch eine Leerzeile trennen.
programme-budget = Budget
programme-max-grant = Höchstzuschuss
programme-amount-hint = In Euro, z. B. 60000 oder 60000.50.
programme-countries = Förderfähige Länder
programme-countries-hint = Zweibuchstabige Codes, durch Leerzeichen getrennt (DE DK FR); leer lassen für alle Länder.
programme-types = Wer beantragen darf
programme-types-hint = Nichts ankreuzen für alle Arten von Organisationen.
programme-deadline = Frist
programme-save = Programm speichern
programme-run-by = Durchgeführt von
programme-committed = Gebunden
programme-remaining = Verbleibend
programme-funded = Geförderte Projekte:
programme-applications = Anträge
programme-anywhere = Alle Länder
programme-any-type = Alle Arten von Organisationen
programme-apply = Beantragen
programme-login-to-apply = Zum Beantragen anmelden
programme-yours = Anträge Ihrer Organisationen
programme-confirm-needed = Ihre Bestätigung als Technologiezentrum steht aus
programme-funded-projects = Geförderte Projekte
programme-none-funded = Noch kein Projekt gefördert.
programme-project-title = Projekt
programme-project-summary = Projektbeschreibung
programme-applicant = Antragsteller
programme-centre = Technologiezentrum
programme-centre-hint = Das Technologiezentrum oder die Forschungseinrichtung, mit der Sie arbeiten; tippen, um aus dem Verzeichnis zu wählen. Es wird um Bestätigung gebeten.
programme-grant = Zuschuss
programme-reports-of = Fortschritt von { $project }
programme-reports = Fortschrittsberichte
programme-no-reports = Noch kein Fortschrittsbericht.
programme-report-new = Neuer Fortschrittsbericht
programme-report-hint = Was getan wurde, was als Nächstes kommt, geänderte Pläne (20 bis 5000 Zeichen).
programme-report-submit = Bericht veröffentlichen
programme-requested = Beantragt
programme-requested-hint = Höchstens { $max }.
programme-apply-title = Antrag für { $title }
programme-apply-intro = Anträge bis { $deadline }. Der Höchstzuschuss beträgt { $max }.
programme-apply-submit = Antrag einreichen
programme-submitted = Eingereicht
programme-state-submitted = Wartet auf Entscheidung
programme-state-awaiting-centre = Wartet auf Bestätigung des Technologiezentrums
programme-state-awarded = Gefördert
programme-state-rejected = Nicht gefördert
programme-state-withdrawn = Zurückgezogen
programme-confirm = Unsere Teilnahme bestätigen
programme-confirm-text = { $centre } ist als Technologiezentrum dieses Projekts genannt. Bestätigen Sie, dass Sie mit dem Antragsteller arbeiten; erst dann kann das Programm es fördern.
programme-withdraw = Antrag zurückziehen
programme-award = Bewilligen
programme-money-line = Budget { $budget }: { $committed } gebunden, { $remaining } verbleibend.
programme-done-created = Das Programm nimmt Anträge entgegen.
programme-done-saved = Das Programm ist gespeichert.
programme-done-applied = Ihr Antrag ist eingereicht; das genannte Technologiezentrum wird um Bestätigung gebeten.
programme-done-awarded = Der Zuschuss ist bewilligt.
programme-done-rejected = Der Antrag ist abgelehnt.
programme-done-confirmed = Ihre Teilnahme ist bestätigt.
programme-done-withdrawn = Der Antrag ist zurückgezogen.
programme-done-reported = Der Fortschrittsbericht ist veröffentlicht.
programme-error-title = Zwischen 3 und 200 Zeichen.
programme-error-summary = Zwischen 20 und 10000 Zeichen.
programme-error-amount = Ein Betrag in Euro über null mit höchstens zwei Nachkommastellen (60000 oder 60000.50).
programme-error-max-grant-over = Der Höchstzuschuss darf das Budget nicht übersteigen.
programme-error-requested-over = Das ist mehr als der Höchstzuschuss.
programme-error-below-committed = Das Budget darf nicht unter die bereits bewilligte Summe fallen: { $committed }.
programme-error-owner = Wählen Sie eine Ihrer Organisationen.
programme-error-country = Organisationen in { $country } sind für dieses Programm nicht förderfähig.
programme-error-type = Ein(e) { $type } ist für dieses Programm nicht förderfähig.
programme-error-centre = Wählen Sie ein Technologiezentrum oder eine Forschungseinrichtung aus dem Verzeichnis.
programme-error-centre-self = Das Technologiezentrum muss eine andere Organisation als der Antragsteller sein.
programme-error-closed = Die Frist dieses Programms ist abgelaufen: Anträge werden nicht mehr angenommen.
programme-error-decided = Über diesen Antrag wurde bereits entschieden.
programme-error-budget = Für diesen Zuschuss ist nicht genug Budget übrig; bewilligen Sie weniger oder lehnen Sie einen anderen Antrag ab.
programme-error-over-max = Ein Zuschuss muss über null und höchstens so hoch wie der Höchstzuschuss sein.
programme-error-not-awardable = Nur ein Antrag, der auf Entscheidung wartet und vom Technologiezentrum bestätigt ist, kann gefördert werden.
programme-error-not-funded = Fortschrittsberichte gibt es für geförderte Projekte.
programme-error-report = Schreiben Sie 20 bis 5000 Zeichen.
mail-programme-confirm-subject = Bitte bestätigen: ein Projekt in { $title }
mail-programme-confirm-body = { $organisation } hat sich bei „{ $title }“ mit dem Projekt „{ $project }“ beworben und { $centre } als Technologiezentrum genannt. Bitte bestätigen Sie Ihre Teilnahme:

    { $link }
mail-programme-applied-subject = Antrag eingegangen: { $title }
mail-programme-applied-body = Der Antrag von { $organisation } für „{ $title }“ ist eingegangen. { $centre } wird um Bestätigung gebeten; das Ergebnis erhalten Sie per E-Mail.

    { $link }
mail-programme-confirmed-subject = Technologiezentrum bestätigt: { $title }
mail-programme-confirmed-body = { $centre } hat die Teilnahme an „{ $project }“ bestätigt.

    { $link }
mail-programme-evaluator-subject = Sie bewerten Anträge für { $title }
mail-programme-evaluator-body = Sie sind Gutachter(in) für „{ $title }“. Die Anträge und das Bewertungsformular finden Sie hier:

    { $link }
mail-programme-awarded-subject = Gefördert: { $title }
mail-programme-awarded-body = Herzlichen Glückwunsch: „{ $project }“ erhält { $amount } aus „{ $title }“. Berichten Sie Ihren Fortschritt auf der Seite des Programms:

    { $link }
mail-programme-rejected-subject = Ergebnis Ihres Antrags für { $title }
mail-programme-rejected-body = Leider wird „{ $project }“ von „{ $title }“ nicht gefördert.
programme-error-centre-ambiguous = { $count } Zentren tragen diesen Namen; geben Sie die Adresse des gemeinten an: { $addresses }.
programme-error-own-programme = Eine Organisation kann sich nicht bei ihrem eigenen Programm bewerben: Wählen Sie eine andere Ihrer Organisationen.
programme-error-own-only = Ihre einzige Organisation betreibt dieses Programm, und eine Organisation kann sich nicht bei ihrem eigenen Programm bewerben.
programme-error-own-award = Dieser Antrag stammt von der Organisation, die das Programm betreibt; sie kann nicht von ihrem eigenen Programm gefördert werden.
