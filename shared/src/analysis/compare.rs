//! The slider's period against a baseline, per region: the period just
//! before it of the same length, the same period a year earlier, or the
//! average of the N periods before it (ACLED's Trendfinder compares a week
//! with the 4 or 52 weeks before it). A rise of more than 25% is a large
//! increase, as Trendfinder marks it; a baseline of fewer than
//! [`MIN_BASE_EVENTS`] is too few for a percentage.

use super::{Count, Facts, Measure, Period, RegionIndex, RegionTable};

/// A rise above this share (+25%) is a large increase (ACLED Trendfinder).
pub const LARGE_INCREASE: f64 = 0.25;
/// Below this many in the baseline (events, or people killed), a change is
/// said in numbers only: +300% of 2 says nothing.
pub const MIN_BASE_EVENTS: f64 = 10.0;

/// What the period is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Baseline {
    /// The period of the same length just before it.
    #[default]
    Previous,
    /// The same days a year earlier.
    YearEarlier,
    /// The average of the `n` periods of the same length before it.
    Average(u8),
}

impl Baseline {
    /// The choices offered (ACLED's 4 and 52 periods among them).
    pub const OFFERED: [Baseline; 4] = [
        Baseline::Previous,
        Baseline::YearEarlier,
        Baseline::Average(4),
        Baseline::Average(52),
    ];

    /// A short key for links: "previous", "year", "avg4".
    pub fn key(self) -> String {
        match self {
            Baseline::Previous => "previous".into(),
            Baseline::YearEarlier => "year".into(),
            Baseline::Average(n) => format!("avg{n}"),
        }
    }

    pub fn from_key(key: &str) -> Option<Baseline> {
        match key {
            "previous" => Some(Baseline::Previous),
            "year" => Some(Baseline::YearEarlier),
            k => k
                .strip_prefix("avg")?
                .parse()
                .ok()
                .filter(|n| (2..=104).contains(n))
                .map(Baseline::Average),
        }
    }

    /// The periods the baseline averages, nearest first.
    pub fn periods(self, period: Period) -> Vec<Period> {
        let len = period.days();
        let before = |k: i32| Period::new(period.first - k * len, period.last - k * len);
        match self {
            Baseline::Previous => vec![before(1)],
            Baseline::Average(n) => (1..=i32::from(n)).map(before).collect(),
            Baseline::YearEarlier => {
                let shift = |d: i32| {
                    let date = super::day_date(d)?;
                    let back = date.checked_sub_months(chrono::Months::new(12))?;
                    Some(chrono::Datelike::num_days_from_ce(&back))
                };
                match (shift(period.first), shift(period.last)) {
                    (Some(a), Some(z)) => vec![Period::new(a, z)],
                    _ => vec![],
                }
            }
        }
    }
}

/// How a figure moved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Verdict {
    /// The baseline is below [`MIN_BASE_EVENTS`]: said in numbers only.
    TooFew,
    /// More than +25%.
    LargeIncrease(f64),
    Increase(f64),
    Decrease(f64),
    Same,
}

impl Verdict {
    fn of(now: f64, before: f64) -> Verdict {
        if before < MIN_BASE_EVENTS {
            return Verdict::TooFew;
        }
        let share = (now - before) / before;
        if share > LARGE_INCREASE {
            Verdict::LargeIncrease(share)
        } else if share > 0.0 {
            Verdict::Increase(share)
        } else if share < 0.0 {
            Verdict::Decrease(share)
        } else {
            Verdict::Same
        }
    }

    /// The change as a share (0.25 is +25%), when one is given.
    pub fn share(self) -> Option<f64> {
        match self {
            Verdict::LargeIncrease(s) | Verdict::Increase(s) | Verdict::Decrease(s) => Some(s),
            Verdict::Same => Some(0.0),
            Verdict::TooFew => None,
        }
    }
}

/// One region's two periods.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonRow {
    /// The area's place in the basemap's regions, or `None` for a name the
    /// map has no area for.
    pub area: Option<usize>,
    /// For a name without an area, its place in `Columns::region_names`.
    pub name: Option<usize>,
    pub now: Count,
    /// The baseline's events and people killed (an average over its
    /// periods), and its events without a figure.
    pub before_events: f64,
    pub before_killed: f64,
    pub events: Verdict,
    pub killed: Verdict,
}

impl ComparisonRow {
    fn new(area: Option<usize>, name: Option<usize>, now: Count, before: (f64, f64)) -> Self {
        ComparisonRow {
            area,
            name,
            now,
            before_events: before.0,
            before_killed: before.1,
            events: Verdict::of(f64::from(now.events), before.0),
            killed: Verdict::of(now.killed as f64, before.1),
        }
    }

    /// The change in numbers of `measure`.
    pub fn change(&self, measure: Measure) -> f64 {
        match measure {
            Measure::Events => f64::from(self.now.events) - self.before_events,
            Measure::Killed => self.now.killed as f64 - self.before_killed,
        }
    }

    /// The verdict of `measure`.
    pub fn verdict(&self, measure: Measure) -> Verdict {
        match measure {
            Measure::Events => self.events,
            Measure::Killed => self.killed,
        }
    }

