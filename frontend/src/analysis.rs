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
    pub choice: RwSignal<AnalysisView>,
    /// The actor whose profile is open (a place in `actor_names`).
    pub actor: RwSignal<Option<usize>>,
    /// The regions' figures, while the regions map or the panel shows them.
    pub table: Memo<Option<Arc<RegionTable>>>,
    /// What the map paints in the regions or density mode.
    pub shading: Memo<Option<Arc<Shading>>>,
}

impl Analysis {
    /// Runs `f` over the facts, tracking what the filters keep.
    pub fn with_facts<R>(&self, f: impl FnOnce(&Facts) -> R) -> R {
        self.kept.with(|kept| {
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
    let table = Memo::new(move |_| {
        let a = choice.get();
        if a.mode != shared::analysis::MapMode::Regions && !a.panel {
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
    let shading = Memo::new(move |_| {
        let a = choice.get();
        match a.mode {
            MapMode::Points => None,
            MapMode::Regions => table
                .get()
                .map(|t| Arc::new(Shading::regions(&t, a.measure))),
            MapMode::Density => {
                let km = a.cell_km.unwrap_or_else(|| auto_km.get());
                let p = period.get();
                kept.with(|kept| {
                    let g = shared::analysis::grid(&src.facts(kept), &pts, p, km);
                    Some(Arc::new(Shading::cells(&g, &frame, a.measure)))
                })
            }
        }
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
        choice,
        actor: RwSignal::new(None),
        table,
        shading,
    };
    provide_context(analysis.clone());
    analysis
}
