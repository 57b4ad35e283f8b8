//! The area tool, beside the map's modes: draw a circle or a polygon on the
//! map to keep only what falls inside it (the map, the trends and the
//! comparison follow), type the circle's radius, or remove the area. While
//! drawing, it says how; Escape stops. A circle can be put at the map's
//! centre from the keyboard, and its radius typed.

use leptos::prelude::*;
use shared::area::{AreaKind, MAX_RADIUS_KM, MIN_RADIUS_KM};

use crate::drawing::Drawing;
use crate::i18n::{tr, tx};

#[component]
pub fn AreaTool() -> impl IntoView {
    let Some(d) = Drawing::get() else {
        return ().into_any();
    };
    let sketch = d.sketch;
    let drawing = move |k: AreaKind| sketch.with(|s| s.as_ref().is_some_and(|s| s.kind() == k));
    let kinds = AreaKind::ALL
        .into_iter()
        .map(|k| {
            view! {
                <button type="button" class="mode-button area-kind" data-area=k.key()
                    aria-pressed=move || drawing(k).to_string()
                    on:click=move |_| d.start(k)>
                    {move || tr(&format!("area-{}", k.key()))}
                </button>
            }
        })
        .collect_view();
    // What the hint reads of the sketch (not the pointer, which moves it).
    let state =
        Memo::new(move |_| sketch.with(|s| s.as_ref().map(|s| (s.kind(), s.finish().is_some()))));
    let back_to_tool =
        || crate::loader::on_next_frame(|| crate::app::focus(".area-tool .area-kind"));
    let hint = move || {
        let kind = state.get()?;
        Some(match kind {
            (AreaKind::Circle, _) => view! {
                <p class="area-hint" data-testid="area-hint">
                    {tx("area-hint-circle")}" "
                    <button type="button" class="link" data-testid="area-at-centre"
                        on:click=move |_| d.circle_at_centre()>{tx("area-at-centre")}</button>
                </p>
            }
            .into_any(),
            (AreaKind::Polygon, can_finish) => view! {
                <p class="area-hint" data-testid="area-hint">
                    {tx("area-hint-polygon")}" "
                    <button type="button" data-testid="area-finish" disabled=!can_finish
                        on:click=move |_| {
                            if let Some(a) = sketch.with_untracked(|s| s.as_ref().and_then(|s| s.finish())) {
                                d.keep(Some(a));
                                back_to_tool();
                            }
                        }>{tx("area-finish")}</button>
                </p>
            }
            .into_any(),
        })
    };
    let radius = move || d.area().and_then(|a| a.radius_km());
    // Re-rendered only when an area comes or goes (not on a new radius,
    // which would take the focus from the radius typed).
    let is_circle = Memo::new(move |_| d.area().map(|a| a.radius_km().is_some()));
    let kept = move || {
        let circle = is_circle.get()?;
        Some(view! {
            {circle.then(|| view! {
                <label class="area-radius">{tx("area-radius")}" "
                    <input type="number" data-testid="area-radius" min=MIN_RADIUS_KM max=MAX_RADIUS_KM step="any"
                        prop:value=move || radius().map(|r| r.to_string()).unwrap_or_default()
                        on:change=move |ev| {
                            let typed = event_target_value(&ev).replace(',', ".").parse::<f64>().ok();
                            if let (Some(km), Some(a)) = (typed.filter(|k| *k > 0.0), d.area()) {
                                d.keep(Some(a.with_radius_km(km)));
                            }
                            // What is kept, shown (a value refused or bounded
                            // would stay in the field otherwise).
                            let kept = radius().map(|r| r.to_string()).unwrap_or_default();
                            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&kept);
                        } />
                    " km"
                </label>
            })}
            <button type="button" data-testid="area-remove" on:click=move |_| {
                d.keep(None);
                back_to_tool();
            }>
                {tx("area-remove")}
            </button>
        })
    };
    view! {
        <div class="area-tool" role="group" aria-label=tx("area-label")
            data-area-kept=move || d.area().map(|a| a.to_link())>
            <span class="area-title">{tx("area-label")}</span>
            <span class="mode-buttons">{kinds}</span>
            {kept}
            <div aria-live="polite">{hint}</div>
        </div>
    }
    .into_any()
}
