//! The analyst's filters besides the dates: event types (the legend's
//! toggles) and deaths (a range, with "no figure" as its own choice, never
//! counted as zero). A change gives a mask of the incidents kept, which the
//! one selection ([`crate::engine::Selection::set_kept`]) applies.

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
}

impl Filters {
    /// True when nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.hidden.is_empty() && self.deaths.is_open()
    }

    /// Hides the category if shown, shows it if hidden.
    pub fn toggle(&mut self, c: Category) {
        if !self.hidden.remove(&c) {
            self.hidden.insert(c);
        }
    }

    /// Two flags per incident, from each one's category group
    /// ([`category_groups`]) and people killed (`None`: no figure): kept by
    /// every filter, and kept by every filter but the event types (what each
    /// type's toggle counts). A pass over two flat arrays.
    pub fn masks_of(&self, groups: &[u8], killed: &[Option<u32>]) -> (Vec<bool>, Vec<bool>) {
        let hidden: Vec<bool> = Category::all()
            .iter()
            .map(|c| self.hidden.contains(c))
            .collect();
        groups
            .iter()
            .zip(killed)
            .map(|(&g, &k)| {
                let but = self.deaths.keeps(k);
                let shown = !hidden.get(usize::from(g)).copied().unwrap_or(false);
                (but && shown, but)
            })
            .unzip()
    }

    /// In words, for the page and the exports, e.g. "event types hidden:
    /// Battles; 5 to 20 killed; incidents with no figure left out". Empty
    /// when nothing is filtered.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.hidden.is_empty() {
            let names: Vec<&str> = self.hidden.iter().map(|c| c.label()).collect();
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
        let killed: Vec<Option<u32>> = incs.iter().map(Incident::killed_total).collect();
        f.masks_of(&category_groups(incs), &killed)
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
            "event types hidden: Battles; at least 10 killed; incidents with no figure left out"
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
}
