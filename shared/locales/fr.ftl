# Les mots de l'interface en français. Chaque message est aussi dans en.ftl
# (un test le vérifie). Arguments : $count est un nombre (pluriels selon CLDR :
# « 0 incident », « 1 incident », « 2 incidents »).

## Dates et nombres
# Le premier du mois s'écrit « 1er ».
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-month = { $month } { $year }
date-range = du { $from } au { $to }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
incidents = { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
}

## Codes des données (la clé de chaque enum nomme son message)
category-battles = Batailles
category-explosions = Explosions/Violence à distance
category-civilians = Violence contre les civils
category-protests = Manifestations
category-riots = Émeutes
category-strategic = Développements stratégiques
category-ucdp-state-based = Violence étatique
category-ucdp-non-state = Violence non étatique
category-ucdp-one-sided = Violence unilatérale
category-unclassified = Non classé par la source
date-precision-day = jour exact
date-precision-days = à quelques jours près
date-precision-week = semaine seulement
date-precision-month = mois seulement
date-precision-longer = plus d'un mois
location-precision-exact = localité exacte
location-precision-near = approximatif
location-precision-admin2 = cercle seulement
location-precision-admin1 = région seulement
location-precision-area = zone plus large seulement
location-precision-country = pays seulement
side-military = militaires
side-civilian = civils
side-assailants = assaillants
side-unknown = inconnu
figure-killed-military = tués, militaires
figure-killed-civilian = tués, civils
figure-killed-assailants = tués, assaillants
figure-killed-unknown = tués, camp inconnu
figure-injured-military = blessés, militaires
figure-injured-civilian = blessés, civils
figure-injured-assailants = blessés, assaillants
figure-injured-unknown = blessés, camp inconnu
dataset-curated = Articles de presse (ce projet)
dataset-acled = ACLED
dataset-ucdp = UCDP GED
dataset-geojson = GeoJSON
disorder-political-violence = Violence politique
disorder-demonstrations = Manifestations
disorder-strategic-developments = Développements stratégiques
disorder-none = Non donné par le jeu de données
targeting-yes = Civils ciblés
targeting-no = Civils non ciblés
targeting-none = Non donné par le jeu de données
actor-type-state-forces = Forces étatiques
actor-type-rebel-group = Groupe rebelle
actor-type-political-militia = Milice politique
actor-type-identity-militia = Milice identitaire
actor-type-rioters = Émeutiers
actor-type-protesters = Manifestants
actor-type-civilians = Civils
actor-type-external-other = Forces extérieures/autres
sort-date = Date
sort-place = Lieu
sort-type = Type
sort-deaths = Morts
size-title-all = Personnes tuées, tous camps (aire du cercle)
size-title-noclaims = Personnes tuées, sans les ennemis qu'un camp dit avoir tués (aire du cercle)
size-title-civilians = Civils tués (aire du cercle)
size-short-all = personnes tuées
size-short-noclaims = tués, sans revendications
size-short-civilians = civils tués
size-by-all = tous les morts
size-by-noclaims = morts sans les revendications d'un camp
size-by-civilians = civils seulement

## Détails d'un incident
summary-killed-injured = tués : { $killed } ; blessés : { $injured }
summary-killed = tués : { $killed }
summary-injured = blessés : { $injured }
summary-none = aucun chiffre
killed-count = { $count ->
    [one] { $count } tué
   *[other] { $count } tués
}
no-casualty-figure = aucun bilan
stack-label = { $count ->
    [one] { $count } incident à { $place }
   *[other] { $count } incidents à { $place }
}
all-sides = tous camps
figures-from = Chiffres : { $source }
figures-acled = Chiffres : le décompte ACLED des personnes tuées, tous camps (ACLED ne donne qu'un total ; il code 0 quand aucun mort n'est signalé)
figures-ucdp = Chiffres : la meilleure estimation de l'UCDP GED, par camp
figures-file = Chiffres : tels que le fichier les donne
ucdp-estimates = Estimations UCDP des personnes tuées : basse { $low }, meilleure { $best }, haute { $high }.
claim-killed = { $count ->
    [one] { $count } assaillant tué, selon : { $source }
   *[other] { $count } assaillants tués, selon : { $source }
}
claim-arrested = { $count ->
    [one] { $count } assaillant arrêté, selon : { $source }
   *[other] { $count } assaillants arrêtés, selon : { $source }
}
location-within = { $precision }, à environ { $km } km près
actor-claimed = { $actor } (revendiqué)
actor-according-to = { $actor } (selon : { $source })
actor-with = { $actor }, avec { $others }
region-of = région de { $region }
dataset-event = { $dataset }, événement { $id }
geojson-feature = fichier GeoJSON, entité { $id }
geojson-file = fichier GeoJSON
seriously-injured = Parmi les blessés, { $count } grièvement.
wording = { $figure } : « { $words } » ({ $meaning }).
wording-no-number = { $figure } : « { $words } » ({ $meaning }) ; pas de nombre exact.

## Les filtres en mots
or = ou
filter-types-hidden = types d'événements masqués : { $list }
filter-killed-between = de { $min } à { $max ->
    [one] { $max } tué
   *[other] { $max } tués
}
filter-killed-min = au moins { $min ->
    [one] { $min } tué
   *[other] { $min } tués
}
filter-killed-max = au plus { $max ->
    [one] { $max } tué
   *[other] { $max } tués
}
filter-no-figure-out = incidents sans bilan exclus
filter-region = région { $region }
filter-actors = acteurs : { $list }
filter-locations-hidden = localisations masquées : { $list }
filter-dates-hidden = dates masquées : { $list }
filter-datasets-hidden = jeux de données masqués : { $list }
filter-disorder-hidden = types de désordre masqués : { $list }
filter-targeting-hidden = ciblage des civils masqué : { $list }
filter-actor-types = types d'acteurs : { $list }
filter-role-first = acteurs en premier camp (initiateur) seulement
filter-role-second = acteurs en second camp (cible) seulement

