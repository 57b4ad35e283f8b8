//! The analyst's filters besides the dates: event types (the legend's
//! toggles), deaths (a range, with "no figure" as its own choice, never
//! counted as zero), region, actor, location and date precision, and dataset.
//! A change gives a mask of the incidents kept, computed over flat
//! per-incident columns ([`Columns`]), which the one selection
//! ([`crate::engine::Selection::set_kept`]) applies; [`Filters::tally`] counts
//! what each choice would keep.

use std::collections::BTreeSet;

use crate::actors::{ActorRole, ActorType};
use crate::category::DisorderType;
use crate::gazetteer::normalize_name;
use crate::incident::{DatePrecision, LocationPrecision};
use crate::provenance::DatasetKind;
use crate::{Category, Incident};

/// Which incidents the deaths filter keeps. `min`/`max` bound the number of
/// people killed (all sides, inclusive); an incident with no figure is kept
/// only when `no_figure` is set: unknown is not zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deaths {
    /// Fewest people killed, if bounded.
    pub min: Option<u32>,
    /// Most people killed, if bounded.
    pub max: Option<u32>,
    /// Keep the incidents whose sources give no killed figure.
    pub no_figure: bool,
}

impl Default for Deaths {
    fn default() -> Self {
        Deaths {
            min: None,
            max: None,
            no_figure: true,
        }
    }
}

impl Deaths {
    /// True when `killed` (people killed, or `None` for no figure) passes.
    pub fn keeps(&self, killed: Option<u32>) -> bool {
        match killed {
            None => self.no_figure,
            Some(k) => self.min.is_none_or(|m| k >= m) && self.max.is_none_or(|m| k <= m),
        }
    }

    /// True when it keeps everything.
    pub fn is_open(&self) -> bool {
        *self == Deaths::default()
    }
}

/// Every filter but the dates. The default keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Event types (and UCDP types of violence) hidden.
    pub hidden: BTreeSet<Category>,
    pub deaths: Deaths,
    /// Only the incidents of this region, named as in [`Columns::region_names`]
    /// (spellings that differ only by accents, case or a trailing "region"
    /// are one region: "Segou region" is "Ségou").
    pub region: Option<String>,
    /// Only the incidents where one of these actors is a side (`actor1` or
    /// `actor2`, names as the sources write them); empty keeps every actor.
    pub actors: BTreeSet<String>,
    /// Location precisions hidden.
    pub location_precision: BTreeSet<LocationPrecision>,
    /// Date precisions hidden.
    pub date_precision: BTreeSet<DatePrecision>,
    /// Datasets hidden.
    pub datasets: BTreeSet<DatasetKind>,
    /// ACLED's disorder types hidden (`None`: incidents whose dataset gives
    /// none). An event of two types is kept while one of them is shown.
    pub disorder: BTreeSet<Option<DisorderType>>,
    /// ACLED's civilian targeting hidden: `Some(true)` the events coded as
    /// targeting civilians, `Some(false)` the others, `None` incidents whose
    /// dataset does not say.
    pub civilian_targeting: BTreeSet<Option<bool>>,
    /// Only the incidents where a side of one of these types (ACLED's
    /// `inter1`, `inter2`) is on the side [`Filters::actor_role`] looks at;
    /// empty keeps every type.
    pub actor_types: BTreeSet<ActorType>,
    /// Which side the actor and actor-type filters (and the actors' counts)
    /// look at: either, the first (the initiator), or the second.
    pub actor_role: ActorRole,
    /// Only the incidents inside this area drawn on the map.
    pub area: Option<crate::area::Area>,
}

/// The choices of the disorder-type filter, in the order offered.
pub const DISORDER_CHOICES: [Option<DisorderType>; 4] = [
    Some(DisorderType::PoliticalViolence),
    Some(DisorderType::Demonstrations),
    Some(DisorderType::StrategicDevelopments),
    None,
];

/// The choices of the civilian-targeting filter, in the order offered.
pub const TARGETING_CHOICES: [Option<bool>; 3] = [Some(true), Some(false), None];

/// "No actor" in [`Columns::actors`].
const NO_ACTOR: u32 = u32::MAX;

/// What the filters read of each incident, in flat arrays built once per
/// map: a filter change is then a pass over a few bytes per incident.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Columns {
    /// Category group ([`category_groups`]).
    pub groups: Vec<u8>,
    /// People killed, all sides (`None`: no figure).
    pub killed: Vec<Option<u32>>,
    /// The day, as `NaiveDate::num_days_from_ce` (for the histogram).
    pub days: Vec<i32>,
    /// Place of the incident's region in `region_names`.
    pub regions: Vec<u32>,
    /// The regions named by the incidents (`admin1`), one name per region
    /// key ([`region_key`]), sorted by key; "" for an incident that names none.
    pub region_names: Vec<String>,
    /// Places of the incident's two sides in `actor_names` ([`NO_ACTOR`]
    /// when a side is not named).
    pub actors: Vec<[u32; 2]>,
    /// Every actor named as a side, as written, sorted, once each.
    pub actor_names: Vec<String>,
    /// Place of the location precision in [`LocationPrecision::ALL`].
    pub location_precision: Vec<u8>,
    /// Place of the date precision in [`DatePrecision::ALL`].
    pub date_precision: Vec<u8>,
    /// Place of the dataset in [`DatasetKind::ALL`].
    pub datasets: Vec<u8>,
    /// The disorder types, one bit per place in [`DISORDER_CHOICES`] (bit 3
    /// alone: none given).
    pub disorder: Vec<u8>,
    /// Place of the civilian targeting in [`TARGETING_CHOICES`].
    pub civilian_targeting: Vec<u8>,
    /// The two sides' actor types, as ACLED's codes (0: none given).
    pub actor_types: Vec<[u8; 2]>,
    /// Where each incident is placed (for the area drawn on the map).
    pub points: Vec<crate::LonLat>,
    /// How regions are written on screen, and which spellings are one
    /// region ("Timbuktu" is "Tombouctou").
    pub spellings: crate::regions::RegionNames,
}

