//! Totals of a selection of incidents: deaths by side where the sources give
//! sides, the totals of the sources that give only a total, the ranges of
//! those that give low / best / high, and the incidents without a figure
//! (never counted as zero).

use crate::incident::Incident;

/// Totals over a set of incidents. Every figure is a number of people killed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Incidents counted.
    pub incidents: usize,
    /// People killed on all sides, over the incidents with a figure (each
    /// incident's [`Incident::killed_total`]: the best estimate for a range).
    pub killed: u64,
    /// Incidents with no figure at all.
    pub without_figure: usize,
    /// Incidents whose source gives deaths by side or by named party.
    pub with_sides: usize,
    /// Over those: soldiers and other state forces.
    pub military: u64,
    /// Over those: civilians.
    pub civilian: u64,
    /// Over those: the attackers.
    pub assailants: u64,
    /// Over those: people whose side the source does not give.
    pub unknown: u64,
    /// Over those: people of the parties the source names (UCDP's sides a and b).
    pub parties: u64,
    /// Incidents whose source gives only a total (ACLED's `fatalities`).
    pub total_only: usize,
    /// The sum of those totals.
    pub total_only_killed: u64,
    /// Incidents whose source gives low / best / high (UCDP GED).
    pub with_ranges: usize,
    /// The sums of the low, best and high estimates over those.
    pub low: u64,
    pub best: u64,
    pub high: u64,
}

impl Totals {
    /// The totals of `incidents[i]` for each `i` of `rows`.
    pub fn of(incidents: &[Incident], rows: impl IntoIterator<Item = usize>) -> Totals {
        let mut t = Totals::default();
        for inc in rows.into_iter().filter_map(|i| incidents.get(i)) {
            t.incidents += 1;
            let c = &inc.casualties;
            match inc.killed_total() {
                Some(n) => t.killed += u64::from(n),
                None => t.without_figure += 1,
            }
            let k = &c.killed;
            let sides = k.total().is_some() || !c.killed_by_party.is_empty();
            if sides {
                t.with_sides += 1;
                let add = |sum: &mut u64, n: Option<u32>| *sum += u64::from(n.unwrap_or(0));
                add(&mut t.military, k.military);
                add(&mut t.civilian, k.civilian);
                add(&mut t.assailants, k.assailants);
                add(&mut t.unknown, k.unknown);
                t.parties += c
                    .killed_by_party
                    .iter()
                    .map(|p| u64::from(p.killed))
                    .sum::<u64>();
            } else if let (Some(n), None) = (c.killed_reported_total, c.estimates) {
                t.total_only += 1;
                t.total_only_killed += u64::from(n);
            }
            if let Some(e) = c.estimates {
                t.with_ranges += 1;
                t.low += u64::from(e.low);
                t.best += u64::from(e.best);
                t.high += u64::from(e.high);
            }
        }
        t
    }

    /// The deaths by side as (label, people) for the sides with a figure
    /// over the incidents that give sides, in table order.
    /// Keys: "military", "civilian", "assailants", "unknown", "parties"
    /// (the catalogue words them: `totals-side-…`).
    pub fn sides(&self) -> Vec<(&'static str, u64)> {
        let all = [
            ("military", self.military),
            ("civilian", self.civilian),
            ("assailants", self.assailants),
            ("unknown", self.unknown),
            ("parties", self.parties),
        ];
        if self.with_sides == 0 {
            return Vec::new();
        }
        all.into_iter().filter(|&(_, n)| n > 0).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;
    use crate::{DeathEstimates, PartyDeaths, SideCounts};

    #[test]
    fn totals_keep_sides_totals_ranges_and_no_figure_apart() {
        // Our file: by side.
        let mut ours = incident("ours", "2022-07-27", None);
        ours.casualties.killed = SideCounts {
            military: Some(6),
            civilian: None,
            assailants: Some(48),
            unknown: None,
        };
        // ACLED: a total only.
        let mut acled = incident("acled", "2022-07-27", None);
        acled.casualties.killed = SideCounts::default();
        acled.casualties.killed_reported_total = Some(27);
        // UCDP: parties, civilians, and a range.
        let mut ucdp = incident("ucdp", "2022-07-27", None);
        ucdp.casualties.killed = SideCounts {
            civilian: Some(0),
            unknown: Some(6),
            ..SideCounts::default()
        };
        ucdp.casualties.killed_by_party = vec![
            PartyDeaths {
                party: "Government of Mali".into(),
                killed: 6,
            },
            PartyDeaths {
                party: "JNIM".into(),
                killed: 24,
            },
        ];
        ucdp.casualties.estimates = Some(DeathEstimates {
            low: 36,
            best: 36,
            high: 54,
        });
        // No figure.
        let mut none = incident("none", "2022-07-28", None);
        none.casualties.killed = SideCounts::default();
        let incs = vec![ours, acled, ucdp, none];

        let t = Totals::of(&incs, 0..incs.len());
        assert_eq!(t.incidents, 4);
        assert_eq!(t.killed, 54 + 27 + 36, "the best estimate for a range");
        assert_eq!(
            t.without_figure, 1,
            "no figure is counted apart, not as zero"
        );
        assert_eq!((t.with_sides, t.military, t.assailants), (2, 6, 48));
        assert_eq!((t.unknown, t.parties), (6, 30));
        assert_eq!((t.total_only, t.total_only_killed), (1, 27));
        assert_eq!((t.with_ranges, t.low, t.best, t.high), (1, 36, 36, 54));
        assert_eq!(
            t.sides(),
            vec![
                ("military", 6),
                ("assailants", 48),
                ("unknown", 6),
                ("parties", 30)
            ]
        );

        let only_acled = Totals::of(&incs, [1]);
        assert!(only_acled.sides().is_empty(), "no side given: totals only");
        assert_eq!(Totals::of(&incs, []), Totals::default());
    }
}