## À propos des données
events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
coverage-on = { " " }le { $date }
coverage-from-to = { " " }du { $from } au { $to }
coverage-regions = , dans { $count ->
    [one] { $count } région
   *[other] { $count } régions
} (les plus touchées : { $most })
coverage-without-figure = { " " }; { $count } sans bilan des morts
about-curated-what = Attaques au Mali compilées par ce projet à partir d'articles de presse et de déclarations officielles. Chaque incident cite les articles sur lesquels il repose ; les notes sont rédigées par nous, en anglais et en français.
about-curated-figures = Tués et blessés par camp (militaires, civils, assaillants, camp inconnu) tels que la déclaration citée les donne, avec son auteur. Un chiffre qu'aucune source ne donne reste vide, jamais zéro ; les chiffres d'autres sources sont listés à côté.
about-curated-licence = Les articles appartiennent à leurs éditeurs ; ils sont liés, pas copiés. Fond de carte et lieux : voir les crédits en bas de page.
about-curated-cite = Citez les articles listés dans les sources de chaque incident.
about-acled-what = Armed Conflict Location & Event Data (ACLED) : événements de violence politique et de manifestation signalés, codés par ACLED à partir des médias, de partenaires et d'autres rapports, avec leur date, leurs acteurs, leur lieu, leur type et leurs morts.
about-acled-figures = Un seul total de morts signalés par événement, tous camps confondus (pas de camps). 0 quand aucun mort n'est signalé : aucun mort et non signalé se confondent ; quand les rapports ne donnent pas de nombre, ACLED code un chiffre conventionnel et le dit dans les notes de l'événement (p. ex. « coded as 10 »).
about-acled-licence = Conditions d'utilisation d'ACLED : attribution obligatoire ; les données ne peuvent pas être redistribuées.
about-acled-cite = Armed Conflict Location & Event Data (ACLED), acleddata.com, avec la date d'export des données.
about-ucdp-what = UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program : événements de violence organisée (étatique, non étatique et unilatérale), chacun un usage de la force armée par un acteur organisé contre un autre ou contre des civils ayant causé au moins un mort direct (dans son estimation basse, meilleure ou haute), en un lieu et à une date.
about-ucdp-figures = Morts par camp (camp a, camp b, civils, inconnu) et une estimation basse, meilleure et haute pour chaque événement ; la carte et les totaux utilisent la meilleure estimation.
about-ucdp-licence = Conditions de l'UCDP telles que publiées avec le téléchargement ; la licence de cette copie n'a pas pu être confirmée ici.
about-geojson-what = Un fichier GeoJSON : l'application lit ses points et les champs qu'elle reconnaît.
about-geojson-figures = Tels que le fichier les donne ; un chiffre qu'il ne donne pas reste vide.
about-geojson-cite = Citez l'éditeur du fichier.
estimates-short = basse { $low }, meilleure { $best }, haute { $high }
total-only = un total seulement
no-figure = aucun chiffre

## Une image pour un article
legend-event-type = Type d'événement
preset-article = Article, 800 × 600
preset-wide = Large, 1200 × 675
preset-square = Carré, 1080 × 1080
preset-tall = Haut, 800 × 1000
caption-totals = { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
}, { $killed ->
    [one] { $killed } personne tuée
   *[other] { $killed } personnes tuées
}{ $unknown ->
    [0] {""}
    [one] { " " }({ $unknown } incident sans bilan)
   *[other] { " " }({ $unknown } incidents sans bilan)
}.
caption-filtered = Filtre : { $filters }.

## Lecture des fichiers
format-curated = le format GeoJSON de la carte
format-acled = export CSV d'ACLED
format-acled-monadic = export CSV d'ACLED (monadique : une ligne par acteur, fusionnées par event_id_cnty)
format-ucdp = CSV de l'UCDP GED
format-points = points GeoJSON
report-summary = { $file } : { $format } ; { $rows ->
    [one] { $rows } ligne lue
   *[other] { $rows } lignes lues
} : { $kept ->
    [one] { $kept } gardée
   *[other] { $kept } gardées
}, { $merged ->
    [one] { $merged } fusionnée
   *[other] { $merged } fusionnées
}, { $rejected ->
    [one] { $rejected } rejetée
   *[other] { $rejected } rejetées
} ; { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
scope-dates = dates du { $from } au { $to }
scope-all-dates = toutes les dates
scope-no-filter = { $dates } ; aucun filtre
scope-filters = { $dates } ; filtres : { $filters }
reading = Lecture de { $name }…
reading-size = Lecture de { $name } ({ $size })…
reading-progress = Lecture de { $name } : { $read } sur { $size }, { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
}…
cancelled = Annulé : rien de { $name } n'a été gardé.
bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
kilobytes = { $size } ko
megabytes = { $size } Mo

## Le lien
link-problem = La valeur « { $value } » du paramètre { $parameter } du lien { $reason } ; elle a été ignorée.
link-not-a-date = n'est pas une date de la forme AAAA-MM-JJ
link-not-a-language = n'est ni fr ni en
link-unknown-type = nomme un type d'événement que l'application ne connaît pas
link-not-a-range = n'est pas un intervalle de nombres entiers comme 10-20, 10- ou -20
link-not-0-or-1 = n'est ni 0 ni 1
link-unknown-location-precision = nomme une précision de localisation que l'application ne connaît pas
link-unknown-date-precision = nomme une précision de date que l'application ne connaît pas
link-unknown-dataset = nomme un jeu de données que l'application ne connaît pas
link-unknown-size = n'est ni all, ni noclaims, ni civilians
link-not-a-view = n'est pas une latitude, une longitude et un zoom comme 14.5,-4.2,3
link-not-a-file = n'est pas un nombre de lignes et un nom de fichier comme 7293,acled.csv
link-unknown-disorder = nomme un type de désordre autre que political-violence, demonstrations, strategic-developments ou none
link-unknown-targeting = n'est pas une liste de yes, no et none
link-unknown-actor-type = nomme un type d'acteur autre que state-forces, rebel-group, political-militia, identity-militia, rioters, protesters, civilians ou external-other
link-unknown-role = n'est ni first, ni second, ni either
link-not-http = n'est pas une adresse http(s), rien n'y a donc été lu

## Crédits
credits-basemap = Fond de carte :{" "}
credits-public-domain-places = {" "}(domaine public). Lieux :{" "}
credits-rivers = ). Fleuves et lacs : Natural Earth et{" "}
credits-osm = © les contributeurs d'OpenStreetMap
credits-detail = {"\u202F"}; en zoom rapproché, GSHHG
credits-lgpl = {" "}(LGPL 3.0 ou version ultérieure).
credits-incidents = {" "}Incidents : articles de presse cités dans les détails de chaque incident.
attribution-curated = Incidents : les articles de presse cités dans les sources de chaque incident.
attribution-acled = Armed Conflict Location & Event Data (ACLED), acleddata.com. Les conditions d'utilisation d'ACLED s'appliquent : attribution, pas de redistribution des données.
attribution-ucdp = UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program ; citer Sundberg & Melander 2013, Journal of Peace Research 50(4), et la version du GED.
attribution-geojson = Tel que donné par l'éditeur du fichier ; vérifiez sa licence avant de le partager.

