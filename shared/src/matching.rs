//! Datasets compared: which events of the other open datasets are the same
//! attack as an incident. Two events match when they come from different
//! datasets, their dates overlap within their date precisions, and their
//! points lie within the sum of their location radii.
//!
//! Example from the real files: Sokolo, 27 July 2022 is our curated
//! incident (the army's 48 assailants and 6 soldiers), ACLED's MLI7017 (27 in
//! all) and UCDP GED's 443712 (best 36, high 54, placed at the commune's
//! centroid 16 km away).

use chrono::{Datelike, Duration, NaiveDate};

use crate::incident::{DatePrecision, LocationPrecision};
use crate::provenance::DatasetKind;
use crate::Incident;

/// How far from its point an event may lie, in km, when its dataset gives no
/// radius: different geocoders put the same town a few km apart; a district
/// or region is placed at a centroid. UCDP's "part of a country" (`Area`) is
/// wider than a region; "country" matches anywhere.
pub fn reach_km(inc: &Incident) -> f64 {
    let by_precision = match inc.location_precision {
        LocationPrecision::Exact => 5.0,
        LocationPrecision::Near => 25.0,
        LocationPrecision::Admin2 => 75.0,
        LocationPrecision::Admin1 => 200.0,
        LocationPrecision::Area => 300.0,
        LocationPrecision::Country => f64::INFINITY,
    };
    inc.location_radius_km.map_or(by_precision, |r| r.max(5.0))
}

/// The days the event may have happened on (inclusive): its date to its end
/// date, or to the end of its week or month when only those are known.
pub fn day_span(inc: &Incident) -> (NaiveDate, NaiveDate) {
    let start = inc.date;
    let end = match (inc.date_end, inc.date_precision) {
        (Some(end), _) => end,
        (None, DatePrecision::Day) => start,
        (None, DatePrecision::Days) => start + Duration::days(2),
        (None, DatePrecision::Week) => start + Duration::days(6),
        (None, DatePrecision::Month | DatePrecision::Longer) => {
            let next = if start.month() == 12 {
                NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(start.year(), start.month() + 1, 1)
            };
            next.map_or(start, |n| n - Duration::days(1))
        }
    };
    (start, end.max(start))
}

/// An event of another dataset that matches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// Its index in the incidents.
    pub index: usize,
    /// Distance between the two points, in km.
    pub km: f64,
}

/// True when `a` and `b` are the same attack by the rule above.
pub fn same_event(a: &Incident, b: &Incident) -> Option<f64> {
    if a.provenance.kind() == b.provenance.kind() {
        return None;
    }
    let ((a0, a1), (b0, b1)) = (day_span(a), day_span(b));
    if a1 < b0 || b1 < a0 {
        return None;
    }
    let km = a.location.distance_km(b.location);
    (km <= reach_km(a) + reach_km(b)).then_some(km)
}

/// The events of the other datasets that match incident `i`, nearest first.
pub fn matches(incidents: &[Incident], i: usize) -> Vec<Match> {
    let Some(a) = incidents.get(i) else {
        return Vec::new();
    };
    let mut out: Vec<Match> = incidents
        .iter()
        .enumerate()
        .filter_map(|(j, b)| same_event(a, b).map(|km| Match { index: j, km }))
        .collect();
    out.sort_by(|x, y| x.km.total_cmp(&y.km));
    out
}

/// Every matching pair `(a, b, km)` with `a`'s dataset listed before `b`'s
/// ([`DatasetKind::ALL`] order), in date order: the review table.
pub fn all_pairs(incidents: &[Incident]) -> Vec<(usize, usize, f64)> {
    pairs_among(incidents, 0..incidents.len())
}

/// The same among the incidents `among` (indices into `incidents`, e.g. those
/// shown): only pairs of two of them.
pub fn pairs_among(
    incidents: &[Incident],
    among: impl IntoIterator<Item = usize>,
) -> Vec<(usize, usize, f64)> {
    let mut order: Vec<usize> = among.into_iter().filter(|&i| i < incidents.len()).collect();
    order.sort_by_key(|&i| incidents[i].date);
    // In start order, two events overlap when the later one starts before
    // the earlier one ends: the sweep from each event stops at the first
    // that starts after its end.
    let mut out = Vec::new();
    for (p, &i) in order.iter().enumerate() {
        let end = day_span(&incidents[i]).1;
        for &j in &order[p + 1..] {
            if incidents[j].date > end {
                break;
            }
            if let Some(km) = same_event(&incidents[i], &incidents[j]) {
                let (a, b) = if kind_rank(&incidents[i]) <= kind_rank(&incidents[j]) {
                    (i, j)
                } else {
                    (j, i)
                };
                out.push((a, b, km));
            }
        }
    }
    out
}

