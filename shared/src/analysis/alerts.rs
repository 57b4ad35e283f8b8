//! Alerts computed here, each with its rule in words:
//! - a surge (ACLED's Subnational Surge Tracker): a region's or an actor's
//!   events in a week at least twice their average over the 4 weeks before,
//!   and at least [`SURGE_FLOOR`] events that week (our floor: two events
//!   against an average of one is not a surge). Weeks end on the period's
//!   last day.
//! - a fatality high (HDX Signals): a calendar month's people killed, in the
//!   whole selection or a region, the highest of the 1 to 3 years before it
//!   and at least [`FATALITY_FLOOR`]. A year the data do not reach is not
//!   counted as calm: the years said are those the data cover.

use std::collections::HashMap;

use super::{trends::bins, Facts, Period};
use crate::histogram::BinUnit;

/// A week with fewer events is not called a surge.
pub const SURGE_FLOOR: u32 = 10;
/// How many times the 4-week average a surge is (ACLED: +100%).
pub const SURGE_FACTOR: f64 = 2.0;
/// Weeks averaged before a week.
pub const SURGE_WEEKS: i32 = 4;
/// A month with fewer people killed is not a high (HDX Signals' floor).
pub const FATALITY_FLOOR: u64 = 100;

/// What an alert is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AlertScope {
    /// Everything the filters keep.
    All,
    /// A region, as its place in `Columns::region_names`.
    Region(u32),
    /// An actor on either side, as its place in `Columns::actor_names`.
    Actor(u32),
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AlertKind {
    Surge {
        events: u32,
        /// The average of the 4 weeks before.
        average: f64,
    },
    FatalityHigh {
        killed: u64,
        /// The highest in this many years (1 to 3) of data before it.
        years: u8,
        /// The highest month in those years.
        previous_high: u64,
    },
}

/// One alert: its scope, the days it is about (a week or a month) and why.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Alert {
    pub scope: AlertScope,
    pub period: Period,
    pub kind: AlertKind,
}

/// The alerts of the weeks and months ending in `period`, newest first.
pub fn alerts(facts: &Facts, period: Period) -> Vec<Alert> {
    let mut out = surges(facts, period);
    out.extend(highs(facts, period));
    out.sort_by(|a, b| {
        b.period
            .last
            .cmp(&a.period.last)
            .then(a.scope.cmp(&b.scope))
    });
    out
}

fn surges(facts: &Facts, period: Period) -> Vec<Alert> {
    // Week w ends on `period.last - 7w`; weeks up to the period's first day,
    // with four more before it for the average.
    let weeks = (period.days() / 7).max(0);
    if weeks == 0 {
        return vec![];
    }
    let total = weeks + SURGE_WEEKS;
    let from = period.last - 7 * total + 1;
    let mut counts: HashMap<AlertScope, Vec<u32>> = HashMap::new();
    let c = facts.columns;
    for i in facts.rows(Period::new(from, period.last)) {
        let w = ((period.last - facts.day(i)) / 7) as usize;
        let mut bump = |s: AlertScope| {
            counts.entry(s).or_insert_with(|| vec![0; total as usize])[w] += 1;
        };
        let r = c.regions.get(i).copied().unwrap_or(0);
        if c.region_names
            .get(r as usize)
            .is_some_and(|n| !n.is_empty())
        {
            bump(AlertScope::Region(r));
        }
        let [a, b] = c.actors.get(i).copied().unwrap_or([u32::MAX; 2]);
        if a != u32::MAX {
            bump(AlertScope::Actor(a));
        }
        if b != u32::MAX && b != a {
            bump(AlertScope::Actor(b));
        }
    }
    let first_day = c.days.iter().min().copied().unwrap_or(i32::MAX);
    let mut out = Vec::new();
    for (scope, v) in counts {
        for w in 0..weeks as usize {
            let end = period.last - 7 * w as i32;
            // The four weeks before must be within the data.
            if end - 7 * (SURGE_WEEKS + 1) + 1 < first_day {
                continue;
            }
            let n = v[w];
            let average = f64::from(v[w + 1..=w + SURGE_WEEKS as usize].iter().sum::<u32>())
                / f64::from(SURGE_WEEKS);
            if n >= SURGE_FLOOR && f64::from(n) >= SURGE_FACTOR * average {
                out.push(Alert {
                    scope,
                    period: Period::new(end - 6, end),
                    kind: AlertKind::Surge { events: n, average },
                });
            }
        }
    }
    out
}