## Erreurs et problèmes
colon = { " " }:
error-fetch = { $file } : n'a pas pu être téléchargé : { $message }
error-http = { $file } : le serveur a répondu { $status }
error-file = { $file } : n'a pas pu être lu : { $message }
error-worker = { $file } : le lecteur n'a pas pu s'exécuter : { $message }
error-json = { $file } : JSON invalide ligne { $line }, colonne { $column } : { $message }
error-not-collection = { $file } : une FeatureCollection GeoJSON était attendue, trouvé : { $found }
error-nothing-valid = { $file } : les { $count } entités ont toutes été rejetées ; premier problème : { $first }
error-detail = { $file } : { $detail }
error-missing-column = { $file } : l'en-tête { $format } n'a pas de colonne { $column } (noms cherchés : { $aliases })
error-needs-gazetteer = { $file } : les incidents de ce projet ont besoin du répertoire des lieux pour vérifier leurs lieux ; donnez-le aussi (--gazetteer)
error-wire = { $file } : la réponse du lecteur n'a pas pu être décodée : { $message }
error-csv = { $file }, ligne { $line } : { $message }
problem-line = { $file }, ligne { $line }
problem-feature = { $file }, entité { $index }
problem-id = { " " }(id « { $id } »)
problem-column = , colonne `{ $field }`
problem-field = , champ `{ $field }`

## La page
page-title = Carte des incidents au Sahel : attaques au Mali
language = Langue
loading = Chargement des incidents…
load-failed = Les données de la carte n'ont pas pu être chargées
load-failed-hint = Les fichiers sont lus dans le dossier { $folder } à côté de cette page.
drop-hint = Déposez un CSV ACLED ou UCDP, ou un GeoJSON, pour l'ouvrir
title-mali = Attaques au Mali
title-events = Événements de conflit
zoom = Zoom
zoom-in = Zoom avant
zoom-out = Zoom arrière
zoom-reset = Réinitialiser la vue
zoom-reset-title = Afficher toute la carte
zoom-shown = Zoomer sur ce qui est affiché
scale = Échelle : { $length }

## Légende, curseur, histogramme, lecture, totaux
legend = Légende
legend-toggle-hint = (cliquer pour masquer ou afficher)
legend-hide = Cliquer pour masquer ces incidents
legend-show = Cliquer pour afficher ces incidents
circle-size = Taille des cercles :
circle-size-label = Taille des cercles
legend-zero = aucun mort (zéro signalé)
legend-no-figure = aucun bilan signalé
legend-stack = incidents en un même point (cliquer pour la liste)
legend-datasets = Jeu de données (forme du symbole)
time-filter = Filtre des dates
start-date = Date de début
end-date = Date de fin
slider-incidents = { $count ->
    [one] { " " }incident ·{ " " }
   *[other] { " " }incidents ·{ " " }
}
slider-killed = { $killed ->
    [one] { $killed } tué
   *[other] { $killed } tués
}{ $unknown ->
    [0] {""}
    [one] { " " }({ $unknown } incident sans bilan)
   *[other] { " " }({ $unknown } incidents sans bilan)
}
summed-over = Ces totaux additionnent les jeux de données affichés :
dataset-total = { $dataset } : { $count } · { $killed } tués
doubles = { $attacks ->
    [one] { $attacks } attaque est enregistrée
   *[other] { $attacks } attaques sont enregistrées
} plus d'une fois dans les fichiers affichés (appariées entre jeux de données avec une confiance moyenne ou élevée, ou un même événement d'un jeu de données dans deux fichiers) : la somme compte { $records ->
    [one] { $records } enregistrement
   *[other] { $records } enregistrements
} et jusqu'à { $killed } tués plus d'une fois.
builtin-hidden = Les incidents intégrés, tirés d'articles de presse, sont masqués : { $file } couvre leurs jours et compterait à nouveau les mêmes attaques.
show-builtin = Les afficher aussi
consent-title = Ce lien demande de charger depuis un autre serveur : { $host }
consent-data = le jeu de données { $address }
consent-tiles = les tuiles de la carte (ce serveur verrait quelle partie de la carte vous regardez)
consent-why = Qui gère ce serveur apprend votre adresse (IP) et le moment où vous avez ouvert le lien. Rien ne lui est demandé tant que vous n'avez pas dit oui.
consent-remember = Retenir mon accord pour ce serveur
consent-yes = Charger depuis ce serveur
consent-no = Pas maintenant
consent-declined = Rien n'a été chargé depuis { $host } : vous avez dit non.
link-files-title = Ce lien a été fait avec ces jeux de données ouverts, depuis l'ordinateur de l'expéditeur :
link-file = { $name } ({ $rows } lignes)
link-files-hint = Un lien ne peut pas envoyer de fichiers. Ouvrez ici les mêmes fichiers pour voir ce que l'expéditeur voyait : les dates, filtres et vue du lien attendent jusque-là.
link-files-open = Ouvrir ces fichiers…
link-files-without = Afficher la carte sans eux
link-dates-missed = Les dates du lien ({ $from } au { $to }) sont hors des données ouvertes ici : toute la période est affichée.
histogram-day = Incidents par jour, empilés par type d'événement, selon les filtres ; le jour le plus chargé en compte { $busiest }
histogram-week = Incidents par semaine, empilés par type d'événement, selon les filtres ; la semaine la plus chargée en compte { $busiest }
histogram-month = Incidents par mois, empilés par type d'événement, selon les filtres ; le mois le plus chargé en compte { $busiest }
playback = Lecture
step-back = Reculer d'un pas
step-forward = Avancer d'un pas
back-by = Reculer { $step }
forward-by = Avancer { $step }
play = Lire
pause = Pause
play-title = Lire ou mettre en pause (Espace)
playback-mode = Mode de lecture
mode-window = Fenêtre glissante
mode-cumulative = Cumulé
playback-speed = Vitesse de lecture
speed-slow = Lente
speed-normal = Normale
speed-fast = Rapide
step = pas :
playback-step = Pas de lecture
step-day = d'un jour
step-week = d'une semaine
step-month = de 30 jours
totals-killed = Tués
totals-best-for-ranges = { " " }(meilleures estimations pour les fourchettes)
totals-by-side = Par camp
totals-side-military = militaires
totals-side-civilian = civils
totals-side-assailants = assaillants
totals-side-unknown = camp inconnu
totals-side-parties = parties nommées (camps a et b de l'UCDP)
totals-over-sides = { " " }(sur { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
} dont la source donne les camps)
totals-only = Totaux seulement
totals-only-value = { $killed } sur { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
} (camps non précisés)
totals-ranges = Basse / meilleure / haute
totals-ranges-value = { $low } / { $best } / { $high } sur { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
}
totals-no-figure = Sans bilan
totals-no-figure-value = { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
} (non compté comme zéro)
step-option-day = un jour
step-option-week = une semaine
step-option-month = 30 jours
preset-whole = Toute la période
preset-weeks-4 = Les 4 dernières semaines
preset-weeks-52 = Les 52 dernières semaines
preset-custom = Dates choisies
date-presets = Période
first-day = Du
last-day = au

## Le panneau des détails
dataset = Jeu de données
its-sources = Ses sources :
actor-types-both = { $first } contre { $second }
km-away = (à { $km } km)
other-datasets = Autres jeux de données
compare-caption = Enregistrements de la même attaque dans les autres jeux de données ouverts, les plus probables d'abord (mêmes dates selon leur précision, dans leur rayon de localisation ; classés par proximité, dates, types d'événement, camps et bilans), chacun avec le degré de confiance de l'appariement.
place = Lieu
date = Date
killed = Tués
injured = Blessés
how-counted = Mode de décompte
close-details = Fermer les détails
location = Localisation
event = Événement
attacker = Assaillant
target = Cible
side = Camp
dash-note = — signifie qu'aucun chiffre n'a été signalé.
other-reports = Autres sources
coordinated = Attaques coordonnées
notes = Notes
sources = Sources
in-datasets = Dans les bases de données de conflits
dataset-record = { $dataset }, événement { $id }

