# English words of the interface. Every message here is also in fr.ftl
# (a test checks it). Arguments: $count is a number (plurals follow CLDR).

## Dates and counts
date-long = { $day } { $month } { $year }
date-month = { $month } { $year }
date-range = { $from } to { $to }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
incidents = { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
}

## Codes of the data (each enum's key names its message)
category-battles = Battles
category-explosions = Explosions/Remote violence
category-civilians = Violence against civilians
category-protests = Protests
category-riots = Riots
category-strategic = Strategic developments
category-ucdp-state-based = State-based violence
category-ucdp-non-state = Non-state violence
category-ucdp-one-sided = One-sided violence
category-unclassified = Not classified by the source
date-precision-day = exact day
date-precision-days = within a few days
date-precision-week = week only
date-precision-month = month only
date-precision-longer = longer than a month
location-precision-exact = exact locality
location-precision-near = approximate
location-precision-admin2 = district only
location-precision-admin1 = region only
location-precision-area = a wider area only
location-precision-country = country only
side-military = military
side-civilian = civilian
side-assailants = assailants
side-unknown = unknown
figure-killed-military = killed, military
figure-killed-civilian = killed, civilian
figure-killed-assailants = killed, assailants
figure-killed-unknown = killed, side unknown
figure-injured-military = injured, military
figure-injured-civilian = injured, civilian
figure-injured-assailants = injured, assailants
figure-injured-unknown = injured, side unknown
dataset-curated = Press reports (this project)
dataset-acled = ACLED
dataset-ucdp = UCDP GED
dataset-geojson = GeoJSON
disorder-political-violence = Political violence
disorder-demonstrations = Demonstrations
disorder-strategic-developments = Strategic developments
disorder-none = Not given by the dataset
targeting-yes = Civilians targeted
targeting-no = Civilians not targeted
targeting-none = Not given by the dataset
actor-type-state-forces = State forces
actor-type-rebel-group = Rebel group
actor-type-political-militia = Political militia
actor-type-identity-militia = Identity militia
actor-type-rioters = Rioters
actor-type-protesters = Protesters
actor-type-civilians = Civilians
actor-type-external-other = External/Other forces
sort-date = Date
sort-place = Place
sort-type = Type
sort-deaths = Deaths
size-title-all = People killed, all sides (circle area)
size-title-noclaims = People killed, without a party's claims of enemies killed (circle area)
size-title-civilians = Civilians killed (circle area)
size-short-all = people killed
size-short-noclaims = killed, without claims
size-short-civilians = civilians killed
size-by-all = all deaths
size-by-noclaims = deaths without a party's claims
size-by-civilians = civilians only

## An incident's details
summary-killed-injured = killed: { $killed }; injured: { $injured }
summary-killed = killed: { $killed }
summary-injured = injured: { $injured }
summary-none = no figures
killed-count = { $count } killed
no-casualty-figure = no casualty figure
stack-label = { $count ->
    [one] { $count } incident at { $place }
   *[other] { $count } incidents at { $place }
}
all-sides = all sides
figures-from = Figures: { $source }
figures-acled = Figures: ACLED's count of people killed on all sides (ACLED gives a total only; it codes 0 when no death is reported)
figures-ucdp = Figures: UCDP GED's best estimate, by side
figures-file = Figures: as given by the file
ucdp-estimates = UCDP estimates of people killed: low { $low }, best { $best }, high { $high }.
claim-killed = { $count ->
    [one] { $count } assailant killed, according to the { $source }
   *[other] { $count } assailants killed, according to the { $source }
}
claim-arrested = { $count ->
    [one] { $count } assailant arrested, according to the { $source }
   *[other] { $count } assailants arrested, according to the { $source }
}
location-within = { $precision }, within about { $km } km
actor-claimed = { $actor } (claimed)
actor-according-to = { $actor } (according to the { $source })
actor-with = { $actor }, with { $others }
region-of = { $region } region
dataset-event = { $dataset }, event { $id }
geojson-feature = GeoJSON file, feature { $id }
geojson-file = GeoJSON file
seriously-injured = Of the injured, { $count } seriously.
wording = { $figure }: “{ $words }” ({ $meaning }).
wording-no-number = { $figure }: “{ $words }” ({ $meaning }); no exact number.

## Filters in words
or = or
filter-types-hidden = event types hidden: { $list }
filter-killed-between = { $min } to { $max } killed
filter-killed-min = at least { $min } killed
filter-killed-max = at most { $max } killed
filter-no-figure-out = incidents with no figure left out
filter-region = region { $region }
filter-actors = actors: { $list }
filter-locations-hidden = locations hidden: { $list }
filter-dates-hidden = dates hidden: { $list }
filter-datasets-hidden = datasets hidden: { $list }
filter-disorder-hidden = disorder types hidden: { $list }
filter-targeting-hidden = civilian targeting hidden: { $list }
filter-actor-types = actor types: { $list }
filter-role-first = actors as first side (initiator) only
filter-role-second = actors as second side (target) only

