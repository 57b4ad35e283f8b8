//! The one selection of visible incidents that every view consumes.
//!
//! An incident is visible when its date is in the slider's range. The range
//! is a window over the incidents sorted by date, so moving it changes only
//! the incidents that enter or leave the window: a step costs what changes,
//! not what exists. Each change updates the visible counts of its symbol and
//! stack, and reports the drawn entries whose look changed, which is all a
//! renderer needs to redraw.
//!
//! Later filters (type, actor, region) belong here too: a filter change is a
//! new window over the same order, diffed the same way.

use std::ops::Range;

use super::symbols::{Entry, EntryId, Glyph, StackId, SymbolId, Symbols};

/// Which incidents are visible, with the counts per symbol and stack.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    visible: Vec<bool>,
    /// In the date window.
    in_window: Vec<bool>,
    /// Kept by the other filters (all true until a mask is set).
    kept: Vec<bool>,
    /// People killed per incident (`None`: no figure), for the totals.
    killed: Vec<Option<u32>>,
    /// The group of each incident (its event type), for the per-group counts.
    groups: Vec<u8>,
    /// Kept by every filter but the group's own.
    kept_but_group: Vec<bool>,
    /// Per group: incidents in the window kept by every filter but the group's own.
    group_counts: Vec<u32>,
    symbol_count: Vec<u32>,
    stack_count: Vec<u32>,
    shown: usize,
    /// People killed over the visible incidents with a figure.
    killed_sum: u64,
    /// Visible incidents without a killed figure.
    without_figures: usize,
    /// The dataset of each incident (its place in
    /// [`crate::provenance::DatasetKind::ALL`]), for the totals per dataset.
    datasets: Vec<u8>,
    /// Per dataset: the totals of its visible incidents.
    by_dataset: [crate::RangeSummary; 4],
    window: Range<usize>,
}

/// What a change of the selection changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Entries whose look changed (appeared, disappeared, or a badge whose
    /// number changed), sorted, without repeats.
    pub entries: Vec<EntryId>,
    /// Incidents that became visible or hidden.
    pub incidents: usize,
}

impl Selection {
    /// Nothing visible, for `symbols`.
    pub fn new(symbols: &Symbols) -> Self {
        let n = symbols.incidents();
        Selection {
            visible: vec![false; n],
            in_window: vec![false; n],
            kept: vec![true; n],
            killed: vec![None; n],
            groups: Vec::new(),
            kept_but_group: vec![true; n],
            group_counts: Vec::new(),
            symbol_count: vec![0; symbols.symbols()],
            stack_count: vec![0; symbols.stacks()],
            shown: 0,
            killed_sum: 0,
            without_figures: 0,
            datasets: Vec::new(),
            by_dataset: Default::default(),
            window: 0..0,
        }
    }

    /// The same, with incident `i` from dataset `datasets[i]` (its place in
    /// [`crate::provenance::DatasetKind::ALL`]): the selection then keeps
    /// the totals of each dataset ([`Selection::by_dataset`]), step by step.
    /// Call before anything is shown.
    pub fn with_datasets(mut self, datasets: Vec<u8>) -> Self {
        if datasets.len() == self.visible.len() && self.shown == 0 {
            self.datasets = datasets;
        }
        self
    }

    /// The totals of the visible incidents of each dataset, in
    /// [`crate::provenance::DatasetKind::ALL`] order.
    pub fn by_dataset(&self) -> [crate::RangeSummary; 4] {
        self.by_dataset
    }

    /// The same, counting `killed[i]` people killed for incident `i` in the
    /// totals (`None`: no figure). Call before anything is shown.
    pub fn with_killed(mut self, killed: Vec<Option<u32>>) -> Self {
        if killed.len() == self.visible.len() && self.shown == 0 {
            self.killed = killed;
        }
        self
    }

    /// The same, with incident `i` in group `groups[i]` (e.g. its event
    /// type): the selection then counts per group the incidents in the
    /// window that every filter but the group's own keeps
    /// ([`Selection::group_count`]), step by step. Call before anything is shown.
    pub fn with_groups(mut self, groups: Vec<u8>) -> Self {
        if groups.len() == self.visible.len() && self.window.is_empty() {
            let n = groups.iter().max().map_or(0, |&g| usize::from(g) + 1);
            self.groups = groups;
            self.group_counts = vec![0; n];
        }
        self
    }