## Recherche, alentours, piles, carte
no-place-matches = Aucun lieu ne correspond à « { $query } ».
search-places = Chercher un lieu
search-placeholder = Chercher un lieu, p. ex. Ségou
places = Lieux
nearby-heading = { $count ->
    [0] Aucun incident à moins de { $km } km
    [one] { $count } incident à moins de { $km } km
   *[other] { $count } incidents à moins de { $km } km
}
nearby-sort = Triés
nearby-newest = les plus récents d'abord
nearby-nearest = les plus proches d'abord
no-figure-short = sans bilan
nearby-more = { $count ->
    [one] { $count } autre hors des dates choisies.
   *[other] { $count } autres hors des dates choisies.
}
nearby-label = Incidents près de { $place }
clear-place = Effacer le lieu cherché
close-list = Fermer la liste
same-point = Ils sont dessinés au même point.
stack-more = { $count ->
    [one] { $count } autre : resserrez les dates pour le lister.
   *[other] { $count } autres : resserrez les dates pour les lister.
}
stack-enter = { $stack }. Appuyez sur Entrée pour les lister.
stack-click = { $stack } : cliquer pour les lister
region-every = { $region } : cliquer pour afficher toutes les régions
region-only = { $region } : cliquer pour n'afficher que cette région
map-label = Carte des incidents. Les flèches passent d'un incident affiché à l'autre, Entrée en ouvre un ; glisser pour déplacer, molette ou boutons pour zoomer.
banner-rejected = { $count ->
    [one] { $count } entité de { $file } a été rejetée
   *[other] { $count } entités de { $file } ont été rejetées
}
banner-warnings = { $count ->
    [one] { $count } avertissement dans { $file }
   *[other] { $count } avertissements dans { $file }
}
banner-more = … et { $count } de plus dans { $file }
banner-summary = Données partielles : { $summary }. Le reste est affiché.

## Panneau des données
built-in = Intégré : { $name }
close-dataset = Fermer ce jeu de données
close = Fermer
remove-dataset = Retirer de la carte
remove-dataset-named = Retirer de la carte : { $name }
undo-remove = Annuler
removed = { $name } a été retiré de la carte.
restored = { $name } est de nouveau sur la carte.
data = Données
datasets = Jeux de données
open-data = Ouvrir des données…
builtin-only = Données intégrées seulement
open-hint = Exports CSV d'ACLED ou de l'UCDP GED, ou GeoJSON ; déposez des fichiers sur la carte, ou liez-en un avec ?data=<adresse>.
reading-file = Lecture du fichier
cancel = Annuler
export-shown = Exporter les incidents affichés (dates choisies) :{" "}
compare-shown = Comparer les jeux de données affichés :{" "}
review-matches = Examiner les événements correspondants

## Rapport d'import, à propos
group-rejected = { $count ->
    [one] { $count } rejetée
   *[other] { $count } rejetées
}
group-warned = { $count ->
    [one] { $count } gardée avec un avertissement
   *[other] { $count } gardées avec un avertissement
}
group-field = , colonne ou champ « { $field } »
group-first-shown = { " " }({ $count } premières montrées)
report-clean = Rien n'a été rejeté et rien n'a demandé d'avertissement.
about-what = Ce que c'est
about-coverage = Couverture
about-figures = Chiffres
about-licence = Licence
about-cite = Citer
about-data = À propos de ces données