/// The key under which region spellings are one region: without accents,
/// case, punctuation or a trailing "region" ("Segou region" and "Ségou" are
/// both "segou").
pub fn region_key(name: &str) -> String {
    let key = normalize_name(name);
    match key.strip_suffix(" region") {
        Some(k) => k.to_owned(),
        None => key,
    }
}

/// How a region's spelling ranks as its display name: accented first, then
/// shortest.
fn spelling_rank(name: &str) -> (bool, std::cmp::Reverse<usize>) {
    (!name.is_ascii(), std::cmp::Reverse(name.chars().count()))
}

/// The place of `x` in `all` (0 when absent, which the constants rule out).
fn place_of<T: PartialEq>(all: &[T], x: &T) -> u8 {
    all.iter().position(|a| a == x).unwrap_or(0) as u8
}

impl Columns {
    /// The incidents' name of the region a map names `name` (or, in English,
    /// `name_en`): "Tombouctou" is ACLED's "Timbuktu". `None` when no incident
    /// names it.
    pub fn region_named(&self, name: &str, name_en: Option<&str>) -> Option<&str> {
        std::iter::once(name)
            .chain(name_en)
            .find_map(|n| self.region_place(n))
            .and_then(|p| self.region_names.get(p))
            .map(String::as_str)
    }

    /// The columns of `incidents`, their regions' spellings taken as they
    /// are (see [`Columns::of_named`]).
    pub fn of(incidents: &[Incident]) -> Columns {
        Columns::of_named(incidents, &crate::regions::RegionNames::default())
    }

    /// The columns of `incidents`, with the regions' spellings of `names`
    /// (the map's: "Timbuktu" and "Tombouctou" are one region).
    pub fn of_named(incidents: &[Incident], spellings: &crate::regions::RegionNames) -> Columns {
        // One name per region key: the shortest spelling, accented ones
        // first ("Ségou" over "Segou" and "Segou region").
        let mut by_key: std::collections::BTreeMap<String, &str> = Default::default();
        for i in incidents {
            let name = i.admin1.as_str();
            by_key
                .entry(spellings.key(name))
                .and_modify(|old| {
                    if spelling_rank(name) > spelling_rank(old) {
                        *old = name;
                    }
                })
                .or_insert(name);
        }
        let keys: Vec<&String> = by_key.keys().collect();
        let regions = incidents
            .iter()
            .map(|i| {
                let k = spellings.key(&i.admin1);
                keys.binary_search(&&k).unwrap_or(0) as u32
            })
            .collect();
        // The map's name where it has one ("Ségou" for ACLED's "Segou").
        let region_names = by_key
            .values()
            .map(|n| {
                spellings
                    .label(n, crate::i18n::Lang::Fr)
                    .unwrap_or(n)
                    .to_owned()
            })
            .collect();
        let names: BTreeSet<&str> = incidents
            .iter()
            .flat_map(|i| [i.actor1.as_str(), i.actor2.as_str()])
            .filter(|a| !a.is_empty())
            .collect();
        let actor_names: Vec<String> = names.into_iter().map(str::to_owned).collect();
        let actor = |a: &str| {
            actor_names
                .binary_search_by(|n| n.as_str().cmp(a))
                .map_or(NO_ACTOR, |p| p as u32)
        };
        let actors = incidents
            .iter()
            .map(|i| [actor(&i.actor1), actor(&i.actor2)])
            .collect();
        Columns {
            groups: category_groups(incidents),
            killed: incidents.iter().map(Incident::killed_total).collect(),
            days: incidents
                .iter()
                .map(|i| chrono::Datelike::num_days_from_ce(&i.date))
                .collect(),
            regions,
            region_names,
            actors,
            actor_names,
            location_precision: incidents
                .iter()
                .map(|i| place_of(&LocationPrecision::ALL, &i.location_precision))
                .collect(),
            date_precision: incidents
                .iter()
                .map(|i| place_of(&DatePrecision::ALL, &i.date_precision))
                .collect(),
            datasets: incidents
                .iter()
                .map(|i| place_of(&DatasetKind::ALL, &i.provenance.kind()))
                .collect(),
            disorder: incidents
                .iter()
                .map(|i| {
                    let types = i.provenance.disorder_types();
                    if types.is_empty() {
                        1 << 3
                    } else {
                        types
                            .iter()
                            .map(|t| 1u8 << place_of(&DISORDER_CHOICES, &Some(*t)))
                            .fold(0, |a, b| a | b)
                    }
                })
                .collect(),
            civilian_targeting: incidents
                .iter()
                .map(|i| place_of(&TARGETING_CHOICES, &i.provenance.civilian_targeting()))
                .collect(),
            actor_types: incidents
                .iter()
                .map(|i| {
                    i.provenance
                        .actor_types()
                        .map(|t| t.map_or(0, ActorType::code))
                })
                .collect(),
            points: incidents.iter().map(|i| i.location).collect(),
            spellings: spellings.clone(),
        }
    }