## About this data
events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
coverage-on = { " " }on { $date }
coverage-from-to = { " " }from { $from } to { $to }
coverage-regions = , in { $count ->
    [one] { $count } region
   *[other] { $count } regions
} (most: { $most })
coverage-without-figure = ; { $count } without a death figure
about-curated-what = Attacks in Mali compiled by this project from press reports and official statements. Each incident cites the reports it rests on; the notes are our own words.
about-curated-figures = Killed and injured by side (military, civilian, assailants, side unknown) as the cited statement gives them, with whose statement it is. A figure no source gives is left blank, never zero; other reports' figures are listed beside it.
about-curated-licence = The reports belong to their publishers and are linked, not copied. Basemap and places: see the credits at the foot of the page.
about-curated-cite = Cite the reports listed in each incident's sources.
about-acled-what = Armed Conflict Location & Event Data (ACLED): reported political violence and protest events, coded by ACLED from media, partner and other reports, with their date, actors, place, type and fatalities.
about-acled-figures = One total of reported fatalities per event, all sides together (no sides). 0 where no fatality is reported, so none and not reported look alike; where reports give no number ACLED codes a conventional figure and says so in the event's notes (e.g. "coded as 10").
about-acled-licence = ACLED's terms of use: attribution required; the data may not be redistributed.
about-acled-cite = Armed Conflict Location & Event Data (ACLED), acleddata.com, with the date the data was exported.
about-ucdp-what = UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program: events of organised violence (state-based, non-state and one-sided), each a use of armed force by an organised actor against another or against civilians that caused at least one direct death (in its low, best or high estimate), at a place and a date.
about-ucdp-figures = Deaths by side (side a, side b, civilians, unknown) and a low, best and high estimate for each event; the map and the totals use the best estimate.
about-ucdp-licence = UCDP's terms as published with the download; the licence of this copy could not be confirmed here.
about-geojson-what = A GeoJSON file: the app reads its points and the fields it recognises.
about-geojson-figures = As the file gives them; a figure it does not give is left blank.
about-geojson-cite = Cite the file's publisher.
estimates-short = low { $low }, best { $best }, high { $high }
total-only = a total only
no-figure = no figure

## A picture for an article
legend-event-type = Event type
preset-article = Article, 800 × 600
preset-wide = Wide, 1200 × 675
preset-square = Square, 1080 × 1080
preset-tall = Tall, 800 × 1000
caption-totals = { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
}, { $killed ->
    [one] { $killed } person killed
   *[other] { $killed } people killed
}{ $unknown ->
    [0] {""}
    [one] { " " }({ $unknown } incident without a figure)
   *[other] { " " }({ $unknown } incidents without a figure)
}.
caption-filtered = Filtered: { $filters }.

## Reading files
format-curated = the map's GeoJSON format
format-acled = ACLED CSV export
format-acled-monadic = ACLED CSV export (monadic: one row per actor, merged by event_id_cnty)
format-ucdp = UCDP GED CSV
format-points = GeoJSON points
report-summary = { $file }: { $format }; { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} read: { $kept } kept, { $merged } merged, { $rejected } rejected; { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
scope-dates = dates { $from } to { $to }
scope-all-dates = all dates
scope-no-filter = { $dates }; no filter
scope-filters = { $dates }; filters: { $filters }
reading = Reading { $name }…
reading-size = Reading { $name } ({ $size })…
reading-progress = Reading { $name }: { $read } of { $size }, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}…
cancelled = Cancelled: nothing of { $name } was kept.
bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
kilobytes = { $size } KB
megabytes = { $size } MB

## The link
link-problem = The link's { $parameter } value “{ $value }” { $reason }; it was ignored.
link-not-a-date = is not a date in YYYY-MM-DD form
link-not-a-language = is neither fr nor en
link-unknown-type = names an event type this app does not know
link-not-a-range = is not a range of whole numbers such as 10-20, 10- or -20
link-not-0-or-1 = is neither 0 nor 1
link-unknown-location-precision = names a location precision this app does not know
link-unknown-date-precision = names a date precision this app does not know
link-unknown-dataset = names a dataset this app does not know
link-unknown-size = is none of all, noclaims, civilians
link-not-a-view = is not a latitude, longitude and zoom such as 14.5,-4.2,3
link-not-a-file = is not a row count and a file name such as 7293,acled.csv
link-unknown-disorder = names a disorder type other than political-violence, demonstrations, strategic-developments or none
link-unknown-targeting = is not a list of yes, no and none
link-unknown-actor-type = names an actor type other than state-forces, rebel-group, political-militia, identity-militia, rioters, protesters, civilians or external-other
link-unknown-role = is neither first nor second nor either
link-not-http = is not an http(s) address, so nothing was read from it

