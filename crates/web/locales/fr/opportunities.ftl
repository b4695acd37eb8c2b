nav-marketplace = Place de marché
list-and = { $first } et { $last }
opportunities-title = Opportunités de coopération
opportunities-intro = Offres, demandes, recherches de partenaires et défis technologiques publiés par les organisations de l’annuaire. Chacune indique les partenaires classés pour elle, avec les raisons.
opportunities-count = { $count ->
    [1] Une opportunité
   *[other] { $count } opportunités
}
opportunities-empty = Aucune opportunité publiée avec ces filtres.
opportunities-all-kinds = Tous les types
opportunities-filter = Afficher
opportunity-kind = Type
opportunity-kind-business-offer = Offre commerciale
opportunity-kind-business-request = Demande commerciale
opportunity-kind-technology-offer = Offre technologique
opportunity-kind-technology-request = Demande technologique
opportunity-kind-rd-partner-search = Recherche de partenaires R&D
opportunity-kind-technology-challenge = Défi technologique de PME
opportunity-kind-cluster-partnership = Demande de partenariat entre clusters
partnership-commercial = Accord commercial
partnership-technical-cooperation = Coopération technique
partnership-research-cooperation = Coopération de recherche
partnership-licence = Accord de licence
partnership-joint-venture = Coentreprise
partnership-subcontracting = Sous-traitance
partnership-supplier = Accord de fourniture
partnership-investment = Investissement
partnership-distribution = Distribution
visibility-public = Tout le monde
visibility-members = Membres connectés seulement
opportunity-state = État
opportunity-state-draft = Brouillon
opportunity-state-submitted = En attente de relecture
opportunity-state-returned = Renvoyée pour modification
opportunity-state-published = Publiée
opportunity-state-expired = Expirée
opportunity-state-closed = Fermée
opportunity-state-draft-explained = Seule votre organisation voit ce brouillon. Soumettez-le quand il est prêt ; un modérateur le relit avant publication.
opportunity-state-submitted-explained = Un modérateur la relit ; vous recevrez un e-mail lorsqu’elle sera publiée ou renvoyée.
opportunity-state-returned-explained = Un modérateur l’a renvoyée. Modifiez-la et soumettez-la à nouveau.
opportunity-state-published-explained = Elle est publique (ou visible des membres) jusqu’à sa date limite ou jusqu’à ce que vous la fermiez.
opportunity-state-expired-explained = Sa date limite est passée ; elle ne reçoit plus de marques d’intérêt.
opportunity-state-closed-explained = Vous l’avez fermée ; elle ne reçoit plus de marques d’intérêt.
opportunity-title = Titre
opportunity-description = Description
opportunity-description-hint = Ce que vous offrez ou cherchez, pour qui, et ce qu’un partenaire doit apporter. Dans toute langue.
opportunity-language = Langue du texte
opportunity-language-hint = Code à deux lettres, p. ex. en, de, fr, da.
opportunity-sectors = Secteurs (NACE)
opportunity-target-countries = Pays ciblés
opportunity-partnerships = Type de partenariat recherché
opportunity-call = Appel ou topic de financement
opportunity-call-hint = Obligatoire pour une recherche de partenaires R&D, p. ex. HORIZON-CL4-2025-01-DIGITAL-EMERGING-02.
opportunity-deadline = Date limite
opportunity-deadline-hint = Le dernier jour pour manifester son intérêt (au plus deux ans à l’avance).
opportunity-contact-name = Personne de contact
opportunity-contact-email = E-mail de contact
opportunity-contact = Contact
opportunity-visibility = Qui peut la lire
opportunity-organisation = Organisation
opportunity-about-organisation = À propos de { $name }
opportunity-new-title = Nouvelle opportunité de { $name }
opportunity-edit-title = Modifier « { $title } »
opportunity-form-intro = Les opportunités sont enregistrées comme brouillons ; un modérateur relit chacune avant publication.
opportunity-save = Enregistrer le brouillon
opportunity-back = Retour à l’opportunité
opportunity-publish-for = Publier une opportunité pour { $name }
opportunity-owner-heading = Votre opportunité
opportunity-edit = Modifier
opportunity-submit = Soumettre à relecture
opportunity-close = La fermer
opportunity-approve = Publier
opportunity-return = Renvoyer aux responsables
opportunity-return-reason = Raison (envoyée aux responsables)
opportunity-returned-because = Un modérateur l’a renvoyée : { $reason }
opportunity-done-saved = Enregistré.
opportunity-done-submitted = Soumise : un modérateur va la relire.
opportunity-done-closed = Fermée.
opportunity-done-interest = Votre intérêt a été transmis.
opportunity-done-published = Publiée ; les responsables ont été prévenus.
opportunity-done-returned = Renvoyée ; les responsables ont été prévenus.
opportunity-error-required = Ce champ est obligatoire.
opportunity-error-too-long = Ce texte est trop long.
opportunity-error-too-short = Ce texte est trop court pour dire ce qui est cherché.
opportunity-error-call = Indiquez l’appel ou le topic de cette recherche de partenaires.
opportunity-error-email = Saisissez une adresse e-mail comme nom@example.eu.
opportunity-error-date = Saisissez le jour sous la forme AAAA-MM-JJ.
opportunity-error-deadline-past = La date limite doit être postérieure à aujourd’hui.
opportunity-error-deadline-far = La date limite peut être au plus à deux ans.
opportunity-error-not-editable = Seuls les brouillons et les opportunités renvoyées peuvent être modifiés ; fermez une opportunité publiée et publiez-en une nouvelle.
opportunity-error-state = Quelqu’un d’autre a modifié cette opportunité entre-temps ; rechargez la page.
opportunity-error-reason = Donnez une raison aux responsables (au plus 1 000 caractères).
moderation-opportunities-title = Opportunités à relire
moderation-opportunities-none = Aucune opportunité n’attend de relecture.
interest-heading = Manifester son intérêt
interest-organisation = Au nom de
interest-message = Votre message aux responsables
interest-message-hint = Seuls les responsables le voient ; ils vous répondent sur une page privée.
interest-submit = Envoyer
interest-needs-organisation = Pour manifester votre intérêt, rejoignez d’abord le profil de votre organisation (revendiquez-le ou demandez une invitation).
interest-closed = Cette opportunité ne reçoit plus de marques d’intérêt.
interest-login = Connectez-vous pour voir le contact et manifester votre intérêt.
interest-own = Votre organisation publie cette opportunité.
interest-twice = Votre organisation a déjà manifesté son intérêt ; poursuivez dans sa conversation.
interests-received = { $count ->
    [1] Une marque d’intérêt
   *[other] { $count } marques d’intérêt
}
interests-messages = { $count ->
    [1] un message
   *[other] { $count } messages
}
conversation-title = Conversation avec { $name }
conversation-private = Seules les personnes des deux organisations voient cette conversation.
conversation-message = Message
conversation-send = Envoyer
conversation-sent = Envoyé ; l’autre partie a été prévenue par e-mail.
marketplace-mine = Votre place de marché
marketplace-no-organisation = Vous n’avez encore de rôle dans aucune organisation. Revendiquez le profil de la vôtre ou demandez une invitation.
marketplace-opportunities = Opportunités
marketplace-no-opportunities = Aucune pour l’instant.
marketplace-conversations = Marques d’intérêt
marketplace-no-conversations = Aucune pour l’instant.
recommended-heading = Partenaires recommandés
recommended-none = Rien ne correspond encore : ajoutez des technologies, des écosystèmes et une description.
recommended-preparing = Les recommandations sont en préparation ; rechargez dans un instant.
recommended-opportunity = opportunité
reason-provides = offre { $tags }, dont ceci a besoin
reason-needs = a besoin de { $tags }, que ceci offre
reason-shares = partage { $tags }
reason-words = parle de { $words }
reason-worked-with = { $count ->
    [one] a travaillé avec { $names }
   *[other] a travaillé avec { $count } des partenaires : { $names }
}
reason-target-country = en { $country }, un pays ciblé
reason-cross-border = transfrontalier : { $from } → { $to }
reason-track-record = { $coordinated ->
    [0] { $projects ->
        [1] un projet européen
       *[other] { $projects } projets européens
    }
   *[other] { $projects ->
        [1] un projet européen, qu’il a coordonné
       *[other] { $projects } projets européens, dont { $coordinated } coordonnés
    }
}
reason-answers = { $type }, qui répond à ce type de demande
reason-label = détient le { $label }
reason-member-of-labelled = membre d’un cluster détenant le { $label }
mail-opportunity-submitted-subject = Une opportunité attend une relecture sur clusterhub
mail-opportunity-submitted-body = « { $title } » a été soumise. Relisez-la ici :

    { $link }