## Filtres
remove-actor = Retirer l'acteur { $actor }
filters = Filtres
people-killed = Personnes tuées
killed-from = de
killed-to = à
fewest-killed = Nombre minimal de personnes tuées
most-killed = Nombre maximal de personnes tuées
with-no-figure = incidents sans bilan
region = Région
all-regions = Toutes les régions
actor = Acteur
find-actor = Chercher un acteur
tick-all-actors = Choisir tous les acteurs correspondant à « { $query } »
filter-location = Localisation
filter-date = Date
filter-dataset = Jeu de données
clear-filters = Effacer les filtres
close-filters = Fermer les filtres
filters-hint = Chaque choix indique combien d'incidents il garde dans les dates affichées, sous les autres filtres.
edit-filters = Modifier
actor-role = Compté comme
actor-role-either = l'un ou l'autre camp
actor-role-first = premier camp (initiateur : acteur 1 d'ACLED, camp A d'UCDP)
actor-role-second = second camp (cible : acteur 2 d'ACLED, camp B d'UCDP)
filter-actor-type = Type d'acteur (ACLED)
filter-actor-type-hint = Les types cochés sont gardés, dans le camp choisi ci-dessus ; sans type coché, tous sont gardés.
filter-disorder = Type de désordre (ACLED)
filter-targeting = Ciblage des civils (ACLED)

## Liste
list = Liste
incidents-shown = Incidents affichés
incidents-shown-count = { $count ->
    [one] { $count } incident affiché
   *[other] { $count } incidents affichés
}

## Examen des correspondances
review-label = Événements correspondants entre jeux de données
review-count = { $count ->
    [one] { $count } paire d'enregistrements correspondants
   *[other] { $count } paires d'enregistrements correspondants
}
close-table = Fermer le tableau
review-hint = Enregistrements d'une même attaque dans deux jeux de données ouverts, parmi les incidents affichés : mêmes dates à leur précision près, dans leur rayon de localisation, classés par proximité, dates, types d'événement, camps nommés et bilans, chacun avec le degré de confiance de l'appariement. Par défaut chaque enregistrement est apparié une fois avec chaque autre jeu de données (son appariement le plus probable), et les appariements de faible confiance sont laissés de côté. Écart : le second bilan moins le premier.
nearest-only = Un seul appariement par enregistrement (un pour un)
surest-only = Confiance moyenne et élevée seulement
confidence = Confiance
confidence-high = élevée
confidence-medium = moyenne
confidence-low = faible
differ-only = Seulement là où les décomptes diffèrent
download-csv = Télécharger le CSV
first-record = Premier enregistrement
second-record = Second enregistrement
diff = Écart

## Partager
share = Partager
share-label = Partager cette carte
link-heading = Lien vers cet écran
link-hint = Il contient les dates, les filtres, l'incident choisi, la vue et les jeux de données ouverts par adresse.
link = Lien
copy-link = Copier le lien
link-copied = Lien copié.
copy-refused = Le navigateur n'a pas permis la copie : sélectionnez le lien ci-dessus et copiez-le.
link-local-files = Le lien nomme { $files }, ouverts depuis cet ordinateur : il ne peut pas les envoyer. Qui l'ouvre est invité à ouvrir les mêmes fichiers. Pour partager les données, publiez le fichier à une adresse et ouvrez-le avec ?data=<adresse>.
download-map = Télécharger la carte
picture-size = Taille de l'image
custom-size = Taille personnalisée
width-px = Largeur en pixels
height-px = Hauteur en pixels
picture-hint = Avec le titre, les dates, les filtres, la légende, l'échelle et les crédits.
picture-frame = Cadrage
picture-frame-shown = sur les incidents affichés
picture-frame-screen = comme sur cet écran
embed = Intégrer dans une page
embed-code = Code d'intégration

## Les sous-types d'événements d'ACLED
sub-armed-clash = Affrontement armé
sub-government-regains-territory = Le gouvernement reprend un territoire
sub-non-state-actor-overtakes-territory = Un acteur non étatique prend un territoire
sub-chemical-weapon = Arme chimique
sub-air-drone-strike = Frappe aérienne ou de drone
sub-suicide-bomb = Attentat-suicide
sub-shelling-artillery-missile-attack = Bombardement, artillerie ou missile
sub-remote-explosive-landmine-ied = Explosif à distance, mine ou engin explosif improvisé
sub-grenade = Grenade
sub-sexual-violence = Violence sexuelle
sub-attack = Attaque
sub-abduction-forced-disappearance = Enlèvement ou disparition forcée
sub-peaceful-protest = Manifestation pacifique
sub-protest-with-intervention = Manifestation avec intervention
sub-excessive-force-against-protesters = Force excessive contre des manifestants
sub-violent-demonstration = Manifestation violente
sub-mob-violence = Violence de foule
sub-agreement = Accord
sub-arrests = Arrestations
sub-change-to-group-activity = Changement de groupe ou d'activité
sub-disrupted-weapons-use = Usage d'armes empêché
sub-headquarters-or-base-established = Quartier général ou base établis
sub-looting-property-destruction = Pillage ou destruction de biens
sub-non-violent-transfer-of-territory = Transfert non violent de territoire
sub-other = Autre