## Credits
credits-basemap = Basemap:{" "}
credits-public-domain-places = {" "}(public domain). Places:{" "}
credits-rivers = ). Rivers and lakes: Natural Earth and{" "}
credits-osm = © OpenStreetMap contributors
credits-detail = ; zoomed in, GSHHG
credits-lgpl = {" "}(LGPL 3.0 or later).
credits-incidents = {" "}Incidents: press reports cited in each incident's details.
attribution-curated = Incidents: the press reports cited in each incident's sources.
attribution-acled = Armed Conflict Location & Event Data (ACLED), acleddata.com. ACLED's terms of use apply: attribution, no redistribution of the data.
attribution-ucdp = UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program; cite Sundberg & Melander 2013, Journal of Peace Research 50(4), and the GED version.
attribution-geojson = As given by the file's publisher; check its licence before sharing.

## Errors and problems
colon = :
error-fetch = { $file }: could not be fetched: { $message }
error-http = { $file }: the server answered { $status }
error-file = { $file }: could not be read: { $message }
error-worker = { $file }: the reader could not run: { $message }
error-json = { $file }: not valid JSON at line { $line }, column { $column }: { $message }
error-not-collection = { $file }: expected a GeoJSON FeatureCollection, found { $found }
error-nothing-valid = { $file }: all { $count } features were rejected; first problem: { $first }
error-detail = { $file }: { $detail }
error-missing-column = { $file }: the { $format } header has no column { $column } (looked for: { $aliases })
error-needs-gazetteer = { $file }: curated incidents need the gazetteer to check their places; give it too (--gazetteer)
error-wire = { $file }: the reader's reply could not be decoded: { $message }
error-csv = { $file }, line { $line }: { $message }
problem-line = { $file }, line { $line }
problem-feature = { $file }, feature { $index }
problem-id = { " " }(id "{ $id }")
problem-column = , column `{ $field }`
problem-field = , field `{ $field }`

## The page
page-title = Sahel incident map: attacks in Mali
language = Language
loading = Loading incidents…
load-failed = The map data could not be loaded
load-failed-hint = The files are read from the { $folder } folder next to this page.
drop-hint = Drop ACLED or UCDP CSV, or GeoJSON, to open it
title-mali = Attacks in Mali
title-events = Conflict events
zoom = Zoom
zoom-in = Zoom in
zoom-out = Zoom out
zoom-reset = Reset view
zoom-reset-title = Show the whole map
zoom-shown = Zoom to what is shown
scale = Scale: { $length }

## Legend, slider, histogram, playback, totals
legend = Legend
legend-toggle-hint = (click to hide or show)
legend-hide = Click to hide these incidents
legend-show = Click to show these incidents
circle-size = Circle size:
circle-size-label = Circle size
legend-zero = none killed (reported as zero)
legend-no-figure = no figure reported
legend-stack = incidents at one point (click to list)
legend-datasets = Dataset (marker shape)
time-filter = Time filter
start-date = Start date
end-date = End date
slider-incidents = { $count ->
    [one] { " " }incident ·{ " " }
   *[other] { " " }incidents ·{ " " }
}
slider-killed = { $killed } killed{ $unknown ->
    [0] {""}
    [one] { " " }({ $unknown } incident without a figure)
   *[other] { " " }({ $unknown } incidents without a figure)
}
summed-over = These totals add up the datasets shown:
dataset-total = { $dataset }: { $count } · { $killed } killed
doubles = { $attacks ->
    [one] { $attacks } attack is
   *[other] { $attacks } attacks are
} recorded more than once among the files shown (matched across datasets with medium or high confidence, or one dataset's event in two files): the sum counts { $records ->
    [one] { $records } record
   *[other] { $records } records
} and up to { $killed } killed more than once.
builtin-hidden = The built-in press-report incidents are hidden: { $file } covers their days, and would count the same attacks again.
show-builtin = Show them too
consent-title = This link asks to load from another server: { $host }
consent-data = the dataset { $address }
consent-tiles = the map's tiles (that server would see which part of the map you look at)
consent-why = Whoever runs that server learns your address (IP) and when you opened the link. Nothing is asked of it until you say yes.
consent-remember = Remember my yes for this server
consent-yes = Load from this server
consent-no = Not now
consent-declined = Nothing was loaded from { $host }: you said no.
link-files-title = This link was made with these datasets open, from the sender's computer:
link-file = { $name } ({ $rows } rows)
link-files-hint = A link cannot send files. Open the same files here to see what the sender saw: the dates, filters and view of the link wait until then.
link-files-open = Open these files…
link-files-without = Show the map without them
link-dates-missed = The link's dates ({ $from } to { $to }) are outside the data open here: the whole span is shown.
histogram-day = Incidents per day, stacked by event type, under the filters; the busiest day has { $busiest }
histogram-week = Incidents per week, stacked by event type, under the filters; the busiest week has { $busiest }
histogram-month = Incidents per month, stacked by event type, under the filters; the busiest month has { $busiest }
playback = Playback
step-back = Step back
step-forward = Step forward
back-by = Back { $step }
forward-by = Forward { $step }
play = Play
pause = Pause
play-title = Play or pause (Space)
playback-mode = Playback mode
mode-window = Moving window
mode-cumulative = Cumulative
playback-speed = Playback speed
speed-slow = Slow
speed-normal = Normal
speed-fast = Fast
step = step:
playback-step = Playback step
step-day = a day
step-week = a week
step-month = 30 days
totals-killed = Killed
totals-best-for-ranges = { " " }(best estimates for ranges)
totals-by-side = By side
totals-side-military = military
totals-side-civilian = civilian
totals-side-assailants = assailants
totals-side-unknown = side unknown
totals-side-parties = named parties (UCDP sides a and b)
totals-over-sides = { " " }(over { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
} whose source gives sides)
totals-only = Totals only
totals-only-value = { $killed } over { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
} (no sides given)
totals-ranges = Low / best / high
totals-ranges-value = { $low } / { $best } / { $high } over { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
}
totals-no-figure = No figure
totals-no-figure-value = { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
} (not counted as zero)
step-option-day = a day
step-option-week = a week
step-option-month = 30 days
preset-whole = Whole span
preset-weeks-4 = Last 4 weeks
preset-weeks-52 = Last 52 weeks
preset-custom = Dates chosen
date-presets = Range
first-day = From
last-day = to

