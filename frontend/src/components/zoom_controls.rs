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
    /// Zooms to the incidents shown (the dates and filters).
    fit_shown: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="zoom-controls" role="group" aria-label=tx("zoom")>
            <button type="button" aria-label=tx("zoom-in") title=tx("zoom-in") on:click=move |_| zoom.run(STEP)>"+"</button>
            <button type="button" aria-label=tx("zoom-out") title=tx("zoom-out") on:click=move |_| zoom.run(1.0 / STEP)>"−"</button>
            <button type="button" aria-label=tx("zoom-reset") title=tx("zoom-reset-title") on:click=move |_| fit.run(())>"⟲"</button>
            <button type="button" class="zoom-shown" data-testid="zoom-shown" aria-label=tx("zoom-shown") title=tx("zoom-shown")
                on:click=move |_| fit_shown.run(())>
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" stroke-width="1.8"/><circle cx="8" cy="8" r="2.2" fill="currentColor"/></svg>
            </button>
        </div>
    }
}
