//! A scale bar in km for the current zoom.

use leptos::prelude::*;
use shared::{Frame, ScaleBar as Bar, View};

use crate::i18n::{trf, w};

/// Longest bar in px.
const MAX_PX: f64 = 120.0;

/// The bar measures distance at the latitude of the map's vertical centre.
#[component]
pub fn ScaleBar(frame: Frame, view: RwSignal<View>, size: RwSignal<(f64, f64)>) -> impl IntoView {
    let bar = move || {
        let v = view.get();
        let (_, h) = size.get();
        let (_, fy) = v.to_frame(shared::ScreenPoint { x: 0.0, y: h / 2.0 });
        let lat = frame.unproject(0.0, fy).lat;
        Bar::fit(&frame, v.k, lat, MAX_PX)
    };
    view! {
        <div class="scale-bar" role="img" aria-label=move || trf("scale", &[("length", bar().label(w()).into())])>
            <div class="bar" style=move || format!("width:{:.1}px", bar().px)></div>
            <span>{move || bar().label(w())}</span>
        </div>
    }
}