    /// Incidents of group `g` in the window that every filter but the
    /// group's own keeps (what showing the group would show).
    pub fn group_count(&self, g: u8) -> u32 {
        self.group_counts.get(usize::from(g)).copied().unwrap_or(0)
    }

    /// Counts incident `i` in its group's count, or stops counting it.
    fn tally(&mut self, i: usize, up: bool) {
        if let Some(&g) = self.groups.get(i) {
            if let Some(c) = self.group_counts.get_mut(usize::from(g)) {
                if up {
                    *c += 1;
                } else {
                    *c = c.saturating_sub(1);
                }
            }
        }
    }

    /// Makes visible exactly the incidents `order[window]` (`order` is the
    /// incidents sorted by date; `window` comes from a binary search) that
    /// the filters keep. Costs O(incidents that enter or leave).
    pub fn set_window(
        &mut self,
        symbols: &Symbols,
        order: &[usize],
        window: Range<usize>,
    ) -> Changes {
        let window = window.start.min(order.len())..window.end.min(order.len());
        let (left, entered) =
            crate::map_model::interval_changes(self.window.clone(), window.clone());
        let mut changes = Changes::default();
        for (positions, on) in [(left, false), (entered, true)] {
            for p in positions {
                let i = order[p];
                if self.in_window.get(i).is_some_and(|&w| w != on) {
                    self.in_window[i] = on;
                    if self.kept_but_group[i] {
                        self.tally(i, on);
                    }
                }
                changes.incidents += usize::from(self.refresh(symbols, i, &mut changes.entries));
            }
        }
        self.window = window;
        changes.entries.sort_unstable();
        changes.entries.dedup();
        changes
    }

    /// Keeps the incidents whose `kept[i]` is true (the filters' mask, one
    /// per incident); `kept_but_group[i]`: kept by every filter but the
    /// group's own (for [`Selection::group_count`]). Costs O(incidents) to
    /// compare, and reports only what changed.
    pub fn set_kept(
        &mut self,
        symbols: &Symbols,
        kept: &[bool],
        kept_but_group: &[bool],
    ) -> Changes {
        let mut changes = Changes::default();
        let n = self.kept.len();
        if kept.len() != n || kept_but_group.len() != n {
            return changes;
        }
        for (i, &k) in kept_but_group.iter().enumerate() {
            if self.kept_but_group[i] != k {
                self.kept_but_group[i] = k;
                if self.in_window[i] {
                    self.tally(i, k);
                }
            }
        }
        for (i, &k) in kept.iter().enumerate() {
            if self.kept[i] != k {
                self.kept[i] = k;
                changes.incidents += usize::from(self.refresh(symbols, i, &mut changes.entries));
            }
        }
        changes.entries.sort_unstable();
        changes.entries.dedup();
        changes
    }

    /// Brings incident `i`'s visibility in line with the window and the mask.
    fn refresh(&mut self, symbols: &Symbols, i: usize, out: &mut Vec<EntryId>) -> bool {
        let on = self.in_window.get(i).copied().unwrap_or(false)
            && self.kept.get(i).copied().unwrap_or(false);
        self.set(symbols, i, on, out)
    }

    /// True when incident `i` is in the date window (whatever the filters).
    pub fn in_window(&self, i: usize) -> bool {
        self.in_window.get(i).copied().unwrap_or(false)
    }

    /// Totals of the visible incidents.
    pub fn summary(&self) -> crate::RangeSummary {
        crate::RangeSummary {
            incidents: self.shown,
            killed: self.killed_sum,
            without_figures: self.without_figures,
        }
    }

