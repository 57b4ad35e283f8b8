//! Date filtering through a date-sorted index.
//!
//! The index sorts incidents by date once. A date range is then two binary
//! searches, and the count and the number of people killed in the range come from
//! prefix sums, so a slider step costs O(log n), never a scan of every incident.

use std::ops::Range;

use chrono::NaiveDate;

use crate::Incident;

/// Totals for a date range.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RangeSummary {
    /// Incidents in the range.
    pub incidents: usize,
    /// People killed (all sides) in the range, over the incidents with a figure.
    pub killed: u64,
    /// Incidents in the range with no killed figure at all.
    pub without_figures: usize,
}

/// Incidents sorted by date, with prefix sums for fast range totals.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DateIndex {
    /// Indices into the incident slice, sorted by date (stable: file order within a day).
    order: Vec<usize>,
    /// `dates[i]` is the date of `order[i]`.
    dates: Vec<NaiveDate>,
    /// `killed_prefix[i]` is the sum of killed over `order[..i]`.
    killed_prefix: Vec<u64>,
    /// `unknown_prefix[i]` counts incidents without a killed figure over `order[..i]`.
    unknown_prefix: Vec<usize>,
}

impl DateIndex {
    /// Builds the index over `incidents` (indices refer to this slice).
    pub fn new(incidents: &[Incident]) -> Self {
        let mut order: Vec<usize> = (0..incidents.len()).collect();
        order.sort_by_key(|&i| incidents[i].date);
        let dates = order.iter().map(|&i| incidents[i].date).collect();
        let mut killed_prefix = Vec::with_capacity(order.len() + 1);
        let mut unknown_prefix = Vec::with_capacity(order.len() + 1);
        let (mut k, mut u) = (0u64, 0usize);
        killed_prefix.push(0);
        unknown_prefix.push(0);
        for &i in &order {
            match incidents[i].killed_total() {
                Some(n) => k += u64::from(n),
                None => u += 1,
            }
            killed_prefix.push(k);
            unknown_prefix.push(u);
        }
        DateIndex {
            order,
            dates,
            killed_prefix,
            unknown_prefix,
        }
    }

    /// Number of incidents indexed.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// True when no incident is indexed.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// First and last date, or `None` when empty.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((*self.dates.first()?, *self.dates.last()?))
    }

    /// Positions in the sorted order of the incidents dated `start..=end` (inclusive).
    /// An empty range when `start > end`.
    pub fn positions(&self, start: NaiveDate, end: NaiveDate) -> Range<usize> {
        let lo = self.dates.partition_point(|d| *d < start);
        let hi = self.dates.partition_point(|d| *d <= end);
        lo..hi.max(lo)
    }

    /// Indices (into the incident slice) of the incidents dated `start..=end`,
    /// sorted by date.
    pub fn in_range(&self, start: NaiveDate, end: NaiveDate) -> &[usize] {
        &self.order[self.positions(start, end)]
    }

    /// All indices sorted by date.
    pub fn sorted(&self) -> &[usize] {
        &self.order
    }

    /// Count and people killed in `start..=end`, in O(log n).
    pub fn summary(&self, start: NaiveDate, end: NaiveDate) -> RangeSummary {
        let r = self.positions(start, end);
        RangeSummary {
            incidents: r.len(),
            killed: self.killed_prefix[r.end] - self.killed_prefix[r.start],
            without_figures: self.unknown_prefix[r.end] - self.unknown_prefix[r.start],
        }
    }

    /// The distinct dates with the positions (in sorted order) of their incidents.
    pub fn days(&self) -> Vec<(NaiveDate, Range<usize>)> {
        let mut out: Vec<(NaiveDate, Range<usize>)> = Vec::new();
        for (pos, d) in self.dates.iter().enumerate() {
            match out.last_mut() {
                Some((last, r)) if last == d => r.end = pos + 1,
                _ => out.push((*d, pos..pos + 1)),
            }
        }
        out
    }
}

