nav-news = Actualités
news-title-page = Actualités
news-intro = Les actualités des clusters, entreprises et centres technologiques de clusterhub : projets, missions, appels et ce qui s’est dit lors des événements.
news-write-for = Écrire une actualité pour { $name }
news-language = Langue
news-tag = Mot-clé
news-organisation = Organisation
news-offset = Page
news-empty = Aucune actualité ne correspond à ces filtres.
news-count = { $count ->
    [1] Une actualité
   *[other] { $count } actualités
}
news-feed-rss = Actualités en RSS
news-feed-atom = Actualités en Atom
news-feed-title = Actualités de clusterhub
news-feed-description = Les actualités des clusters, entreprises et centres technologiques de clusterhub.
news-kind = Type d’actualité
news-kind-article = Article
news-kind-talk-summary = Compte rendu d’intervention ou d’événement
news-kind-press-release = Communiqué de presse
news-state-draft = Brouillon
news-state-submitted = En attente de relecture
news-state-returned = Renvoyée pour modification
news-state-published = Publiée
news-state-withdrawn = Retirée
news-state-draft-explained = Seule votre organisation voit ce brouillon. Soumettez-le quand il est prêt ; un modérateur le relit avant publication.
news-state-submitted-explained = Un modérateur la relit. D’ici là, vous pouvez la reprendre pour la modifier.
news-state-returned-explained = Un modérateur l’a renvoyée. Modifiez-la et soumettez-la de nouveau.
news-state-published-explained = Tout le monde peut la lire, sur les pages d’actualités et dans les flux.
news-state-withdrawn-explained = Elle est retirée : seule votre organisation la voit.
news-title = Titre
news-lead = Chapeau
news-lead-hint = Une ou deux phrases, affichées dans les listes, les flux et les aperçus de partage.
news-body = Texte
news-body-hint = Markdown : une ligne vide entre les paragraphes, ## pour un titre, - pour une liste, **gras**, *italique*, [texte](https://adresse) pour un lien, ![description](https://adresse) pour une image. Le HTML est affiché tel quel, pas interprété.
news-tags = Mots-clés
news-tags-hint = Séparés par des virgules, p. ex. spatial, micro-subventions.
news-cover = Image de couverture
news-cover-hint = L’adresse https d’une image, affichée au-dessus du texte et lors du partage.
news-about = Concerne
news-about-hint = D’autres organisations de l’annuaire concernées, une par ligne : l’adresse de leur profil ou sa dernière partie (p. ex. censec).
news-project = Projet
news-project-hint = L’adresse de la page du projet sur clusterhub ou son numéro, s’il s’agit d’un projet.
news-error-tags = Un mot-clé peut contenir lettres, chiffres, traits d’union, points et signes plus, jusqu’à 40 caractères.
news-error-tags-many = Dix mots-clés au plus.
news-error-cover = Donnez l’adresse de l’image, commençant par https://.
news-error-about = Donnez chaque organisation par l’adresse de son profil sur clusterhub ou sa dernière partie.
news-error-about-many = Vingt organisations au plus.
news-error-about-unknown = Absentes de l’annuaire : { $names }.
news-error-project = Aucune page de projet n’a cette adresse ou ce numéro.
news-error-state = Quelqu’un d’autre a modifié cette actualité avant vous ; rechargez la page.
news-error-not-editable = Cette actualité ne peut plus être modifiée.
news-form-intro = Écrivez dans la langue de vos lecteurs ; un modérateur relit l’actualité avant publication. « Aperçu » montre le texte tel que les lecteurs le verront.
news-save = Enregistrer le brouillon
news-preview = Aperçu
news-preview-heading = Aperçu
news-preview-unsaved = Cet aperçu n’est pas encore enregistré : enregistrez le brouillon ci-dessous.
news-new-title = Nouvelle actualité : { $name }
news-edit-title = Modifier « { $title } »
news-back = Retour aux actualités
news-back-item = Retour à l’actualité
news-done-saved = Brouillon enregistré.
news-done-submitted = Soumise : un modérateur va la relire.
news-done-taken-back = Reprise : elle redevient un brouillon, à modifier et soumettre de nouveau.
news-done-withdrawn = Retirée.
news-done-published = Publiée.
news-done-returned = Renvoyée à ses auteurs.
news-returned-because = Un modérateur l’a renvoyée : { $reason }
news-published-by = Publié par
news-more-from = Autres actualités : { $name }
news-owner-heading = Actualité de votre organisation
news-edit = Modifier
news-submit = Soumettre à relecture
news-take-back = Reprendre pour modifier
news-withdraw = Retirer
news-approve = Publier
moderation-news-title = Actualités à relire
moderation-news-none = Aucune actualité n’attend de relecture.
mail-news-submitted-subject = Une actualité attend une relecture sur clusterhub
mail-news-submitted-body = « { $title } » a été soumise. Relisez-la ici :

    { $link }
