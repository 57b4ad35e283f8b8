//! Incidents and people killed over time for the selection, in the
//! histogram's units, split by event type, dataset, region or actor (the
//! largest few and "other"), with UCDP's low and high estimates as a band.
//!
//! An event is counted on the date its dataset gives, whatever that date's
//! precision: ACLED codes an event known only to the week or month on a day
//! within it, UCDP on its first day, our file on the first day. The chart
//! says how many it counted that way ([`Trends::approximate_dates`]).

use chrono::Datelike;

use super::{day_date, Count, Facts, Period};
use crate::histogram::BinUnit;
use crate::DatePrecision;

/// How many series a split shows; the rest are summed as "other".
pub const TOP_SERIES: usize = 5;

/// What the chart's series are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Split {
    /// One series: everything shown.
    #[default]
    None,
    /// The legend's event type groups ([`crate::filters::category_groups`]).
    EventType,
    /// Each dataset.
    Dataset,
    /// Each region the incidents name.
    Region,
    /// Each actor named first (ACLED's actor1, UCDP's side A).
    Actor,
}

impl Split {
    pub const ALL: [Split; 5] = [
        Split::None,
        Split::EventType,
        Split::Dataset,
        Split::Region,
        Split::Actor,
    ];

    /// A short key for links and the catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Split::None => "none",
            Split::EventType => "type",
            Split::Dataset => "dataset",
            Split::Region => "region",
            Split::Actor => "actor",
        }
    }

    pub fn from_key(key: &str) -> Option<Split> {
        Split::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The name of the series of `key` ([`Series::key`]; `None`: "other"),
    /// as the page writes it in `w`'s language.
    pub fn series_name(
        self,
        key: Option<u32>,
        columns: &crate::filters::Columns,
        w: &crate::i18n::Words,
    ) -> String {
        let Some(k) = key else {
            return w.t("series-other");
        };
        let k = k as usize;
        match self {
            Split::None => w.t("analysis-all"),
            Split::EventType => w.category(
                *crate::Category::all()
                    .get(k)
                    .unwrap_or(&crate::Category::Unclassified),
            ),
            Split::Dataset => crate::provenance::DatasetKind::ALL
                .get(k)
                .map(|d| w.dataset_kind(*d))
                .unwrap_or_default(),
            Split::Region => columns.region_label(k, w.lang()).to_owned(),
            Split::Actor => columns.actor_names.get(k).cloned().unwrap_or_default(),
        }
    }

    /// The key of incident `i` under this split: a group, a dataset's place
    /// in `DatasetKind::ALL`, a place in `region_names` or `actor_names`.
    fn of(self, facts: &Facts, i: usize) -> Option<u32> {
        let c = facts.columns;
        match self {
            Split::None => Some(0),
            Split::EventType => c.groups.get(i).map(|&g| u32::from(g)),
            Split::Dataset => c.datasets.get(i).map(|&d| u32::from(d)),
            Split::Region => c.regions.get(i).copied(),
            Split::Actor => c.actors.get(i).map(|a| a[0]).filter(|&a| a != u32::MAX),
        }
    }
}

/// One series of the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    /// The split's key ([`Split`]); `None`: "other" (and, for actors,
    /// events naming none).
    pub key: Option<u32>,
    /// Per bin.
    pub counts: Vec<Count>,
    /// Per bin: people killed with UCDP's low and high estimates where it
    /// gives a range (the figure itself elsewhere).
    pub low: Vec<u64>,
    pub high: Vec<u64>,
    /// Whether any of its events gives a range.
    pub has_range: bool,
    /// Its events in the whole period.
    pub total: Count,
}

/// The chart's numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trends {
    pub unit: BinUnit,
    /// The days of each bin.
    pub bins: Vec<Period>,
    /// The largest first; "other" last.
    pub series: Vec<Series>,
    /// Everything shown, per bin.
    pub total: Vec<Count>,
    /// Events counted on a date known only to the week, the month or longer.
    pub approximate_dates: u32,
}

impl Trends {
    /// The values as CSV (one row per bin and series).
    pub fn rows(&self) -> impl Iterator<Item = (Period, &Series, usize)> + '_ {
        self.bins
            .iter()
            .enumerate()
            .flat_map(move |(b, p)| self.series.iter().map(move |s| (*p, s, b)))
    }
}

/// The bins of `period` in `unit`: days, weeks from its first day, or
/// calendar months (the first and last cut to the period).
pub fn bins(period: Period, unit: BinUnit) -> Vec<Period> {
    let mut out = Vec::new();
    let mut a = period.first;
    while a <= period.last {
        let z = match unit {
            BinUnit::Day => a,
            BinUnit::Week => a + 6,
            BinUnit::Month => day_date(a)
                .and_then(|d| {
                    let next = d.with_day(1)?.checked_add_months(chrono::Months::new(1))?;
                    Some(next.num_days_from_ce() - 1)
                })
                .unwrap_or(period.last),
        }
        .min(period.last);
        out.push(Period::new(a, z));
        a = z + 1;
    }
    out
}

