//! Zoom in, zoom out and reset buttons.

use leptos::prelude::*;

use crate::i18n::tx;

/// Zoom factor of one button press.
pub const STEP: f64 = 1.5;

/// The +, − and reset buttons.
#[component]
pub fn ZoomControls(
    /// Zooms by a factor around the map's centre.
    zoom: Callback<f64>,
    /// Fits the whole map in the window again.
    fit: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="zoom-controls" role="group" aria-label=tx("zoom")>
            <button type="button" aria-label=tx("zoom-in") title=tx("zoom-in") on:click=move |_| zoom.run(STEP)>"+"</button>
            <button type="button" aria-label=tx("zoom-out") title=tx("zoom-out") on:click=move |_| zoom.run(1.0 / STEP)>"−"</button>
            <button type="button" aria-label=tx("zoom-reset") title=tx("zoom-reset-title") on:click=move |_| fit.run(())>"⟲"</button>
        </div>
    }
}