mail-opportunity-published-subject = Votre opportunité est publiée sur clusterhub
mail-opportunity-published-body = « { $title } » est publiée :

    { $link }
mail-opportunity-returned-subject = Votre opportunité a été renvoyée pour modification
mail-opportunity-returned-body = Un modérateur a renvoyé « { $title } » : { $reason }

    Modifiez-la et soumettez-la à nouveau : { $link }
mail-interest-subject = Intérêt pour « { $title } »
mail-interest-body = { $organisation } est intéressé par « { $title } » :

    { $message }

    Répondre ici : { $link }
mail-message-subject = Nouveau message au sujet de « { $title } »
mail-message-body = { $name } a écrit :

    { $message }

    Répondre ici : { $link }
alerts-title = Alertes
alerts-intro = Recherches enregistrées et listes de recommandations. Une fois par jour, vous recevez un e-mail avec les nouveautés — ou, pour celles réglées sur hebdomadaire, dans votre récapitulatif hebdomadaire (tant qu’il est activé : voir « Suivis »).
alerts-none = Aucune alerte. Enregistrez une recherche, ou choisissez « M’avertir » sous les recommandations.
alerts-saved = Enregistrée : vous recevrez un e-mail quand quelque chose de nouveau apparaîtra.
alerts-deleted = Alerte supprimée.
alerts-delete = Supprimer
alerts-last-sent = dernier e-mail le { $date }
alerts-never-sent = rien de nouveau pour l’instant
alerts-watch-recommendations = M’avertir des nouvelles correspondances
alerts-watch-search = M’avertir des nouveaux résultats
alerts-recommendations-for = Recommandations pour { $name }
alerts-too-many = Vous avez atteint le nombre maximal d’alertes ; supprimez-en une d’abord.
alerts-exists = Vous avez déjà cette alerte : elle figure ci-dessous.
alerts-unsubscribe-title = Arrêter cette alerte
alerts-unsubscribe-intro = Vous ne recevrez plus d’e-mails pour cette alerte.
alerts-unsubscribe = Arrêter l’alerte
alerts-unsubscribed = Alerte arrêtée
alerts-unsubscribed-detail = Vous ne recevrez plus d’e-mails pour « { $name } ».
alerts-unknown-link = Ce lien n’est plus valable : utilisez celui du dernier e-mail d’alerte, ou gérez vos alertes depuis votre compte.
mail-digest-subject = { $count ->
    [1] Une nouvelle correspondance
   *[other] { $count } nouvelles correspondances
} pour « { $name } »
mail-digest-intro = Nouveau dans « { $name } » depuis le dernier e-mail :
mail-digest-unsubscribe = Pour ne plus recevoir d’e-mails pour cette alerte : { $link }
opportunities-q = Mots
opportunities-sort-newest = Les plus récentes
opportunities-sort-deadline = Échéance la plus proche
opportunities-sort-title = Titre (A–Z)
interest-error-message-empty = Écrivez un message : qui vous êtes et ce qui vous intéresse.
interest-error-message-long = Le message compte { $count } caractères ; raccourcissez-le à { $max } au plus.
interest-error-message-characters = Le message contient des caractères de contrôle ; supprimez-les.
conversation-with = avec { $name }
conversation-profile = Profil de { $name }
