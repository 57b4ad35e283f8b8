//! Where and when violence rises: the figures behind the regions map, the
//! density grid, the trend chart, the comparison of periods, the alerts and
//! an actor's profile. Each works over the same [`Facts`]: the filters'
//! columns, what the filters keep, and each incident's people killed by the
//! legend's rule. Dates are day numbers (`NaiveDate::num_days_from_ce`),
//! periods inclusive.
//!
//! A missing figure is never summed as zero: every count of people killed
//! comes with the number of incidents that gave no figure.

mod actor_profile;
mod alerts;
mod by_region;
mod compare;
mod density;
mod trends;

pub use actor_profile::{new_actors, ActorProfile};
pub use alerts::{alerts, by_area, Alert, AlertKind, AlertScope, FATALITY_FLOOR, SURGE_FLOOR};
pub use by_region::{Classes, RegionIndex, RegionTable};

pub use compare::{
    compare_regions, Baseline, Comparison, ComparisonRow, Verdict, LARGE_INCREASE, MIN_BASE_EVENTS,
};
pub use density::{grid, size_for, Cell, CellIndex, Grid, CELL_SIZES_KM};
pub use trends::{trends, ChartBox, Series, Split, Trends};

use crate::filters::Columns;

/// An inclusive range of day numbers (`NaiveDate::num_days_from_ce`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: i32,
    pub last: i32,
}

impl Period {
    /// From `first` to `last`, both included.
    pub fn new(first: i32, last: i32) -> Period {
        Period { first, last }
    }

    /// Whether `day` is in it.
    pub fn contains(self, day: i32) -> bool {
        self.first <= day && day <= self.last
    }

    /// How many days it has.
    pub fn days(self) -> i32 {
        self.last - self.first + 1
    }

    /// As dates.
    pub fn dates(self) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        Some((day_date(self.first)?, day_date(self.last)?))
    }
}

/// The text a CSV writer wrote.
pub(crate) fn csv_text(out: csv::Writer<Vec<u8>>) -> String {
    out.into_inner()
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_default()
}

/// The date of a day number.
pub fn day_date(day: i32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_num_days_from_ce_opt(day)
}

/// Incidents and people killed, with the incidents that gave no figure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub events: u32,
    /// People killed over the events with a figure.
    pub killed: u64,
    /// Events that gave no figure (not counted as zero).
    pub no_figure: u32,
}

impl Count {
    /// Adds one event and its figure.
    pub fn add(&mut self, killed: Option<u32>) {
        self.events += 1;
        match killed {
            Some(n) => self.killed += u64::from(n),
            None => self.no_figure += 1,
        }
    }

    /// Adds another count.
    pub fn merge(&mut self, other: Count) {
        self.events += other.events;
        self.killed += other.killed;
        self.no_figure += other.no_figure;
    }

    /// The count of `measure`.
    pub fn of(&self, measure: Measure) -> u64 {
        match measure {
            Measure::Events => u64::from(self.events),
            Measure::Killed => self.killed,
        }
    }
}

/// What a map, a table or a chart counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Measure {
    #[default]
    Events,
    /// People killed, by the legend's rule.
    Killed,
}

impl Measure {
    pub const ALL: [Measure; 2] = [Measure::Events, Measure::Killed];

    /// A short key for links.
    pub fn key(self) -> &'static str {
        match self {
            Measure::Events => "events",
            Measure::Killed => "killed",
        }
    }

    pub fn from_key(key: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// What the analyses read: the filters' columns, which incidents the
/// filters keep (whatever their dates), and each incident's people killed
/// by the legend's rule ([`crate::scale::SizeBy::figure`]), with UCDP's
/// low and high estimates where it gives them.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub columns: &'a Columns,
    pub kept: &'a [bool],
    pub killed: &'a [Option<u32>],
    /// (low, high) people killed, where the dataset gives a range.
    pub ranges: &'a [KilledRange],
}

