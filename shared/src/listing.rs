//! The list of the incidents shown: its sort orders, its rows and which of
//! them a scrolled viewport draws.
//!
//! A sort order is computed once per key over every incident; the rows of
//! what is shown are that order filtered by the selection (one pass, no sort
//! on a slider step). The list draws only the rows in view: at 100,000 rows
//! the page holds a few dozen.

use std::ops::Range;

use crate::category::Category;
use crate::incident::Incident;
use crate::normalize_name;

/// What the list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SortKey {
    Date,
    Place,
    Type,
    Deaths,
}

impl SortKey {
    /// The columns, in table order.
    pub const ALL: [SortKey; 4] = [
        SortKey::Date,
        SortKey::Place,
        SortKey::Type,
        SortKey::Deaths,
    ];

    /// A short key, e.g. "deaths" (the catalogue words it: `sort-deaths`).
    pub fn key(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Place => "place",
            SortKey::Type => "type",
            SortKey::Deaths => "deaths",
        }
    }
}

/// A sort: the key and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Default for Sort {
    /// Oldest first, the order of the slider and of playback.
    fn default() -> Self {
        Sort {
            key: SortKey::Date,
            descending: false,
        }
    }
}

impl Sort {
    /// The sort after a click on `key`'s heading: the same key turns the
    /// direction round; another key starts with its natural direction
    /// (deaths, most first; the others ascending).
    pub fn clicked(self, key: SortKey) -> Sort {
        if key == self.key {
            Sort {
                key,
                descending: !self.descending,
            }
        } else {
            Sort {
                key,
                descending: key == SortKey::Deaths,
            }
        }
    }
}

/// Every incident's index in `sort` order. Ties go by date, then by the
/// order of the file; incidents without a death figure come last in either
/// direction (no figure is not zero).
pub fn order(incidents: &[Incident], sort: Sort) -> Vec<u32> {
    let categories = Category::all();
    let rank = |c: Category| categories.iter().position(|&x| x == c).unwrap_or(0);
    let places: Vec<String> = match sort.key {
        SortKey::Place => incidents
            .iter()
            .map(|i| normalize_name(&i.place_name))
            .collect(),
        _ => Vec::new(),
    };
    let mut out: Vec<u32> = (0..incidents.len() as u32).collect();
    let by_date = |a: usize, b: usize| incidents[a].date.cmp(&incidents[b].date).then(a.cmp(&b));
    out.sort_by(|&a, &b| {
        let (a, b) = (a as usize, b as usize);
        let primary = match sort.key {
            SortKey::Date => std::cmp::Ordering::Equal,
            SortKey::Place => places[a]
                .cmp(&places[b])
                .then_with(|| incidents[a].admin1.cmp(&incidents[b].admin1)),
            SortKey::Type => rank(incidents[a].category()).cmp(&rank(incidents[b].category())),
            SortKey::Deaths => {
                match (incidents[a].killed_total(), incidents[b].killed_total()) {
                    // No figure last, whatever the direction.
                    (None, None) => std::cmp::Ordering::Equal,
                    (None, Some(_)) => return std::cmp::Ordering::Greater,
                    (Some(_), None) => return std::cmp::Ordering::Less,
                    (Some(x), Some(y)) => x.cmp(&y),
                }
            }
        };
        let primary = if sort.descending {
            primary.reverse()
        } else {
            primary
        };
        // Within a key the dates run the list's way too (newest first when
        // descending by date, oldest first otherwise).
        let tie = match (sort.key, sort.descending) {
            (SortKey::Date, true) => by_date(b, a),
            _ => by_date(a, b),
        };
        primary.then(tie)
    });
    out
}

/// The rows of the list: the incidents of `order` that `shown` keeps, in
/// that order.
pub fn rows(order: &[u32], shown: impl Fn(usize) -> bool) -> Vec<u32> {
    order
        .iter()
        .copied()
        .filter(|&i| shown(i as usize))
        .collect()
}

/// A scrolled list of rows of one height, in CSS px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// How far the list is scrolled, px.
    pub scroll_top: f64,
    /// The height of the part in view, px.
    pub height: f64,
    /// The height of one row, px (above zero).
    pub row_height: f64,
}