    /// The change in words, in `w`'s language: "+38 (+19%)", "+3 (too few
    /// to compare)", "–" when both periods count nothing.
    pub fn change_words(&self, measure: Measure, w: &crate::i18n::Words) -> String {
        let n = self.change(measure);
        let number = format!(
            "{}{}",
            if n > 0.0 { "+" } else { "" },
            w.number((n * 10.0).round() / 10.0)
        );
        match self.verdict(measure) {
            Verdict::TooFew if n == 0.0 && self.now.of(measure) == 0 => "–".to_owned(),
            Verdict::TooFew => format!("{number} ({})", w.t("too-few")),
            v => {
                let s = v.share().unwrap_or(0.0) * 100.0;
                let sign = if s > 0.0 { "+" } else { "" };
                let pct = w.number(s.round());
                match w.lang() {
                    crate::i18n::Lang::Fr => format!("{number} ({sign}{pct}\u{202f}%)"),
                    crate::i18n::Lang::En => format!("{number} ({sign}{pct}%)"),
                }
            }
        }
    }
}

/// Every region's period against its baseline, and the whole selection's.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub period: Period,
    pub baseline: Baseline,
    /// The periods averaged.
    pub baseline_periods: Vec<Period>,
    /// Whether the data reach back to the baseline's first day (else part
    /// of it has no data and counts as nothing known, said on screen).
    pub baseline_covered: bool,
    /// Per basemap area, then each name without an area.
    pub rows: Vec<ComparisonRow>,
    pub total: ComparisonRow,
    /// The baseline's events without a figure (averaged).
    pub before_no_figure: f64,
}

/// Compares `period` with `baseline`, per region.
pub fn compare_regions(
    facts: &Facts,
    index: &RegionIndex,
    period: Period,
    baseline: Baseline,
) -> Comparison {
    let now = RegionTable::of(facts, index, period);
    let periods = baseline.periods(period);
    let n = periods.len().max(1) as f64;
    let mut before_areas = vec![(0.0, 0.0); index.areas()];
    let mut before_named = std::collections::BTreeMap::<usize, (f64, f64)>::new();
    let mut before_total = (0.0, 0.0);
    let mut before_no_figure = 0.0;
    for p in &periods {
        let t = RegionTable::of(facts, index, *p);
        for (a, c) in t.areas.iter().enumerate() {
            if let Some(b) = before_areas.get_mut(a) {
                b.0 += f64::from(c.events) / n;
                b.1 += c.killed as f64 / n;
            }
        }
        for (p, c) in &t.elsewhere {
            let b = before_named.entry(*p).or_default();
            b.0 += f64::from(c.events) / n;
            b.1 += c.killed as f64 / n;
        }
        let all = t.total();
        before_total.0 += f64::from(all.events) / n;
        before_total.1 += all.killed as f64 / n;
        before_no_figure += f64::from(all.no_figure) / n;
    }
    let mut rows: Vec<ComparisonRow> = now
        .areas
        .iter()
        .enumerate()
        .map(|(a, c)| ComparisonRow::new(Some(a), None, *c, before_areas[a]))
        .collect();
    let mut named: Vec<usize> = now.elsewhere.iter().map(|(p, _)| *p).collect();
    for p in before_named.keys() {
        if !named.contains(p) {
            named.push(*p);
        }
    }
    for p in named {
        let c = now
            .elsewhere
            .iter()
            .find(|(q, _)| *q == p)
            .map_or(Count::default(), |(_, c)| *c);
        let b = before_named.get(&p).copied().unwrap_or_default();
        rows.push(ComparisonRow::new(None, Some(p), c, b));
    }
    let first_day = facts.columns.days.iter().min().copied().unwrap_or(i32::MAX);
    Comparison {
        period,
        baseline,
        baseline_covered: periods.iter().all(|p| p.first >= first_day),
        baseline_periods: periods,
        rows,
        total: ComparisonRow::new(None, None, now.total(), before_total),
        before_no_figure,
    }
}