impl<'a> Facts<'a> {
    /// The incidents kept by the filters whose day is in `period`.
    pub fn rows(&self, period: Period) -> impl Iterator<Item = usize> + '_ {
        self.columns
            .days
            .iter()
            .enumerate()
            .filter(move |(i, d)| period.contains(**d) && self.is_kept(*i))
            .map(|(i, _)| i)
    }

    /// Whether the filters keep incident `i`.
    pub fn is_kept(&self, i: usize) -> bool {
        self.kept.get(i).copied().unwrap_or(false)
    }

    /// Incident `i`'s people killed (`None`: no figure).
    pub fn killed_of(&self, i: usize) -> Option<u32> {
        self.killed.get(i).copied().flatten()
    }

    /// Incident `i`'s day.
    pub fn day(&self, i: usize) -> i32 {
        self.columns.days.get(i).copied().unwrap_or(0)
    }

    /// The count of the incidents kept in `period`.
    pub fn count(&self, period: Period) -> Count {
        let mut c = Count::default();
        for i in self.rows(period) {
            c.add(self.killed_of(i));
        }
        c
    }
}

/// UCDP's (low, high) people killed of an incident, where it gives a range.
pub type KilledRange = Option<(u32, u32)>;

/// The people killed of each incident by `size_by`, and UCDP's (low, high)
/// where it gives a range: what [`Facts`] reads.
pub fn figures(
    incidents: &[crate::Incident],
    size_by: crate::scale::SizeBy,
) -> (Vec<Option<u32>>, Vec<KilledRange>) {
    incidents
        .iter()
        .map(|i| {
            let range = match size_by {
                crate::scale::SizeBy::Civilians => None,
                _ => i.casualties.estimates.map(|e| (e.low, e.high)),
            };
            (size_by.figure(i), range)
        })
        .unzip()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::filter::tests::incident;
    use crate::Incident;

    /// An incident on `date` in `admin1`, with `killed`, by `actor1`.
    pub(crate) fn event(date: &str, admin1: &str, killed: Option<u32>, actor1: &str) -> Incident {
        let mut i = incident(
            &format!("{date}-{admin1}-{actor1}-{killed:?}"),
            date,
            killed,
        );
        i.admin1 = admin1.into();
        i.actor1 = actor1.into();
        i
    }

    /// The facts of `incidents`, all kept, killed as given.
    pub(crate) struct Owned {
        pub columns: Columns,
        pub kept: Vec<bool>,
        pub killed: Vec<Option<u32>>,
        pub ranges: Vec<Option<(u32, u32)>>,
    }

    impl Owned {
        pub(crate) fn of(incidents: &[Incident]) -> Owned {
            let (killed, ranges) = figures(incidents, crate::scale::SizeBy::All);
            Owned {
                columns: Columns::of(incidents),
                kept: vec![true; incidents.len()],
                killed,
                ranges,
            }
        }

        pub(crate) fn facts(&self) -> Facts<'_> {
            Facts {
                columns: &self.columns,
                kept: &self.kept,
                killed: &self.killed,
                ranges: &self.ranges,
            }
        }
    }

    pub(crate) fn day(s: &str) -> i32 {
        chrono::Datelike::num_days_from_ce(
            &chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap(),
        )
    }

    /// Property: for many random selections (incidents, regions, places,
    /// figures, what the filters keep, the period), the regions' table, the
    /// density grid at every size and the trends add up to the selection's
    /// own count. (A small generator of our own, seeded, so a failure names
    /// its case and repeats.)
    #[test]
    fn regions_cells_and_trends_add_up_to_the_selection_for_random_selections() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n.max(1)
        };
        let regions = ["Mopti", "Gao", "Menaka", "", "Ségou", "Segou region"];
        let areas = [
            ("Mopti".to_owned(), None),
            ("Gao".to_owned(), None),
            ("Ségou".to_owned(), None),
        ];
        for case in 0..60 {
            let n = 1 + next(120) as usize;
            let mut all = Vec::with_capacity(n);
            for k in 0..n {
                let date = crate::analysis::day_date(day("2021-01-01") + next(730) as i32)
                    .map(|d| d.to_string())
                    .unwrap_or_default();
                let killed = (next(5) > 0).then(|| next(40) as u32);
                let region = regions[next(regions.len() as u64) as usize];
                let mut e = event(&date, region, killed, &format!("A{}", k % 4));
                e.location = crate::LonLat::from_lon_lat(
                    -12.0 + next(16_000) as f64 / 1000.0,
                    10.0 + next(15_000) as f64 / 1000.0,
                );
                all.push(e);
            }
            let mut o = Owned::of(&all);
            o.kept = (0..n).map(|_| next(4) > 0).collect();
            let a = day("2021-01-01") + next(700) as i32;
            let p = Period::new(a, a + next(400) as i32);
            let facts = o.facts();
            let want = facts.count(p);
            let index = RegionIndex::new(&o.columns, &areas);
            assert_eq!(
                RegionTable::of(&facts, &index, p).total(),
                want,
                "case {case}: regions"
            );
            let points: Vec<crate::LonLat> = all.iter().map(|e| e.location).collect();
            for km in CELL_SIZES_KM {
                assert_eq!(
                    grid(&facts, &points, p, km).total(),
                    want,
                    "case {case}: {km} km cells"
                );
            }
            for split in Split::ALL {
                let t = trends(&facts, p, split);
                let mut sum = Count::default();
                for s in &t.series {
                    for c in &s.counts {
                        sum.merge(*c);
                    }
                }
                assert_eq!(sum, want, "case {case}: trends split by {}", split.key());
            }
        }
    }

    #[test]
    fn a_count_keeps_missing_figures_apart() {
        let all = [
            event("2022-01-01", "Mopti", Some(3), "A"),
            event("2022-01-02", "Mopti", None, "A"),
            event("2023-01-02", "Mopti", Some(5), "A"),
        ];
        let o = Owned::of(&all);
        let c = o
            .facts()
            .count(Period::new(day("2022-01-01"), day("2022-12-31")));
        assert_eq!(
            c,
            Count {
                events: 2,
                killed: 3,
                no_figure: 1
            }
        );
    }
}

