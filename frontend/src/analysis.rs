//! The analyses' state, at the root of the map and reached through context:
//! the columns and figures they read (built once per map), what the filters
//! keep, the slider's period and the analysis chosen (mode, measure,
//! baseline, split). The computations are `shared::analysis`'s.

use std::sync::Arc;

use leptos::prelude::*;
use shared::analysis::{AnalysisView, Facts, MapMode, Period, RegionIndex, RegionTable, Shading};
use shared::filters::Columns;
use shared::LonLat;

/// A density cell chosen from the zoom is about this many px wide.
const CELL_PX: f64 = 40.0;

/// How long the slider must rest, in ms, before the panel's comparison,
/// trends, alerts and actors follow its period (the map follows every step).
const PANEL_SETTLE_MS: u64 = 250;

/// What every analysis reads besides what the filters keep.
#[derive(Clone)]
struct Source {
    columns: Arc<Columns>,
    killed: Arc<Vec<Option<u32>>>,
    ranges: Arc<Vec<shared::analysis::KilledRange>>,
}

impl Source {
    fn facts<'a>(&'a self, kept: &'a [bool]) -> Facts<'a> {
        Facts {
            columns: &self.columns,
            kept,
            killed: &self.killed,
            ranges: &self.ranges,
        }
    }
}

/// Everything the analysis views read.
#[derive(Clone)]
pub struct Analysis {
    pub columns: Arc<Columns>,
    pub killed: Arc<Vec<Option<u32>>>,
    pub ranges: Arc<Vec<shared::analysis::KilledRange>>,
    pub points: Arc<Vec<LonLat>>,
    pub index: Arc<RegionIndex>,
    /// The basemap's regions, as (name, English name).
    pub areas: Arc<Vec<(String, Option<String>)>>,
    /// What the filters keep, whatever the dates.
    pub kept: RwSignal<Arc<Vec<bool>>>,
    pub period: Memo<Period>,
    /// The period once the slider rests ([`PANEL_SETTLE_MS`]): what the
    /// panel's tables and chart read, not recomputed on every step of a
    /// drag or a playback.
    pub settled: ReadSignal<Period>,
    /// What the filters keep, once they rest too (see [`Analysis::with_facts`]).
    settled_kept: ReadSignal<Arc<Vec<bool>>>,
    pub choice: RwSignal<AnalysisView>,
    /// The actor whose profile is open (a place in `actor_names`).
    pub actor: RwSignal<Option<usize>>,
    /// The regions' figures, while the regions map or the panel shows them.
    pub table: Memo<Option<Arc<RegionTable>>>,
    /// What the map paints in the regions or density mode.
    pub shading: Memo<Option<Arc<Shading>>>,
    /// The alerts of the settled period, while the panel is open or the
    /// map is shaded (listed in the panel, marked on the map).
    pub alerts: Memo<Arc<Vec<shared::analysis::Alert>>>,
    /// The settled period against its baseline per region, while the panel
    /// is open (its table; the regions' tooltips on the map).
    pub comparison: Memo<Option<Arc<shared::analysis::Comparison>>>,
}

impl Analysis {
    /// Runs `f` over the facts, tracking what the filters keep once they
    /// rest (the panel's tables follow a filter change [`PANEL_SETTLE_MS`]
    /// later, with the dates).
    pub fn with_facts<R>(&self, f: impl FnOnce(&Facts) -> R) -> R {
        self.settled_kept.with(|kept| {
            f(&Facts {
                columns: &self.columns,
                kept,
                killed: &self.killed,
                ranges: &self.ranges,
            })
        })
    }

    /// An area's name in the reader's language.
    pub fn area_name(&self, a: usize) -> String {
        self.areas
            .get(a)
            .map(|(n, en)| match (crate::i18n::lang(), en) {
                (shared::i18n::Lang::En, Some(en)) => en.clone(),
                _ => n.clone(),
            })
            .unwrap_or_default()
    }

    /// The context, where a map provides it.
    pub fn get() -> Option<Analysis> {
        use_context::<Analysis>()
    }
}