## The details panel
dataset = Dataset
its-sources = Its sources:
actor-types-both = { $first } against { $second }
km-away = ({ $km } km away)
other-datasets = Other datasets
compare-caption = Records of the same attack in the other open datasets, the likeliest first (same dates within their precision, within their location radius; ranked by nearness, dates, event types, sides and counts), each with how sure the match is.
place = Place
date = Date
killed = Killed
injured = Injured
how-counted = How counted
close-details = Close details
location = Location
event = Event
attacker = Attacker
target = Target
side = Side
dash-note = — means no figure was reported.
other-reports = Other reports
coordinated = Coordinated attacks
notes = Notes
sources = Sources
in-datasets = In the conflict datasets
dataset-record = { $dataset } event { $id }

## Search, nearby, stacks, map
no-place-matches = No place matches “{ $query }”.
search-places = Search places
search-placeholder = Search places, e.g. Ségou
places = Places
nearby-heading = { $count ->
    [0] No incident within { $km } km
    [one] { $count } incident within { $km } km
   *[other] { $count } incidents within { $km } km
}
nearby-sort = Sorted
nearby-newest = newest first
nearby-nearest = nearest first
no-figure-short = no figure
nearby-more = { $count } more outside the selected dates.
nearby-label = Incidents near { $place }
clear-place = Clear the searched place
close-list = Close the list
same-point = They are drawn at the same point.
stack-more = { $count } more: narrow the dates to list them.
stack-enter = { $stack }. Press Enter to list them.
stack-click = { $stack }: click to list them
region-every = { $region }: click to show every region
region-only = { $region }: click to show only this region
map-label = Map of incidents. Arrow keys move between the incidents shown, Enter opens one; drag to pan, wheel or the buttons to zoom.
banner-rejected = { $count ->
    [one] { $count } feature of { $file } was rejected
   *[other] { $count } features of { $file } were rejected
}
banner-warnings = { $count ->
    [one] { $count } warning in { $file }
   *[other] { $count } warnings in { $file }
}
banner-more = … and { $count } more in { $file }
banner-summary = Partial data: { $summary }. The rest is shown.

## Data panel
built-in = Built-in: { $name }
close-dataset = Close this dataset
close = Close
remove-dataset = Remove from the map
remove-dataset-named = Remove from the map: { $name }
undo-remove = Undo
removed = { $name } was removed from the map.
restored = { $name } is back on the map.
data = Data
datasets = Datasets
open-data = Open data…
builtin-only = Built-in data only
open-hint = ACLED or UCDP GED CSV exports, or GeoJSON; drop files on the map, or link one with ?data=<address>.
reading-file = Reading the file
cancel = Cancel
export-shown = Export the incidents shown (dates as set):{" "}
compare-shown = Compare the datasets shown:{" "}
review-matches = Review matching events

## Import report, about
group-rejected = { $count ->
    [one] { $count } rejected
   *[other] { $count } rejected
}
group-warned = { $count ->
    [one] { $count } kept with a warning
   *[other] { $count } kept with a warning
}
group-field = , column or field “{ $field }”
group-first-shown = { " " }(first { $count } shown)
report-clean = Nothing was rejected and nothing needed a warning.
about-what = What it is
about-coverage = Coverage
about-figures = Figures
about-licence = Licence
about-cite = Cite
about-data = About this data

