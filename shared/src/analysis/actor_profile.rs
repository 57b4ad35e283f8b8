//! An actor's profile: its events and people killed in the period, the
//! regions it is active in, when the data first and last name it, its
//! months, and which datasets name it and how each writes its name.

use super::{trends::bins, Count, Facts, Period};
use crate::actors::actor_words;
use crate::histogram::BinUnit;

/// What the data say of one actor (on either side).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorProfile {
    /// Its place in `Columns::actor_names`.
    pub actor: usize,
    /// Its events in the period, under the filters.
    pub count: Count,
    /// Of those, the events where it is named first (ACLED's actor1,
    /// UCDP's side A).
    pub first_side: u32,
    /// The regions of those events (places in `region_names`), most first.
    pub regions: Vec<(usize, u32)>,
    /// The first and last days the data name it (under the filters, at any
    /// date).
    pub first_seen: Option<i32>,
    pub last_seen: Option<i32>,
    /// Per month of the period.
    pub months: Vec<(Period, Count)>,
    /// Per dataset (places in `DatasetKind::ALL`), its events in the period.
    pub datasets: Vec<(usize, u32)>,
    /// Other names the data give that share its name's words ("JNIM" for
    /// "JNIM: Group for Support of Islam and Muslims"), with their events
    /// in the period: the same actor as another dataset writes it, to be
    /// checked by the reader.
    pub other_names: Vec<(usize, u32)>,
}

fn names(facts: &Facts, i: usize) -> [u32; 2] {
    facts
        .columns
        .actors
        .get(i)
        .copied()
        .unwrap_or([u32::MAX; 2])
}

impl ActorProfile {
    pub fn of(facts: &Facts, actor: usize, period: Period) -> ActorProfile {
        let a = actor as u32;
        let c = facts.columns;
        let mut count = Count::default();
        let mut first_side = 0;
        let mut regions = vec![0u32; c.region_names.len()];
        let mut datasets = [0u32; 4];
        let months = bins(period, BinUnit::Month);
        let starts: Vec<i32> = months.iter().map(|m| m.first).collect();
        let mut by_month = vec![Count::default(); months.len()];
        let (mut first_seen, mut last_seen) = (None::<i32>, None::<i32>);
        let mut per_name = vec![0u32; c.actor_names.len()];
        for (i, &day) in c.days.iter().enumerate() {
            if !facts.is_kept(i) {
                continue;
            }
            let sides = names(facts, i);
            if period.contains(day) {
                for s in sides.iter().filter(|&&s| s != u32::MAX) {
                    if let Some(n) = per_name.get_mut(*s as usize) {
                        *n += 1;
                    }
                }
            }
            if !sides.contains(&a) {
                continue;
            }
            first_seen = Some(first_seen.map_or(day, |f| f.min(day)));
            last_seen = Some(last_seen.map_or(day, |l| l.max(day)));
            if !period.contains(day) {
                continue;
            }
            let k = facts.killed_of(i);
            count.add(k);
            if sides[0] == a {
                first_side += 1;
            }
            if let Some(r) = c.regions.get(i).and_then(|&r| regions.get_mut(r as usize)) {
                *r += 1;
            }
            if let Some(d) = c
                .datasets
                .get(i)
                .and_then(|&d| datasets.get_mut(usize::from(d)))
            {
                *d += 1;
            }
            let m = starts.partition_point(|&s| s <= day).saturating_sub(1);
            by_month[m].add(k);
        }
        let ranked = |v: Vec<u32>| {
            let mut r: Vec<(usize, u32)> =
                v.into_iter().enumerate().filter(|(_, n)| *n > 0).collect();
            r.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
            r
        };
        let words = c
            .actor_names
            .get(actor)
            .map(|n| actor_words(n))
            .unwrap_or_default();
        let other_names = ranked(
            per_name
                .iter()
                .enumerate()
                .map(|(p, &n)| {
                    let meets = p != actor
                        && actor_words(&c.actor_names[p])
                            .iter()
                            .any(|w| words.contains(w));
                    if meets {
                        n
                    } else {
                        0
                    }
                })
                .collect(),
        );
        ActorProfile {
            actor,
            count,
            first_side,
            regions: ranked(regions),
            first_seen,
            last_seen,
            months: months.into_iter().zip(by_month).collect(),
            datasets: ranked(datasets.to_vec()),
            other_names,
        }
    }
}

/// The actors the data name for the first time in `period` (under the
/// filters), with their events in it, most first.
pub fn new_actors(facts: &Facts, period: Period) -> Vec<(usize, u32)> {
    let n = facts.columns.actor_names.len();
    let mut first = vec![i32::MAX; n];
    let mut count = vec![0u32; n];
    for (i, &day) in facts.columns.days.iter().enumerate() {
        if !facts.is_kept(i) {
            continue;
        }
        let sides = names(facts, i);
        for (k, &s) in sides.iter().enumerate() {
            if s == u32::MAX || (k == 1 && s == sides[0]) {
                continue;
            }
            let s = s as usize;
            if let Some(f) = first.get_mut(s) {
                *f = (*f).min(day);
            }
            if period.contains(day) {
                if let Some(c) = count.get_mut(s) {
                    *c += 1;
                }
            }
        }
    }
    let mut out: Vec<(usize, u32)> = (0..n)
        .filter(|&a| period.contains(first[a]))
        .map(|a| (a, count[a]))
        .collect();
    out.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::{day, event, Owned};
    use super::*;

    #[test]
    fn a_profile_counts_either_side_and_names_its_other_spellings() {
        let mut b = event("2022-03-01", "Gao", None, "Military Forces of Mali (2021-)");
        b.actor2 = "JNIM: Group for Support of Islam and Muslims".into();
        let all = [
            event(
                "2021-06-01",
                "Mopti",
                Some(4),
                "JNIM: Group for Support of Islam and Muslims",
            ),
            event(
                "2022-02-01",
                "Mopti",
                Some(2),
                "JNIM: Group for Support of Islam and Muslims",
            ),
            event("2022-02-03", "Ségou", Some(1), "JNIM"),
            b,
            event("2022-05-01", "Mopti", Some(1), "Dozo"),
        ];
        let o = Owned::of(&all);
        let jnim = o
            .columns
            .actor_names
            .iter()
            .position(|n| n.starts_with("JNIM:"))
            .unwrap();
        let p = Period::new(day("2022-01-01"), day("2022-12-31"));
        let pr = ActorProfile::of(&o.facts(), jnim, p);
        assert_eq!(
            pr.count,
            Count {
                events: 2,
                killed: 2,
                no_figure: 1
            }
        );
        assert_eq!(pr.first_side, 1);
        assert_eq!(pr.first_seen, Some(day("2021-06-01")));
        assert_eq!(pr.last_seen, Some(day("2022-03-01")));
        assert_eq!(pr.months.len(), 12);
        assert_eq!(pr.months[1].1.events, 1);
        assert_eq!(pr.regions.len(), 2);
        let other: Vec<&str> = pr
            .other_names
            .iter()
            .map(|(p, _)| o.columns.actor_names[*p].as_str())
            .collect();
        assert_eq!(other, vec!["JNIM"]);
        let new: Vec<&str> = new_actors(&o.facts(), p)
            .iter()
            .map(|(a, _)| o.columns.actor_names[*a].as_str())
            .collect();
        assert!(
            new.contains(&"Dozo")
                && new.contains(&"JNIM")
                && !new.iter().any(|n| n.starts_with("JNIM:"))
        );
    }
}