/// The chart of what the filters keep in `period`, split by `split`.
pub fn trends(facts: &Facts, period: Period, split: Split) -> Trends {
    let unit = BinUnit::for_span(period.days().max(1) as u32 - 1);
    let bins = bins(period, unit);
    let starts: Vec<i32> = bins.iter().map(|b| b.first).collect();
    let bin_of = |day: i32| starts.partition_point(|&s| s <= day).saturating_sub(1);
    // Every key's total, to keep the largest few.
    let mut totals: std::collections::HashMap<Option<u32>, Count> = Default::default();
    let mut approximate_dates = 0;
    let rough = [
        DatePrecision::Week,
        DatePrecision::Month,
        DatePrecision::Longer,
    ];
    for i in facts.rows(period) {
        totals
            .entry(split.of(facts, i))
            .or_default()
            .add(facts.killed_of(i));
        let p = facts.columns.date_precision.get(i).copied().unwrap_or(0);
        if DatePrecision::ALL
            .get(usize::from(p))
            .is_some_and(|d| rough.contains(d))
        {
            approximate_dates += 1;
        }
    }
    let mut ranked: Vec<(Option<u32>, Count)> = totals
        .iter()
        .filter(|(k, _)| k.is_some())
        .map(|(k, c)| (*k, *c))
        .collect();
    ranked.sort_by(|a, b| b.1.events.cmp(&a.1.events).then(a.0.cmp(&b.0)));
    let top: Vec<Option<u32>> = ranked.iter().take(TOP_SERIES).map(|(k, _)| *k).collect();
    let empty = |key| Series {
        key,
        counts: vec![Count::default(); bins.len()],
        low: vec![0; bins.len()],
        high: vec![0; bins.len()],
        has_range: false,
        total: Count::default(),
    };
    let mut series: Vec<Series> = top.iter().map(|k| empty(*k)).collect();
    let others = totals.len() > top.len();
    if others {
        series.push(empty(None));
    }
    let mut total = vec![Count::default(); bins.len()];
    for i in facts.rows(period) {
        let b = bin_of(facts.day(i));
        let key = split.of(facts, i);
        let s = top.iter().position(|k| *k == key).unwrap_or(top.len());
        let killed = facts.killed_of(i);
        let range = facts.ranges.get(i).copied().flatten();
        if let Some(s) = series.get_mut(s) {
            s.counts[b].add(killed);
            s.total.add(killed);
            let (lo, hi) = range.unwrap_or((killed.unwrap_or(0), killed.unwrap_or(0)));
            s.low[b] += u64::from(lo);
            s.high[b] += u64::from(hi);
            s.has_range |= range.is_some();
        }
        total[b].add(killed);
    }
    Trends {
        unit,
        bins,
        series,
        total,
        approximate_dates,
    }
}

/// Where the chart is drawn: a box of `width` × `height` units, `left` of
/// them kept for the axis' figures and `bottom` for the dates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartBox {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub bottom: f64,
}

impl ChartBox {
    /// The x of bin `b` of `n` (its middle).
    pub fn x(&self, b: usize, n: usize) -> f64 {
        self.left + (self.width - self.left) * (b as f64 + 0.5) / n.max(1) as f64
    }

    /// The y of value `v` on an axis up to `top`.
    pub fn y(&self, v: u64, top: u64) -> f64 {
        (self.height - self.bottom) * (1.0 - v as f64 / top.max(1) as f64)
    }
}

impl Trends {
    /// The largest value drawn for `measure` (the bands' highs included),
    /// at least 1: the top of the axis.
    pub fn top(&self, measure: super::Measure) -> u64 {
        self.series
            .iter()
            .flat_map(|s| {
                s.counts.iter().enumerate().map(move |(b, c)| {
                    let high = match measure {
                        super::Measure::Killed if s.has_range => {
                            s.high.get(b).copied().unwrap_or(0)
                        }
                        _ => 0,
                    };
                    c.of(measure).max(high)
                })
            })
            .max()
            .unwrap_or(0)
            .max(1)
    }