## Filters
remove-actor = Remove actor { $actor }
filters = Filters
people-killed = People killed
killed-from = from
killed-to = to
fewest-killed = Fewest people killed
most-killed = Most people killed
with-no-figure = incidents with no figure
region = Region
all-regions = All regions
actor = Actor
find-actor = Find an actor
tick-all-actors = Choose every actor matching “{ $query }”
filter-location = Location
filter-date = Date
filter-dataset = Dataset
clear-filters = Clear filters
close-filters = Close the filters
filters-hint = Each choice shows how many incidents it keeps in the dates shown, under the other filters.
edit-filters = Edit
actor-role = Counted as
actor-role-either = either side
actor-role-first = first side (initiator: ACLED actor 1, UCDP side A)
actor-role-second = second side (target: ACLED actor 2, UCDP side B)
filter-actor-type = Actor type (ACLED)
filter-actor-type-hint = Ticked types are kept, on the side chosen above; none ticked keeps every type.
filter-disorder = Disorder type (ACLED)
filter-targeting = Civilian targeting (ACLED)

## List
list = List
incidents-shown = Incidents shown
incidents-shown-count = { $count ->
    [one] { $count } incident shown
   *[other] { $count } incidents shown
}

## Review of matches
review-label = Matching events across datasets
review-count = { $count ->
    [one] { $count } matching pair of records
   *[other] { $count } matching pairs of records
}
close-table = Close the table
review-hint = Records of the same attack in two open datasets, among the incidents shown: same dates within their precision, within their location radius, ranked by nearness, dates, event types, sides named and counts, each with how sure the match is. By default each record is paired once with each other dataset (its likeliest match), and matches of low confidence are left out. Diff.: the second count minus the first.
nearest-only = One match per record (one to one)
surest-only = Medium and high confidence only
confidence = Confidence
confidence-high = high
confidence-medium = medium
confidence-low = low
differ-only = Only where the counts differ
download-csv = Download CSV
first-record = First record
second-record = Second record
diff = Diff.

## Share
share = Share
share-label = Share this map
link-heading = Link to this screen
link-hint = It holds the dates, the filters, the selected incident, the view and the datasets opened by address.
link = Link
copy-link = Copy link
link-copied = Link copied.
copy-refused = The browser did not allow copying: select the link above and copy it.
link-local-files = The link names { $files }, opened from this computer: it cannot send them. Whoever opens it is asked to open the same files. To share the data, publish the file at an address and open it with ?data=<address>.
download-map = Download the map
picture-size = Picture size
custom-size = Custom size
width-px = Width in pixels
height-px = Height in pixels
picture-hint = With the title, dates, filters, legend, scale bar and credits drawn in.
picture-frame = Frame
picture-frame-shown = on the incidents shown
picture-frame-screen = as on this screen
embed = Embed in a page
embed-code = Embed code

## ACLED's sub-event types (ACLED's words in English)
sub-armed-clash = Armed clash
sub-government-regains-territory = Government regains territory
sub-non-state-actor-overtakes-territory = Non-state actor overtakes territory
sub-chemical-weapon = Chemical weapon
sub-air-drone-strike = Air/drone strike
sub-suicide-bomb = Suicide bomb
sub-shelling-artillery-missile-attack = Shelling/artillery/missile attack
sub-remote-explosive-landmine-ied = Remote explosive/landmine/IED
sub-grenade = Grenade
sub-sexual-violence = Sexual violence
sub-attack = Attack
sub-abduction-forced-disappearance = Abduction/forced disappearance
sub-peaceful-protest = Peaceful protest
sub-protest-with-intervention = Protest with intervention
sub-excessive-force-against-protesters = Excessive force against protesters
sub-violent-demonstration = Violent demonstration
sub-mob-violence = Mob violence
sub-agreement = Agreement
sub-arrests = Arrests
sub-change-to-group-activity = Change to group/activity
sub-disrupted-weapons-use = Disrupted weapons use
sub-headquarters-or-base-established = Headquarters or base established
sub-looting-property-destruction = Looting/property destruction
sub-non-violent-transfer-of-territory = Non-violent transfer of territory
sub-other = Other

