//! The list of the incidents shown at one point (a counted symbol), opened by
//! clicking it or pressing Enter on it; each entry opens its details.

use std::sync::Arc;

use leptos::prelude::*;
use shared::details::marker_label;

use crate::i18n::{tr, trf, w};
use shared::engine::Markers;
use shared::engine::StackId;
use shared::{Incident, View};

use crate::visible::Visible;

/// Entries listed at most; the rest are counted.
const MAX_LISTED: usize = 200;
/// The card's width in px.
const CARD_WIDTH_PX: f64 = 304.0;
/// Room kept on the right for the details panel on wide screens (its width
/// and margin in the stylesheet).
const DETAILS_WIDTH_PX: f64 = 396.0;
/// Below this width the details panel is a bottom sheet (the stylesheet's
/// breakpoint).
const PHONE_WIDTH_PX: f64 = 640.0;
/// Margin in px from the map's edges.
const MARGIN_PX: f64 = 8.0;

/// A card next to the point, listing its visible incidents.
#[component]
pub fn StackList(
    incidents: Arc<Vec<Incident>>,
    markers: Arc<Markers>,
    visible: Visible,
    listed: RwSignal<Option<StackId>>,
    selected: RwSignal<Option<usize>>,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
) -> impl IntoView {
    move || {
        let markers = &markers;
        let incidents = &incidents;
        let stack = listed.get()?;
        let members: Vec<usize> =
            visible.with(|sel| sel.visible_in_stack(&markers.symbols, stack).collect());
        if members.is_empty() {
            return None;
        }
        let (fx, fy) = markers.symbols.stack_point(stack);
        let r = markers.symbols.stack_radius_px(stack);
        // Beside the point, on the side where the details panel is not.
        let style = move || {
            let p = view.get().to_screen(fx, fy);
            let (w, h) = size.get();
            let card = CARD_WIDTH_PX.min(w - 2.0 * MARGIN_PX);
            let reserved = if w > PHONE_WIDTH_PX {
                DETAILS_WIDTH_PX
            } else {
                MARGIN_PX
            };
            let mut left = p.x + r + 8.0;
            if left + card > w - reserved {
                left = p.x - r - 8.0 - card;
            }
            let left = left.clamp(MARGIN_PX, (w - card - MARGIN_PX).max(MARGIN_PX));
            let top = (p.y - 12.0).clamp(MARGIN_PX, (h - 120.0).max(MARGIN_PX));
            format!("left:{left:.0}px;top:{top:.0}px;width:{card:.0}px")
        };
        let more = members.len().saturating_sub(MAX_LISTED);
        let items = members
            .iter()
            .take(MAX_LISTED)
            .filter_map(|&i| {
                let inc = incidents.get(i)?;
                let text = marker_label(inc, w());
                Some(view! {
                    <li><button type="button" class="link" data-stack-member=inc.id.clone()
                        on:click=move |_| selected.set(Some(i))>{text}</button></li>
                })
            })
            .collect_view();
        let place = members
            .first()
            .and_then(|&i| incidents.get(i))
            .map(|inc| inc.place_name.clone())
            .unwrap_or_default();
        let heading = trf(
            "stack-label",
            &[
                ("count", members.len().into()),
                ("place", place.as_str().into()),
            ],
        );
        Some(view! {
            <section class="stack-list" data-testid="stack-list" style=style
                aria-label=heading.clone() role="dialog"
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    // Escape closes the list and goes back to the map.
                    if ev.key() == "Escape" {
                        ev.stop_propagation();
                        listed.set(None);
                        crate::app::focus_map();
                    }
                }>
                <button type="button" class="close" aria-label=tr("close-list")
                    on:click=move |_| listed.set(None)>"×"</button>
                <h2>{heading.clone()}</h2>
                <p class="subtitle">{tr("same-point")}</p>
                <ul>{items}</ul>
                {(more > 0).then(|| view! {
                    <p class="more">{trf("stack-more", &[("count", more.into())])}</p>
                })}
            </section>
        })
    }
}