/// Days from `start` to `end` inclusive, as a count (0 when `end < start`).
pub fn day_count(start: NaiveDate, end: NaiveDate) -> u32 {
    u32::try_from((end - start).num_days() + 1).unwrap_or(0)
}

/// The date `days` days after `start`.
pub fn add_days(start: NaiveDate, days: u32) -> NaiveDate {
    start + chrono::Days::new(u64::from(days))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::incident::*;
    use crate::LonLat;

    pub(crate) fn incident(id: &str, date: &str, killed: Option<u32>) -> Incident {
        Incident {
            id: id.into(),
            provenance: crate::Provenance::Curated,
            date: date.parse().unwrap(),
            date_end: None,
            date_precision: DatePrecision::Day,
            time_of_day: None,
            place_id: Some("p".into()),
            place_name: id.into(),
            admin1: "Ségou".into(),
            admin2: None,
            location: LonLat::from_lon_lat(-6.0, 14.0),
            location_precision: LocationPrecision::Exact,
            location_radius_km: None,
            event_type: Some(EventType::Battles),
            sub_event_type: Some("Armed clash".into()),
            ucdp_violence: None,
            actor1: "a".into(),
            actor1_associates: vec![],
            attributed_by: Some("b".into()),
            actor2: "c".into(),
            actor2_associates: vec![],
            casualties: Casualties {
                killed: SideCounts {
                    military: killed,
                    ..Default::default()
                },
                ..Default::default()
            },
            arrested: None,
            figures_source: Some("army".into()),
            coordinated_with: vec![],
            alternative_figures: vec![],
            dataset_records: vec![],
            figure_wordings: vec![],
            sources: vec![],
            notes: String::new(),
            french: None,
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn sample() -> Vec<Incident> {
        vec![
            incident("c", "2022-07-27", Some(6)),
            incident("a", "2022-07-21", Some(2)),
            incident("b", "2022-07-22", Some(1)),
            incident("d", "2022-07-27", None),
            incident("e", "2022-07-21", Some(0)),
        ]
    }

    #[test]
    fn range_is_inclusive_on_both_ends() {
        let inc = sample();
        let idx = DateIndex::new(&inc);
        let ids: Vec<&str> = idx
            .in_range(d("2022-07-22"), d("2022-07-27"))
            .iter()
            .map(|&i| inc[i].id.as_str())
            .collect();
        assert_eq!(ids, ["b", "c", "d"]);
        assert_eq!(idx.in_range(d("2022-07-21"), d("2022-07-21")).len(), 2);
        assert!(idx.in_range(d("2022-07-23"), d("2022-07-26")).is_empty());
        assert!(idx.in_range(d("2022-07-27"), d("2022-07-21")).is_empty());
    }

    #[test]
    fn summary_counts_and_sums_killed() {
        let idx = DateIndex::new(&sample());
        let all = idx.summary(d("2022-07-01"), d("2022-07-31"));
        assert_eq!(
            all,
            RangeSummary {
                incidents: 5,
                killed: 9,
                without_figures: 1
            }
        );
        let late = idx.summary(d("2022-07-23"), d("2022-07-31"));
        assert_eq!(
            (late.incidents, late.killed, late.without_figures),
            (2, 6, 1)
        );
    }

    #[test]
    fn span_and_days() {
        let idx = DateIndex::new(&sample());
        assert_eq!(idx.span(), Some((d("2022-07-21"), d("2022-07-27"))));
        let days: Vec<(NaiveDate, usize)> =
            idx.days().into_iter().map(|(d, r)| (d, r.len())).collect();
        assert_eq!(
            days,
            [
                (d("2022-07-21"), 2),
                (d("2022-07-22"), 1),
                (d("2022-07-27"), 2)
            ]
        );
        assert_eq!(DateIndex::new(&[]).span(), None);
    }

    #[test]
    fn day_arithmetic() {
        assert_eq!(day_count(d("2022-07-21"), d("2022-07-27")), 7);
        assert_eq!(day_count(d("2022-07-27"), d("2022-07-21")), 0);
        assert_eq!(add_days(d("2022-07-21"), 6), d("2022-07-27"));
    }
}