impl Comparison {
    /// The table as CSV: one row per region (named by `name_of`), then the
    /// whole selection; a change in percent only where the baseline is
    /// large enough.
    pub fn csv(&self, name_of: &dyn Fn(&ComparisonRow) -> String) -> String {
        let mut out = csv::Writer::from_writer(Vec::new());
        let (from, to) = self.period.dates().unwrap_or_default();
        let _ = out.write_record([
            "region",
            "period_from",
            "period_to",
            "baseline",
            "baseline_first_day",
            "events",
            "events_baseline",
            "events_change",
            "events_change_pct",
            "killed",
            "killed_baseline",
            "killed_change",
            "killed_change_pct",
            "events_without_figure",
        ]);
        let pct = |v: Verdict| {
            v.share()
                .map_or(String::new(), |s| format!("{:.1}", s * 100.0))
        };
        let num = |x: f64| format!("{}", (x * 100.0).round() / 100.0);
        let last = self.baseline_periods.last().and_then(|p| p.dates());
        for r in self.rows.iter().chain(std::iter::once(&self.total)) {
            let _ = out.write_record([
                name_of(r),
                from.to_string(),
                to.to_string(),
                self.baseline.key(),
                last.map(|d| d.0.to_string()).unwrap_or_default(),
                r.now.events.to_string(),
                num(r.before_events),
                num(r.change(Measure::Events)),
                pct(r.events),
                r.now.killed.to_string(),
                num(r.before_killed),
                num(r.change(Measure::Killed)),
                pct(r.killed),
                r.now.no_figure.to_string(),
            ]);
        }
        super::csv_text(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{day, event, Owned};
    use super::*;

    #[test]
    fn a_change_is_said_in_numbers_and_percent_or_too_few() {
        let row = |now: u32, before: f64| {
            ComparisonRow::new(
                None,
                None,
                Count {
                    events: now,
                    ..Count::default()
                },
                (before, 0.0),
            )
        };
        let (en, fr) = (
            crate::i18n::words(crate::i18n::Lang::En),
            crate::i18n::words(crate::i18n::Lang::Fr),
        );
        assert_eq!(
            row(235, 197.0).change_words(Measure::Events, en),
            "+38 (+19%)"
        );
        assert_eq!(
            row(235, 197.0).change_words(Measure::Events, fr),
            "+38 (+19\u{202f}%)"
        );
        assert_eq!(
            row(46, 81.0).change_words(Measure::Events, en),
            "-35 (-43%)"
        );
        assert_eq!(
            row(6, 3.0).change_words(Measure::Events, en),
            "+3 (too few to compare)"
        );
        assert_eq!(row(0, 0.0).change_words(Measure::Events, en), "–");
    }

    #[test]
    fn baselines_are_the_periods_before_or_a_year_earlier() {
        let p = Period::new(day("2022-01-01"), day("2022-12-31"));
        assert_eq!(
            Baseline::Previous.periods(p),
            vec![Period::new(day("2021-01-01"), day("2021-12-31"))]
        );
        assert_eq!(
            Baseline::YearEarlier.periods(p),
            vec![Period::new(day("2021-01-01"), day("2021-12-31"))]
        );
        let week = Period::new(day("2022-03-08"), day("2022-03-14"));
        let four = Baseline::Average(4).periods(week);
        assert_eq!(four.len(), 4);
        assert_eq!(four[0], Period::new(day("2022-03-01"), day("2022-03-07")));
        assert_eq!(four[3], Period::new(day("2022-02-08"), day("2022-02-14")));
        let leap = Period::new(day("2024-02-29"), day("2024-02-29"));
        assert_eq!(
            Baseline::YearEarlier.periods(leap),
            vec![Period::new(day("2023-02-28"), day("2023-02-28"))]
        );
        for b in Baseline::OFFERED {
            assert_eq!(Baseline::from_key(&b.key()), Some(b));
        }
        assert_eq!(Baseline::from_key("avg0"), None);
        assert_eq!(Baseline::from_key("nonsense"), None);
    }

    #[test]
    fn a_rise_over_a_quarter_is_large_and_a_small_base_says_too_few() {
        let mut all = Vec::new();
        for d in 1..=20 {
            all.push(event(&format!("2021-01-{d:02}"), "Mopti", Some(1), "A"));
        }
        for d in 1..=26 {
            all.push(event(&format!("2022-01-{d:02}"), "Mopti", Some(2), "A"));
        }
        all.push(event("2021-05-01", "Gao", Some(1), "A"));
        for d in 1..=4 {
            all.push(event(&format!("2022-01-{d:02}"), "Gao", Some(1), "A"));
        }
        all.push(event("2022-02-01", "Menaka", None, "A"));
        let o = Owned::of(&all);
        let idx = RegionIndex::new(&o.columns, &[("Mopti".into(), None), ("Gao".into(), None)]);
        let p = Period::new(day("2022-01-01"), day("2022-12-31"));
        let c = compare_regions(&o.facts(), &idx, p, Baseline::Previous);
        let mopti = &c.rows[0];
        assert_eq!(mopti.now.events, 26);
        assert_eq!(mopti.before_events, 20.0);
        assert!(matches!(mopti.events, Verdict::LargeIncrease(s) if (s - 0.3).abs() < 1e-9));
        assert!(matches!(mopti.killed, Verdict::LargeIncrease(s) if (s - 1.6).abs() < 1e-9));
        let gao = &c.rows[1];
        assert_eq!(gao.events, Verdict::TooFew);
        assert_eq!(gao.change(Measure::Events), 3.0);
        let menaka = &c.rows[2];
        assert_eq!(
            (menaka.area, menaka.now.events, menaka.now.no_figure),
            (None, 1, 1)
        );
        assert_eq!(c.total.now.events, 31);
        assert_eq!(c.total.before_events, 21.0);
        assert!(c.baseline_covered);
        let y = compare_regions(
            &o.facts(),
            &idx,
            Period::new(day("2021-01-01"), day("2021-12-31")),
            Baseline::Previous,
        );
        assert!(!y.baseline_covered, "no data before 2021");
    }
}
