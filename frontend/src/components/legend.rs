//! The legend: colours by event type, sizes by people killed, the two special styles.

use std::sync::Arc;

use leptos::prelude::*;
use shared::Bundle;

/// Colour swatches for the event types present and sized circles for the scale.
#[component]
pub fn Legend(bundle: Arc<Bundle>) -> impl IntoView {
    let model = &bundle.model;
    let types = model
        .event_types
        .iter()
        .map(|t| {
            view! {
                <li><svg width="14" height="14" aria-hidden="true"><circle class=format!("marker {} killed", t.key()) cx="7" cy="7" r="6" /></svg>{t.label()}</li>
            }
        })
        .collect_view();
    let values = model.scale.legend_values();
    let biggest = values
        .first()
        .map_or(model.scale.min_radius, |v| model.scale.radius(*v));
    let h = (biggest * 2.0 + 4.0).ceil();
    let sizes = values
        .iter()
        .map(|&v| {
            let r = model.scale.radius(v);
            view! {
                <li>
                    <svg width=h height=h aria-hidden="true">
                        <circle class="legend-size" cx=h / 2.0 cy=h - r - 2.0 r=r />
                    </svg>
                    {format!("{v} killed")}
                </li>
            }
        })
        .collect_view();
    let r0 = model.scale.min_radius;
    let s0 = r0 * 2.0 + 4.0;
    view! {
        <details class="legend" open>
            <summary>"Legend"</summary>
            <h2 class="legend-title">"Event type"</h2>
            <ul class="legend-types">{types}</ul>
            <h2 class="legend-title">"People killed, all sides (circle area)"</h2>
            <ul class="legend-sizes">
                {sizes}
                <li>
                    <svg width=s0 height=s0 aria-hidden="true"><circle class="marker battles zero" cx=s0 / 2.0 cy=s0 / 2.0 r=r0 /></svg>
                    "none reported killed"
                </li>
                <li>
                    <svg width=s0 height=s0 aria-hidden="true"><circle class="marker battles unknown" cx=s0 / 2.0 cy=s0 / 2.0 r=r0 /></svg>
                    "no figure reported"
                </li>
            </ul>
        </details>
    }
}
