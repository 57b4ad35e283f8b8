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

/// A tick of the date axis under the histogram: a day offset from the
/// first date, and what it marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    pub day: u32,
    pub mark: TickMark,
}

/// What a tick marks (worded by [`TickMark::label`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickMark {
    /// 1 January of this year.
    Year(i32),
    /// The first of this month.
    Month(NaiveDate),
    /// This day.
    Day(NaiveDate),
}

impl TickMark {
    /// "2022", "Jul" (a January says its year: "Jan 2022"), "27 Jul".
    pub fn label(self, w: &crate::i18n::Words) -> String {
        match self {
            TickMark::Year(y) => y.to_string(),
            TickMark::Month(d) if d.month() == 1 => format!(
                "{} {}",
                w.t(&format!("month-short-{}", d.month())),
                d.year()
            ),
            TickMark::Month(d) => w.t(&format!("month-short-{}", d.month())),
            TickMark::Day(d) => {
                format!("{} {}", d.day(), w.t(&format!("month-short-{}", d.month())))
            }
        }
    }
}

/// The ticks of the date axis for `span` days from `first` (offsets
/// `0..=span`): years over a span of more than two years (every 2, 5 or 10
/// years when they would be more than `most`), months over more than two
/// months (every 2, 3 or 6), else days (every 7, 14 or so), at most `most`.
pub fn ticks(first: NaiveDate, span: u32, most: usize) -> Vec<Tick> {
    let last = first + chrono::Days::new(u64::from(span));
    let at = |d: NaiveDate| (d - first).num_days() as u32;
    let most = most.max(1);
    let thin = |n: usize, steps: &[usize]| {
        steps
            .iter()
            .copied()
            .find(|s| n.div_ceil(*s) <= most)
            .unwrap_or(n.div_ceil(most).max(1))
    };
    if span > 2 * 366 {
        let years: Vec<i32> = (first.year()..=last.year())
            .filter(|y| NaiveDate::from_ymd_opt(*y, 1, 1).is_some_and(|d| d >= first))
            .collect();
        let every = thin(years.len(), &[1, 2, 5, 10, 20, 50]);
        return years
            .into_iter()
            .filter(|y| y % every as i32 == 0)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1))
            .map(|d| Tick {
                day: at(d),
                mark: TickMark::Year(d.year()),
            })
            .collect();
    }
    if span > 62 {
        let mut months = Vec::new();
        let mut d = NaiveDate::from_ymd_opt(first.year(), first.month(), 1).unwrap_or(first);
        while d <= last {
            if d >= first {
                months.push(d);
            }
            d = d + chrono::Months::new(1);
        }
        let every = thin(months.len(), &[1, 2, 3, 6, 12]);
        return months
            .into_iter()
            .filter(|m| (m.month0() as usize).is_multiple_of(every))
            .map(|m| Tick {
                day: at(m),
                mark: TickMark::Month(m),
            })
            .collect();
    }
    let every = thin(span as usize + 1, &[1, 2, 7, 14]);
    (0..=span)
        .step_by(every)
        .map(|o| {
            let d = first + chrono::Days::new(u64::from(o));
            Tick {
                day: o,
                mark: TickMark::Day(d),
            }
        })
        .collect()
}

/// A date range offered in one click.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// From the first date of the data to the last.
    Whole,
    /// One calendar year (the part the data covers).
    Year(i32),
    /// The last 4 weeks of the data (28 days to its last day).
    LastWeeks4,
    /// The last 52 weeks of the data.
    LastWeeks52,
}

impl Preset {
    /// The presets for data from `first` to `last`: the whole span, the last
    /// 4 and 52 weeks (when the data are longer), then each year, newest first.
    pub fn all(first: NaiveDate, last: NaiveDate) -> Vec<Preset> {
        let days = (last - first).num_days();
        let mut out = vec![Preset::Whole];
        if days > 28 {
            out.push(Preset::LastWeeks4);
        }
        if days > 364 {
            out.push(Preset::LastWeeks52);
        }
        if last.year() > first.year() {
            out.extend((first.year()..=last.year()).rev().map(Preset::Year));
        }
        out
    }