## Problems found in our file
p-duplicate-id = duplicate id "{ $id }"
p-outside-mali = point [{ $lon }, { $lat }] (lon, lat) is outside Mali's bounding box
p-no-place = no place with id "{ $id }" in the gazetteer
p-needs-radius = a location that is not exact needs a positive radius in km
p-too-far = point is { $distance } km from its place "{ $place }", more than its precision allows ({ $allowed } km)
p-needs-source = at least one source is required
p-no-outlet = source { $source } has no outlet
p-bad-language = source { $source }'s language "{ $code }" is not a language code such as "fr"
p-serious = { $serious } seriously injured but only { $injured } injured in all
p-alternative-source = figures according to { $who } point at source { $source }, but there are only { $count } sources
p-alternative-record = figures according to { $who } point at dataset record { $record }, but there are only { $count } records
p-record-id = { $id } is not an event id of { $dataset }
p-record-twice = { $dataset } event { $id } is cited twice
p-two-wordings = two wordings for the figure { $figure }
p-no-french = no French for: { $fields }
p-translations-alternatives = { $count } translations for { $expected } alternative figures
p-translations-wordings = { $count } translations for { $expected } figure wordings
p-translations-source-notes = { $count } translations for { $expected } notes of sources
p-french-unused = French for texts the incident does not have: { $fields }
p-french-empty = translation { $number } is empty
p-sub-event-type = "{ $sub }" is not a sub-event type of "{ $kind }" (expected one of: { $expected })
p-empty-id = empty: every incident needs an id
p-outside-basemap = point [{ $lon }, { $lat }] (lon, lat) lies outside the basemap (Mali and its neighbours); kept
p-swapped = latitude { $lat } and longitude { $lon } put the point outside { $country }, the country the row names; swapped, they fall inside it: the two columns look swapped. Not kept: correct the row
p-outside-country = point [{ $lon }, { $lat }] (lon, lat) lies { $km } km outside { $country }, the country the row names; kept
p-control-characters = the text held control characters ({ $codes }), which no text should: they were removed, and it reads "{ $value }"; kept
p-not-a-region = "{ $region }" is not a region of the basemap (expected one of: { $expected })
p-other-region = the point lies in { $actual }, not in { $region } as the field says
p-no-region = the point lies in no region, not in { $region }
p-link-rejected = links to "{ $other }", which was rejected
p-link-missing = links to "{ $other }", which is not in the dataset
p-link-one-way = links to "{ $other }", which does not link back

## Problems found in ACLED files
p-empty-event-id = empty: every event needs its id
p-not-a-date-acled = "{ $value }" is not a date (expected 2022-07-27 or 27 July 2022)
p-not-an-event-type = "{ $value }" is not one of ACLED's event types
p-not-a-number = "{ $value }" is not a number
p-not-lat-lon = { $lat }, { $lon } is not a latitude and longitude in degrees
p-not-a-count = "{ $value }" is not a count of people
p-sub-event-kept = "{ $sub }" is not a sub-event type of "{ $kind }" in ACLED's codebook; kept as written
p-time-precision = "{ $value }" is not 1, 2 or 3; the date is taken as a day
p-geo-precision = "{ $value }" is not 1, 2 or 3; the point is taken as approximate
p-actor-type = "{ $value }" is not one of ACLED's actor types (1 to 8, or their names); left out
p-disorder-type = "{ $value }" is not one of ACLED's disorder types (Political violence, Demonstrations, Strategic developments); left out
p-civilian-targeting = "{ $value }" is neither "Civilian targeting" nor empty; left out
p-mojibake = the text holds mojibake (characters decoded with the wrong encoding upstream, e.g. "¬∞" for "°"); kept as written
p-monadic-date = this row of event { $id } is dated { $date }, its first row (line { $line }) { $first }; the first is kept
p-monadic-killed = this row of event { $id } gives { $killed } killed, its first row (line { $line }) { $first }; the first is kept
p-monadic-killed-none = this row of event { $id } gives { $killed } killed, its first row (line { $line }) no figure; the first is kept
p-duplicate-event = duplicate event id "{ $id }" (first on line { $line })

## Problems found in UCDP files
p-not-a-date-ucdp = "{ $value }" is not a date (expected 2022-07-27 or 07/27/2022 00:00:00)
p-end-before-start = { $end } is before date_start { $start }
p-not-1-2-3 = "{ $value }" is not 1, 2 or 3
p-best-sum = best estimate { $best } differs from deaths_a + deaths_b + deaths_civilians + deaths_unknown = { $sum }; both kept
p-estimates-order = low { $low } / best { $best } / high { $high } are not in order; kept as written
p-date-prec = "{ $value }" is not 1 to 5; taken from the dates
p-where-prec = "{ $value }" is not 1 to 7; the point is taken as approximate

## Problems found in GeoJSON points
p-expected-point = expected a Point [longitude, latitude] in degrees
p-value-not-a-date = { $value } is not a date
p-missing-looked-for = missing (looked for { $names })
p-not-after = { $value } is not a date on or after { $date }
p-estimates-not-counts = low { $low }, best { $best }, high { $high } are not counts of people
p-value-not-a-count = { $value } is not a count of people

## Notes on a file read
note-bom = the file starts with a UTF-8 byte-order mark; it was removed
note-latin1 = the file is not UTF-8; it was read as Windows-1252 (Latin-1): check accented names
note-invalid-utf8 = { $count } byte sequences are not UTF-8 (a damaged file?); each was replaced by U+FFFD
error-unknown-csv = not a format this app reads: the CSV header (first columns: { $columns }) is neither ACLED's (event_id_cnty, event_date, ...) nor UCDP GED's (id, relid, side_a, date_start, ...)
note-hxl = line { $line } is an HXL hashtag row; it was skipped
note-ragged-empty = { $count } rows have more values than the header (a trailing comma); the extra values were empty
note-ragged = { $count } rows have more values than the header, { $nonempty } of them not empty: those values were ignored
p-unclosed-quote = a quoted value opens on this line and never closes: lines { $from } to { $to }, the rest of the file, could not be read as rows
note-zero-width = { $count } zero-width characters (U+200B and kin) were removed from values
error-no-dates = none of the { $count } features has a date (looked for the properties { $names }); events cannot be placed in time, so nothing was loaded. Properties found: { $found }

