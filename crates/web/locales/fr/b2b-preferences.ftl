# Préférences B2B et plannings compacts : marques sur les participants, mode de mise en relation,
# limites de rendez-vous et rendez-vous de groupe.

b2b-mark-none = Aucune marque
b2b-mark-must = À rencontrer absolument
b2b-mark-wish = J’aimerais rencontrer
b2b-mark-no = Non, merci
b2b-mark-label = Votre préférence pour { $name }
b2b-mark-save = Enregistrer la préférence
b2b-mark-hint = Seuls vous et l’organisateur voyez vos préférences. L’organisateur ne vous associe jamais à quelqu’un que vous avez marqué « Non, merci ». Le jour de l’événement, quand des créneaux se libèrent, l’organisateur peut vous placer un rendez-vous avec une personne que vous avez marquée « À rencontrer absolument » ou « J’aimerais rencontrer » et qui vous l’a demandé ou vous a aussi marqué (avec les acheteurs invités, votre marque suffit) ; vous êtes prévenu aussitôt.
b2b-done-marked = Votre préférence est enregistrée.
b2b-error-unknown-participant = n’est pas un participant de cet événement.
b2b-error-mark = doit être « must », « wish », « no » ou vide.

b2b-matchmaking-settings = Réglages de la mise en relation
b2b-save-matchmaking = Enregistrer les réglages
b2b-mode = Comment les rendez-vous se font
b2b-mode-requests = Demandes : les participants se sollicitent et acceptent
b2b-mode-hosted = Acheteurs invités : l’organisateur forme les paires selon les préférences
b2b-mode-now = Mode : { $mode }
b2b-mode-explained = Avec les demandes, les demandes acceptées sont planifiées et une marque « À rencontrer absolument » les fait passer en premier. Avec les acheteurs invités, deux participants dont l’un a marqué l’autre « À rencontrer absolument » ou « J’aimerais rencontrer » sont associés, sauf si l’un a dit « Non, merci » ; les rendez-vous obligatoires sont placés d’abord. Le jour même, les créneaux libérés par les absents vont aussi aux demandes en attente dont le destinataire a marqué le demandeur, et à deux participants présents qui se sont marqués l’un l’autre (avec les acheteurs invités : l’un a marqué l’autre).
b2b-min-meetings = Rendez-vous minimum par personne
b2b-max-meetings = Rendez-vous maximum par personne
b2b-limit-hint = Laisser vide pour aucune limite.
b2b-skip-met = Écarter les paires qui se sont rencontrées à l’un de nos événements précédents
b2b-skip-met-hint = Rencontré signifie : un rendez-vous placé dans le planning publié d’un événement B2B antérieur du même organisateur.
b2b-done-matchmaking = Les réglages sont enregistrés. Ils s’appliquent à la prochaine planification.
b2b-error-limit = doit être un nombre entier de { $min } à { $max }.
b2b-error-max-below-min = ne doit pas être inférieur au minimum.
b2b-error-mode = doit être « requests » ou « hosted ».

b2b-limits = Limites par participant
b2b-limits-explained = Les limites propres d’un participant remplacent celles de l’événement. Laisser les deux vides pour celles de l’événement.
b2b-no-participants = Personne n’est encore inscrit.
b2b-min-of = Rendez-vous minimum pour { $name }
b2b-max-of = Rendez-vous maximum pour { $name }
b2b-save-limits = Enregistrer les limites
b2b-done-limits = Les limites du participant sont enregistrées.

b2b-marks = Préférences des participants
b2b-no-marks = Personne n’a encore marqué quelqu’un.
b2b-marked-by = Marqué par
b2b-marked = Qui
b2b-mark = Préférence

b2b-groups = Rendez-vous de groupe
b2b-groups-explained = Un hôte rencontre jusqu’à six invités, d’une ou de plusieurs organisations, à une table dans un créneau libre pour tous.
b2b-add-group = Ajouter un rendez-vous de groupe
b2b-edit-group = Modifier le rendez-vous de groupe
b2b-save-group = Enregistrer le rendez-vous de groupe
b2b-remove-group = Supprimer
b2b-choose-host = Choisir l’hôte
b2b-group-title = Titre
b2b-group-host = Hôte
b2b-group-guests = Invités
b2b-group-guests-hint = Un à { $max } invités en plus de l’hôte.
b2b-group-placed = Placé
b2b-done-group = Le rendez-vous de groupe est enregistré. La prochaine planification le place.
b2b-done-group-removed = Le rendez-vous de groupe est supprimé.
b2b-error-group-title = doit être indiqué, en 200 caractères au plus.
b2b-error-no-guests = doit nommer au moins un invité en plus de l’hôte.
b2b-error-too-many-guests = peut nommer au plus { $max } invités.

b2b-figures = Chiffres du planning
b2b-figure-must = Rendez-vous obligatoires placés
b2b-figure-of = { $placed } sur { $asked }
b2b-figure-meetings = Rendez-vous placés
b2b-figure-below-minimum = Personnes sous leur minimum
b2b-figure-idle-gaps = Temps morts
b2b-figure-table-changes = Changements de table

b2b-reason-maximum = { $name } a atteint son maximum de rendez-vous.
b2b-reason-member-busy = { $name } est occupé chaque fois que le groupe pourrait se réunir.
b2b-reason-unplaced = Le planificateur n’a trouvé ni créneau ni table.
b2b-reason-member-not-participant = L’un de ses membres n’est plus participant.