/// Builds the state and provides it as context.
#[allow(clippy::too_many_arguments)]
pub fn provide(
    columns: Arc<Columns>,
    incidents: &[shared::Incident],
    size_by: shared::scale::SizeBy,
    areas: Vec<(String, Option<String>)>,
    kept: RwSignal<Arc<Vec<bool>>>,
    period: Memo<Period>,
    choice: RwSignal<AnalysisView>,
    frame: shared::Frame,
    view: RwSignal<shared::View>,
) -> Analysis {
    let (killed, ranges) = shared::analysis::figures(incidents, size_by);
    let index = Arc::new(RegionIndex::new(&columns, &areas));
    let (killed, ranges) = (Arc::new(killed), Arc::new(ranges));
    let points = Arc::new(incidents.iter().map(|i| i.location).collect::<Vec<_>>());
    let source = Source {
        columns: columns.clone(),
        killed: killed.clone(),
        ranges: ranges.clone(),
    };
    let (src, ix) = (source.clone(), index.clone());
    // The regions' figures follow every step while the regions map shows
    // them (the panel's comparison is its own table, see AnalysisPanel).
    let regions_on = Memo::new(move |_| choice.with(|a| a.mode == MapMode::Regions));
    let table = Memo::new(move |_| {
        if !regions_on.get() {
            return None;
        }
        let p = period.get();
        kept.with(|kept| Some(Arc::new(RegionTable::of(&src.facts(kept), &ix, p))))
    });
    // The grid's size: the one chosen, else about 40 px on screen.
    let auto_km = Memo::new(move |_| {
        let km_per_px = 1.0 / (frame.units_per_km(17.0) * view.get().k);
        shared::analysis::size_for(km_per_px, CELL_PX)
    });
    let (src, pts) = (source, points.clone());
    let cells = StoredValue::new(None::<Arc<shared::analysis::CellIndex>>);
    // What the shading reads of the choice (not the baseline, the split or
    // the panel).
    let shown = Memo::new(move |_| choice.with(|a| (a.mode, a.measure, a.cell_km)));
    let shading = Memo::new(move |_| {
        let (mode, measure, cell_km) = shown.get();
        match mode {
            MapMode::Points => None,
            MapMode::Regions => table.get().map(|t| Arc::new(Shading::regions(&t, measure))),
            MapMode::Density => {
                let km = cell_km.unwrap_or_else(|| auto_km.get());
                // Each incident's cell, found once per size.
                let index = match cells.get_value() {
                    Some(i) if i.size_km() == km => i,
                    _ => {
                        let i = Arc::new(shared::analysis::CellIndex::new(&pts, km));
                        cells.set_value(Some(i.clone()));
                        i
                    }
                };
                let p = period.get();
                kept.with(|kept| {
                    let g = index.grid(&src.facts(kept), p);
                    Some(Arc::new(Shading::cells(&g, &frame, measure)))
                })
            }
        }
    });
    let (settled, set_settled) = signal(period.get_untracked());
    let (settled_kept, set_settled_kept) = signal(kept.get_untracked());
    let alerts_on = Memo::new(move |_| choice.with(|a| a.mode != MapMode::Points || a.panel));
    let src = Source {
        columns: columns.clone(),
        killed: killed.clone(),
        ranges: ranges.clone(),
    };
    let alerts = Memo::new(move |_| {
        if !alerts_on.get() {
            return Arc::new(Vec::new());
        }
        let p = settled.get();
        settled_kept.with(|kept| Arc::new(shared::analysis::alerts(&src.facts(kept), p)))
    });
    let timer = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    Effect::new(move |_| {
        let p = period.get();
        let k = kept.get();
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        if p == settled.get_untracked() && Arc::ptr_eq(&k, &settled_kept.get_untracked()) {
            return;
        }
        let t = set_timeout_with_handle(
            // The map may have been rebuilt (and these signals disposed)
            // by the time it runs: nothing is set then.
            move || {
                if settled.try_get_untracked().is_some_and(|s| s != p) {
                    let _ = set_settled.try_set(p);
                }
                if settled_kept
                    .try_with_untracked(|s| !Arc::ptr_eq(&k, s))
                    .unwrap_or(false)
                {
                    let _ = set_settled_kept.try_set(k);
                }
            },
            std::time::Duration::from_millis(PANEL_SETTLE_MS),
        )
        .ok();
        timer.set_value(t);
    });
    on_cleanup(move || {
        if let Some(Some(t)) = timer.try_get_value() {
            t.clear();
        }
    });
    let panel = Memo::new(move |_| choice.with(|c| c.panel));
    let baseline = Memo::new(move |_| choice.with(|c| c.baseline));
    let (ix, c_src) = (
        index.clone(),
        Source {
            columns: columns.clone(),
            killed: killed.clone(),
            ranges: ranges.clone(),
        },
    );
    let comparison = Memo::new(move |_| {
        if !panel.get() {
            return None;
        }
        let (p, b) = (settled.get(), baseline.get());
        settled_kept.with(|kept| {
            Some(Arc::new(shared::analysis::compare_regions(
                &c_src.facts(kept),
                &ix,
                p,
                b,
            )))
        })
    });
    let analysis = Analysis {
        columns,
        killed,
        ranges,
        points,
        index,
        areas: Arc::new(areas),
        kept,
        period,
        settled,
        settled_kept,
        choice,
        actor: RwSignal::new(None),
        table,
        shading,
        alerts,
        comparison,
    };
    provide_context(analysis.clone());
    analysis
}
