programme-list-title = Programmes de financement
programme-list-intro = Programmes de financement en cascade menés par des clusters et des consortiums sur cette plateforme : petites subventions pour des PME, chacune avec un centre technologique.
programme-count = { $count ->
    [1] Un programme
   *[other] { $count } programmes
}
programme-empty = Aucun programme pour l’instant.
programme-all = Tous les programmes de financement
programme-new = Mener un programme de financement
programme-edit = Modifier « { $title } »
programme-edit-link = Modifier le programme
programme-intro = Les candidats voient le budget, la subvention maximale, qui peut candidater, les questions et les critères pondérés. Les questions sont figées dès la première candidature, les critères dès la première évaluation.
programme-owner = Mené par
programme-title = Titre
programme-summary = Ce que finance le programme
programme-summary-hint = Texte simple ; séparez les paragraphes par une ligne vide.
programme-budget = Budget
programme-max-grant = Subvention maximale
programme-amount-hint = En euros, p. ex. 60000 ou 60000.50.
programme-countries = Pays éligibles
programme-countries-hint = Codes à deux lettres séparés par des espaces (DE DK FR) ; laissez vide pour tout pays.
programme-types = Qui peut candidater
programme-types-hint = Ne cochez rien pour tout type d’organisation.
programme-deadline = Date limite
programme-save = Enregistrer le programme
programme-run-by = Mené par
programme-committed = Engagé
programme-remaining = Restant
programme-funded = Projets financés :
programme-applications = Candidatures
programme-anywhere = Tout pays
programme-any-type = Tout type d’organisation
programme-apply = Candidater
programme-login-to-apply = Connectez-vous pour candidater
programme-yours = Candidatures de vos organisations
programme-confirm-needed = votre confirmation comme centre technologique est attendue
programme-funded-projects = Projets financés
programme-none-funded = Aucun projet financé pour l’instant.
programme-project-title = Projet
programme-project-summary = Résumé du projet
programme-applicant = Candidat
programme-centre = Centre technologique
programme-centre-hint = Le centre technologique ou l’organisme de recherche avec lequel vous travaillerez ; tapez pour choisir dans l’annuaire. Il lui est demandé de confirmer.
programme-grant = Subvention
programme-reports-of = Avancement de { $project }
programme-reports = Rapports d’avancement
programme-no-reports = Aucun rapport d’avancement pour l’instant.
programme-report-new = Nouveau rapport d’avancement
programme-report-hint = Ce qui a été fait, la suite, tout changement de plan (20 à 5000 caractères).
programme-report-submit = Publier le rapport
programme-requested = Demandé
programme-requested-hint = Au plus { $max }.
programme-apply-title = Candidater à { $title }
programme-apply-intro = Les candidatures ferment le { $deadline }. La subvention maximale est de { $max }.
programme-apply-submit = Envoyer la candidature
programme-submitted = Envoyée
programme-state-submitted = En attente de décision
programme-state-awaiting-centre = En attente de la confirmation du centre technologique
programme-state-awarded = Financé
programme-state-rejected = Non financé
programme-state-withdrawn = Retirée
programme-confirm = Confirmer notre participation
programme-confirm-text = { $centre } est nommé centre technologique de ce projet. Confirmez que vous travaillerez avec le candidat ; le programme ne peut le financer qu’ensuite.
programme-withdraw = Retirer la candidature
programme-award = Attribuer
programme-money-line = Budget { $budget } : { $committed } engagés, { $remaining } restants.
programme-done-created = Le programme reçoit les candidatures.
programme-done-saved = Le programme est enregistré.
programme-done-applied = Votre candidature est envoyée ; il est demandé au centre technologique nommé de confirmer.
programme-done-awarded = La subvention est attribuée.
programme-done-rejected = La candidature est déclinée.
programme-done-confirmed = Votre participation est confirmée.
programme-done-withdrawn = La candidature est retirée.
programme-done-reported = Le rapport d’avancement est publié.
programme-error-title = Entre 3 et 200 caractères.
programme-error-summary = Entre 20 et 10000 caractères.
programme-error-amount = Un montant en euros supérieur à zéro, avec au plus deux décimales (60000 ou 60000.50).
programme-error-max-grant-over = La subvention maximale ne peut dépasser le budget.
programme-error-requested-over = C’est plus que la subvention maximale.
programme-error-below-committed = Le budget ne peut descendre sous ce qui est déjà attribué : { $committed }.
programme-error-owner = Choisissez l’une de vos organisations.
programme-error-country = Les organisations situées en { $country } ne sont pas éligibles à ce programme.
programme-error-type = Le type { $type } n’est pas éligible à ce programme.
programme-error-centre = Choisissez un centre technologique ou un organisme de recherche de l’annuaire.
programme-error-centre-self = Le centre technologique doit être une autre organisation que le candidat.
programme-error-closed = La date limite de ce programme est passée : les candidatures ne sont plus acceptées.
programme-error-decided = Une décision a déjà été prise sur cette candidature.
programme-error-budget = Il ne reste pas assez de budget pour cette subvention ; attribuez moins ou déclinez une autre candidature.
programme-error-over-max = Une subvention doit être supérieure à zéro et au plus égale à la subvention maximale.
programme-error-not-awardable = Seule une candidature en attente de décision, confirmée par son centre technologique, peut être financée.
programme-error-not-funded = Les rapports d’avancement concernent les projets financés.
programme-error-report = Écrivez de 20 à 5000 caractères.
mail-programme-confirm-subject = Merci de confirmer : un projet de { $title }
mail-programme-confirm-body = { $organisation } a candidaté à « { $title } » avec le projet « { $project } », en nommant { $centre } comme centre technologique. Merci de confirmer votre participation :

    { $link }
mail-programme-applied-subject = Candidature reçue : { $title }
mail-programme-applied-body = La candidature de { $organisation } à « { $title } » est reçue. Il est demandé à { $centre } de confirmer sa participation ; vous recevrez le résultat par e-mail.

    { $link }
mail-programme-confirmed-subject = Centre technologique confirmé : { $title }
mail-programme-confirmed-body = { $centre } a confirmé sa participation à « { $project } ».

    { $link }
mail-programme-evaluator-subject = Vous évaluez les candidatures à { $title }
mail-programme-evaluator-body = Vous êtes évaluateur de « { $title } ». Les candidatures et le formulaire d’évaluation sont ici :

    { $link }
mail-programme-awarded-subject = Financé : { $title }
mail-programme-awarded-body = Félicitations : « { $project } » reçoit { $amount } de « { $title } ». Rendez compte de votre avancement sur la page du programme :

    { $link }
mail-programme-rejected-subject = Résultat de votre candidature à { $title }
mail-programme-rejected-body = Nous sommes désolés : « { $project } » n’est pas financé par « { $title } ».
programme-error-centre-ambiguous = { $count } centres portent ce nom ; indiquez l’adresse de celui que vous visez : { $addresses }.
programme-error-own-programme = Une organisation ne peut pas candidater à son propre programme : choisissez une autre de vos organisations.
programme-error-own-only = Votre seule organisation gère ce programme, et une organisation ne peut pas candidater à son propre programme.
programme-error-own-award = Cette candidature vient de l’organisation qui gère le programme, qui ne peut pas être financée par son propre programme.