mail-news-published-subject = Votre actualité est publiée sur clusterhub
mail-news-published-body = « { $title } » est publiée :

    { $link }
mail-news-returned-subject = Votre actualité a été renvoyée pour modification
mail-news-returned-body = Un modérateur a renvoyé « { $title } » : { $reason }

    Modifiez-la et soumettez-la de nouveau : { $link }
news-error-mentions-undecided = Avant de soumettre : vérifiez ci-dessous ce que le texte mentionne, décochez ce qui est faux et cliquez sur « Enregistrer les mentions ». Les mentions cochées deviennent des liens que les lecteurs suivent.
news-error-mention-unknown = L’une des mentions envoyées n’est plus dans le texte. Rouvrez l’article et décidez de ce qu’il mentionne maintenant.
news-done-mentions = Mentions enregistrées.
news-mentioned = Mentions
news-mentions-heading = Ce que le texte mentionne
news-mentions-explained = La plateforme a trouvé ceci dans le titre, le chapeau et le corps. Les mentions cochées deviennent des liens dans l’article, et l’article figure sur leurs pages sous « Dans l’actualité ». Décochez ce qui est faux : un lien erroné est pire qu’un lien manquant.
news-mentions-undecided = Cochez ce qui est juste, décochez le reste et enregistrez avant de soumettre.
news-mentions-legend = Lier ces mentions
news-mention-new = nouveau
news-mention-open = ouvrir
news-mentions-save = Enregistrer les mentions
news-mention-choice = { $kind } : { $name }
news-mention-kind-organisation = Organisation
news-mention-kind-project = Projet
news-mention-kind-event = Événement
news-mention-kind-call = Appel à projets
news-mention-kind-country = Pays
news-mention-kind-city = Ville
news-mention-kind-technology = Technologie
news-mention-kind-ecosystem = Écosystème industriel
news-candidates-heading = Organisations absentes de l’annuaire
news-candidates-explained = Le texte les nomme, et l’annuaire n’a pas de profil pour elles. Toute personne connectée peut en proposer un ; les articles écrits ou modifiés ensuite le lient.
news-candidate-propose = proposer un profil
news-in-the-news = Dans l’actualité
news-in-the-news-more = Toutes les actualités qui le mentionnent
news-country = Pays mentionné
news-technology = Technologie mentionnée
news-ecosystem = Écosystème industriel mentionné
news-mention-written = { $name } (écrit « { $words } »)
moderation-news-candidates = Des actualités soumises et publiées nomment ces organisations, et l’annuaire n’a pas de profil pour elles. Proposez-en un lorsque cela vaut la peine ; les articles écrits ou modifiés ensuite le lient.
moderation-news-candidate-items = { $count ->
    [1] un article
   *[other] { $count } articles
}
news-event = Événement résumé
news-event-hint = Pour un résumé : l’adresse ou le numéro de la page de l’événement, par exemple /events/12. La page de l’événement affiche alors le résumé.
news-error-event = Indiquez l’adresse ou le numéro de la page d’un événement publié, par exemple /events/12.
news-summary-of = Résumé de
news-translation-of = Traduction de
news-translation-of-hint = Si cet article en traduit un autre déjà publié : l’adresse ou le numéro de celui-ci, par exemple /news/7. Les lecteurs trouvent alors chaque version depuis les autres.
news-error-translation = Indiquez l’adresse ou le numéro d’un article publié, par exemple /news/7.
news-error-translation-language = Cet article a déjà une version dans cette langue (ou il s’agit de sa première version). Choisissez une autre langue ou un autre article.
news-also-in = Aussi en
news-in-your-language = Cet article existe aussi en français.
news-unpublished-heading = Articles non publiés de vos organisations
news-changed = modifié le { $date }
news-error-event-kind = Seul un compte rendu nomme l’événement qu’il résume : choisissez ce type, ou laissez ce champ vide.
news-error-event-future = Cet événement n’a pas encore eu lieu ; un compte rendu porte sur un événement qui a commencé.
news-error-language = Indiquez la langue de l’article par un code de deux lettres, par exemple fr, en, de ou da.