impl Viewport {
    /// The rows to draw out of `total`: those in view and `overscan` more on
    /// each side (so a short scroll shows no gap).
    pub fn rows(&self, total: usize, overscan: usize) -> Range<usize> {
        if total == 0 || self.row_height <= 0.0 {
            return 0..0;
        }
        let top = self.scroll_top.max(0.0);
        let first = (top / self.row_height).floor() as usize;
        let last = ((top + self.height.max(0.0)) / self.row_height).ceil() as usize;
        let start = first.saturating_sub(overscan).min(total);
        let end = (last + overscan).min(total);
        start..end
    }

    /// Where to scroll so that row `row` is wholly in view: `None` when it
    /// already is; else the least scroll that shows it.
    pub fn reveal(&self, row: usize) -> Option<f64> {
        let top = row as f64 * self.row_height;
        let bottom = top + self.row_height;
        if top < self.scroll_top {
            Some(top)
        } else if bottom > self.scroll_top + self.height {
            Some((bottom - self.height).max(0.0))
        } else {
            None
        }
    }
}

/// The text of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRow {
    /// "27 Jul 2022", or "27 Jul 2022 ±" when only a longer span is known.
    pub date: String,
    /// The locality and its region, e.g. "Sokolo, Ségou".
    pub place: String,
    /// The category's legend words.
    pub kind: String,
    /// People killed on all sides, or "no figure".
    pub deaths: String,
}

/// What the list shows of `inc`, its region written as the map writes it
/// (`regions`).
pub fn row(
    inc: &Incident,
    regions: &crate::regions::RegionNames,
    w: &crate::i18n::Words,
) -> ListRow {
    let approximate = inc.date_precision != crate::DatePrecision::Day;
    ListRow {
        date: format!(
            "{}{}",
            w.date_short(inc.date),
            if approximate { " ≈" } else { "" }
        ),
        place: match regions.show(&inc.admin1, w.lang()) {
            "" => inc.place_name.clone(),
            region => format!("{}, {region}", inc.place_name),
        },
        kind: inc.classification_label(w),
        deaths: inc
            .killed_total()
            .map_or_else(|| w.t("no-figure"), |n| w.number(n)),
    }
}

/// How the list of incidents near a searched place is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NearbyOrder {
    /// Newest first (the default: what happened there, and when).
    #[default]
    Newest,
    /// Nearest first.
    Nearest,
}

impl NearbyOrder {
    pub const ALL: [NearbyOrder; 2] = [NearbyOrder::Newest, NearbyOrder::Nearest];