/// What the map draws.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MapMode {
    /// Each incident (or stack) as a symbol.
    #[default]
    Points,
    /// The admin-1 regions shaded by their figures.
    Regions,
    /// A grid of cells of a size in km.
    Density,
}

impl MapMode {
    pub const ALL: [MapMode; 3] = [MapMode::Points, MapMode::Regions, MapMode::Density];

    pub fn key(self) -> &'static str {
        match self {
            MapMode::Points => "points",
            MapMode::Regions => "regions",
            MapMode::Density => "density",
        }
    }

    pub fn from_key(key: &str) -> Option<MapMode> {
        MapMode::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// The analysis a screen shows, as a link keeps it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AnalysisView {
    pub mode: MapMode,
    pub measure: Measure,
    pub baseline: compare::Baseline,
    pub split: trends::Split,
    /// The density cells' size chosen, in km (`None`: from the zoom).
    pub cell_km: Option<u32>,
    /// Whether the analysis panel is open.
    pub panel: bool,
}

/// A density cell as drawn: its box in frame units, its class and count.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShadedCell {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub class: usize,
    pub count: Count,
}

/// What the regions map or the density grid paints: each area's class, or
/// each cell's box in frame units and class, with the legend's classes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shading {
    pub measure: Measure,
    pub classes: by_region::Classes,
    /// Per basemap area: its class (`None`: nothing counted).
    pub areas: Vec<Option<usize>>,
    /// The cells with at least one event counted.
    pub cells: Vec<ShadedCell>,
    /// The grid's size, in km.
    pub cell_km: Option<u32>,
}

impl Shading {
    /// The regions map of `table`.
    pub fn regions(table: &RegionTable, measure: Measure) -> Shading {
        let values: Vec<u64> = table.areas.iter().map(|c| c.of(measure)).collect();
        let classes = by_region::Classes::quantiles(&values);
        Shading {
            measure,
            areas: values.iter().map(|&v| classes.class_of(v)).collect(),
            classes,
            cells: vec![],
            cell_km: None,
        }
    }

    /// The density map of `grid`, projected with `frame`.
    pub fn cells(grid: &Grid, frame: &crate::Frame, measure: Measure) -> Shading {
        let values: Vec<u64> = grid.cells.iter().map(|c| c.count.of(measure)).collect();
        let classes = by_region::Classes::quantiles(&values);
        let cells = grid
            .cells
            .iter()
            .zip(&values)
            .filter_map(|(c, &v)| {
                let class = classes.class_of(v)?;
                let (x0, y0) = frame.project(crate::LonLat::from_lon_lat(c.west, c.north));
                let (x1, y1) = frame.project(crate::LonLat::from_lon_lat(c.east, c.south));
                Some(ShadedCell {
                    x: x0.min(x1),
                    y: y0.min(y1),
                    width: (x1 - x0).abs(),
                    height: (y1 - y0).abs(),
                    class,
                    count: c.count,
                })
            })
            .collect();
        Shading {
            measure,
            classes,
            areas: vec![],
            cells,
            cell_km: Some(grid.size_km),
        }
    }

