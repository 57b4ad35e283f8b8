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
    symbol_count: Vec<u32>,
    stack_count: Vec<u32>,
    shown: usize,
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
        Selection {
            visible: vec![false; symbols.incidents()],
            symbol_count: vec![0; symbols.symbols()],
            stack_count: vec![0; symbols.stacks()],
            shown: 0,
            window: 0..0,
        }
    }

    /// Makes visible exactly the incidents `order[window]` (`order` is the
    /// incidents sorted by date; `window` comes from a binary search). Costs
    /// O(incidents that enter or leave).
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
        for p in left {
            changes.incidents +=
                usize::from(self.set(symbols, order[p], false, &mut changes.entries));
        }
        for p in entered {
            changes.incidents +=
                usize::from(self.set(symbols, order[p], true, &mut changes.entries));
        }
        self.window = window;
        changes.entries.sort_unstable();
        changes.entries.dedup();
        changes
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
        self.visible.capacity() + (self.symbol_count.capacity() + self.stack_count.capacity()) * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;
    use crate::{Frame, Incident, LonLat, MarkerScale};

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
