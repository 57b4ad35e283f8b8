//! Incidents and people killed per admin-1 region of the basemap, with the
//! names the datasets use that the map has no area for (ACLED's "Menaka",
//! which the embedded map still draws inside Gao) counted apart, never
//! dropped; and the classes of the regions map.

use super::{Count, Facts, Measure, Period};
use crate::filters::Columns;

/// Which basemap area each region the incidents name is: built once per map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegionIndex {
    /// Per place in [`Columns::region_names`]: the area's place in the
    /// basemap's regions, or `None` when the map has no area of that name.
    area_of: Vec<Option<usize>>,
    areas: usize,
}

impl RegionIndex {
    /// The areas are the basemap's regions, as (name, English name).
    pub fn new(columns: &Columns, areas: &[(String, Option<String>)]) -> RegionIndex {
        let keys: Vec<Vec<String>> = areas
            .iter()
            .map(|(n, en)| {
                std::iter::once(n)
                    .chain(en)
                    .map(|x| columns.spellings.key(x))
                    .collect()
            })
            .collect();
        let area_of = columns
            .region_names
            .iter()
            .map(|name| {
                if name.is_empty() {
                    return None;
                }
                let k = columns.spellings.key(name);
                keys.iter().position(|ks| ks.contains(&k))
            })
            .collect();
        RegionIndex {
            area_of,
            areas: areas.len(),
        }
    }

    /// The area of region `p` of [`Columns::region_names`].
    pub fn area_of(&self, p: usize) -> Option<usize> {
        self.area_of.get(p).copied().flatten()
    }

    /// How many areas the map has.
    pub fn areas(&self) -> usize {
        self.areas
    }

    /// The region names (places in [`Columns::region_names`]) that name
    /// area `a`.
    pub fn names_of(&self, a: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.area_of.len()).filter(move |&p| self.area_of(p) == Some(a))
    }
}

/// The figures of each region in a period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegionTable {
    /// Per basemap area.
    pub areas: Vec<Count>,
    /// The regions the incidents name that the map has no area for, as
    /// places in [`Columns::region_names`], the largest first.
    pub elsewhere: Vec<(usize, Count)>,
    /// The incidents that name no region.
    pub unnamed: Count,
}

impl RegionTable {
    /// The figures of the incidents the filters keep in `period`.
    pub fn of(facts: &Facts, index: &RegionIndex, period: Period) -> RegionTable {
        let names = facts.columns.region_names.len();
        let mut by_name = vec![Count::default(); names];
        let mut unnamed = Count::default();
        for i in facts.rows(period) {
            let p = facts.columns.regions.get(i).copied().unwrap_or(0) as usize;
            let empty = facts
                .columns
                .region_names
                .get(p)
                .is_none_or(String::is_empty);
            match by_name.get_mut(p) {
                Some(c) if !empty => c.add(facts.killed_of(i)),
                _ => unnamed.add(facts.killed_of(i)),
            }
        }
        let mut areas = vec![Count::default(); index.areas()];
        let mut elsewhere = Vec::new();
        for (p, c) in by_name.into_iter().enumerate() {
            if c.events == 0 {
                continue;
            }
            match index.area_of(p).and_then(|a| areas.get_mut(a)) {
                Some(a) => a.merge(c),
                None => elsewhere.push((p, c)),
            }
        }
        elsewhere.sort_by(|a, b| b.1.events.cmp(&a.1.events).then(a.0.cmp(&b.0)));
        RegionTable {
            areas,
            elsewhere,
            unnamed,
        }
    }

    /// Everything counted: areas, names without an area and no name.
    pub fn total(&self) -> Count {
        let mut t = self.unnamed;
        for c in self
            .areas
            .iter()
            .chain(self.elsewhere.iter().map(|(_, c)| c))
        {
            t.merge(*c);
        }
        t
    }

    /// The areas, the largest by `measure` first (ties by place).
    pub fn ranked(&self, measure: Measure) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.areas.len()).collect();
        order.sort_by(|&a, &b| {
            self.areas[b]
                .of(measure)
                .cmp(&self.areas[a].of(measure))
                .then(a.cmp(&b))
        });
        order
    }
}

/// The classes of a choropleth: quantile breaks over the areas' values
/// above zero, rounded to two significant digits, at most [`Classes::MOST`]
/// classes (fewer when values repeat). Zero has a class of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Classes {
    /// The upper bound (inclusive) of each class, rising; the last is the
    /// largest value.
    pub upper: Vec<u64>,
}