    /// How region `p` of [`Columns::region_names`] is written on screen in
    /// `lang` (the map's name when it has one).
    pub fn region_label(&self, p: usize, lang: crate::i18n::Lang) -> &str {
        self.region_names
            .get(p)
            .map_or("", |n| self.spellings.show(n, lang))
    }

    /// The actors whose name contains `query` (ignoring accents, case and
    /// punctuation), as places in `actor_names`, the most frequent first by
    /// `counts` (a [`Tally`]'s actors), at most `limit`.
    pub fn find_actors(&self, query: &str, counts: &[u32], limit: usize) -> Vec<usize> {
        let q = normalize_name(query);
        let mut found: Vec<usize> = (0..self.actor_names.len())
            .filter(|&a| q.is_empty() || normalize_name(&self.actor_names[a]).contains(&q))
            .collect();
        let count = |a: usize| counts.get(a).copied().unwrap_or(0);
        found.sort_by(|&x, &y| count(y).cmp(&count(x)).then(x.cmp(&y)));
        found.truncate(limit);
        found
    }

    /// The place in `region_names` of a region given by any of its spellings.
    pub fn region_place(&self, name: &str) -> Option<usize> {
        let key = self.spellings.key(name);
        self.region_names
            .iter()
            .position(|n| self.spellings.key(n) == key)
    }
}

/// How many incidents each choice of each filter keeps, in the dates shown
/// and under every other filter (what ticking that choice would show).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Kept by every filter, in the dates.
    pub kept: u32,
    /// Per region of [`Columns::region_names`].
    pub regions: Vec<u32>,
    /// Per actor of [`Columns::actor_names`].
    pub actors: Vec<u32>,
    /// Per [`LocationPrecision::ALL`].
    pub location_precision: [u32; 6],
    /// Per [`DatePrecision::ALL`].
    pub date_precision: [u32; 5],
    /// Per [`DatasetKind::ALL`].
    pub datasets: [u32; 4],
    /// With no killed figure (under every filter but the deaths).
    pub no_figure: u32,
    /// Per [`DISORDER_CHOICES`] (an event of two types counts in both).
    pub disorder: [u32; 4],
    /// Per [`TARGETING_CHOICES`].
    pub civilian_targeting: [u32; 3],
    /// Per actor type (index: ACLED's code; 0 none given), on the side the
    /// role looks at (an event whose two sides are of one type counts once).
    pub actor_types: [u32; 9],
}

// The filters' dimensions, in the order `Filters::passes` gives them.
const TYPE: usize = 0;
const DEATHS: usize = 1;
const REGION: usize = 2;
const ACTOR: usize = 3;
const LOCATION: usize = 4;
const DATE: usize = 5;
const DATASET: usize = 6;
const DISORDER: usize = 7;
const TARGETING: usize = 8;
const ACTOR_TYPE: usize = 9;
const AREA: usize = 10;
/// How many dimensions.
const DIMENSIONS: usize = 11;

/// The filters turned into lookups over [`Columns`].
struct Compiled {
    hidden: Vec<bool>,
    deaths: Deaths,
    region: Option<u32>,
    actors: Option<Vec<bool>>,
    location: [bool; 6],
    date: [bool; 5],
    dataset: [bool; 4],
    /// Bits of the disorder types shown.
    disorder_shown: u8,
    targeting: [bool; 3],
    /// By ACLED code: chosen (all true when none is chosen).
    actor_types: Option<[bool; 9]>,
    sides: [bool; 2],
    area: Option<crate::area::AreaTest>,
    /// Per dimension: whether its filter leaves anything out.
    active: [bool; DIMENSIONS],
}

impl Filters {
    /// True when nothing is filtered out (the side the actor filters look
    /// at filters nothing while no actor or type is chosen).
    pub fn is_empty(&self) -> bool {
        let role = if self.actors.is_empty() && self.actor_types.is_empty() {
            ActorRole::Either
        } else {
            self.actor_role
        };
        Filters {
            actor_role: role,
            ..self.clone()
        } == Filters::default()
    }

    /// Hides the category if shown, shows it if hidden.
    pub fn toggle(&mut self, c: Category) {
        if !self.hidden.remove(&c) {
            self.hidden.insert(c);
        }
    }

    fn compile(&self, columns: &Columns) -> Compiled {
        let mut c = Compiled {
            hidden: Category::all()
                .iter()
                .map(|c| self.hidden.contains(c))
                .collect(),
            deaths: self.deaths,
            // The region's place, or none of them when no incident names it.
            region: self
                .region
                .as_ref()
                .map(|r| columns.region_place(r).map_or(u32::MAX, |p| p as u32)),
            actors: (!self.actors.is_empty()).then(|| {
                columns
                    .actor_names
                    .iter()
                    .map(|n| self.actors.contains(n))
                    .collect()
            }),
            location: LocationPrecision::ALL.map(|p| self.location_precision.contains(&p)),
            date: DatePrecision::ALL.map(|p| self.date_precision.contains(&p)),
            dataset: DatasetKind::ALL.map(|d| self.datasets.contains(&d)),
            disorder_shown: DISORDER_CHOICES
                .iter()
                .enumerate()
                .filter(|(_, d)| !self.disorder.contains(d))
                .map(|(p, _)| 1u8 << p)
                .fold(0, |a, b| a | b),
            targeting: TARGETING_CHOICES.map(|t| self.civilian_targeting.contains(&t)),
            actor_types: (!self.actor_types.is_empty()).then(|| {
                let mut on = [false; 9];
                for t in &self.actor_types {
                    on[usize::from(t.code())] = true;
                }
                on
            }),
            sides: self.actor_role.sides(),
            area: self.area.as_ref().map(crate::area::Area::test),
            active: [true; DIMENSIONS],
        };
        let any = |v: &[bool]| v.iter().any(|&x| x);
        c.active = [
            any(&c.hidden),
            !c.deaths.is_open(),
            c.region.is_some(),
            c.actors.is_some(),
            any(&c.location),
            any(&c.date),
            any(&c.dataset),
            c.disorder_shown != 0b1111,
            any(&c.targeting),
            c.actor_types.is_some(),
            c.area.is_some(),
        ];
        c
    }

