//! The selection of visible incidents, held once at the root of the map and
//! read by every view: the canvas redraws what changed, the pointer and the
//! keyboard find only visible incidents.

use std::ops::Range;

use leptos::prelude::*;
use shared::engine::{Changes, EntryId, Markers, Selection};

/// The selection, the entries changed since the canvas last drew, and a
/// version that views track to rerun when it changes.
#[derive(Clone, Copy)]
pub struct Visible {
    selection: StoredValue<Selection>,
    pending: StoredValue<Vec<EntryId>>,
    version: RwSignal<u64>,
}

impl Visible {
    /// The incidents `order[window]` visible; `killed[i]` people killed in
    /// incident `i` (for the totals), `groups[i]` its group (for the
    /// legend's counts), `datasets[i]` its dataset (for each one's totals).
    pub fn new(
        markers: &Markers,
        order: &[usize],
        window: Range<usize>,
        killed: Vec<Option<u32>>,
        groups: Vec<u8>,
        datasets: Vec<u8>,
    ) -> Self {
        let mut selection = Selection::new(&markers.symbols)
            .with_killed(killed)
            .with_groups(groups)
            .with_datasets(datasets);
        let changes = selection.set_window(&markers.symbols, order, window);
        Visible {
            selection: StoredValue::new(selection),
            pending: StoredValue::new(changes.entries),
            version: RwSignal::new(0),
        }
    }

    /// Makes `order[window]` the date window; views rerun if that changed
    /// anything.
    pub fn set_window(&self, markers: &Markers, order: &[usize], window: Range<usize>) {
        self.apply(|s| s.set_window(&markers.symbols, order, window));
    }

    /// Keeps the incidents whose flag in `kept` is set (the filters' mask;
    /// `kept_but_group`: every filter but the group's own).
    pub fn set_kept(&self, markers: &Markers, kept: &[bool], kept_but_group: &[bool]) {
        self.apply(|s| s.set_kept(&markers.symbols, kept, kept_but_group));
    }

    fn apply(&self, change: impl FnOnce(&mut Selection) -> Changes) {
        let changes = self.selection.try_update_value(change).unwrap_or_default();
        if changes.incidents > 0 {
            self.pending.update_value(|p| p.extend(changes.entries));
            self.version.update(|v| *v += 1);
        }
    }

    /// Reads the selection (tracked: the caller reruns when it changes).
    pub fn with<R>(&self, f: impl FnOnce(&Selection) -> R) -> R {
        self.version.track();
        self.selection.with_value(f)
    }

    /// Reads the selection without tracking it.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Selection) -> R) -> R {
        self.selection.with_value(f)
    }

    /// False once the map that held it is gone (its storage disposed).
    pub fn is_alive(&self) -> bool {
        self.selection.try_with_value(|_| ()).is_some()
            && self.pending.try_with_value(|_| ()).is_some()
    }

    /// Takes the entries changed since the last call (for the canvas).
    pub fn take_pending(&self) -> Vec<EntryId> {
        self.pending
            .try_update_value(std::mem::take)
            .unwrap_or_default()
    }
}
