//! The timeline: the incidents sorted by date and the slider's positions
//! (days since the first date). A slider position is a window over the sorted
//! incidents, found by binary search; totals come from prefix sums.

use chrono::NaiveDate;

use crate::filter::{add_days, day_count, DateIndex, RangeSummary};
use crate::Incident;

/// The dates of a dataset, as the slider sees them.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    index: DateIndex,
    /// First date (the slider's 0), or `None` without incidents.
    first_date: Option<NaiveDate>,
    /// Days from the first to the last date, inclusive (0 without incidents).
    day_span: u32,
}

impl Timeline {
    /// The timeline of `incidents` (indices refer to this slice).
    pub fn new(incidents: &[Incident]) -> Self {
        let index = DateIndex::new(incidents);
        let first_date = index.span().map(|(a, _)| a);
        let day_span = index.span().map_or(0, |(a, b)| day_count(a, b));
        Timeline {
            index,
            first_date,
            day_span,
        }
    }

    /// Days from the first to the last date, inclusive (0 without incidents).
    pub fn day_span(&self) -> u32 {
        self.day_span
    }

    /// The last slider position (0 without incidents).
    pub fn last_position(&self) -> u32 {
        self.day_span.saturating_sub(1)
    }

    /// Incident indices sorted by date (what [`Timeline::window`] ranges over).
    pub fn order(&self) -> &[usize] {
        self.index.sorted()
    }

    /// The window of slider positions `start..=end` over the incidents
    /// sorted by date ([`DateIndex::sorted`]), by binary search.
    pub fn window(&self, start: u32, end: u32) -> std::ops::Range<usize> {
        match (self.date_at(start), self.date_at(end)) {
            (Some(a), Some(b)) => self.index.positions(a, b),
            _ => 0..0,
        }
    }

    /// The date at slider position `offset` (days since the first date).
    pub fn date_at(&self, offset: u32) -> Option<NaiveDate> {
        self.first_date.map(|f| add_days(f, offset))
    }

    /// The slider positions of the dates `from..=to`, clamped to the data's
    /// span; `None` when the dates do not overlap it (or there is no data).
    pub fn positions_of(&self, from: NaiveDate, to: NaiveDate) -> Option<(u32, u32)> {
        let first = self.first_date?;
        let last = add_days(first, self.day_span.saturating_sub(1));
        if to < first || from > last || from > to {
            return None;
        }
        let pos = |d: NaiveDate| (d.max(first) - first).num_days().max(0) as u32;
        Some((pos(from), pos(to.min(last))))
    }

    /// Totals for slider positions `start..=end`.
    pub fn summary(&self, start: u32, end: u32) -> RangeSummary {
        match (self.date_at(start), self.date_at(end)) {
            (Some(a), Some(b)) => self.index.summary(a, b),
            _ => RangeSummary::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;

    #[test]
    fn slider_positions_map_to_dates_windows_and_totals() {
        let incs = vec![
            incident("a", "2022-07-21", Some(1)),
            incident("b", "2022-07-27", Some(2)),
            incident("c", "2022-07-21", Some(40)),
        ];
        let t = Timeline::new(&incs);
        assert_eq!((t.day_span(), t.last_position()), (7, 6));
        assert_eq!(t.summary(0, 0).incidents, 2);
        assert_eq!(t.window(0, 0), 0..2);
        assert_eq!(t.window(1, 6), 2..3);
        assert!(t.window(1, 5).is_empty());
        assert!(t.window(6, 0).is_empty());
        assert_eq!(t.summary(1, 6).killed, 2);
        assert_eq!(t.date_at(6).unwrap().to_string(), "2022-07-27");
        // A date range kept from another set of layers, clamped to this one.
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            t.positions_of(d("2022-07-01"), d("2022-07-23")),
            Some((0, 2))
        );
        assert_eq!(
            t.positions_of(d("2022-07-25"), d("2022-08-30")),
            Some((4, 6))
        );
        assert_eq!(t.positions_of(d("2022-08-01"), d("2022-08-30")), None);
    }

    #[test]
    fn empty_dataset_has_no_span() {
        let t = Timeline::new(&[]);
        assert_eq!(t.day_span(), 0);
        assert_eq!(t.summary(0, 0), RangeSummary::default());
        assert_eq!(t.date_at(0), None);
    }
}
