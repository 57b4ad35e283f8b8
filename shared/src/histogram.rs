//! The histogram above the time slider: incidents per day, week or month
//! (chosen from the span), stacked by event type, counted under every filter
//! except the dates, so it shows what moving the slider would reveal.

use chrono::{Datelike, NaiveDate};

/// How long one bar is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinUnit {
    Day,
    Week,
    Month,
}

impl BinUnit {
    /// The unit for a span of `days` days: at most about 120 bars.
    pub fn for_span(days: u32) -> BinUnit {
        if days <= 120 {
            BinUnit::Day
        } else if days <= 7 * 120 {
            BinUnit::Week
        } else {
            BinUnit::Month
        }
    }

    /// Every unit, shortest first.
    pub const ALL: [BinUnit; 3] = [BinUnit::Day, BinUnit::Week, BinUnit::Month];

    /// "day", "week" or "month" (a key: the catalogue words it, e.g.
    /// `step-week`, `histogram-week`).
    pub fn word(self) -> &'static str {
        match self {
            BinUnit::Day => "day",
            BinUnit::Week => "week",
            BinUnit::Month => "month",
        }
    }
}

/// One bar: the days it covers (offsets from the first date, inclusive) and
/// its incidents per group (the category groups of [`crate::filters`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bin {
    pub first_day: u32,
    pub last_day: u32,
    /// `counts[g]`: incidents of group `g`.
    pub counts: Vec<u32>,
}

impl Bin {
    /// Incidents in the bar.
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }
}

/// The bars from the first date to the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Histogram {
    pub unit: BinUnit,
    pub bins: Vec<Bin>,
}

impl Histogram {
    /// Bars over `span` days from `first` (day offsets `0..=span`), counting
    /// incident `i` (on day `days[i]`, a day number as
    /// `NaiveDate::num_days_from_ce`, in group `groups[i]`) when `kept[i]`.
    pub fn new(
        first: NaiveDate,
        span: u32,
        days: &[i32],
        groups: &[u8],
        kept: &[bool],
        n_groups: usize,
    ) -> Histogram {
        let unit = BinUnit::for_span(span);
        // The bar of each day offset, and each bar's days.
        let mut bar_of = Vec::with_capacity(span as usize + 1);
        let mut bins: Vec<Bin> = Vec::new();
        for d in 0..=span {
            let key = match unit {
                BinUnit::Day => d,
                BinUnit::Week => d / 7,
                BinUnit::Month => {
                    let date = first + chrono::Days::new(u64::from(d));
                    let months = |x: NaiveDate| x.year() * 12 + x.month0() as i32;
                    (months(date) - months(first)) as u32
                }
            };
            if bins.len() as u32 <= key {
                bins.push(Bin {
                    first_day: d,
                    last_day: d,
                    counts: vec![0; n_groups],
                });
            }
            if let Some(b) = bins.last_mut() {
                b.last_day = d;
            }
            bar_of.push(bins.len() - 1);
        }
        let first_day = first.num_days_from_ce();
        for ((&day, &g), &k) in days.iter().zip(groups).zip(kept) {
            let offset = day - first_day;
            if !k || offset < 0 {
                continue;
            }
            if let Some(&b) = bar_of.get(offset as usize) {
                if let Some(c) = bins[b].counts.get_mut(usize::from(g)) {
                    *c += 1;
                }
            }
        }
        Histogram { unit, bins }
    }

    /// The tallest bar's total.
    pub fn max_total(&self) -> u32 {
        self.bins.iter().map(Bin::total).max().unwrap_or(0)
    }

    /// The bar holding day offset `day`.
    pub fn bin_at(&self, day: u32) -> Option<&Bin> {
        self.bins
            .iter()
            .find(|b| b.first_day <= day && day <= b.last_day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_unit_follows_the_span() {
        assert_eq!(BinUnit::for_span(6), BinUnit::Day);
        assert_eq!(BinUnit::for_span(365), BinUnit::Week);
        assert_eq!(BinUnit::for_span(3000), BinUnit::Month);
    }

    #[test]
    fn bars_count_the_kept_incidents_by_group() {
        let first = day("2022-07-21");
        let days: Vec<i32> = ["2022-07-21", "2022-07-21", "2022-07-27", "2022-07-27"]
            .iter()
            .map(|d| day(d).num_days_from_ce())
            .collect();
        let h = Histogram::new(
            first,
            6,
            &days,
            &[0, 1, 1, 1],
            &[true, true, true, false],
            2,
        );
        assert_eq!(h.unit, BinUnit::Day);
        assert_eq!(h.bins.len(), 7);
        assert_eq!(h.bins[0].counts, [1, 1]);
        assert_eq!(h.bins[6].counts, [0, 1], "the fourth is filtered out");
        assert_eq!(h.max_total(), 2);
        assert_eq!(h.bin_at(6).map(|b| b.first_day), Some(6));
    }

    #[test]
    fn months_follow_the_calendar() {
        let first = day("2022-01-30");
        let span = (day("2022-04-02") - first).num_days() as u32;
        let days =
            [day("2022-01-31"), day("2022-02-01"), day("2022-03-31")].map(|d| d.num_days_from_ce());
        let h = Histogram::new(first, span.max(200), &days, &[0, 0, 0], &[true; 3], 1);
        assert_eq!(h.unit, BinUnit::Week);
        let h = Histogram::new(first, 1000, &days, &[0, 0, 0], &[true; 3], 1);
        assert_eq!(h.unit, BinUnit::Month);
        // January has two days here (30, 31), February starts at offset 2.
        assert_eq!((h.bins[0].first_day, h.bins[0].last_day), (0, 1));
        assert_eq!(h.bins[1].first_day, 2);
        assert_eq!(
            h.bins.iter().take(3).map(Bin::total).collect::<Vec<_>>(),
            [1, 1, 1]
        );
    }
}