## Problems found in GeoJSON files
found-no-features = a FeatureCollection without a "features" array
found-type = a GeoJSON object of type "{ $kind }"
found-no-type = an object without a "type" member
found-array = an array
found-scalar = a JSON scalar
found-members-misfit = a FeatureCollection whose members do not fit ({ $detail })
p-not-a-feature = not a valid GeoJSON Feature: { $detail }
p-no-properties = missing properties object
p-no-geometry = missing; expected a Point [lon, lat]
p-bad-coordinates = coordinates [{ $lon }, { $lat }] are not [longitude, latitude] in degrees
p-point-needs-two = a Point needs [lon, lat]
p-not-a-point = expected a Point [lon, lat], found a { $kind }
p-approximate-place = an approximate place needs precision_km (radius in km)
p-missing = missing
p-as-is = { $detail }
p-river-lines = a river needs a LineString or MultiLineString
p-unknown-layer = unknown layer "{ $layer }"; expected country, region, neighbour, lake, water or river
p-expected-polygon = expected a Polygon or MultiPolygon
p-needs-name = a country or region needs a name
p-missing-field = missing field `{ $field }`
p-unknown-field = unknown field `{ $value }`, expected one of { $expected }
p-unknown-field-none = unknown field `{ $value }`, there are no fields
p-unknown-variant = unknown variant `{ $value }`, expected one of { $expected }
p-unknown-variant-none = unknown variant `{ $value }`, there are no variants
p-invalid-type = invalid type: { $found }, expected { $expected }
p-invalid-value = invalid value: { $found }, expected { $expected }
p-not-a-real-date = "{ $value }" is not a real date in YYYY-MM-DD form
p-missing-curated-field = missing field `{ $field }` (required in a curated incident)

## The page's own errors
network-error = network error
no-window = no window
no-app-files = the page does not link the app's module and wasm
worker-stopped = the worker stopped without a reply
worker-not-loaded = { $file } could not be loaded

## Labels said on the map
marker-label = { $incident }: { $category }, { $figure }
alternative-figures = { $who } ({ $outlet }): { $figures }

## The online basemap
tiles-not-http = is not an http(s) tile address
tiles-no-placeholder = lacks one of {"{"}z{"}"}, {"{"}x{"}"}, {"{"}y{"}"}
tiles-unknown-placeholder = has a {"{"}…{"}"} other than {"{"}z{"}"}, {"{"}x{"}"}, {"{"}y{"}"}, {"{"}s{"}"} and {"{"}r{"}"}
tiles-placeholder-in-host = has {"{"}z{"}"}, {"{"}x{"}"}, {"{"}y{"}"} or {"{"}r{"}"} in its server name: each tile would go to another server
tiles-query-warning = This address has a query (after “?”), where tile services put access keys: the link you share carries it.
basemap = Basemap
basemap-embedded = Embedded (works offline)
basemap-osm = OpenStreetMap tiles (online)
basemap-custom = Tiles from an address (online)
tile-address = Tile address, with {"{"}z{"}"}, {"{"}x{"}"} and {"{"}y{"}"}
basemap-hint = Online tiles are asked for as you look, never ahead; offline, the embedded map stays.
tiles-credit = Map tiles:{" "}
tiles-custom-credit = Map tiles: { $host }
tiles-failed = The map tiles could not be loaded (offline?): the embedded map shows through.
tiles-problem = The tile address “{ $value }” { $reason }.
named-by = named by { $dataset }
also-named-by = also named by { $dataset }
detail-notice = Zoomed in beyond the embedded map's detail: outlines approximate (1:10 million), no roads, few villages. Online tiles show more (Data, then Basemap).
detail-notice-fine = Zoomed in: water at full resolution (GSHHG); borders approximate (1:10 million map); no roads, few villages. Online tiles show more (Data, then Basemap).
detail-notice-failed = Zoomed in: the finer water could not be loaded (it is kept for offline use once seen online); outlines approximate, no roads, few villages. Online tiles show more (Data, then Basemap).
detail-empty = it has no lakes or rivers that could be read
link-unknown-choice = is not one of this map's choices
link-unknown-cell = is not a cell size offered (10, 25, 50, 100 or 200 km)
mode-label = What the map shows
mode-points = Points
mode-regions = Regions
mode-density = Density
measure-label = Count
measure-events = Incidents
measure-killed = People killed
cell-size = Cells
cell-auto = From the zoom
cell-size-shown = cells of { $km } km
cell-tip = { $events ->
        [one] { $events } incident
       *[other] { $events } incidents
    }, { $killed } killed
