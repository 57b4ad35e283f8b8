//! The shareable link: the page's address holds the dates, every filter, the
//! selected incident, the map view and the datasets opened by address, so
//! that opening it restores the same screen. Written and read here, natively
//! tested; the browser only copies it to and from `location`.
//!
//! Parameters (all optional): `from`, `to` (ISO dates); `hide` (event-type
//! keys, comma-separated); `killed` (`min-max`, either side may be empty);
//! `nofigure=0` (leave out incidents without a figure); `region`; `actor`
//! (repeated); `loc`, `datep`, `dataset` (hidden precisions and datasets, by
//! key); `size` (what the circles count: `noclaims` or `civilians`; all
//! deaths when absent); `incident` (its id); `at` (`lat,lon,zoom`, zoom relative to the
//! whole map); `data` (repeated: dataset addresses, opened in order); `lang`
//! (`fr` or `en`: the interface's language, else the browser's);
//! `disorder`, `civtarget` (ACLED's disorder types and civilian targeting
//! hidden, by key, `none` for incidents whose dataset gives none);
//! `actortype` (the ACLED actor types chosen); `role` (`first` or `second`:
//! the side the actor filters look at, either when absent); `file`
//! (repeated: `rows,name` of a dataset the link was made with that was
//! opened from the sender's computer, which the link cannot reopen); `tiles`
//! (`osm`, or a tile address with `{z}`, `{x}`, `{y}`: the online basemap;
//! the embedded map when absent); `area` (`circle:LAT,LON,KM` or
//! `polygon:LAT,LON;LAT,LON;…`: the area drawn on the map, see
//! [`crate::area`]).

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::actors::{ActorRole, ActorType};
use crate::filters::{Deaths, Filters, DISORDER_CHOICES, TARGETING_CHOICES};
use crate::incident::{DatePrecision, LocationPrecision};
use crate::provenance::DatasetKind;
use crate::{Category, Frame, LonLat, Timeline, View};

/// Where the map looks: the centre of the screen and the zoom relative to the
/// view that fits the whole map (1 = whole map), so a link opened on another
/// screen size shows the same place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkView {
    pub centre: LonLat,
    /// Times the fitted scale.
    pub zoom: f64,
}

impl LinkView {
    /// The link's view of `view` on a `size` px screen whose fitted scale is
    /// `fitted_k`, rounded as the address writes it.
    pub fn of(view: &View, frame: &Frame, size: (f64, f64), fitted_k: f64) -> LinkView {
        let v = Self::exact(view, frame, size, fitted_k);
        LinkView {
            centre: LonLat::from_lon_lat(round(v.centre.lon, 4), round(v.centre.lat, 4)),
            zoom: round(v.zoom, 2),
        }
    }

    /// The same, unrounded: what a resized map keeps (its centre and zoom).
    pub fn exact(view: &View, frame: &Frame, size: (f64, f64), fitted_k: f64) -> LinkView {
        let (x, y) = view.to_frame(crate::ScreenPoint {
            x: size.0 / 2.0,
            y: size.1 / 2.0,
        });
        LinkView {
            centre: frame.unproject(x, y),
            zoom: view.k / fitted_k.max(f64::EPSILON),
        }
    }

    /// The view that shows it on a `size` px screen whose fitted scale is
    /// `fitted_k` (zoom kept within the map's limits).
    pub fn to_view(&self, frame: &Frame, size: (f64, f64), fitted_k: f64) -> View {
        let (x, y) = frame.project(self.centre);
        let zoom = self.zoom.clamp(View::MIN_ZOOM, View::MAX_ZOOM);
        View::centred_on(x, y, fitted_k * zoom, size.0, size.1)
    }
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

/// Everything the address holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapLink {
    /// First and last day shown (inclusive).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub filters: Filters,
    /// The selected incident's id.
    pub incident: Option<String>,
    pub view: Option<LinkView>,
    /// Addresses of the datasets to open, in order.
    pub data: Vec<String>,
    /// What the circles' size counts.
    pub size: crate::scale::SizeBy,
    /// The interface's language, when chosen.
    pub lang: Option<crate::i18n::Lang>,
    /// The online basemap, when chosen.
    pub tiles: Option<crate::tiles::Tiles>,
    /// The datasets open when the link was made that came from the sender's
    /// computer: the link names them, it cannot reopen them.
    pub files: Vec<LinkedFile>,
    /// The map's mode, what it counts, the baseline, the chart's split, the
    /// grid's size and whether the analysis panel is open.
    pub analysis: crate::analysis::AnalysisView,
}