## Problèmes trouvés dans notre fichier
p-duplicate-id = identifiant « { $id } » en double
p-outside-mali = le point [{ $lon }, { $lat }] (lon, lat) est hors du rectangle englobant du Mali
p-no-place = aucun lieu d'identifiant « { $id } » dans le répertoire des lieux
p-needs-radius = une localisation qui n'est pas exacte a besoin d'un rayon positif en km
p-too-far = le point est à { $distance } km de son lieu « { $place } », plus que sa précision ne le permet ({ $allowed } km)
p-needs-source = au moins une source est nécessaire
p-no-outlet = la source { $source } n'a pas de média
p-bad-language = la langue « { $code } » de la source { $source } n'est pas un code de langue comme « fr »
p-serious = { $serious } blessés graves mais seulement { $injured } blessés en tout
p-alternative-source = les chiffres selon { $who } renvoient à la source { $source }, mais il n'y a que { $count } sources
p-alternative-record = les chiffres selon { $who } renvoient à l'enregistrement { $record }, mais il n'y a que { $count } enregistrements
p-record-id = { $id } n'est pas un identifiant d'événement de { $dataset }
p-record-twice = l'événement { $id } de { $dataset } est cité deux fois
p-two-wordings = deux formulations pour le chiffre { $figure }
p-no-french = pas de français pour : { $fields }
p-translations-alternatives = { $count } traductions pour { $expected } autres chiffres
p-translations-wordings = { $count } traductions pour { $expected } formulations de chiffres
p-translations-source-notes = { $count } traductions pour { $expected } notes de sources
p-french-unused = du français pour des textes que l'incident n'a pas : { $fields }
p-french-empty = la traduction { $number } est vide
p-sub-event-type = « { $sub } » n'est pas un sous-type de « { $kind } » (attendu : l'un de { $expected })
p-empty-id = vide : chaque incident a besoin d'un identifiant
p-outside-basemap = le point [{ $lon }, { $lat }] (lon, lat) est hors du fond de carte (le Mali et ses voisins) ; gardé
p-swapped = la latitude { $lat } et la longitude { $lon } placent le point hors du pays que nomme la ligne ({ $country }) ; inversées, elles tombent dedans : les deux colonnes semblent inversées. Non gardée : corrigez la ligne
p-outside-country = le point [{ $lon }, { $lat }] (lon, lat) est à { $km } km hors du pays que nomme la ligne ({ $country }) ; gardé
p-control-characters = le texte contenait des caractères de contrôle ({ $codes }), qu'aucun texte ne devrait contenir : ils ont été retirés, et il se lit « { $value } » ; gardé
p-not-a-region = « { $region } » n'est pas une région du fond de carte (attendu : l'une de { $expected })
p-other-region = le point est dans la région { $actual }, pas dans { $region } comme le dit le champ
p-no-region = le point n'est dans aucune région, pas dans { $region }
p-link-rejected = renvoie à « { $other } », qui a été rejeté
p-link-missing = renvoie à « { $other } », qui n'est pas dans le jeu de données
p-link-one-way = renvoie à « { $other } », qui ne renvoie pas en retour

## Problèmes trouvés dans les fichiers ACLED
p-empty-event-id = vide : chaque événement a besoin de son identifiant
p-not-a-date-acled = « { $value } » n'est pas une date (attendu : 2022-07-27 ou 27 July 2022)
p-not-an-event-type = « { $value } » n'est pas l'un des types d'événements d'ACLED
p-not-a-number = « { $value } » n'est pas un nombre
p-not-lat-lon = { $lat }, { $lon } n'est pas une latitude et une longitude en degrés
p-not-a-count = « { $value } » n'est pas un nombre de personnes
p-sub-event-kept = « { $sub } » n'est pas un sous-type de « { $kind } » dans le guide de codage d'ACLED ; gardé tel quel
p-time-precision = « { $value } » n'est ni 1, ni 2, ni 3 ; la date est prise comme un jour
p-geo-precision = « { $value } » n'est ni 1, ni 2, ni 3 ; le point est pris comme approximatif
p-actor-type = « { $value } » n'est pas un des types d'acteurs d'ACLED (1 à 8, ou leurs noms) ; laissé de côté
p-disorder-type = « { $value } » n'est pas un des types de désordre d'ACLED (Political violence, Demonstrations, Strategic developments) ; laissé de côté
p-civilian-targeting = « { $value } » n'est ni « Civilian targeting » ni vide ; laissé de côté
p-mojibake = le texte contient des caractères mal décodés en amont (mauvais encodage, p. ex. « ¬∞ » pour « ° ») ; gardé tel quel
p-monadic-date = cette ligne de l'événement { $id } est datée du { $date }, sa première ligne (ligne { $line }) du { $first } ; la première est gardée
p-monadic-killed = cette ligne de l'événement { $id } donne { $killed } tués, sa première ligne (ligne { $line }) { $first } ; la première est gardée
p-monadic-killed-none = cette ligne de l'événement { $id } donne { $killed } tués, sa première ligne (ligne { $line }) aucun chiffre ; la première est gardée
p-duplicate-event = identifiant d'événement « { $id } » en double (d'abord ligne { $line })

## Problèmes trouvés dans les fichiers UCDP
p-not-a-date-ucdp = « { $value } » n'est pas une date (attendu : 2022-07-27 ou 07/27/2022 00:00:00)
p-end-before-start = { $end } est antérieure à date_start { $start }
p-not-1-2-3 = « { $value } » n'est ni 1, ni 2, ni 3
p-best-sum = la meilleure estimation { $best } diffère de deaths_a + deaths_b + deaths_civilians + deaths_unknown = { $sum } ; les deux sont gardées
p-estimates-order = basse { $low } / meilleure { $best } / haute { $high } ne sont pas dans l'ordre ; gardées telles quelles
p-date-prec = « { $value } » n'est pas entre 1 et 5 ; déduite des dates
p-where-prec = « { $value } » n'est pas entre 1 et 7 ; le point est pris comme approximatif

## Problèmes trouvés dans les points GeoJSON
p-expected-point = un Point [longitude, latitude] en degrés était attendu
p-value-not-a-date = { $value } n'est pas une date
p-missing-looked-for = absent (noms cherchés : { $names })
p-not-after = { $value } n'est pas une date égale ou postérieure au { $date }
p-estimates-not-counts = basse { $low }, meilleure { $best }, haute { $high } ne sont pas des nombres de personnes
p-value-not-a-count = { $value } n'est pas un nombre de personnes

## Notes sur un fichier lu
note-bom = le fichier commence par une marque d'ordre des octets UTF-8 ; elle a été retirée
note-latin1 = le fichier n'est pas en UTF-8 ; il a été lu en Windows-1252 (Latin-1) : vérifiez les noms accentués
note-invalid-utf8 = { $count } suites d'octets ne sont pas de l'UTF-8 (fichier abîmé ?) ; chacune a été remplacée par U+FFFD
error-unknown-csv = format que l'application ne lit pas : l'en-tête CSV (premières colonnes : { $columns }) n'est ni celui d'ACLED (event_id_cnty, event_date, ...) ni celui de l'UCDP GED (id, relid, side_a, date_start, ...)
note-hxl = la ligne { $line } est une ligne de hashtags HXL ; elle a été sautée
note-ragged-empty = { $count } lignes ont plus de valeurs que l'en-tête (une virgule finale) ; les valeurs en trop étaient vides
note-ragged = { $count } lignes ont plus de valeurs que l'en-tête, dont { $nonempty } non vides : ces valeurs ont été ignorées
p-unclosed-quote = une valeur entre guillemets s'ouvre sur cette ligne et ne se ferme jamais : les lignes { $from } à { $to }, le reste du fichier, n'ont pas pu être lues
note-zero-width = { $count } caractères de largeur nulle (U+200B et apparentés) ont été retirés des valeurs
error-no-dates = aucune des { $count } entités n'a de date (propriétés cherchées : { $names }) ; les événements ne peuvent pas être placés dans le temps, rien n'a donc été chargé. Propriétés trouvées : { $found }