/// Of `pairs` (from [`all_pairs`] or [`pairs_among`]), each record's nearest
/// match in each other dataset (a pair stays when it is the nearest for
/// either of its records). A record whose area is a whole region reaches
/// many events; this keeps only its nearest, while a dataset that splits one
/// attack in two records (UCDP's two records of Sokolo, 27 July 2022)
/// keeps both. Nearness is
/// the distance relative to the two records' reach (a commune's centroid 15
/// km off is nearer than an exact point 15 km off).
pub fn nearest_pairs(
    incidents: &[Incident],
    pairs: &[(usize, usize, f64)],
) -> Vec<(usize, usize, f64)> {
    use std::collections::HashMap;
    let kind = |i: usize| kind_rank(&incidents[i]);
    // The nearest match of each record in each other dataset.
    let score = |a: usize, b: usize, km: f64| {
        km / (reach_km(&incidents[a]) + reach_km(&incidents[b])).max(f64::EPSILON)
    };
    let mut best: HashMap<(usize, usize), f64> = HashMap::new();
    for &(a, b, km) in pairs {
        let s = score(a, b, km);
        for key in [(a, kind(b)), (b, kind(a))] {
            best.entry(key).and_modify(|k| *k = k.min(s)).or_insert(s);
        }
    }
    let nearest = |key, s: f64| best.get(&key).is_some_and(|&k| s <= k);
    pairs
        .iter()
        .copied()
        .filter(|&(a, b, km)| {
            let s = score(a, b, km);
            nearest((a, kind(b)), s) || nearest((b, kind(a)), s)
        })
        .collect()
}

fn kind_rank(i: &Incident) -> usize {
    DatasetKind::ALL
        .iter()
        .position(|k| *k == i.provenance.kind())
        .unwrap_or(0)
}

/// One dataset's figures for one event, side by side with the others'.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFigures {
    /// e.g. "ACLED MLI7017".
    pub dataset: String,
    /// Place and date as that dataset gives them.
    pub place: String,
    pub date: String,
    /// People killed in all, or "—".
    pub killed: String,
    /// How that dataset breaks it down: by side, by party, or its range.
    pub breakdown: String,
}

/// The figures of `inc` for the comparison table.
pub fn figures(inc: &Incident, w: &crate::i18n::Words) -> SourceFigures {
    use crate::i18n::arg;
    let c = &inc.casualties;
    let mut parts: Vec<String> = c
        .killed
        .by_side()
        .iter()
        .filter_map(|(side, n)| n.map(|n| format!("{} {}", w.number(n), w.side(side))))
        .collect();
    parts.extend(
        c.killed_by_party
            .iter()
            .map(|p| format!("{} {}", w.number(p.killed), p.party)),
    );
    if let Some(e) = c.estimates {
        parts.push(w.tf(
            "estimates-short",
            &[
                ("low", arg(e.low)),
                ("best", arg(e.best)),
                ("high", arg(e.high)),
            ],
        ));
    }
    if parts.is_empty() && c.killed_reported_total.is_some() {
        parts.push(w.t("total-only"));
    }
    let dataset = match inc.provenance.dataset_id() {
        Some(id) => format!("{} {id}", w.dataset_kind(inc.provenance.kind())),
        None => w.dataset_kind(inc.provenance.kind()),
    };
    SourceFigures {
        dataset,
        place: inc.place_name.clone(),
        date: w.date(inc.date),
        killed: inc
            .killed_total()
            .map_or_else(|| crate::details::NO_FIGURE.to_owned(), |k| w.number(k)),
        breakdown: parts.join("; "),
    }
}

/// One row of the review table of matches (and of its CSV): one event as
/// two datasets record it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ReviewRow {
    pub dataset_a: String,
    pub date_a: String,
    pub place_a: String,
    /// People killed in all by `a`'s count, or "—".
    pub killed_a: String,
    pub breakdown_a: String,
    pub dataset_b: String,
    pub date_b: String,
    pub place_b: String,
    pub killed_b: String,
    pub breakdown_b: String,
    /// Between the two points, km, to 0.1 km.
    pub distance_km: f64,
    /// `b`'s total minus `a`'s, when both give one.
    pub difference: Option<i64>,
    /// The dates and filters the table was cut from (in the CSV).
    pub selection: String,
}

impl ReviewRow {
    /// The row of the pair `a`, `b`, `km` apart.
    pub fn of(a: &Incident, b: &Incident, km: f64, w: &crate::i18n::Words) -> ReviewRow {
        let (fa, fb) = (figures(a, w), figures(b, w));
        ReviewRow {
            dataset_a: fa.dataset,
            date_a: fa.date,
            place_a: fa.place,
            killed_a: fa.killed,
            breakdown_a: fa.breakdown,
            dataset_b: fb.dataset,
            date_b: fb.date,
            place_b: fb.place,
            killed_b: fb.killed,
            breakdown_b: fb.breakdown,
            distance_km: (km * 10.0).round() / 10.0,
            difference: match (a.killed_total(), b.killed_total()) {
                (Some(x), Some(y)) => Some(i64::from(y) - i64::from(x)),
                _ => None,
            },
            selection: String::new(),
        }
    }
}