fn highs(facts: &Facts, period: Period) -> Vec<Alert> {
    let c = facts.columns;
    let Some(first_day) = c.days.iter().min().copied() else {
        return vec![];
    };
    // Calendar months from three years before the period to its end.
    let Some(start) = super::day_date(period.first).and_then(|d| {
        let d = chrono::Datelike::with_day(&d, 1)?;
        d.checked_sub_months(chrono::Months::new(36))
    }) else {
        return vec![];
    };
    let months = bins(
        Period::new(chrono::Datelike::num_days_from_ce(&start), period.last),
        BinUnit::Month,
    );
    let starts: Vec<i32> = months.iter().map(|m| m.first).collect();
    let mut killed: HashMap<AlertScope, Vec<u64>> = HashMap::new();
    for i in facts.rows(Period::new(starts[0], period.last)) {
        let m = starts
            .partition_point(|&s| s <= facts.day(i))
            .saturating_sub(1);
        let n = u64::from(facts.killed_of(i).unwrap_or(0));
        let r = c.regions.get(i).copied().unwrap_or(0);
        let mut scopes = vec![AlertScope::All];
        if c.region_names
            .get(r as usize)
            .is_some_and(|x| !x.is_empty())
        {
            scopes.push(AlertScope::Region(r));
        }
        for s in scopes {
            killed.entry(s).or_insert_with(|| vec![0; months.len()])[m] += n;
        }
    }
    let mut out = Vec::new();
    for (scope, v) in killed {
        for (m, month) in months.iter().enumerate() {
            // Only whole months ending in the period.
            if month.last < period.first || month.days() < 28 {
                continue;
            }
            let n = v[m];
            if n < FATALITY_FLOOR {
                continue;
            }
            // The years before it that the data cover.
            let covered = months[..m]
                .iter()
                .rev()
                .take_while(|p| p.first >= first_day)
                .count();
            let years = (covered / 12).min(3);
            let mut best = None;
            for y in (1..=years).rev() {
                let before = &v[m - 12 * y..m];
                let high = before.iter().copied().max().unwrap_or(0);
                if n > high {
                    best = Some((y as u8, high));
                    break;
                }
            }
            if let Some((years, previous_high)) = best {
                out.push(Alert {
                    scope,
                    period: *month,
                    kind: AlertKind::FatalityHigh {
                        killed: n,
                        years,
                        previous_high,
                    },
                });
            }
        }
    }
    out
}

/// The region alerts by the map's area they fall in (areas in the order of
/// [`RegionIndex`], each with its alerts in the order given): what the map
/// marks. Alerts of an actor, of everything, or of a region the map has no
/// area for are left to the list.
pub fn by_area(alerts: &[Alert], index: &crate::analysis::RegionIndex) -> Vec<(usize, Vec<Alert>)> {
    let mut out: std::collections::BTreeMap<usize, Vec<Alert>> = Default::default();
    for a in alerts {
        if let AlertScope::Region(r) = a.scope {
            if let Some(area) = index.area_of(r as usize) {
                out.entry(area).or_default().push(*a);
            }
        }
    }
    out.into_iter().collect()
}

impl Alert {
    /// Who or where, as the page writes it.
    pub fn scope_name(&self, columns: &crate::filters::Columns, w: &crate::i18n::Words) -> String {
        match self.scope {
            AlertScope::All => w.t("alert-all"),
            AlertScope::Region(r) => columns.region_label(r as usize, w.lang()).to_owned(),
            AlertScope::Actor(a) => columns
                .actor_names
                .get(a as usize)
                .cloned()
                .unwrap_or_default(),
        }
    }