## Problèmes trouvés dans les fichiers GeoJSON
found-no-features = une FeatureCollection sans tableau « features »
found-type = un objet GeoJSON de type « { $kind } »
found-no-type = un objet sans membre « type »
found-array = un tableau
found-scalar = une valeur JSON simple
found-members-misfit = une FeatureCollection dont les membres ne conviennent pas ({ $detail })
p-not-a-feature = pas une Feature GeoJSON valide : { $detail }
p-no-properties = objet properties absent
p-no-geometry = absente ; un Point [lon, lat] était attendu
p-bad-coordinates = les coordonnées [{ $lon }, { $lat }] ne sont pas [longitude, latitude] en degrés
p-point-needs-two = un Point a besoin de [lon, lat]
p-not-a-point = un Point [lon, lat] était attendu, trouvé : { $kind }
p-approximate-place = un lieu approximatif a besoin de precision_km (rayon en km)
p-missing = absent
p-as-is = { $detail }
p-river-lines = un fleuve a besoin d'une LineString ou d'une MultiLineString
p-unknown-layer = couche « { $layer } » inconnue ; attendu : country, region, neighbour, lake, water ou river
p-expected-polygon = un Polygon ou un MultiPolygon était attendu
p-needs-name = un pays ou une région a besoin d'un nom
p-missing-field = champ `{ $field }` absent
p-unknown-field = champ `{ $value }` inconnu, attendu : l'un de { $expected }
p-unknown-field-none = champ `{ $value }` inconnu, il n'y a pas de champ
p-unknown-variant = valeur `{ $value }` inconnue, attendu : l'une de { $expected }
p-unknown-variant-none = valeur `{ $value }` inconnue, il n'y a pas de valeur possible
p-invalid-type = type invalide : { $found }, attendu : { $expected }
p-invalid-value = valeur invalide : { $found }, attendu : { $expected }
p-not-a-real-date = « { $value } » n'est pas une date réelle de la forme AAAA-MM-JJ
p-missing-curated-field = champ `{ $field }` absent (obligatoire dans un incident de ce projet)

## Erreurs de la page elle-même
network-error = erreur réseau
no-window = pas de fenêtre
no-app-files = la page ne lie pas le module et le wasm de l'application
worker-stopped = le lecteur s'est arrêté sans répondre
worker-not-loaded = { $file } n'a pas pu être chargé

## Étiquettes dites sur la carte
marker-label = { $incident } : { $category }, { $figure }
alternative-figures = { $who } ({ $outlet }) : { $figures }

## Le fond de carte en ligne
tiles-not-http = n'est pas une adresse de tuiles http(s)
tiles-no-placeholder = n'a pas l'un de {"{"}z{"}"}, {"{"}x{"}"}, {"{"}y{"}"}
tiles-unknown-placeholder = contient un {"{"}…{"}"} autre que {"{"}z{"}"}, {"{"}x{"}"}, {"{"}y{"}"}, {"{"}s{"}"} et {"{"}r{"}"}
tiles-placeholder-in-host = a {"{"}z{"}"}, {"{"}x{"}"}, {"{"}y{"}"} ou {"{"}r{"}"} dans son nom de serveur : chaque tuile irait à un autre serveur
tiles-query-warning = Cette adresse a une requête (après « ? »), où les services de tuiles mettent les clés d'accès : le lien que vous partagez la contient.
basemap = Fond de carte
basemap-embedded = Intégré (fonctionne hors ligne)
basemap-osm = Tuiles OpenStreetMap (en ligne)
basemap-custom = Tuiles d'une adresse (en ligne)
tile-address = Adresse des tuiles, avec {"{"}z{"}"}, {"{"}x{"}"} et {"{"}y{"}"}
basemap-hint = Les tuiles en ligne sont demandées à mesure que vous regardez, jamais à l'avance ; hors ligne, la carte intégrée reste.
tiles-credit = Tuiles :{" "}
tiles-custom-credit = Tuiles : { $host }
tiles-failed = Les tuiles n'ont pas pu être chargées (hors ligne ?) : la carte intégrée apparaît dessous.
tiles-problem = L'adresse de tuiles « { $value } » { $reason }.
named-by = nommé par { $dataset }
also-named-by = aussi nommé par { $dataset }
detail-notice = Zoom au-delà du détail de la carte intégrée : contours approximatifs (1/10 000 000), pas de routes, peu de villages. Les tuiles en ligne en montrent plus (Données, puis Fond de carte).
detail-notice-fine = Zoom rapproché : eau en pleine résolution (GSHHG) ; frontières approximatives (carte au 1/10 000 000) ; pas de routes, peu de villages. Les tuiles en ligne en montrent plus (Données, puis Fond de carte).
detail-notice-failed = Zoom rapproché : l'eau plus fine n'a pas pu être chargée (elle est gardée hors ligne une fois vue en ligne) ; contours approximatifs, pas de routes, peu de villages. Les tuiles en ligne en montrent plus (Données, puis Fond de carte).
detail-empty = il n'a aucun lac ni cours d'eau lisible
link-unknown-choice = n'est pas l'un des choix de cette carte
link-unknown-cell = n'est pas une taille de case proposée (10, 25, 50, 100 ou 200 km)
mode-label = Ce que montre la carte
mode-points = Points
mode-regions = Régions
mode-density = Densité
measure-label = Compter
measure-events = Incidents
measure-killed = Personnes tuées
cell-size = Cases
cell-auto = Selon le zoom
cell-size-shown = cases de { $km } km
cell-tip = { $events ->
        [one] { $events } incident
       *[other] { $events } incidents
    }, { $killed ->
        [one] { $killed } tué
       *[other] { $killed } tués
    }