    /// Shows or hides one incident; true when that changed anything.
    fn set(
        &mut self,
        symbols: &Symbols,
        incident: usize,
        on: bool,
        out: &mut Vec<EntryId>,
    ) -> bool {
        let Some(v) = self.visible.get_mut(incident) else {
            return false;
        };
        if *v == on {
            return false;
        }
        *v = on;
        let killed = self.killed.get(incident).copied().flatten();
        match killed {
            Some(k) if on => self.killed_sum += u64::from(k),
            Some(k) => self.killed_sum -= u64::from(k),
            None if on => self.without_figures += 1,
            None => self.without_figures -= 1,
        }
        if let Some(d) = self
            .datasets
            .get(incident)
            .and_then(|&d| self.by_dataset.get_mut(usize::from(d)))
        {
            match (killed, on) {
                (Some(k), true) => d.killed += u64::from(k),
                (Some(k), false) => d.killed = d.killed.saturating_sub(u64::from(k)),
                (None, true) => d.without_figures += 1,
                (None, false) => d.without_figures = d.without_figures.saturating_sub(1),
            }
            if on {
                d.incidents += 1;
            } else {
                d.incidents = d.incidents.saturating_sub(1);
            }
        }
        let Some(z) = symbols.incident_symbol(incident) else {
            return true;
        };
        let stack = symbols.symbol_stack(z);
        let sc = &mut self.symbol_count[z.0 as usize];
        let st = &mut self.stack_count[stack.0 as usize];
        if on {
            *sc += 1;
            *st += 1;
            self.shown += 1;
        } else {
            *sc -= 1;
            *st -= 1;
            self.shown -= 1;
        }
        // The circle appears or disappears.
        if (on && *sc == 1) || (!on && *sc == 0) {
            out.push(symbols.symbol_entry(z));
        }
        // The badge shows the count from 2 on: any change around that.
        let after = *st;
        let before = if on { after - 1 } else { after + 1 };
        if before.max(after) >= 2 {
            if let Some(b) = symbols.stack_badge(stack) {
                out.push(b);
            }
        }
        true
    }

    /// Number of visible incidents.
    pub fn shown(&self) -> usize {
        self.shown
    }

    /// True when the incident is visible.
    pub fn is_visible(&self, incident: usize) -> bool {
        self.visible.get(incident).copied().unwrap_or(false)
    }

    /// Visible incidents drawn by a symbol.
    pub fn symbol_count(&self, z: SymbolId) -> u32 {
        self.symbol_count.get(z.0 as usize).copied().unwrap_or(0)
    }

    /// Visible incidents of a stack.
    pub fn stack_count(&self, s: StackId) -> u32 {
        self.stack_count.get(s.0 as usize).copied().unwrap_or(0)
    }

    /// What an entry shows now, or `None` when it is not drawn.
    pub fn glyph(&self, symbols: &Symbols, e: EntryId) -> Option<Glyph> {
        match symbols.entry(e) {
            Entry::Symbol(z) => (self.symbol_count(z) > 0)
                .then(|| symbols.symbol_key(z).map(Glyph::Marker))
                .flatten(),
            Entry::Badge(s) => {
                let n = self.stack_count(s);
                (n >= 2).then_some(Glyph::Count(n))
            }
        }
    }