    /// A short key ("newest", "nearest"); the catalogue words it
    /// (`nearby-newest`, …).
    pub fn key(self) -> &'static str {
        match self {
            NearbyOrder::Newest => "newest",
            NearbyOrder::Nearest => "nearest",
        }
    }

    /// Sorts `near` (incident index, km) of `incidents` in this order; ties
    /// by date, then distance, then dataset order.
    pub fn sort(self, incidents: &[Incident], near: &mut [(usize, f64)]) {
        let date = |i: usize| incidents.get(i).map(|x| x.date);
        near.sort_by(|a, b| {
            let by_date = date(b.0).cmp(&date(a.0));
            let by_km = a.1.total_cmp(&b.1);
            match self {
                NearbyOrder::Newest => by_date.then(by_km),
                NearbyOrder::Nearest => by_km.then(by_date),
            }
            .then(a.0.cmp(&b.0))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (issue 20): the nearby list was sorted by distance only.
    #[test]
    fn the_nearby_list_is_newest_first_unless_asked_nearest() {
        use crate::filter::tests::incident;
        let incs = vec![
            incident("old", "2019-01-01", None),
            incident("new", "2022-07-27", None),
            incident("mid", "2021-05-05", None),
        ];
        let mut near = vec![(0, 1.0), (1, 30.0), (2, 10.0)];
        NearbyOrder::default().sort(&incs, &mut near);
        assert_eq!(near.iter().map(|n| n.0).collect::<Vec<_>>(), [1, 2, 0]);
        NearbyOrder::Nearest.sort(&incs, &mut near);
        assert_eq!(near.iter().map(|n| n.0).collect::<Vec<_>>(), [0, 2, 1]);
    }
    use crate::filter::tests::incident;
    use crate::EventType;

    fn sample() -> Vec<Incident> {
        let mut a = incident("a", "2022-07-27", Some(10));
        a.place_name = "Sokolo".into();
        a.event_type = Some(EventType::ViolenceAgainstCivilians);
        let mut b = incident("b", "2022-07-22", None);
        b.place_name = "Kati".into();
        b.event_type = Some(EventType::Battles);
        let mut c = incident("c", "2022-07-24", Some(2));
        c.place_name = "Ségou".into();
        c.event_type = Some(EventType::Battles);
        let mut d = incident("d", "2022-07-24", Some(0));
        d.place_name = "Boni".into();
        d.event_type = None;
        vec![a, b, c, d]
    }

    fn ids(incs: &[Incident], order: &[u32]) -> String {
        order
            .iter()
            .map(|&i| incs[i as usize].id.as_str())
            .collect()
    }

    #[test]
    fn each_key_sorts_both_ways_with_dates_breaking_ties() {
        let incs = sample();
        let by = |key, descending| ids(&incs, &order(&incs, Sort { key, descending }));
        assert_eq!(by(SortKey::Date, false), "bcda", "same day: file order");
        assert_eq!(by(SortKey::Date, true), "adcb");
        // "Ségou" sorts as "segou", between "Kati" and "Sokolo".
        assert_eq!(by(SortKey::Place, false), "dbca");
        assert_eq!(by(SortKey::Place, true), "acbd");
        // Legend order: battles, then violence against civilians, then
        // unclassified; dates break the tie between the battles.
        assert_eq!(by(SortKey::Type, false), "bcad");
        assert_eq!(by(SortKey::Type, true), "dabc");
    }

    #[test]
    fn no_figure_sorts_last_in_both_directions_and_is_not_zero() {
        let incs = sample();
        let most = order(&incs, Sort::default().clicked(SortKey::Deaths));
        assert_eq!(
            ids(&incs, &most),
            "acdb",
            "most first; zero before no figure"
        );
        let least = order(
            &incs,
            Sort::default()
                .clicked(SortKey::Deaths)
                .clicked(SortKey::Deaths),
        );
        assert_eq!(
            ids(&incs, &least),
            "dcab",
            "least first; no figure still last"
        );
    }

    #[test]
    fn a_click_turns_the_direction_or_starts_a_key() {
        let s = Sort::default();
        assert!(s.clicked(SortKey::Date).descending);
        assert_eq!(s.clicked(SortKey::Date).clicked(SortKey::Date), s);
        assert_eq!(
            s.clicked(SortKey::Place),
            Sort {
                key: SortKey::Place,
                descending: false
            }
        );
    }

    #[test]
    fn rows_keep_the_order_of_what_is_shown() {
        let incs = sample();
        let o = order(&incs, Sort::default());
        let r = rows(&o, |i| incs[i].id != "c");
        assert_eq!(ids(&incs, &r), "bda");
    }

    #[test]
    fn the_viewport_draws_the_rows_in_view_and_reveals_one() {
        let v = Viewport {
            scroll_top: 300.0,
            height: 100.0,
            row_height: 30.0,
        };
        // Rows 10 to 13 are in view (300..400 px); two more on each side.
        assert_eq!(v.rows(100_000, 2), 8..16);
        assert_eq!(v.rows(12, 2), 8..12, "never past the end");
        assert_eq!(v.rows(0, 2), 0..0);
        assert_eq!(v.reveal(11), None, "already in view");
        assert_eq!(v.reveal(2), Some(60.0), "above: scrolled to its top");
        assert_eq!(v.reveal(20), Some(530.0), "below: its bottom at the bottom");
    }

    #[test]
    fn a_row_says_no_figure_and_marks_an_approximate_date() {
        let mut incs = sample();
        incs[1].date_precision = crate::DatePrecision::Week;
        incs[1].admin1 = "Koulikoro".into();
        let r = row(
            &incs[1],
            &Default::default(),
            crate::i18n::words(crate::i18n::Lang::En),
        );
        assert_eq!(r.deaths, "no figure");
        assert_eq!(r.date, "22 Jul 2022 ≈");
        assert_eq!(r.place, "Kati, Koulikoro");
        assert_eq!(r.kind, "Battles — Armed clash");
        assert_eq!(
            row(
                &incs[3],
                &Default::default(),
                crate::i18n::words(crate::i18n::Lang::En)
            )
            .deaths,
            "0"
        );
    }
}