    /// Whether incident `i` passes dimension `d`'s filter.
    fn pass(c: &Compiled, columns: &Columns, i: usize, d: usize) -> bool {
        let get = |v: &[u8]| usize::from(v.get(i).copied().unwrap_or(0));
        let flag = |on: &[bool], v: &[u8]| on.get(get(v)).copied().unwrap_or(false);
        match d {
            TYPE => !flag(&c.hidden, &columns.groups),
            DEATHS => c.deaths.keeps(columns.killed.get(i).copied().flatten()),
            REGION => c
                .region
                .is_none_or(|want| columns.regions.get(i) == Some(&want)),
            ACTOR => c.actors.as_ref().is_none_or(|on| {
                let sides = columns.actors.get(i).copied().unwrap_or([NO_ACTOR; 2]);
                let actor_on = |a: u32| on.get(a as usize).copied().unwrap_or(false);
                (c.sides[0] && actor_on(sides[0])) || (c.sides[1] && actor_on(sides[1]))
            }),
            LOCATION => !flag(&c.location, &columns.location_precision),
            DATE => !flag(&c.date, &columns.date_precision),
            DATASET => !flag(&c.dataset, &columns.datasets),
            DISORDER => columns.disorder.get(i).copied().unwrap_or(1 << 3) & c.disorder_shown != 0,
            TARGETING => !flag(&c.targeting, &columns.civilian_targeting),
            ACTOR_TYPE => c.actor_types.is_none_or(|on| {
                let types = columns.actor_types.get(i).copied().unwrap_or([0; 2]);
                let type_on = |t: u8| on.get(usize::from(t)).copied().unwrap_or(false);
                (c.sides[0] && type_on(types[0])) || (c.sides[1] && type_on(types[1]))
            }),
            AREA => c
                .area
                .as_ref()
                .is_none_or(|a| columns.points.get(i).is_some_and(|p| a.contains(*p))),
            _ => true,
        }
    }

    /// Which filters incident `i` passes, one flag per dimension.
    fn passes(c: &Compiled, columns: &Columns, i: usize) -> [bool; DIMENSIONS] {
        std::array::from_fn(|d| !c.active[d] || Self::pass(c, columns, i, d))
    }

    /// A click on the map's region `name` (`name_en` in English): keeps its
    /// incidents, as they name it ([`Columns::region_named`]; the map's name
    /// when none does), or, on the region already kept, shows every region.
    pub fn click_region(&mut self, columns: &Columns, name: &str, name_en: Option<&str>) {
        let target = columns
            .region_named(name, name_en)
            .unwrap_or(name)
            .to_owned();
        let key = |n: &str| columns.spellings.key(n);
        let same = self.region.as_deref().is_some_and(|r| {
            let k = key(r);
            k == key(&target) || k == key(name)
        });
        self.region = (!same).then_some(target);
    }

    /// Two flags per incident: kept by every filter, and kept by every
    /// filter but the event types (what each type's toggle counts).
    pub fn masks(&self, columns: &Columns) -> (Vec<bool>, Vec<bool>) {
        let c = self.compile(columns);
        // Only the filters in use are looked at, and an incident's checks
        // stop at the first that fails.
        let used: Vec<usize> = (TYPE + 1..DIMENSIONS).filter(|&d| c.active[d]).collect();
        (0..columns.groups.len())
            .map(|i| {
                let but = used.iter().all(|&d| Self::pass(&c, columns, i, d));
                (
                    but && (!c.active[TYPE] || Self::pass(&c, columns, i, TYPE)),
                    but,
                )
            })
            .unzip()
    }