/// The review table as CSV (text cells made safe for a spreadsheet), with
/// the selection it was cut from in a last column.
pub fn review_csv(rows: &[ReviewRow], scope: Option<&crate::pipeline::Scope>) -> String {
    use crate::formats::csv_export::cell;
    let selection = cell(
        &scope
            .map(crate::pipeline::Scope::describe)
            .unwrap_or_default(),
    );
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        let mut row = r.clone();
        for t in [
            &mut row.dataset_a,
            &mut row.place_a,
            &mut row.breakdown_a,
            &mut row.dataset_b,
            &mut row.place_b,
            &mut row.breakdown_b,
        ] {
            *t = cell(t);
        }
        row.selection.clone_from(&selection);
        // Serialising plain rows into memory does not fail.
        if w.serialize(row).is_err() {
            break;
        }
    }
    String::from_utf8_lossy(&w.into_inner().unwrap_or_default()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;
    use crate::{LonLat, Provenance};

    fn acled(id: &str, date: &str, lon: f64, lat: f64) -> Incident {
        let mut i = incident(id, date, None);
        i.provenance = Provenance::Acled {
            event_id_cnty: id.into(),
            source: String::new(),
            source_scale: String::new(),
        };
        i.location = LonLat::from_lon_lat(lon, lat);
        i
    }

    #[test]
    fn dates_overlap_within_their_precision_and_points_within_their_reach() {
        let mut ours = incident("ours", "2022-07-27", Some(6));
        ours.location = LonLat::from_lon_lat(-6.1219, 14.7328);
        let same = acled("A1", "2022-07-27", -6.1219, 14.7328);
        let next_day = acled("A2", "2022-07-28", -6.1219, 14.7328);
        let far = acled("A3", "2022-07-27", -4.0, 14.7328);
        let mut month = acled("A4", "2022-07-01", -6.12, 14.73);
        month.date_precision = DatePrecision::Month;
        let incs = vec![
            ours,
            same,
            next_day,
            far,
            month,
            incident("own", "2022-07-27", None),
        ];
        let found: Vec<usize> = matches(&incs, 0).into_iter().map(|m| m.index).collect();
        assert_eq!(found, [1, 4], "the same dataset never matches itself");
        assert_eq!(
            day_span(&incs[4]).1,
            NaiveDate::from_ymd_opt(2022, 7, 31).unwrap()
        );
        let pairs = all_pairs(&incs);
        assert_eq!(pairs.len(), 2, "{pairs:?}");
        assert!(
            pairs.iter().all(|(a, _, _)| *a == 0),
            "curated is listed first"
        );
    }

    #[test]
    fn nearest_pairs_keep_each_records_nearest_match_only() {
        let mut ours = incident("ours", "2022-07-27", None);
        ours.location = LonLat::from_lon_lat(-6.0, 14.0);
        // A region-wide record reaches both of ours; the near one is nearer.
        let mut near = incident("near", "2022-07-27", None);
        near.location = LonLat::from_lon_lat(-5.0, 14.0);
        let mut wide = acled("W", "2022-07-27", -5.01, 14.0);
        wide.location_precision = LocationPrecision::Admin1;
        wide.location_radius_km = Some(300.0);
        let point = acled("P", "2022-07-27", -6.0, 14.0);
        let incs = vec![ours, near, wide, point];
        let all = all_pairs(&incs);
        assert_eq!(all.len(), 3, "{all:?}");
        let kept: Vec<(usize, usize)> = nearest_pairs(&incs, &all)
            .into_iter()
            .map(|(a, b, _)| (a, b))
            .collect();
        assert_eq!(
            kept,
            [(0, 3), (1, 2)],
            "ours with the point, near with the wide record"
        );
    }

    #[test]
    fn the_review_row_puts_two_counts_side_by_side_and_writes_csv() {
        let mut ours = incident("ours", "2022-07-27", None);
        ours.casualties.killed.military = Some(6);
        ours.casualties.killed.assailants = Some(48);
        ours.location = LonLat::from_lon_lat(-6.1219, 14.7328);
        let mut a = acled("MLI7017", "2022-07-27", -6.1219, 14.7328);
        a.casualties.killed = crate::SideCounts::default();
        a.casualties.killed_reported_total = Some(27);
        a.place_name = "=Sokolo".into();
        let row = ReviewRow::of(&ours, &a, 0.04, crate::i18n::words(crate::i18n::Lang::En));
        assert_eq!((row.killed_a.as_str(), row.killed_b.as_str()), ("54", "27"));
        assert_eq!(row.difference, Some(-27));
        assert_eq!(row.breakdown_a, "6 military; 48 assailants");
        assert_eq!(row.dataset_b, "ACLED MLI7017");
        assert_eq!(row.distance_km, 0.0);
        let csv = review_csv(&[row], None);
        let mut lines = csv.lines();
        assert!(lines
            .next()
            .unwrap()
            .starts_with("dataset_a,date_a,place_a,killed_a,"));
        let line = lines.next().unwrap();
        assert!(line.contains(",'=Sokolo,"), "a formula is quoted: {line}");
        assert!(line.ends_with(",0.0,-27,"), "{line}");
    }
}