regions-elsewhere = Hors de la carte (aucune zone de ce nom) : { $names }.
regions-unnamed = { $n } sans région.
region-figures = { $events } incidents, { $killed } tués ({ $nofigure } sans chiffre)
analysis-open = Analyse
analysis-title = Où et quand la violence augmente
analysis-all = Tout ce qui est affiché
compare-title = Cette période comparée à une référence
baseline-label = Comparée à
baseline-previous = la période juste avant (même durée)
baseline-year = les mêmes jours un an plus tôt
baseline-average = la moyenne des { $n } périodes précédentes
baseline-short = Référence
change = Évolution
too-few = trop peu pour comparer
large-increase = forte hausse
compare-periods = Du { $from } au { $to }, comparé à { $baseline }.
compare-not-covered = Les données ne couvrent pas toute la référence : une partie n'y compte rien de connu.
compare-no-figure = { $n } incidents ne donnent aucun chiffre de morts (pas comptés comme zéro).
compare-rule = Une hausse de plus de 25 % est une forte hausse, comme la marque le Trendfinder d'ACLED ; une référence sous 10 est trop faible pour un pourcentage. Une référence moyenne est la moyenne des périodes de même durée qui précèdent celle-ci.
trends-title = Dans le temps
split-label = Répartir par
split-none = rien (une ligne)
split-type = type d'événement
split-dataset = jeu de données
split-region = région
split-actor = acteur nommé en premier
series-other = Autres
trend-label = Graphique de la sélection dans le temps
trend-values = { $events } incidents, { $killed } tués, { $nofigure } sans chiffre
trend-note = Chaque incident est compté à la date que donne son jeu de données ; la bande est l'estimation basse et haute d'UCDP.
trend-approximate = { $n } incidents ne sont datés qu'à la semaine, au mois ou plus, et comptés à cette date.
trend-table = Les mêmes chiffres en tableau
trend-from = Du
alerts-title = Alertes
alerts-rule = Un pic : les incidents d'une région ou d'un acteur en une semaine, au moins le double de leur moyenne des 4 semaines précédentes, et au moins 10 (la règle du Surge Tracker d'ACLED, avec notre seuil). Un record : les morts d'un mois, en tout ou dans une région, au-dessus de chaque mois des 1 à 3 années précédentes que couvrent les données, et au moins 100 (la règle de HDX Signals).
alerts-none = Aucune alerte sur cette période.
alerts-more = Et { $n } de plus (raccourcissez la période pour les voir).
alert-all = Tout ce qui est affiché
alert-surge = Pic, { $scope }, du { $from } au { $to } : { $events } incidents, au moins le double des 4 semaines précédentes ({ $average } par semaine)
alert-high = Record, { $scope }, { $month } : { $killed } tués, le plus en { $years ->
        [one] un an
       *[other] { $years } ans
    } (record précédent { $previous })
actors-new = Acteurs nouveaux sur cette période
actors-new-none = Aucun acteur n'est nommé pour la première fois sur cette période.
actor-count = { $events } incidents sur cette période, { $killed } tués ; nommé en premier dans { $first }.
actor-seen = Nommé pour la première fois le { $first }, la dernière le { $last } (dans les données ouvertes, sous les filtres).
actor-regions = Régions :
actor-datasets = Nommé par :
actor-other-names = Noms qui partagent ses mots (vérifiez que c'est le même acteur) :
actor-months = Ses incidents par mois
actor-profile-open = Profil
about-analysis-regions = Régions et densité
about-analysis-regions-rule = Un incident est compté dans la région que nomme son jeu de données (l'admin-1 d'ACLED et d'UCDP), rapprochée des régions de la carte par son nom quelle qu'en soit l'orthographe ; un nom pour lequel la carte n'a pas de zone (Ménaka, Taoudénit, que la carte intégrée de 2017 dessine encore dans Gao et Tombouctou) est compté à part et signalé. Les classes sont des quantiles des chiffres des régions ou des cases, arrondis, le zéro à part (ColorBrewer YlOrRd). Une case de densité est un carré de la taille indiquée en km, en rangées selon la latitude.
about-analysis-dates = Chaque incident est compté à la date que donne son jeu de données, quelle qu'en soit la précision (ACLED code un événement connu à la semaine ou au mois à un jour de cette période) ; le graphique dit combien ont été comptés ainsi. Un chiffre de morts manquant n'est jamais additionné comme zéro.
trend-per-day = Par jour, comme l'histogramme.
trend-per-week = Par semaine, comme l'histogramme.
trend-per-month = Par mois, comme l'histogramme.
filter-area-polygon = dans une zone tracée sur la carte ({ $corners } sommets)
link-not-an-area = n'est pas une zone (circle:LAT,LON,KM ou polygon:LAT,LON;LAT,LON;…)
area-label = Zone
area-circle = Cercle
area-polygon = Polygone
area-radius = Rayon
area-remove = Retirer la zone
area-hint-circle = Appuyez au centre et glissez jusqu'au bord, ou cliquez sur le centre, puis sur le bord. Échap arrête.
area-at-centre = Ou placez-le au centre de la carte
area-hint-polygon = Cliquez sur chaque sommet ; cliquez sur le premier, double-cliquez ou appuyez sur Entrée pour finir. Retour arrière retire un sommet ; Échap arrête.
area-finish = Terminer
filter-area-circle = à moins de { $km } km de { $lat }° { $ns ->
        [S] S
       *[N] N
    }, { $lon }° { $ew ->
        [W] O
       *[E] E
    }
alerts-on-region = { $n ->
        [one] Une alerte (cliquez pour l'ouvrir) : { $list }
       *[other] { $n } alertes (cliquez pour ouvrir la première) : { $list }
    }
mode-more = Options
actor-profile-of = Le profil de { $actor }
region-against = Référence : { $events } incidents, { $killed } tués ; évolution { $eventschange } incidents, { $killedchange } tués.
download-chart-svg = Télécharger le graphique (SVG)