    /// What each choice keeps among the incidents whose day (as
    /// `num_days_from_ce`) is in `days` (inclusive), under the other filters.
    pub fn tally(&self, columns: &Columns, days: (i32, i32)) -> Tally {
        let c = self.compile(columns);
        let mut t = Tally {
            regions: vec![0; columns.region_names.len()],
            actors: vec![0; columns.actor_names.len()],
            ..Tally::default()
        };
        let bump = |v: &mut [u32], at: usize| {
            if let Some(x) = v.get_mut(at) {
                *x += 1;
            }
        };
        for (i, day) in columns.days.iter().enumerate() {
            if *day < days.0 || *day > days.1 {
                continue;
            }
            let p = Self::passes(&c, columns, i);
            let fails = p.iter().filter(|x| !**x).count();
            let only = if fails == 1 {
                p.iter().position(|x| !x)
            } else {
                None
            };
            // Counted for a dimension when every other dimension passes.
            let counts = |d: usize| fails == 0 || only == Some(d);
            if fails == 0 {
                t.kept += 1;
            }
            let at = |v: &[u8]| usize::from(v.get(i).copied().unwrap_or(0));
            if counts(REGION) {
                bump(
                    &mut t.regions,
                    columns.regions.get(i).copied().unwrap_or(0) as usize,
                );
            }
            let [first, second] = c.sides;
            if counts(ACTOR) {
                let sides = columns.actors.get(i).copied().unwrap_or([NO_ACTOR; 2]);
                if first {
                    bump(&mut t.actors, sides[0] as usize);
                }
                if second && (sides[1] != sides[0] || !first) {
                    bump(&mut t.actors, sides[1] as usize);
                }
            }
            if counts(ACTOR_TYPE) {
                let types = columns.actor_types.get(i).copied().unwrap_or([0; 2]);
                if first {
                    bump(&mut t.actor_types, usize::from(types[0]));
                }
                if second && (types[1] != types[0] || !first) {
                    bump(&mut t.actor_types, usize::from(types[1]));
                }
            }
            if counts(DISORDER) {
                let bits = columns.disorder.get(i).copied().unwrap_or(1 << 3);
                for (p, n) in t.disorder.iter_mut().enumerate() {
                    if bits & (1 << p) != 0 {
                        *n += 1;
                    }
                }
            }
            if counts(TARGETING) {
                bump(&mut t.civilian_targeting, at(&columns.civilian_targeting));
            }
            if counts(LOCATION) {
                bump(&mut t.location_precision, at(&columns.location_precision));
            }
            if counts(DATE) {
                bump(&mut t.date_precision, at(&columns.date_precision));
            }
            if counts(DATASET) {
                bump(&mut t.datasets, at(&columns.datasets));
            }
            if counts(DEATHS) && columns.killed.get(i).copied().flatten().is_none() {
                t.no_figure += 1;
            }
        }
        t
    }

    /// In words, for the page and the exports, e.g. "event types hidden:
    /// Battles (ACLED); 5 to 20 killed; incidents with no figure left out". Empty
    /// when nothing is filtered.
    pub fn describe(&self, w: &crate::i18n::Words) -> String {
        self.describe_in(w, &crate::regions::RegionNames::default())
    }

    /// The same, the region written as the map writes it in `w`'s language
    /// (`spellings`: "Timbuktu" in English, "Tombouctou" in French).
    pub fn describe_in(
        &self,
        w: &crate::i18n::Words,
        spellings: &crate::regions::RegionNames,
    ) -> String {
        use crate::i18n::arg;
        let mut parts = Vec::new();
        if !self.hidden.is_empty() {
            let names: Vec<String> = self
                .hidden
                .iter()
                .map(|c| match c.vocabulary() {
                    "" => w.category(*c),
                    v => format!("{} ({v})", w.category(*c)),
                })
                .collect();
            parts.push(w.tf("filter-types-hidden", &[("list", arg(names.join(", ")))]));
        }
        let d = self.deaths;
        match (d.min, d.max) {
            (Some(a), Some(b)) => {
                parts.push(w.tf("filter-killed-between", &[("min", arg(a)), ("max", arg(b))]))
            }
            (Some(a), None) => parts.push(w.tf("filter-killed-min", &[("min", arg(a))])),
            (None, Some(b)) => parts.push(w.tf("filter-killed-max", &[("max", arg(b))])),
            (None, None) => {}
        }
        if !d.no_figure {
            parts.push(w.t("filter-no-figure-out"));
        }
        if let Some(r) = &self.region {
            let name = spellings.show(r, w.lang());
            parts.push(w.tf("filter-region", &[("region", arg(name))]));
        }
        if !self.actors.is_empty() {
            let names: Vec<&str> = self.actors.iter().map(String::as_str).collect();
            let or = format!(" {} ", w.t("or"));
            parts.push(w.tf("filter-actors", &[("list", arg(names.join(&or)))]));
        }
        let list = |labels: Vec<String>| arg(labels.join(", "));
        if !self.location_precision.is_empty() {
            let names = self
                .location_precision
                .iter()
                .map(|p| w.location_precision(*p));
            parts.push(w.tf(
                "filter-locations-hidden",
                &[("list", list(names.collect()))],
            ));
        }
        if !self.date_precision.is_empty() {
            let names = self.date_precision.iter().map(|p| w.date_precision(*p));
            parts.push(w.tf("filter-dates-hidden", &[("list", list(names.collect()))]));
        }
        if !self.datasets.is_empty() {
            let names = self.datasets.iter().map(|d| w.dataset_kind(*d));
            parts.push(w.tf("filter-datasets-hidden", &[("list", list(names.collect()))]));
        }
        if !self.disorder.is_empty() {
            let names = DISORDER_CHOICES
                .iter()
                .filter(|d| self.disorder.contains(d))
                .map(|d| w.disorder(*d));
            parts.push(w.tf("filter-disorder-hidden", &[("list", list(names.collect()))]));
        }
        if !self.civilian_targeting.is_empty() {
            let names = TARGETING_CHOICES
                .iter()
                .filter(|t| self.civilian_targeting.contains(t))
                .map(|t| w.targeting(*t));
            parts.push(w.tf(
                "filter-targeting-hidden",
                &[("list", list(names.collect()))],
            ));
        }
        if !self.actor_types.is_empty() {
            let or = format!(" {} ", w.t("or"));
            let names: Vec<String> = self.actor_types.iter().map(|t| w.actor_type(*t)).collect();
            parts.push(w.tf("filter-actor-types", &[("list", arg(names.join(&or)))]));
        }
        if self.actor_role != ActorRole::Either
            && (!self.actors.is_empty() || !self.actor_types.is_empty())
        {
            parts.push(w.t(&format!("filter-role-{}", self.actor_role.key())));
        }
        if let Some(a) = &self.area {
            parts.push(a.describe(w));
        }
        parts.join("; ")
    }
}