## Les flux d’actualités d’une organisation

feeds-heading = Flux d’actualités
feeds-title = Flux d’actualités de { $name }
feeds-intro = Enregistrez le flux RSS, Atom ou JSON Feed de votre site : la plateforme le lit toutes les 15 minutes et fait de chaque nouvel élément une actualité de votre organisation, une seule fois — un élément déjà lu n’est jamais ajouté à nouveau.
feeds-trusted = Une modératrice ou un modérateur fait confiance à ces flux : les nouveaux éléments sont publiés aussitôt. Enregistrer un autre flux met fin à cette confiance jusqu’à ce qu’elle soit redonnée.
feeds-untrusted = Les nouveaux éléments deviennent des brouillons : vérifiez-les, confirmez ce qu’ils mentionnent et soumettez-les pour publication.
feeds-none = Aucun flux enregistré.
feeds-read = Lu le { $date } UTC · { $count ->
    [1] un élément importé
   *[other] { $count } éléments importés
}
feeds-not-read = Pas encore lu : il le sera dans la minute.
feeds-problem = Dernier problème : { $reason }
feeds-read-now = Lire maintenant
feeds-remove = Retirer
feeds-add-heading = Ajouter un flux
feeds-add = Ajouter le flux
feeds-url = Adresse du flux
feeds-url-hint = L’adresse du flux RSS, Atom ou JSON Feed, commençant par https:// (ou http://).
feeds-too-many = Une organisation peut enregistrer { $count } flux ; retirez-en un d’abord.
feeds-already = Ce flux est déjà enregistré.
feeds-added = Flux ajouté : il sera lu dans la minute.
feeds-removed = Flux retiré. Les actualités qu’il a apportées restent.
feeds-soon = Le flux sera lu dans la minute.
feeds-trust-heading = Modération des éléments des flux
feeds-trust = Faire confiance à ces flux : publier les nouveaux éléments sans modération
feeds-untrust = Ne plus faire confiance à ces flux : les nouveaux éléments redeviennent des brouillons
feeds-trusted-now = Les éléments des flux de l’organisation sont désormais publiés sans modération.
feeds-untrusted-now = Les éléments des flux de l’organisation redeviennent des brouillons.
feeds-tried = Dernier essai le { $date } UTC · { $count ->
    [1] un élément importé
   *[other] { $count } éléments importés
}
feeds-url-missing = Saisissez l’adresse du flux.
feeds-error-address = Ce n’est pas une adresse web complète : elle doit commencer par https:// (ou http://).
feeds-error-too-long = L’adresse dépasse { $detail } caractères.
feeds-error-scheme = Seules les adresses http et https peuvent être lues, pas « { $detail } ».
feeds-error-private = L’adresse mène à une adresse de réseau privé ou local, que les flux ne peuvent pas utiliser.
feeds-error-dns = Le nom de serveur « { $detail } » est introuvable.
feeds-error-connect = Le serveur n’a pas pu être joint.
feeds-error-timeout = Le flux n’est pas arrivé en { $detail } secondes : le serveur est trop lent ou ne répond pas.
feeds-error-redirects = Le serveur a redirigé plus de { $detail } fois sans donner le flux.
feeds-error-bad-redirect = Le serveur redirige vers une adresse inutilisable.
feeds-error-status = Le serveur a répondu par le statut HTTP { $detail } au lieu du flux.
feeds-error-too-large = Le flux dépasse { $detail } Mo, la taille maximale d’un flux.
feeds-error-transfer = La lecture du flux s’est interrompue.
feeds-error-empty = L’adresse donne un document vide.
feeds-error-html = L’adresse donne une page web, pas un flux : utilisez l’adresse du flux RSS ou Atom du site (souvent liée comme « RSS » ou par une icône de flux).
feeds-error-not-a-feed = L’adresse ne donne ni flux RSS, ni Atom, ni JSON Feed.
feeds-error-malformed = Le flux est mal formé.
feeds-error-calendar = C’est un calendrier (iCalendar) d’événements ; seuls les flux d’actualités (RSS, Atom, JSON Feed) sont lus ici.
feeds-error-entries = Éléments laissés de côté faute de titre ou de texte : { $detail }.
feeds-error-store = Ce qui a été lu n’a pas pu être enregistré ; le flux sera relu.
feeds-error-credentials = L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.
feeds-error-port = Les flux sont lus sur les ports du web (80, 443, 8000, 8080, 8443), pas sur le port { $detail }.