    /// The cells as one SVG path per class (`d` in frame units): a few
    /// elements for the page to update on a slider step, not one per cell.
    pub fn cell_paths(&self) -> Vec<(usize, String)> {
        use std::fmt::Write;
        let mut d: Vec<String> = vec![String::new(); by_region::Classes::MOST];
        for c in &self.cells {
            if let Some(path) = d.get_mut(c.class) {
                let _ = write!(
                    path,
                    "M{:.3} {:.3}h{:.3}v{:.3}h{:.3}Z",
                    c.x, c.y, c.width, c.height, -c.width
                );
            }
        }
        d.into_iter()
            .enumerate()
            .filter(|(_, d)| !d.is_empty())
            .collect()
    }

    /// The cell at frame point (`x`, `y`), if any (for its figures on hover).
    pub fn cell_at(&self, x: f64, y: f64) -> Option<&ShadedCell> {
        self.cells
            .iter()
            .find(|c| x >= c.x && x < c.x + c.width && y >= c.y && y < c.y + c.height)
    }
}

#[cfg(test)]
mod shading_tests {
    use super::tests::{day, event, Owned};
    use super::*;

    #[test]
    fn cells_are_one_path_per_class_and_found_under_a_point() {
        let cell = |x: f64, class: usize, events: u32| ShadedCell {
            x,
            y: 10.0,
            width: 5.0,
            height: 5.0,
            class,
            count: Count {
                events,
                ..Count::default()
            },
        };
        let s = Shading {
            cells: vec![cell(0.0, 0, 1), cell(5.0, 2, 9), cell(20.0, 0, 2)],
            ..Shading::default()
        };
        let paths = s.cell_paths();
        assert_eq!(paths.len(), 2);
        assert_eq!(
            paths[0],
            (
                0,
                "M0.000 10.000h5.000v5.000h-5.000ZM20.000 10.000h5.000v5.000h-5.000Z".to_owned()
            )
        );
        assert_eq!(paths[1].0, 2);
        assert_eq!(s.cell_at(6.0, 12.0).map(|c| c.count.events), Some(9));
        assert_eq!(s.cell_at(12.0, 12.0), None);
    }

    #[test]
    fn the_regions_map_shades_each_area_by_its_class_and_an_alert_says_its_rule() {
        let mut all = Vec::new();
        for _ in 0..30 {
            all.push(event("2022-01-05", "Mopti", Some(1), "X"));
        }
        all.push(event("2022-01-05", "Gao", Some(1), "X"));
        let o = Owned::of(&all);
        let areas = [
            ("Mopti".to_owned(), None),
            ("Gao".to_owned(), None),
            ("Kidal".to_owned(), None),
        ];
        let idx = RegionIndex::new(&o.columns, &areas);
        let t = RegionTable::of(
            &o.facts(),
            &idx,
            Period::new(day("2022-01-01"), day("2022-12-31")),
        );
        let s = Shading::regions(&t, Measure::Events);
        assert_eq!(s.areas[2], None, "no events: no class");
        assert!(s.areas[0] > s.areas[1]);
        let en = crate::i18n::words(crate::i18n::Lang::En);
        let fr = crate::i18n::words(crate::i18n::Lang::Fr);
        let a = Alert {
            scope: AlertScope::Region(o.columns.region_place("Mopti").unwrap() as u32),
            period: Period::new(day("2022-06-05"), day("2022-06-11")),
            kind: AlertKind::Surge {
                events: 11,
                average: 0.25,
            },
        };
        assert_eq!(
            a.describe(&o.columns, en),
            "Surge, Mopti, 5 June 2022 – 11 June 2022: 11 incidents, at least twice the 4 weeks before (0.3 a week)"
        );
        let h = Alert {
            scope: AlertScope::All,
            period: Period::new(day("2022-03-01"), day("2022-03-31")),
            kind: AlertKind::FatalityHigh {
                killed: 1152,
                years: 3,
                previous_high: 410,
            },
        };
        assert_eq!(
            h.describe(&o.columns, en),
            "High, Everything shown, March 2022: 1,152 killed, the most in 3 years (previous high 410)"
        );
        assert!(h.describe(&o.columns, fr).starts_with("Record, Tout ce qui est affiché, mars 2022\u{202f}: 1\u{202f}152 tués, le plus en 3 ans"));
    }
}
