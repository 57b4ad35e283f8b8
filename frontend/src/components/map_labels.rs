//! Region, country and town labels over the basemap. Placement (which labels
//! fit without overlapping) depends only on the zoom, so it reruns when the
//! zoom or the map's size changes, never on a pan.

use std::sync::Arc;

use leptos::prelude::*;
use shared::{LabelKind, MapModel, View};

use crate::app::fit_view;

/// The labels, in screen coordinates, inside the basemap's SVG.
#[component]
pub fn MapLabels(
    /// The map's model: its frame and labels.
    model: Arc<MapModel>,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
    /// The town labels (drawn over the markers) or the others (regions and
    /// countries, under them).
    above: bool,
) -> impl IntoView {
    let frame = model.frame();
    let zoom = Memo::new(move |_| (view.get().k, size.get()));
    let placing = model.clone();
    let shown = Memo::new(move |_| {
        let (k, s) = zoom.get();
        let fitted = fit_view(&frame, s).k;
        // Translation moves every box alike: placement at the origin is the same.
        let at = View {
            k,
            tx: 0.0,
            ty: 0.0,
        };
        placing.label_visibility(&at, fitted)
    });
    model
        .labels()
        .iter()
        .enumerate()
        .filter(|(_, l)| above != matches!(l.kind, LabelKind::Region | LabelKind::Country))
        .map(|(i, l)| {
            let (x, y, dy) = (l.x, l.y, l.dy());
            let pos = move || view.get().to_screen(x, y);
            let display = move || {
                if shown.with(|s| s.get(i).copied().unwrap_or(false)) {
                    "inline"
                } else {
                    "none"
                }
            };
            let class = match l.kind {
                LabelKind::Region => "label region-label",
                LabelKind::Capital => "label capital-label",
                LabelKind::RegionalCapital => "label town-label",
                LabelKind::Town => "label small-town-label",
                LabelKind::Country => "label country-label",
            };
            let dot = (!matches!(l.kind, LabelKind::Region | LabelKind::Country)).then(|| {
                view! {
                    <circle class="town-dot" r="2.5" style:display=display
                        cx=move || pos().x cy=move || pos().y />
                }
            });
            view! {
                {dot}
                <text class=class style:display=display x=move || pos().x y=move || pos().y + dy>
                    {
                        let l = l.clone();
                        move || l.text_in(crate::i18n::lang()).to_owned()
                    }
                </text>
            }
        })
        .collect_view()
}