/// A dataset a link was made with that was opened from a file on the
/// sender's computer: its name and how many rows it had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedFile {
    pub name: String,
    pub rows: usize,
}

impl LinkedFile {
    /// The link's value, e.g. `7293,acled_export.csv`.
    pub fn to_value(&self) -> String {
        format!("{},{}", self.rows, self.name)
    }

    /// Reads `rows,name`.
    pub fn from_value(value: &str) -> Option<LinkedFile> {
        let (rows, name) = value.split_once(',')?;
        let rows = rows.trim().parse().ok()?;
        (!name.trim().is_empty()).then(|| LinkedFile {
            name: name.trim().to_owned(),
            rows,
        })
    }
}

/// Key of a disorder-type choice ("none" for none given).
fn disorder_key(d: Option<crate::category::DisorderType>) -> &'static str {
    d.map_or("none", crate::category::DisorderType::key)
}

/// Key of a civilian-targeting choice.
fn targeting_key(t: Option<bool>) -> &'static str {
    match t {
        Some(true) => "yes",
        Some(false) => "no",
        None => "none",
    }
}

impl MapLink {
    /// The slider positions of its dates on `t` (the whole span for a side
    /// it leaves open), or `None` when the dates miss the data entirely.
    pub fn positions(&self, t: &Timeline) -> Option<(u32, u32)> {
        let first = t.date_at(0)?;
        let last = t.date_at(t.last_position())?;
        t.positions_of(self.from.unwrap_or(first), self.to.unwrap_or(last))
    }

    /// The dates to write for slider positions `(a, z)` on `t`: none for the
    /// whole span's ends (a link then follows the data).
    pub fn set_positions(&mut self, t: &Timeline, (a, z): (u32, u32)) {
        self.from = (a > 0).then(|| t.date_at(a)).flatten();
        self.to = (z < t.last_position()).then(|| t.date_at(z)).flatten();
    }
}

/// A parameter of the address that could not be read (the rest is used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkProblem {
    pub parameter: String,
    pub value: String,
    /// Why, as a message id of the catalogue, e.g. "link-not-a-date".
    pub reason: &'static str,
}

impl LinkProblem {
    /// In words, e.g. "The link's from value “2022-13-01” is not a date in
    /// YYYY-MM-DD form; it was ignored."
    pub fn describe(&self, w: &crate::i18n::Words) -> String {
        use crate::i18n::arg;
        w.tf(
            "link-problem",
            &[
                ("parameter", arg(self.parameter.as_str())),
                ("value", arg(self.value.as_str())),
                ("reason", arg(w.t(self.reason))),
            ],
        )
    }
}

fn keys<T: Copy + Ord>(
    all: &[T],
    key: impl Fn(T) -> &'static str,
    set: &BTreeSet<T>,
) -> Option<String> {
    (!set.is_empty()).then(|| {
        all.iter()
            .filter(|x| set.contains(x))
            .map(|x| key(*x))
            .collect::<Vec<_>>()
            .join(",")
    })
}