    /// Visible incidents of a stack, in file order.
    pub fn visible_in_stack<'a>(
        &'a self,
        symbols: &'a Symbols,
        s: StackId,
    ) -> impl Iterator<Item = usize> + 'a {
        symbols.stack_incidents(s).filter(|&i| self.is_visible(i))
    }

    /// Bytes held (for the memory report).
    pub fn heap_bytes(&self) -> usize {
        self.visible.capacity()
            + self.in_window.capacity()
            + self.kept.capacity()
            + self.killed.capacity() * std::mem::size_of::<Option<u32>>()
            + self.groups.capacity()
            + self.kept_but_group.capacity()
            + (self.symbol_count.capacity() + self.stack_count.capacity()) * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;
    use crate::{Frame, Incident, LonLat, MarkerScale};

    #[test]
    fn the_filter_mask_and_the_window_combine_with_totals_that_follow() {
        let mut incs: Vec<Incident> = (0..4)
            .map(|i| incident(&format!("i{i}"), &format!("2022-07-2{i}"), Some(i as u32)))
            .collect();
        incs[3].casualties.killed.military = None;
        incs[3].casualties.killed.civilian = None;
        let frame = Frame::fit(crate::MALI_BBOX);
        let syms = Symbols::new(&frame, &MarkerScale::new(10), &incs);
        let order: Vec<usize> = (0..4).collect();
        let killed = incs.iter().map(Incident::killed_total).collect();
        // Two groups: i0, i1 in 0; i2, i3 in 1.
        let mut sel = Selection::new(&syms)
            .with_killed(killed)
            .with_groups(vec![0, 0, 1, 1])
            .with_datasets(vec![0, 1, 1, 1]);
        sel.set_window(&syms, &order, 0..4);
        let s = sel.summary();
        assert_eq!((s.incidents, s.killed, s.without_figures), (4, 3, 1));
        // The totals of each dataset add up to the whole.
        let d = sel.by_dataset();
        assert_eq!((d[0].incidents, d[0].killed), (1, 0));
        assert_eq!(
            (d[1].incidents, d[1].killed, d[1].without_figures),
            (3, 3, 1)
        );
        assert_eq!((sel.group_count(0), sel.group_count(1)), (2, 2));
        // Group 1 hidden (its own filter) and i1 left out by another filter:
        // only the changed ones are visited; group 1 still counts what
        // showing it would show.
        let c = sel.set_kept(
            &syms,
            &[true, false, false, false],
            &[true, false, true, true],
        );
        assert_eq!(c.incidents, 3);
        let s = sel.summary();
        assert_eq!((s.incidents, s.killed, s.without_figures), (1, 0, 0));
        assert_eq!(sel.by_dataset()[1], crate::RangeSummary::default());
        assert_eq!((sel.group_count(0), sel.group_count(1)), (1, 2));
        assert!(!sel.is_visible(1) && sel.in_window(1));
        // A window step does not bring back what the filters hide, and the
        // counts follow the window.
        sel.set_window(&syms, &order, 1..3);
        assert_eq!(sel.shown(), 0);
        assert_eq!((sel.group_count(0), sel.group_count(1)), (0, 1));
        let c = sel.set_kept(&syms, &[true; 4], &[true; 4]);
        assert_eq!(c.incidents, 2, "i1 and i2, in the window, come back");
        assert!(sel.is_visible(1) && !sel.is_visible(0));
        assert_eq!(sel.summary().killed, 3);
        assert_eq!((sel.group_count(0), sel.group_count(1)), (1, 1));
    }

    #[test]
    fn a_window_step_reports_only_what_changed() {
        let mut incs: Vec<Incident> = (0..6)
            .map(|i| incident(&format!("i{i}"), &format!("2022-07-2{i}"), Some(1)))
            .collect();
        // i5 stands alone; i0..i4 share a point and a look.
        incs[5].location = LonLat::from_lon_lat(-5.0, 14.0);
        let frame = Frame::fit(crate::MALI_BBOX);
        let syms = Symbols::new(&frame, &MarkerScale::new(10), &incs);
        let order: Vec<usize> = (0..6).collect();
        let mut sel = Selection::new(&syms);
        let shared_symbol = syms.symbol_entry(syms.incident_symbol(0).unwrap());
        let badge = syms.stack_badge(syms.incident_stack(0).unwrap()).unwrap();
        let alone = syms.symbol_entry(syms.incident_symbol(5).unwrap());

        let c = sel.set_window(&syms, &order, 0..1);
        assert_eq!(
            c.entries,
            [shared_symbol],
            "one incident: a circle, no badge"
        );
        assert_eq!(sel.glyph(&syms, badge), None);
        let c = sel.set_window(&syms, &order, 0..2);
        assert_eq!(
            c.entries,
            [badge],
            "the circle is already there; the badge appears"
        );
        assert_eq!(sel.glyph(&syms, badge), Some(Glyph::Count(2)));
        let c = sel.set_window(&syms, &order, 1..3);
        assert_eq!(
            c.entries,
            [badge],
            "one in, one out: the same count, redrawn"
        );
        let c = sel.set_window(&syms, &order, 4..6);
        assert!(c.entries.contains(&alone) && c.entries.contains(&badge));
        assert_eq!(sel.shown(), 2);
        assert_eq!(sel.stack_count(syms.incident_stack(0).unwrap()), 1);
        assert_eq!(sel.glyph(&syms, badge), None);
        let c = sel.set_window(&syms, &order, 4..6);
        assert!(c.entries.is_empty());
        assert_eq!(
            sel.visible_in_stack(&syms, syms.incident_stack(0).unwrap())
                .collect::<Vec<_>>(),
            [4]
        );
        // Out-of-range windows are clamped.
        sel.set_window(&syms, &order, 3..99);
        assert_eq!(sel.shown(), 3);
    }
}