    /// Series `s`'s line in `chart`, as SVG `points`.
    pub fn line(&self, s: usize, measure: super::Measure, chart: ChartBox) -> String {
        let (n, top) = (self.bins.len(), self.top(measure));
        self.series
            .get(s)
            .map(|series| {
                series
                    .counts
                    .iter()
                    .enumerate()
                    .map(|(b, c)| {
                        format!("{:.1},{:.1} ", chart.x(b, n), chart.y(c.of(measure), top))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Series `s`'s band of low and high estimates (people killed, where
    /// its dataset gives a range), as SVG `points`.
    pub fn band(&self, s: usize, measure: super::Measure, chart: ChartBox) -> Option<String> {
        let series = self.series.get(s)?;
        if measure != super::Measure::Killed || !series.has_range {
            return None;
        }
        let (n, top) = (self.bins.len(), self.top(measure));
        let point = |b: usize, v: u64| format!("{:.1},{:.1} ", chart.x(b, n), chart.y(v, top));
        let up = series.high.iter().enumerate().map(|(b, &v)| point(b, v));
        let down = series
            .low
            .iter()
            .enumerate()
            .rev()
            .map(|(b, &v)| point(b, v));
        Some(up.chain(down).collect())
    }
}

impl Trends {
    /// The chart as CSV: per bin and series, events, people killed, events
    /// without a figure, and the low and high estimates.
    pub fn csv(&self, name_of: &dyn Fn(&Series) -> String) -> String {
        let mut out = csv::Writer::from_writer(Vec::new());
        let _ = out.write_record([
            "from",
            "to",
            "series",
            "events",
            "killed",
            "without_figure",
            "killed_low",
            "killed_high",
        ]);
        for (p, s, b) in self.rows() {
            let (from, to) = p.dates().unwrap_or_default();
            let c = s.counts[b];
            let _ = out.write_record([
                from.to_string(),
                to.to_string(),
                name_of(s),
                c.events.to_string(),
                c.killed.to_string(),
                c.no_figure.to_string(),
                s.low[b].to_string(),
                s.high[b].to_string(),
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
    fn bins_follow_the_histograms_units_and_cover_the_period() {
        let year = Period::new(day("2022-01-15"), day("2022-12-31"));
        let b = bins(year, BinUnit::Month);
        assert_eq!(b.len(), 12);
        assert_eq!(b[0], Period::new(day("2022-01-15"), day("2022-01-31")));
        assert_eq!(b[1], Period::new(day("2022-02-01"), day("2022-02-28")));
        assert_eq!(b.iter().map(|p| p.days()).sum::<i32>(), year.days());
        let w = bins(
            Period::new(day("2022-01-01"), day("2022-01-10")),
            BinUnit::Week,
        );
        assert_eq!(
            w,
            vec![
                Period::new(day("2022-01-01"), day("2022-01-07")),
                Period::new(day("2022-01-08"), day("2022-01-10")),
            ]
        );
    }

    #[test]
    fn the_series_keep_the_largest_few_and_sum_to_the_selection() {
        let mut all = Vec::new();
        for (k, actor) in ["A", "B", "C", "D", "E", "F", "G"].iter().enumerate() {
            for d in 0..=k {
                all.push(event(
                    &format!("2022-0{}-1{d}", 1 + d % 6),
                    "Mopti",
                    Some(1),
                    actor,
                ));
            }
        }
        let mut ucdp = event("2022-03-03", "Gao", Some(5), "A");
        ucdp.casualties.estimates = Some(crate::DeathEstimates {
            low: 2,
            best: 5,
            high: 9,
        });
        ucdp.casualties.killed = Default::default();
        all.push(ucdp);
        let mut vague = event("2022-04-01", "Gao", None, "A");
        vague.date_precision = DatePrecision::Month;
        all.push(vague);
        let o = Owned::of(&all);
        let p = Period::new(day("2022-01-01"), day("2022-12-31"));
        let t = trends(&o.facts(), p, Split::Actor);
        assert_eq!(
            t.unit,
            BinUnit::Week,
            "a year is in weeks, as the histogram"
        );
        assert_eq!(t.series.len(), TOP_SERIES + 1);
        assert_eq!(t.series.last().unwrap().key, None);
        let sum: u32 = t.series.iter().map(|s| s.total.events).sum();
        assert_eq!(sum, o.facts().count(p).events);
        assert_eq!(t.total.iter().map(|c| c.events).sum::<u32>(), sum);
        assert_eq!(t.approximate_dates, 1);
        // The actor with the most events is first; the band is UCDP's.
        let first = &t.series[0];
        assert_eq!(o.columns.actor_names[first.key.unwrap() as usize], "G");
        let a = t.series.iter().find(|s| {
            s.key
                .is_some_and(|k| o.columns.actor_names[k as usize] == "A")
        });
        let a = a.or(t.series.last()).unwrap();
        assert!(a.has_range);
        let march = t
            .bins
            .iter()
            .position(|b| b.contains(day("2022-03-03")))
            .unwrap();
        assert!(a.low[march] < a.high[march]);
        assert_eq!(t.total.iter().map(|c| c.no_figure).sum::<u32>(), 1);
        let one = trends(&o.facts(), p, Split::None);
        assert_eq!(one.series.len(), 1);
        let csv = one.csv(&|_| "all".into());
        assert!(csv.starts_with("from,to,series,events,killed,without_figure,killed_low,killed_high\n2022-01-01,2022-01-07,all,"));
        assert_eq!(csv.lines().count(), 1 + one.bins.len());
    }
}