impl MapLink {
    /// The query string, without the leading `?` (empty for the default).
    pub fn to_query(&self) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        if let Some(l) = self.lang {
            q.append_pair("lang", l.code());
        }
        for u in &self.data {
            q.append_pair("data", u);
        }
        for f in &self.files {
            q.append_pair("file", &f.to_value());
        }
        if let Some(d) = self.from {
            q.append_pair("from", &d.to_string());
        }
        if let Some(d) = self.to {
            q.append_pair("to", &d.to_string());
        }
        let f = &self.filters;
        if let Some(h) = keys(&Category::all(), Category::key, &f.hidden) {
            q.append_pair("hide", &h);
        }
        if f.deaths.min.is_some() || f.deaths.max.is_some() {
            let side = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
            q.append_pair(
                "killed",
                &format!("{}-{}", side(f.deaths.min), side(f.deaths.max)),
            );
        }
        if !f.deaths.no_figure {
            q.append_pair("nofigure", "0");
        }
        if let Some(r) = &f.region {
            q.append_pair("region", r);
        }
        for a in &f.actors {
            q.append_pair("actor", a);
        }
        if let Some(h) = keys(
            &LocationPrecision::ALL,
            LocationPrecision::key,
            &f.location_precision,
        ) {
            q.append_pair("loc", &h);
        }
        if let Some(h) = keys(&DatePrecision::ALL, DatePrecision::key, &f.date_precision) {
            q.append_pair("datep", &h);
        }
        if let Some(h) = keys(&DatasetKind::ALL, DatasetKind::key, &f.datasets) {
            q.append_pair("dataset", &h);
        }
        if let Some(h) = keys(&DISORDER_CHOICES, disorder_key, &f.disorder) {
            q.append_pair("disorder", &h);
        }
        if let Some(h) = keys(&TARGETING_CHOICES, targeting_key, &f.civilian_targeting) {
            q.append_pair("civtarget", &h);
        }
        if let Some(h) = keys(&ActorType::ALL, ActorType::key, &f.actor_types) {
            q.append_pair("actortype", &h);
        }
        if f.actor_role != ActorRole::Either {
            q.append_pair("role", f.actor_role.key());
        }
        if let Some(a) = &f.area {
            q.append_pair("area", &a.to_link());
        }
        if self.size != crate::scale::SizeBy::All {
            q.append_pair("size", self.size.key());
        }
        if let Some(t) = &self.tiles {
            q.append_pair("tiles", t.link_value());
        }
        let a = &self.analysis;
        if a.mode != crate::analysis::MapMode::Points {
            q.append_pair("mode", a.mode.key());
        }
        if a.measure != crate::analysis::Measure::Events {
            q.append_pair("measure", a.measure.key());
        }
        if a.baseline != crate::analysis::Baseline::Previous {
            q.append_pair("baseline", &a.baseline.key());
        }
        if a.split != crate::analysis::Split::None {
            q.append_pair("split", a.split.key());
        }
        if let Some(km) = a.cell_km {
            q.append_pair("cell", &km.to_string());
        }
        if a.panel {
            q.append_pair("analysis", "1");
        }
        if let Some(id) = &self.incident {
            q.append_pair("incident", id);
        }
        if let Some(v) = self.view {
            q.append_pair(
                "at",
                &format!("{},{},{}", v.centre.lat, v.centre.lon, v.zoom),
            );
        }
        q.finish()
    }

    /// Reads a query string (with or without its `?`); what cannot be read
    /// is left at its default and named in the problems.
    pub fn from_query(query: &str) -> (MapLink, Vec<LinkProblem>) {
        let mut link = MapLink::default();
        let mut problems = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let mut bad = |reason: &'static str| {
                problems.push(LinkProblem {
                    parameter: name.to_string(),
                    value: value.to_string(),
                    reason,
                })
            };
            let date = |v: &str| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
            let f = &mut link.filters;
            match name.as_ref() {
                "data" if !value.is_empty() => link.data.push(value.to_string()),
                "file" => match LinkedFile::from_value(&value) {
                    Some(file) => link.files.push(file),
                    None => bad("link-not-a-file"),
                },
                "disorder" => match parse_keys(&value, &DISORDER_CHOICES, disorder_key) {
                    Some(set) => f.disorder = set,
                    None => bad("link-unknown-disorder"),
                },
                "civtarget" => match parse_keys(&value, &TARGETING_CHOICES, targeting_key) {
                    Some(set) => f.civilian_targeting = set,
                    None => bad("link-unknown-targeting"),
                },
                "actortype" => match parse_keys(&value, &ActorType::ALL, ActorType::key) {
                    Some(set) => f.actor_types = set,
                    None => bad("link-unknown-actor-type"),
                },
                "role" => match ActorRole::from_key(&value) {
                    Some(r) => f.actor_role = r,
                    None => bad("link-unknown-role"),
                },
                "lang" => match crate::i18n::Lang::from_code(&value) {
                    Some(l) => link.lang = Some(l),
                    None => bad("link-not-a-language"),
                },
                "from" => match date(&value) {
                    Some(d) => link.from = Some(d),
                    None => bad("link-not-a-date"),
                },
                "to" => match date(&value) {
                    Some(d) => link.to = Some(d),
                    None => bad("link-not-a-date"),
                },
                "hide" => match parse_keys(&value, &Category::all(), Category::key) {
                    Some(set) => f.hidden = set,
                    None => bad("link-unknown-type"),
                },
                "killed" => match parse_range(&value) {
                    Some((min, max)) => {
                        f.deaths.min = min;
                        f.deaths.max = max;
                    }
                    None => bad("link-not-a-range"),
                },
                "nofigure" => match value.as_ref() {
                    "0" => f.deaths.no_figure = false,
                    "1" => f.deaths.no_figure = Deaths::default().no_figure,
                    _ => bad("link-not-0-or-1"),
                },
                "region" if !value.is_empty() => f.region = Some(value.to_string()),
                "area" if !value.is_empty() => match crate::area::Area::from_link(&value) {
                    Some(a) => f.area = Some(a),
                    None => bad("link-not-an-area"),
                },
                "actor" if !value.is_empty() => {
                    f.actors.insert(value.to_string());
                }
                "loc" => {
                    match parse_keys(&value, &LocationPrecision::ALL, LocationPrecision::key) {
                        Some(set) => f.location_precision = set,
                        None => bad("link-unknown-location-precision"),
                    }
                }
                "datep" => match parse_keys(&value, &DatePrecision::ALL, DatePrecision::key) {
                    Some(set) => f.date_precision = set,
                    None => bad("link-unknown-date-precision"),
                },
                "dataset" => match parse_keys(&value, &DatasetKind::ALL, DatasetKind::key) {
                    Some(set) => f.datasets = set,
                    None => bad("link-unknown-dataset"),
                },
                "size" => match crate::scale::SizeBy::from_key(&value) {
                    Some(k) => link.size = k,
                    None => bad("link-unknown-size"),
                },
                "mode" => match crate::analysis::MapMode::from_key(&value) {
                    Some(m) => link.analysis.mode = m,
                    None => bad("link-unknown-choice"),
                },
                "measure" => match crate::analysis::Measure::from_key(&value) {
                    Some(m) => link.analysis.measure = m,
                    None => bad("link-unknown-choice"),
                },
                "baseline" => match crate::analysis::Baseline::from_key(&value) {
                    Some(b) => link.analysis.baseline = b,
                    None => bad("link-unknown-choice"),
                },
                "split" => match crate::analysis::Split::from_key(&value) {
                    Some(x) => link.analysis.split = x,
                    None => bad("link-unknown-choice"),
                },
                "cell" => match value.parse::<u32>() {
                    Ok(km) if crate::analysis::CELL_SIZES_KM.contains(&km) => {
                        link.analysis.cell_km = Some(km)
                    }
                    _ => bad("link-unknown-cell"),
                },
                "analysis" => link.analysis.panel = value == "1",
                "incident" if !value.is_empty() => link.incident = Some(value.to_string()),
                "tiles" => match crate::tiles::Tiles::from_link(&value) {
                    Ok(t) => link.tiles = Some(t),
                    Err(p) => bad(p.message()),
                },
                "at" => match parse_at(&value) {
                    Some(v) => link.view = Some(v),
                    None => bad("link-not-a-view"),
                },
                _ => {}
            }
        }
        (link, problems)
    }
}