    /// In words, with its rule: "Mopti, week of 12–18 March 2022: 19 events,
    /// at least twice the 4 weeks before (9.5 a week)".
    pub fn describe(&self, columns: &crate::filters::Columns, w: &crate::i18n::Words) -> String {
        use crate::i18n::arg;
        let (from, to) = self.period.dates().unwrap_or_default();
        let scope = self.scope_name(columns, w);
        match self.kind {
            AlertKind::Surge { events, average } => w.tf(
                "alert-surge",
                &[
                    ("scope", arg(scope)),
                    ("from", arg(w.date(from))),
                    ("to", arg(w.date(to))),
                    ("events", arg(events)),
                    ("average", arg(w.number((average * 10.0).round() / 10.0))),
                ],
            ),
            AlertKind::FatalityHigh {
                killed,
                years,
                previous_high,
            } => w.tf(
                "alert-high",
                &[
                    ("scope", arg(scope)),
                    ("month", arg(w.month_year(from))),
                    ("killed", arg(killed as f64)),
                    ("years", arg(u32::from(years))),
                    ("previous", arg(previous_high as f64)),
                ],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{day, event, Owned};
    use super::*;

    #[test]
    fn a_week_twice_its_four_weeks_average_and_over_the_floor_surges() {
        let mut all = Vec::new();
        // Four calm weeks of 2 events in Mopti, then 12 in a week.
        for w in 0..4 {
            for k in 0..2 {
                let d = day("2022-01-01") + w * 7 + k;
                all.push(event(
                    &crate::analysis::day_date(d).unwrap().to_string(),
                    "Mopti",
                    Some(1),
                    "X",
                ));
            }
        }
        for k in 0..12 {
            let d = day("2022-01-29") + k % 7;
            all.push(event(
                &crate::analysis::day_date(d).unwrap().to_string(),
                "Mopti",
                Some(1),
                "X",
            ));
        }
        // Gao: 9 in the last week, under the floor.
        for _ in 0..9 {
            all.push(event("2022-02-01", "Gao", Some(1), "Y"));
        }
        let o = Owned::of(&all);
        let p = Period::new(day("2022-01-01"), day("2022-02-04"));
        let a = alerts(&o.facts(), p);
        let mopti = o.columns.region_place("Mopti").unwrap() as u32;
        let surge = a
            .iter()
            .find(|x| x.scope == AlertScope::Region(mopti))
            .expect("Mopti surges");
        assert_eq!(
            surge.period,
            Period::new(day("2022-01-29"), day("2022-02-04"))
        );
        assert!(matches!(surge.kind, AlertKind::Surge { events: 12, average } if average == 2.0));
        let x = o.columns.actor_names.iter().position(|n| n == "X").unwrap() as u32;
        assert!(a.iter().any(|x2| x2.scope == AlertScope::Actor(x)));
        let gao = o.columns.region_place("Gao").unwrap() as u32;
        assert!(!a.iter().any(|x| x.scope == AlertScope::Region(gao)));
        // On the map: Mopti's area only (the actor's alert is listed).
        let areas = [("Gao".to_owned(), None), ("Mopti".to_owned(), None)];
        let index = crate::analysis::RegionIndex::new(&o.columns, &areas);
        let marked = by_area(&a, &index);
        assert_eq!(marked.len(), 1);
        assert_eq!(marked[0].0, 1);
        assert!(marked[0]
            .1
            .iter()
            .all(|x| x.scope == AlertScope::Region(mopti)));
    }

    #[test]
    fn a_month_over_the_floor_and_above_the_years_before_is_a_high() {
        let mut all = Vec::new();
        // Two years of 50 killed a month, then 120 in March 2023.
        for m in 0..26 {
            let d = chrono::NaiveDate::from_ymd_opt(2021, 1, 10).unwrap() + chrono::Months::new(m);
            all.push(event(&d.to_string(), "Mopti", Some(50), "X"));
        }
        all.push(event("2023-03-12", "Mopti", Some(120), "X"));
        // A month with no figure is not a calm month: nothing is summed.
        all.push(event("2023-03-13", "Mopti", None, "X"));
        let o = Owned::of(&all);
        let p = Period::new(day("2023-01-01"), day("2023-03-31"));
        let a = alerts(&o.facts(), p);
        let high = a
            .iter()
            .find(|x| x.scope == AlertScope::All)
            .expect("a high");
        assert_eq!(
            high.period,
            Period::new(day("2023-03-01"), day("2023-03-31"))
        );
        assert!(matches!(
            high.kind,
            AlertKind::FatalityHigh {
                killed: 120,
                years: 2,
                previous_high: 50
            }
        ));
        // Under the floor, nothing.
        let low = [
            event("2021-01-01", "Mopti", Some(1), "X"),
            event("2023-03-01", "Mopti", Some(99), "X"),
        ];
        let o = Owned::of(&low);
        assert!(alerts(&o.facts(), p).is_empty());
    }
}