regions-elsewhere = Not on the map (no area of that name): { $names }.
regions-unnamed = { $n } name no region.
region-figures = { $events } incidents, { $killed } killed ({ $nofigure } with no figure)
analysis-open = Analysis
analysis-title = Where and when violence rises
analysis-all = Everything shown
compare-title = This period against a baseline
baseline-label = Compared with
baseline-previous = the period just before (same length)
baseline-year = the same days a year earlier
baseline-average = the average of the { $n } periods before
baseline-short = Baseline
change = Change
too-few = too few to compare
large-increase = large increase
compare-periods = { $from } – { $to } against { $baseline }.
compare-not-covered = The data do not reach back over the whole baseline: part of it counts nothing known.
compare-no-figure = { $n } incidents give no figure of people killed (not counted as zero).
compare-rule = A rise of more than 25% is a large increase, as ACLED's Trendfinder marks it; a baseline under 10 is too few for a percentage. An average baseline is the mean of the periods of the same length before this one.
trends-title = Over time
split-label = Split by
split-none = nothing (one line)
split-type = event type
split-dataset = dataset
split-region = region
split-actor = actor named first
series-other = Other
trend-label = Chart of the selection over time
trend-values = { $events } incidents, { $killed } killed, { $nofigure } with no figure
trend-note = Each incident is counted on the date its dataset gives; the band is UCDP's low and high estimates.
trend-approximate = { $n } incidents are dated only to the week, the month or longer, and counted on that date.
trend-table = The same numbers as a table
trend-from = From
alerts-title = Alerts
alerts-rule = A surge: a region's or an actor's incidents in a week at least twice their average of the 4 weeks before, and at least 10 (ACLED's Surge Tracker rule, with our floor). A high: a month's people killed, overall or in a region, above every month of the 1 to 3 years before that the data cover, and at least 100 (HDX Signals' rule).
alerts-none = No alert in this period.
alerts-more = And { $n } more (shorten the period to see them).
alert-all = Everything shown
alert-surge = Surge, { $scope }, { $from } – { $to }: { $events } incidents, at least twice the 4 weeks before ({ $average } a week)
alert-high = High, { $scope }, { $month }: { $killed } killed, the most in { $years ->
        [one] a year
       *[other] { $years } years
    } (previous high { $previous })
actors-new = Actors new in this period
actors-new-none = No actor is named for the first time in this period.
actor-count = { $events } incidents in this period, { $killed } killed; named first in { $first }.
actor-seen = First named { $first }, last { $last } (in the data open, under the filters).
actor-regions = Regions:
actor-datasets = Named by:
actor-other-names = Names sharing its words (check they are the same actor):
actor-months = Its incidents per month
actor-profile-open = Profile
about-analysis-regions = Regions and density
about-analysis-regions-rule = An incident is counted in the region its dataset names (ACLED's and UCDP's admin-1), matched to the map's regions by name whatever the spelling; a name the map has no area for (Ménaka, Taoudénit, which the embedded 2017 map still draws inside Gao and Tombouctou) is counted apart and said. The classes are quantiles of the regions' or cells' figures, rounded, with zero apart (ColorBrewer YlOrRd). A density cell is a square of the size shown in km, rows along latitude.
about-analysis-dates = Each incident is counted on the date its dataset gives, whatever its precision (ACLED codes an event known to the week or the month on a day within it); the chart says how many it counted that way. A missing figure of people killed is never summed as zero.
trend-per-day = Per day, as the histogram.
trend-per-week = Per week, as the histogram.
trend-per-month = Per month, as the histogram.
filter-area-polygon = inside an area drawn on the map ({ $corners } corners)
link-not-an-area = is not an area (circle:LAT,LON,KM or polygon:LAT,LON;LAT,LON;…)
area-label = Area
area-circle = Circle
area-polygon = Polygon
area-radius = Radius
area-remove = Remove the area
area-hint-circle = Press at the centre and drag to the edge, or click the centre, then the edge. Escape stops.
area-at-centre = Or put it at the map's centre
area-hint-polygon = Click each corner; click the first one, double-click or press Enter to finish. Backspace takes a corner back; Escape stops.
area-finish = Finish
filter-area-circle = within { $km } km of { $lat }°{ $ns ->
        [S] S
       *[N] N
    }, { $lon }°{ $ew ->
        [W] W
       *[E] E
    }
alerts-on-region = { $n ->
        [one] An alert (click to open it): { $list }
       *[other] { $n } alerts (click to open the first): { $list }
    }
mode-more = Options
actor-profile-of = The profile of { $actor }
region-against = Baseline: { $events } incidents, { $killed } killed; change { $eventschange } incidents, { $killedchange } killed.
download-chart-svg = Download the chart (SVG)