fn parse_keys<T: Copy + Ord>(
    value: &str,
    all: &[T],
    key: impl Fn(T) -> &'static str,
) -> Option<BTreeSet<T>> {
    value
        .split(',')
        .filter(|k| !k.is_empty())
        .map(|k| all.iter().copied().find(|x| key(*x) == k))
        .collect()
}

fn parse_range(value: &str) -> Option<(Option<u32>, Option<u32>)> {
    let (a, b) = value.split_once('-')?;
    let side = |s: &str| -> Option<Option<u32>> {
        if s.is_empty() {
            Some(None)
        } else {
            s.parse().ok().map(Some)
        }
    };
    Some((side(a)?, side(b)?))
}

fn parse_at(value: &str) -> Option<LinkView> {
    let mut parts = value.split(',').map(|p| p.trim().parse::<f64>().ok());
    let (lat, lon, zoom) = (parts.next()??, parts.next()??, parts.next()??);
    let ok = (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
        && zoom.is_finite()
        && zoom > 0.0
        && parts.next().is_none();
    ok.then_some(LinkView {
        centre: LonLat::from_lat_lon(lat, lon),
        zoom,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::EventType;

    fn full() -> MapLink {
        let mut filters = Filters::default();
        filters.hidden.insert(Category::Acled(EventType::Protests));
        filters.hidden.insert(Category::Unclassified);
        filters.deaths = Deaths {
            min: Some(5),
            max: None,
            no_figure: false,
        };
        filters.region = Some("Ségou".into());
        filters
            .actors
            .insert("JNIM: Group for Support of Islam and Muslims".into());
        filters.actors.insert("JNIM".into());
        filters
            .location_precision
            .insert(LocationPrecision::Country);
        filters.date_precision.insert(DatePrecision::Month);
        filters.datasets.insert(DatasetKind::Geojson);
        filters.disorder.insert(None);
        filters
            .disorder
            .insert(Some(crate::category::DisorderType::Demonstrations));
        filters.civilian_targeting.insert(Some(false));
        filters.actor_types.insert(ActorType::StateForces);
        filters.actor_types.insert(ActorType::RebelGroup);
        filters.actor_role = ActorRole::First;
        filters.area = crate::area::Area::polygon(&[
            LonLat::from_lon_lat(-6.5, 14.5),
            LonLat::from_lon_lat(-5.75, 14.5),
            LonLat::from_lon_lat(-6.1, 15.0),
        ]);
        MapLink {
            from: NaiveDate::from_ymd_opt(2022, 1, 1),
            to: NaiveDate::from_ymd_opt(2022, 12, 31),
            filters,
            incident: Some("MLI7017".into()),
            view: Some(LinkView {
                centre: LonLat::from_lon_lat(-6.1219, 14.7328),
                zoom: 6.5,
            }),
            data: vec![
                "https://example.org/acled mali.csv".into(),
                "ucdp.csv?x=1&y=2".into(),
            ],
            size: crate::scale::SizeBy::Civilians,
            lang: Some(crate::i18n::Lang::Fr),
            tiles: Some(crate::tiles::Tiles::Custom(
                "https://tiles.example.org/{z}/{x}/{y}.png?key=a&b=c".into(),
            )),
            files: vec![LinkedFile {
                name: "acled_export-2023_mali, 2015.csv".into(),
                rows: 7293,
            }],
            analysis: crate::analysis::AnalysisView {
                mode: crate::analysis::MapMode::Density,
                cell_km: Some(50),
                ..Default::default()
            },
        }
    }

    #[test]
    fn every_state_is_written_and_read_back_equal() {
        let link = full();
        let q = link.to_query();
        let (back, problems) = MapLink::from_query(&format!("?{q}"));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back, link, "{q}");
        assert!(q.contains("from=2022-01-01&to=2022-12-31"), "{q}");
        assert!(q.contains("killed=5-&nofigure=0"), "{q}");
        assert!(q.contains("at=14.7328%2C-6.1219%2C6.5"), "{q}");
        // Each filter alone, too.
        let mut one = MapLink::default();
        one.filters.deaths.max = Some(0);
        assert_eq!(MapLink::from_query(&one.to_query()).0, one);
        assert_eq!(MapLink::default().to_query(), "");
        // The analysis (issue 21): mode, measure, baseline, split, cells, panel.
        let a = MapLink {
            analysis: crate::analysis::AnalysisView {
                mode: crate::analysis::MapMode::Regions,
                measure: crate::analysis::Measure::Killed,
                baseline: crate::analysis::Baseline::Average(4),
                split: crate::analysis::Split::Region,
                cell_km: Some(25),
                panel: true,
            },
            ..MapLink::default()
        };
        let q = a.to_query();
        assert_eq!(
            q,
            "mode=regions&measure=killed&baseline=avg4&split=region&cell=25&analysis=1"
        );
        assert_eq!(MapLink::from_query(&q).0, a);
        let (b, problems) = MapLink::from_query("mode=heat&cell=7&split=region");
        assert_eq!(b.analysis.split, crate::analysis::Split::Region);
        assert_eq!(b.analysis.mode, crate::analysis::MapMode::Points);
        let named: Vec<&str> = problems.iter().map(|p| p.parameter.as_str()).collect();
        assert_eq!(named, vec!["mode", "cell"]);
        // The area drawn (issue 21): a circle, and a bad one named.
        let mut c = MapLink::default();
        c.filters.area = Some(crate::area::Area::circle(
            LonLat::from_lat_lon(14.7328, -6.1219),
            30.0,
        ));
        let q = c.to_query();
        assert_eq!(q, "area=circle%3A14.7328%2C-6.1219%2C30");
        assert_eq!(MapLink::from_query(&q).0, c);
        let (d, problems) = MapLink::from_query("area=circle:14,-6&region=Mopti");
        assert_eq!(
            (d.filters.area, d.filters.region.as_deref()),
            (None, Some("Mopti"))
        );
        assert_eq!(problems[0].reason, "link-not-an-area");
    }

    #[test]
    fn a_bad_parameter_is_named_and_the_rest_is_kept() {
        let (link, problems) = MapLink::from_query(
            "from=2022-13-01&to=2022-12-31&hide=battles,nonsense&killed=x-3&at=200,1,1&incident=a",
        );
        assert_eq!(link.to, NaiveDate::from_ymd_opt(2022, 12, 31));
        assert_eq!(link.incident.as_deref(), Some("a"));
        assert!(link.filters.hidden.is_empty());
        let names: Vec<&str> = problems.iter().map(|p| p.parameter.as_str()).collect();
        assert_eq!(names, ["from", "hide", "killed", "at"]);
        use crate::i18n::{words, Lang};
        assert_eq!(
            problems[0].describe(words(Lang::En)),
            "The link's from value \u{201c}2022-13-01\u{201d} is not a date in YYYY-MM-DD form; it was ignored."
        );
        assert_eq!(
            problems[0].describe(words(Lang::Fr)),
            "La valeur «\u{202f}2022-13-01\u{202f}» du paramètre from du lien n'est pas une date de la forme AAAA-MM-JJ\u{202f}; elle a été ignorée."
        );
        let (link, problems) = MapLink::from_query("lang=de&from=2022-01-01");
        assert_eq!(
            (link.lang, problems[0].reason),
            (None, "link-not-a-language")
        );
        for p in [
            "link-not-a-date",
            "link-unknown-type",
            "link-not-a-range",
            "link-not-0-or-1",
            "link-unknown-location-precision",
            "link-unknown-date-precision",
            "link-unknown-dataset",
            "link-unknown-size",
            "link-not-a-view",
            "link-not-a-file",
            "link-unknown-disorder",
            "link-unknown-targeting",
            "link-unknown-actor-type",
            "link-unknown-role",
            "link-not-an-area",
        ] {
            assert!(words(Lang::Fr).has(p) && words(Lang::En).has(p), "{p}");
        }
    }

    #[test]
    fn dates_become_slider_positions_and_back() {
        use crate::filter::tests::incident;
        let t = Timeline::new(&[
            incident("a", "2022-07-21", None),
            incident("b", "2022-07-27", None),
            incident("c", "2022-07-31", None),
        ]);
        let mut link = MapLink::default();
        assert_eq!(link.positions(&t), Some((0, 10)));
        link.from = NaiveDate::from_ymd_opt(2022, 7, 27);
        assert_eq!(link.positions(&t), Some((6, 10)));
        let mut back = MapLink::default();
        back.set_positions(&t, (6, 10));
        assert_eq!((back.from, back.to), (link.from, None));
        link.from = NaiveDate::from_ymd_opt(2023, 1, 1);
        assert_eq!(link.positions(&t), None, "dates outside the data");
    }

    #[test]
    fn the_view_is_the_same_place_on_another_screen() {
        let frame = Frame::fit(crate::MALI_BBOX);
        let fitted =
            |size: (f64, f64)| View::fit(Frame::WIDTH, frame.height(), size.0, size.1, 16.0).k;
        let desktop = (1280.0, 800.0);
        let (x, y) = frame.project(LonLat::from_lon_lat(-6.1219, 14.7328));
        let view = View::centred_on(x, y, fitted(desktop) * 6.0, desktop.0, desktop.1);
        let link = LinkView::of(&view, &frame, desktop, fitted(desktop));
        assert!((link.centre.lon - -6.1219).abs() < 1e-3, "{link:?}");
        assert!((link.zoom - 6.0).abs() < 1e-9);
        let phone = (390.0, 700.0);
        let v = link.to_view(&frame, phone, fitted(phone));
        let (cx, cy) = v.to_frame(crate::ScreenPoint { x: 195.0, y: 350.0 });
        let c = frame.unproject(cx, cy);
        assert!((c.lat - 14.7328).abs() < 1e-3 && (c.lon - -6.1219).abs() < 1e-3);
    }

    #[test]
    fn an_unknown_size_is_named_and_all_deaths_kept() {
        let (l, problems) = MapLink::from_query("size=big&size=civilians");
        assert_eq!(l.size, crate::scale::SizeBy::Civilians);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].parameter, "size");
        assert_eq!(
            MapLink::default().to_query(),
            "",
            "all deaths is not written"
        );
    }
}