impl Classes {
    /// At most five classes above zero.
    pub const MOST: usize = 5;

    pub fn quantiles(values: &[u64]) -> Classes {
        let mut v: Vec<u64> = values.iter().copied().filter(|&x| x > 0).collect();
        v.sort_unstable();
        let Some(&max) = v.last() else {
            return Classes::default();
        };
        let mut upper: Vec<u64> = Vec::new();
        let n = Self::MOST.min(v.len());
        for k in 1..n {
            let q = v[(k * v.len()) / n - 1];
            let r = round_up_2(q).min(max);
            if upper.last().is_none_or(|&u| r > u) && r < max {
                upper.push(r);
            }
        }
        upper.push(max);
        Classes { upper }
    }

    /// The class of `value`: `None` for zero, else its place in `upper`.
    pub fn class_of(&self, value: u64) -> Option<usize> {
        if value == 0 {
            return None;
        }
        Some(
            self.upper
                .iter()
                .position(|&u| value <= u)
                .unwrap_or(self.upper.len().saturating_sub(1)),
        )
    }

    /// Each class's bounds, (lowest, highest), for the legend.
    pub fn bounds(&self) -> Vec<(u64, u64)> {
        let mut low = 1;
        self.upper
            .iter()
            .map(|&u| {
                let b = (low, u);
                low = u + 1;
                b
            })
            .collect()
    }
}

/// `x` rounded up to two significant digits (1,234 → 1,300; 47 → 47).
fn round_up_2(x: u64) -> u64 {
    let mut step = 1;
    while x / step >= 100 {
        step *= 10;
    }
    x.div_ceil(step) * step
}

#[cfg(test)]
mod tests {
    use super::super::tests::{day, event, Owned};
    use super::*;

    fn areas() -> Vec<(String, Option<String>)> {
        vec![
            ("Mopti".into(), None),
            ("Gao".into(), None),
            ("Tombouctou".into(), Some("Timbuktu".into())),
        ]
    }

    #[test]
    fn names_without_an_area_are_counted_apart_and_the_totals_add_up() {
        let all = [
            event("2022-01-01", "Mopti", Some(3), "A"),
            event("2022-02-01", "Mopti", None, "A"),
            event("2022-03-01", "Menaka", Some(4), "A"),
            event("2022-03-02", "Timbuktu", Some(1), "A"),
            event("2022-03-03", "", Some(2), "A"),
            event("2021-03-03", "Gao", Some(2), "A"),
        ];
        let o = Owned::of(&all);
        let idx = RegionIndex::new(&o.columns, &areas());
        let y2022 = Period::new(day("2022-01-01"), day("2022-12-31"));
        let t = RegionTable::of(&o.facts(), &idx, y2022);
        assert_eq!(
            t.areas[0],
            Count {
                events: 2,
                killed: 3,
                no_figure: 1
            }
        );
        assert_eq!(t.areas[1], Count::default());
        assert_eq!(t.areas[2].events, 1, "Timbuktu is the map's Tombouctou");
        assert_eq!(t.elsewhere.len(), 1);
        assert_eq!(o.columns.region_names[t.elsewhere[0].0], "Menaka");
        assert_eq!(t.unnamed.events, 1);
        assert_eq!(t.total(), o.facts().count(y2022));
        assert_eq!(t.ranked(Measure::Events)[0], 0);
    }

    #[test]
    fn classes_are_quantiles_rounded_with_zero_apart() {
        let c = Classes::quantiles(&[0, 5, 12, 47, 150, 697, 1234, 3, 9]);
        assert!(c.upper.len() <= Classes::MOST);
        assert_eq!(*c.upper.last().unwrap(), 1234);
        assert!(c.upper.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(c.class_of(0), None);
        assert_eq!(c.class_of(1234), Some(c.upper.len() - 1));
        assert_eq!(c.class_of(3), Some(0));
        let b = c.bounds();
        assert_eq!(b[0].0, 1);
        assert!(b.windows(2).all(|w| w[1].0 == w[0].1 + 1));
        assert_eq!(Classes::quantiles(&[0, 0]), Classes::default());
        assert_eq!(Classes::quantiles(&[7, 7, 7]).upper, vec![7]);
        assert_eq!(round_up_2(1234), 1300);
        assert_eq!(round_up_2(47), 47);
    }
}
