//! "About this data": for each open dataset, what it is, what it covers (from
//! its incidents), how its figures are counted, its licence and how to cite
//! it. The descriptions are ours, from the datasets' published definitions:
//! UCDP GED's event definition (Sundberg & Melander 2013; the GED codebook),
//! ACLED's export as read in `../shared/realdata/` (one `fatalities` total per
//! event, 0 when none is reported, conventional figures noted in `notes`).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::filters::region_key;
use crate::i18n::{arg, Words};
use crate::incident::Incident;
use crate::provenance::DatasetKind;

/// What a dataset is and how to use it.
#[derive(Debug, Clone, PartialEq)]
pub struct About {
    pub kind: DatasetKind,
    /// What the dataset is.
    pub what: String,
    /// What this copy covers, from its incidents.
    pub coverage: Coverage,
    /// How its deaths are counted.
    pub figures: String,
    /// On what terms it may be used.
    pub licence: String,
    /// How to cite it.
    pub cite: String,
}

/// What a set of incidents covers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    pub incidents: usize,
    /// First and last day (the last of a range when the source gives one).
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Regions (admin-1) named, with their incidents, most first (spellings
    /// of one region counted together, under its most frequent spelling).
    pub regions: Vec<(String, usize)>,
    /// Incidents without a death figure.
    pub without_figure: usize,
}

impl Coverage {
    /// The coverage of `incidents`.
    pub fn of<'a>(incidents: impl IntoIterator<Item = &'a Incident>) -> Coverage {
        let mut regions: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
        let mut c = Coverage::default();
        for inc in incidents {
            c.incidents += 1;
            let end = inc.date_end.unwrap_or(inc.date).max(inc.date);
            c.first = Some(c.first.map_or(inc.date, |d| d.min(inc.date)));
            c.last = Some(c.last.map_or(end, |d| d.max(end)));
            if inc.killed_total().is_none() {
                c.without_figure += 1;
            }
            if !inc.admin1.trim().is_empty() {
                *regions
                    .entry(region_key(&inc.admin1))
                    .or_default()
                    .entry(inc.admin1.as_str())
                    .or_default() += 1;
            }
        }
        c.regions = regions
            .into_values()
            .filter_map(|spellings| {
                let total = spellings.values().sum();
                let (name, _) = spellings.into_iter().max_by_key(|&(_, n)| n)?;
                Some((name.to_owned(), total))
            })
            .collect();
        c.regions
            .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        c
    }

    /// In words, e.g. "2,120 events from 1 January 1990 to 31 December
    /// 2023, in 10 regions (most: Mopti 800, Gao 400, Tombouctou 300)".
    pub fn describe(&self, w: &Words) -> String {
        let n = w.count("events", self.incidents);
        let dates = match (self.first, self.last) {
            (Some(a), Some(z)) if a == z => w.tf("coverage-on", &[("date", arg(w.date(a)))]),
            (Some(a), Some(z)) => w.tf(
                "coverage-from-to",
                &[("from", arg(w.date(a))), ("to", arg(w.date(z)))],
            ),
            _ => String::new(),
        };
        let regions = match self.regions.len() {
            0 => String::new(),
            k => {
                let most: Vec<String> = self
                    .regions
                    .iter()
                    .take(3)
                    .map(|(r, n)| format!("{r} {}", w.number(*n as f64)))
                    .collect();
                w.tf(
                    "coverage-regions",
                    &[("count", arg(k)), ("most", arg(most.join(", ")))],
                )
            }
        };
        let none = match self.without_figure {
            0 => String::new(),
            k => w.count("coverage-without-figure", k),
        };
        format!("{n}{dates}{regions}{none}")
    }
}

/// About the dataset of kind `kind`, whose incidents (in this copy) are `incidents`.
pub fn about<'a>(
    kind: DatasetKind,
    incidents: impl IntoIterator<Item = &'a Incident>,
    w: &Words,
) -> About {
    let coverage = Coverage::of(incidents);
    let key = kind.key();
    let cite = match kind {
        DatasetKind::Ucdp => w.t("attribution-ucdp"),
        _ => w.t(&format!("about-{key}-cite")),
    };
    let licence = match kind {
        DatasetKind::Geojson => w.t("attribution-geojson"),
        _ => w.t(&format!("about-{key}-licence")),
    };
    About {
        kind,
        what: w.t(&format!("about-{key}-what")),
        coverage,
        figures: w.t(&format!("about-{key}-figures")),
        licence,
        cite,
    }
}

/// About each dataset kind present in `incidents`, in [`DatasetKind::ALL`] order.
pub fn about_each(incidents: &[Incident], w: &Words) -> Vec<About> {
    DatasetKind::ALL
        .into_iter()
        .filter_map(|k| {
            let mut mine = incidents
                .iter()
                .filter(|i| i.provenance.kind() == k)
                .peekable();
            mine.peek().is_some().then(|| about(k, mine, w))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;

    #[test]
    fn coverage_counts_dates_regions_and_no_figure() {
        let mut a = incident("a", "2022-07-27", Some(3));
        a.admin1 = "Segou".into();
        let mut b = incident("b", "2022-07-21", None);
        b.admin1 = "Ségou".into();
        b.date_end = "2022-07-30".parse().ok();
        let mut c = incident("c", "2022-07-22", Some(0));
        c.admin1 = "Ségou".into();
        let mut d = incident("d", "2022-07-23", Some(1));
        d.admin1 = "Mopti".into();
        let cov = Coverage::of(&[a, b, c, d]);
        assert_eq!(cov.incidents, 4);
        assert_eq!(cov.first, "2022-07-21".parse().ok());
        assert_eq!(cov.last, "2022-07-30".parse().ok(), "the end of a range");
        assert_eq!(
            cov.regions,
            vec![("Ségou".to_owned(), 3), ("Mopti".to_owned(), 1)],
            "spellings of one region together, under the most frequent"
        );
        assert_eq!(cov.without_figure, 1);
        use crate::i18n::{words, Lang};
        assert_eq!(
            cov.describe(words(Lang::En)),
            "4 events from 21 July 2022 to 30 July 2022, in 2 regions (most: Ségou 3, Mopti 1); 1 without a death figure"
        );
        assert_eq!(
            cov.describe(words(Lang::Fr)),
            "4 événements du 21 juillet 2022 au 30 juillet 2022, dans 2 régions (les plus touchées\u{202f}: Ségou 3, Mopti 1)\u{202f}; 1 sans bilan des morts"
        );
        assert_eq!(
            Coverage::of(&[] as &[Incident]).describe(words(Lang::En)),
            "0 events"
        );
        assert_eq!(
            Coverage::of(&[] as &[Incident]).describe(words(Lang::Fr)),
            "0 événement"
        );
    }

    #[test]
    fn each_kind_present_is_described_once() {
        let mut u = incident("u", "2022-07-27", Some(36));
        u.provenance = crate::Provenance::Ucdp {
            id: "443712".into(),
            relid: String::new(),
            sources: String::new(),
        };
        let ours = incident("o", "2022-07-27", Some(54));
        let all = about_each(
            &[ours.clone(), u, ours],
            crate::i18n::words(crate::i18n::Lang::En),
        );
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].kind, DatasetKind::Curated);
        assert_eq!(all[0].coverage.incidents, 2);
        assert_eq!(all[1].kind, DatasetKind::Ucdp);
        assert!(all[1].cite.contains("Sundberg & Melander 2013"));
        assert!(all[1].figures.contains("low, best and high"));
    }
}