    /// Its first and last day within data from `first` to `last`.
    pub fn range(self, first: NaiveDate, last: NaiveDate) -> (NaiveDate, NaiveDate) {
        let clamp = |d: NaiveDate| d.clamp(first, last);
        match self {
            Preset::Whole => (first, last),
            Preset::Year(y) => (
                clamp(NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(first)),
                clamp(NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(last)),
            ),
            Preset::LastWeeks4 => (clamp(last - chrono::Days::new(27)), last),
            Preset::LastWeeks52 => (clamp(last - chrono::Days::new(7 * 52 - 1)), last),
        }
    }

    /// A key for the page ("whole", "2022", "weeks-4", "weeks-52").
    pub fn key(self) -> String {
        match self {
            Preset::Whole => "whole".into(),
            Preset::Year(y) => y.to_string(),
            Preset::LastWeeks4 => "weeks-4".into(),
            Preset::LastWeeks52 => "weeks-52".into(),
        }
    }

    /// The preset of `key`, among those of the data.
    pub fn from_key(key: &str, first: NaiveDate, last: NaiveDate) -> Option<Preset> {
        Preset::all(first, last)
            .into_iter()
            .find(|p| p.key() == key)
    }

    /// In words: "Whole span", "2022", "Last 4 weeks".
    pub fn label(self, w: &crate::i18n::Words) -> String {
        match self {
            Preset::Whole => w.t("preset-whole"),
            Preset::Year(y) => y.to_string(),
            Preset::LastWeeks4 => w.t("preset-weeks-4"),
            Preset::LastWeeks52 => w.t("preset-weeks-52"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_marks_years_months_or_days_by_the_span() {
        let en = crate::i18n::words(crate::i18n::Lang::En);
        // ACLED's 2023 export: 3 January 2015 to 1 March 2023, a tick a year.
        let first = day("2015-01-03");
        let span = (day("2023-03-01") - first).num_days() as u32;
        let t = ticks(first, span, 12);
        let labels: Vec<String> = t.iter().map(|t| t.mark.label(en)).collect();
        assert_eq!(
            labels,
            ["2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"]
        );
        assert_eq!(t[0].day, (day("2016-01-01") - first).num_days() as u32);
        // UCDP's 1990 to 2023 with room for 8: every 5 years.
        let first = day("1990-06-28");
        let t = ticks(first, (day("2023-12-31") - first).num_days() as u32, 8);
        assert_eq!(t.len(), 6, "1995 to 2020: {t:?}");
        assert_eq!(t[0].mark, TickMark::Year(1995));
        // A year: months, January with its year.
        let first = day("2022-01-01");
        let t = ticks(first, 364, 12);
        assert_eq!(t.len(), 12);
        assert_eq!(t[0].mark.label(en), "Jan 2022");
        assert_eq!(t[6].mark.label(en), "Jul");
        let fr = crate::i18n::words(crate::i18n::Lang::Fr);
        assert_eq!(t[6].mark.label(fr), "juil.");
        assert_eq!(ticks(first, 364, 4).len(), 4, "every 3 months");
        // A week: every day.
        let t = ticks(day("2022-07-21"), 6, 12);
        assert_eq!(t.len(), 7);
        assert_eq!(t[6].mark.label(en), "27 Jul");
    }

    #[test]
    fn presets_give_a_year_the_last_weeks_or_the_whole_span() {
        let (first, last) = (day("2015-01-03"), day("2023-03-01"));
        let all = Preset::all(first, last);
        assert_eq!(
            all[..4],
            [
                Preset::Whole,
                Preset::LastWeeks4,
                Preset::LastWeeks52,
                Preset::Year(2023)
            ]
        );
        assert_eq!(all.len(), 3 + 9);
        assert_eq!(
            Preset::Year(2022).range(first, last),
            (day("2022-01-01"), day("2022-12-31"))
        );
        assert_eq!(
            Preset::Year(2023).range(first, last),
            (day("2023-01-01"), last),
            "clamped to the data"
        );
        assert_eq!(
            Preset::LastWeeks4.range(first, last),
            (day("2023-02-02"), last)
        );
        assert_eq!(Preset::LastWeeks52.range(first, last).0, day("2022-03-03"));
        assert_eq!(
            Preset::from_key("2022", first, last),
            Some(Preset::Year(2022))
        );
        assert_eq!(Preset::from_key("1999", first, last), None);
        // A week of data: the whole span only.
        assert_eq!(
            Preset::all(day("2022-07-21"), day("2022-07-27")),
            [Preset::Whole]
        );
    }

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
