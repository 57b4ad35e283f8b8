//! The analyst's filters besides the dates: event types (the legend's
//! toggles), deaths (a range, with "no figure" as its own choice, never
//! counted as zero) and region. A change gives a mask of the incidents kept,
//! computed over flat per-incident columns ([`Columns`]), which the one
//! selection ([`crate::engine::Selection::set_kept`]) applies.

use std::collections::BTreeSet;

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
    /// Only the incidents of this region (`admin1` as the source names it).
    pub region: Option<String>,
}

/// What the filters read of each incident, in flat arrays built once per
/// map: a filter change is then a pass over a few bytes per incident.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    /// Category group ([`category_groups`]).
    pub groups: Vec<u8>,
    /// People killed, all sides (`None`: no figure).
    pub killed: Vec<Option<u32>>,
    /// The day, as `NaiveDate::num_days_from_ce` (for the histogram).
    pub days: Vec<i32>,
    /// Place of the incident's region in `region_names`.
    pub regions: Vec<u32>,
    /// The regions named by the incidents (`admin1`), sorted, once each;
    /// "" for an incident that names none.
    pub region_names: Vec<String>,
}

impl Columns {
    pub fn of(incidents: &[Incident]) -> Columns {
        let names: BTreeSet<&str> = incidents.iter().map(|i| i.admin1.as_str()).collect();
        let region_names: Vec<String> = names.into_iter().map(str::to_owned).collect();
        let regions = incidents
            .iter()
            .map(|i| {
                region_names
                    .binary_search_by(|n| n.as_str().cmp(&i.admin1))
                    .unwrap_or(0) as u32
            })
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
        }
    }
}

impl Filters {
    /// True when nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.hidden.is_empty() && self.deaths.is_open() && self.region.is_none()
    }

    /// Hides the category if shown, shows it if hidden.
    pub fn toggle(&mut self, c: Category) {
        if !self.hidden.remove(&c) {
            self.hidden.insert(c);
        }
    }

    /// Two flags per incident: kept by every filter, and kept by every
    /// filter but the event types (what each type's toggle counts).
    pub fn masks(&self, columns: &Columns) -> (Vec<bool>, Vec<bool>) {
        let hidden: Vec<bool> = Category::all()
            .iter()
            .map(|c| self.hidden.contains(c))
            .collect();
        // The region's place, or none of them when no incident names it.
        let region = self.region.as_ref().map(|r| {
            columns
                .region_names
                .iter()
                .position(|n| n == r)
                .map_or(u32::MAX, |p| p as u32)
        });
        columns
            .groups
            .iter()
            .zip(&columns.killed)
            .zip(&columns.regions)
            .map(|((&g, &k), &r)| {
                let but = self.deaths.keeps(k) && region.is_none_or(|want| want == r);
                let shown = !hidden.get(usize::from(g)).copied().unwrap_or(false);
                (but && shown, but)
            })
            .unzip()
    }

    /// In words, for the page and the exports, e.g. "event types hidden:
    /// Battles (ACLED); 5 to 20 killed; incidents with no figure left out". Empty
    /// when nothing is filtered.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.hidden.is_empty() {
            let names: Vec<String> = self
                .hidden
                .iter()
                .map(|c| match c.vocabulary() {
                    "" => c.label().to_owned(),
                    v => format!("{} ({v})", c.label()),
                })
                .collect();
            parts.push(format!("event types hidden: {}", names.join(", ")));
        }
        let d = self.deaths;
        match (d.min, d.max) {
            (Some(a), Some(b)) => parts.push(format!("{a} to {b} killed")),
            (Some(a), None) => parts.push(format!("at least {a} killed")),
            (None, Some(b)) => parts.push(format!("at most {b} killed")),
            (None, None) => {}
        }
        if !d.no_figure {
            parts.push("incidents with no figure left out".to_owned());
        }
        if let Some(r) = &self.region {
            parts.push(format!("region {r}"));
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
        assert_eq!(f.describe(), "");
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
            f.describe(),
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
        assert_eq!(f.describe(), "region Ségou");
        // A region no incident names keeps nothing.
        f.region = Some("Kidal".into());
        assert_eq!(f.masks(&cols).0, [false, false, false]);
    }
}