/// Each incident's category as its place in [`Category::all`] (the groups
/// the selection counts for the legend's toggles).
pub fn category_groups(incidents: &[Incident]) -> Vec<u8> {
    let all = Category::all();
    incidents
        .iter()
        .map(|i| {
            let c = i.category();
            all.iter().position(|&a| a == c).unwrap_or(0) as u8
        })
        .collect()
}

/// The group number of a category (see [`category_groups`]).
pub fn category_group(c: Category) -> u8 {
    Category::all().iter().position(|&a| a == c).unwrap_or(0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;
    use crate::incident::{DatePrecision, LocationPrecision};
    use crate::EventType;

    fn masks(f: &Filters, incs: &[Incident]) -> (Vec<bool>, Vec<bool>) {
        f.masks(&Columns::of(incs))
    }

    fn typed(id: &str, killed: Option<u32>, t: EventType) -> Incident {
        let mut i = incident(id, "2022-07-27", killed);
        i.event_type = Some(t);
        i
    }

    #[test]
    fn a_map_region_finds_the_incidents_spelling_or_its_english_name() {
        let mut a = incident("a", "2022-07-27", Some(1));
        a.admin1 = "Timbuktu".into();
        let mut b = incident("b", "2022-07-27", Some(1));
        b.admin1 = "Segou region".into();
        let cols = Columns::of(&[a, b]);
        assert_eq!(
            cols.region_named("Tombouctou", Some("Timbuktu")),
            Some("Timbuktu")
        );
        assert_eq!(cols.region_named("Ségou", None), Some("Segou region"));
        assert_eq!(cols.region_named("Kidal", None), None);
        // A click keeps the region as the incidents name it; a second shows all.
        let mut f = Filters::default();
        f.click_region(&cols, "Tombouctou", Some("Timbuktu"));
        assert_eq!(f.region.as_deref(), Some("Timbuktu"));
        f.click_region(&cols, "Tombouctou", Some("Timbuktu"));
        assert_eq!(f.region, None);
        f.click_region(&cols, "Kidal", None);
        assert_eq!(
            f.region.as_deref(),
            Some("Kidal"),
            "named by no incident: kept, keeps none"
        );
        f.click_region(&cols, "Ségou", None);
        assert_eq!(
            f.region.as_deref(),
            Some("Segou region"),
            "another region replaces it"
        );
    }

    #[test]
    fn an_area_keeps_what_is_inside_it_and_counts_the_rest_for_nothing() {
        let at = |id: &str, lat: f64, lon: f64| {
            let mut i = incident(id, "2022-07-27", Some(1));
            i.location = crate::LonLat::from_lat_lon(lat, lon);
            i
        };
        let incs = [
            at("in", 14.7, -6.1),
            at("near", 14.8, -6.1),
            at("far", 16.3, -3.0),
        ];
        let cols = Columns::of(&incs);
        let f = Filters {
            area: Some(crate::area::Area::circle(
                crate::LonLat::from_lat_lon(14.7, -6.1),
                20.0,
            )),
            ..Filters::default()
        };
        assert!(!f.is_empty());
        assert_eq!(f.masks(&cols).0, vec![true, true, false]);
        let day = chrono::Datelike::num_days_from_ce(&incs[0].date);
        assert_eq!(f.tally(&cols, (day, day)).kept, 2);
        let en = f.describe(crate::i18n::words(crate::i18n::Lang::En));
        assert!(en.contains("20\u{a0}km"), "{en}");
    }

    #[test]
    fn no_figure_is_its_own_choice_never_zero() {
        let d = Deaths {
            min: Some(0),
            max: Some(0),
            no_figure: false,
        };
        assert!(d.keeps(Some(0)));
        assert!(!d.keeps(None), "no figure is not zero");
        assert!(!d.keeps(Some(1)));
        let only_unknown = Deaths {
            min: Some(1),
            max: Some(0),
            no_figure: true,
        };
        assert!(only_unknown.keeps(None));
        assert!(!only_unknown.keeps(Some(0)));
        assert!(Deaths::default().keeps(None) && Deaths::default().keeps(Some(500)));
    }

    #[test]
    fn filters_combine_and_describe_themselves() {
        let incs = vec![
            typed("a", Some(3), EventType::Battles),
            typed("b", Some(30), EventType::Battles),
            typed("c", None, EventType::ViolenceAgainstCivilians),
            typed("d", Some(12), EventType::ViolenceAgainstCivilians),
        ];
        let mut f = Filters::default();
        assert!(f.is_empty());
        assert_eq!(masks(&f, &incs).0, [true, true, true, true]);
        assert_eq!(f.describe(crate::i18n::words(crate::i18n::Lang::En)), "");
        f.toggle(Category::Acled(EventType::Battles));
        assert_eq!(masks(&f, &incs).0, [false, false, true, true]);
        f.deaths = Deaths {
            min: Some(10),
            max: None,
            no_figure: false,
        };
        let (kept, but_type) = masks(&f, &incs);
        assert_eq!(kept, [false, false, false, true]);
        // What the type toggles count: Battles would bring back "b" (30
        // killed), not "a" (3).
        assert_eq!(but_type, [false, true, false, true]);
        assert_eq!(
            f.describe(crate::i18n::words(crate::i18n::Lang::En)),
            "event types hidden: Battles (ACLED); at least 10 killed; incidents with no figure left out"
        );
        let groups = category_groups(&incs);
        assert_eq!(
            groups[0],
            category_group(Category::Acled(EventType::Battles))
        );
        assert_ne!(groups[0], groups[2]);
        f.toggle(Category::Acled(EventType::Battles));
        f.deaths = Deaths::default();
        assert!(f.is_empty());
    }

    #[test]
    fn the_region_filter_keeps_the_incidents_that_name_it() {
        let mut incs = vec![
            typed("a", Some(3), EventType::Battles),
            typed("b", None, EventType::Battles),
            typed("c", Some(1), EventType::ViolenceAgainstCivilians),
        ];
        incs[0].admin1 = "Ségou".into();
        incs[1].admin1 = "Mopti".into();
        incs[2].admin1 = "Ségou".into();
        let cols = Columns::of(&incs);
        assert_eq!(cols.region_names, ["Mopti", "Ségou"]);
        let mut f = Filters {
            region: Some("Ségou".into()),
            ..Filters::default()
        };
        assert!(!f.is_empty());
        assert_eq!(
            f.masks(&cols),
            (vec![true, false, true], vec![true, false, true])
        );
        assert_eq!(
            f.describe(crate::i18n::words(crate::i18n::Lang::En)),
            "region Ségou"
        );
        // A region no incident names keeps nothing.
        f.region = Some("Kidal".into());
        assert_eq!(f.masks(&cols).0, [false, false, false]);
    }

    #[test]
    fn region_spellings_of_two_datasets_are_one_region() {
        let mut incs = vec![
            typed("a", Some(3), EventType::Battles),
            typed("b", None, EventType::Battles),
            typed("c", Some(1), EventType::Battles),
            typed("d", Some(1), EventType::Battles),
        ];
        incs[0].admin1 = "Segou".into();
        incs[1].admin1 = "Segou region".into();
        incs[2].admin1 = "Ségou".into();
        incs[3].admin1 = "Mopti region".into();
        let cols = Columns::of(&incs);
        assert_eq!(cols.region_names, ["Mopti region", "Ségou"]);
        assert_eq!(region_key("Segou region"), "segou");
        let f = Filters {
            region: Some("segou".into()),
            ..Filters::default()
        };
        assert_eq!(f.masks(&cols).0, [true, true, true, false]);
    }

    #[test]
    fn the_actor_filter_matches_either_side_as_written() {
        let mut incs = vec![
            typed("a", Some(3), EventType::Battles),
            typed("b", None, EventType::Battles),
            typed("c", Some(1), EventType::ViolenceAgainstCivilians),
        ];
        incs[0].actor1 = "JNIM: Group for Support of Islam and Muslims".into();
        incs[0].actor2 = "Military Forces of Mali (2021-)".into();
        incs[1].actor1 = "Government of Mali".into();
        incs[1].actor2 = "JNIM".into();
        incs[2].actor1 = "Islamic State (Sahel)".into();
        incs[2].actor2 = String::new();
        let cols = Columns::of(&incs);
        assert_eq!(cols.actor_names.len(), 5, "{:?}", cols.actor_names);
        let mut f = Filters::default();
        f.actors.insert("JNIM".into());
        assert_eq!(f.masks(&cols).0, [false, true, false]);
        f.actors
            .insert("JNIM: Group for Support of Islam and Muslims".into());
        assert_eq!(f.masks(&cols).0, [true, true, false]);
        assert_eq!(
            f.describe(crate::i18n::words(crate::i18n::Lang::En)),
            "actors: JNIM or JNIM: Group for Support of Islam and Muslims"
        );
        // Found by any part of the name, without accents or case; the most
        // frequent first.
        let counts = vec![0, 0, 0, 3, 1];
        let found: Vec<&str> = cols
            .find_actors("jnim", &counts, 10)
            .into_iter()
            .map(|a| cols.actor_names[a].as_str())
            .collect();
        assert_eq!(
            found,
            ["JNIM: Group for Support of Islam and Muslims", "JNIM"]
        );
        assert_eq!(cols.find_actors("", &counts, 2).len(), 2);
    }

    #[test]
    fn precision_and_dataset_filters_hide_their_choices() {
        let mut incs = vec![
            typed("a", Some(3), EventType::Battles),
            typed("b", None, EventType::Battles),
            typed("c", Some(1), EventType::Battles),
        ];
        incs[1].location_precision = LocationPrecision::Admin2;
        incs[2].date_precision = DatePrecision::Month;
        incs[2].provenance = crate::Provenance::Ucdp {
            id: "1".into(),
            relid: String::new(),
            sources: String::new(),
        };
        let cols = Columns::of(&incs);
        let mut f = Filters::default();
        f.location_precision.insert(LocationPrecision::Admin2);
        assert_eq!(f.masks(&cols).0, [true, false, true]);
        f.location_precision.clear();
        f.date_precision.insert(DatePrecision::Month);
        assert_eq!(f.masks(&cols).0, [true, true, false]);
        f.date_precision.clear();
        f.datasets.insert(DatasetKind::Curated);
        assert_eq!(f.masks(&cols).0, [false, false, true]);
        assert_eq!(
            f.describe(crate::i18n::words(crate::i18n::Lang::En)),
            "datasets hidden: Press reports (this project)"
        );
    }

    fn acled_coded(
        id: &str,
        disorder: &[DisorderType],
        targeting: Option<bool>,
        inter: [Option<ActorType>; 2],
    ) -> Incident {
        let mut i = typed(id, Some(1), EventType::Battles);
        i.provenance = crate::Provenance::Acled {
            event_id_cnty: id.into(),
            source: String::new(),
            source_scale: String::new(),
            disorder_type: disorder.to_vec(),
            civilian_targeting: targeting,
            inter1: inter[0],
            inter2: inter[1],
        };
        i
    }

    #[test]
    fn acleds_disorder_types_civilian_targeting_and_actor_types_filter_with_counts() {
        use ActorType::*;
        use DisorderType::*;
        let mut incs = vec![
            acled_coded(
                "pv",
                &[PoliticalViolence],
                Some(true),
                [Some(PoliticalMilitia), Some(Civilians)],
            ),
            acled_coded(
                "both",
                &[PoliticalViolence, Demonstrations],
                Some(false),
                [Some(Protesters), Some(StateForces)],
            ),
            acled_coded(
                "sd",
                &[StrategicDevelopments],
                Some(false),
                [Some(StateForces), None],
            ),
            typed("ours", Some(3), EventType::Battles),
        ];
        incs[0].actor1 = "JNIM".into();
        incs[0].actor2 = "Civilians (Mali)".into();
        incs[1].actor2 = "JNIM".into();
        let cols = Columns::of(&incs);
        let all = (i32::MIN, i32::MAX);
        // Political violence only: an event of two types stays while one is shown.
        let mut f = Filters::default();
        f.disorder
            .extend([Some(Demonstrations), Some(StrategicDevelopments), None]);
        assert_eq!(f.masks(&cols).0, [true, true, false, false]);
        let t = f.tally(&cols, all);
        assert_eq!(t.disorder, [2, 1, 1, 1], "each choice under the others");
        assert!(!f.is_empty());
        let en = crate::i18n::words(crate::i18n::Lang::En);
        assert_eq!(
            f.describe(en),
            "disorder types hidden: Demonstrations, Strategic developments, Not given by the dataset"
        );
        // Civilians targeted only.
        let f = Filters {
            civilian_targeting: [Some(false), None].into_iter().collect(),
            ..Filters::default()
        };
        assert_eq!(f.masks(&cols).0, [true, false, false, false]);
        assert_eq!(f.tally(&cols, all).civilian_targeting, [1, 2, 1]);
        // State forces on either side, then as the first side only.
        let mut f = Filters::default();
        f.actor_types.insert(StateForces);
        assert_eq!(f.masks(&cols).0, [false, true, true, false]);
        f.actor_role = ActorRole::First;
        assert_eq!(f.masks(&cols).0, [false, false, true, false]);
        assert_eq!(
            f.describe(en),
            "actor types: State forces; actors as first side (initiator) only"
        );
        let t = Filters {
            actor_role: ActorRole::First,
            ..Filters::default()
        }
        .tally(&cols, all);
        assert_eq!(t.actor_types[usize::from(PoliticalMilitia.code())], 1);
        assert_eq!(
            t.actor_types[usize::from(Civilians.code())],
            0,
            "second side not counted"
        );
        assert_eq!(t.actor_types[0], 1, "ours: no type");
        // The actor filter follows the role; the role alone filters nothing.
        let mut f = Filters {
            actor_role: ActorRole::First,
            ..Filters::default()
        };
        assert!(f.is_empty());
        f.actors.insert("JNIM".into());
        assert_eq!(f.masks(&cols).0, [true, false, false, false]);
        f.actor_role = ActorRole::Either;
        assert_eq!(f.masks(&cols).0, [true, true, false, false]);
        // Initiators only: "Civilians (Mali)" is not counted as an actor.
        let first = Filters {
            actor_role: ActorRole::First,
            ..Filters::default()
        }
        .tally(&cols, all);
        let civ = cols
            .actor_names
            .iter()
            .position(|a| a == "Civilians (Mali)")
            .unwrap();
        assert_eq!(first.actors[civ], 0);
        assert_eq!(Filters::default().tally(&cols, all).actors[civ], 1);
    }

    #[test]
    fn the_tally_counts_each_choice_under_the_other_filters_and_the_dates() {
        let mut incs = vec![
            typed("a", Some(3), EventType::Battles),
            typed("b", None, EventType::Battles),
            typed("c", Some(1), EventType::ViolenceAgainstCivilians),
            typed("d", Some(9), EventType::Battles),
        ];
        incs[0].admin1 = "Mopti".into();
        incs[1].admin1 = "Ségou".into();
        incs[2].admin1 = "Ségou".into();
        incs[3].admin1 = "Ségou".into();
        incs[3].date = "2022-08-30".parse().unwrap();
        let cols = Columns::of(&incs);
        let july = (cols.days[0], cols.days[0] + 4);
        let mut f = Filters {
            region: Some("Mopti".into()),
            ..Filters::default()
        };
        let t = f.tally(&cols, july);
        assert_eq!(t.kept, 1);
        // The region's choices count under the other filters, not itself;
        // "d" is outside the dates.
        assert_eq!(t.regions, [1, 2]);
        // The other dimensions count only what the region keeps.
        assert_eq!(t.location_precision[0], 1);
        assert_eq!(t.no_figure, 0);
        f.region = None;
        f.deaths.no_figure = false;
        let t = f.tally(&cols, july);
        assert_eq!(t.kept, 2);
        assert_eq!(
            t.no_figure, 1,
            "no figure is counted under the other filters"
        );
        assert_eq!(t.actors.iter().sum::<u32>(), 4, "a and c, two sides each");
    }
}
