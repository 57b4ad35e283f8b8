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
    let mut order: Vec<usize> = (0..incidents.len()).collect();
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
pub fn figures(inc: &Incident) -> SourceFigures {
    let c = &inc.casualties;
    let mut parts: Vec<String> = c
        .killed
        .by_side()
        .iter()
        .filter_map(|(side, n)| n.map(|n| format!("{n} {side}")))
        .collect();
    parts.extend(
        c.killed_by_party
            .iter()
            .map(|p| format!("{} {}", p.killed, p.party)),
    );
    if let Some(e) = c.estimates {
        parts.push(format!("low {}, best {}, high {}", e.low, e.best, e.high));
    }
    if parts.is_empty() && c.killed_reported_total.is_some() {
        parts.push("a total only".to_owned());
    }
    let dataset = match inc.provenance.dataset_id() {
        Some(id) => format!("{} {id}", inc.provenance.kind().label()),
        None => inc.provenance.kind().label().to_owned(),
    };
    SourceFigures {
        dataset,
        place: inc.place_name.clone(),
        date: crate::incident::format_date(inc.date),
        killed: inc
            .killed_total()
            .map_or_else(|| crate::details::NO_FIGURE.to_owned(), |k| k.to_string()),
        breakdown: parts.join("; "),
    }
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
}
