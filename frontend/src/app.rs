//! The root: loads the data, holds the UI state and lays out the components.

use std::sync::Arc;

use leptos::prelude::*;
use shared::incident::format_date;
use shared::{Bundle, Frame, ScreenPoint, View};

use crate::components::{
    IncidentDetails, Legend, MapView, NearbyList, ScaleBar, SearchBox, StatusBanner, TimeSlider,
    ZoomControls,
};
use crate::loader;

/// Folder the data files are fetched from, relative to the page.
pub const DATA_DIR: &str = "data";

/// Padding in px around the fitted map.
pub const FIT_PADDING: f64 = 16.0;

/// Zoom, relative to the whole-map view, when a searched place is shown.
pub const SEARCH_ZOOM: f64 = 6.0;

/// The app: a loading state, then the map or a message naming the file that failed.
#[component]
pub fn App() -> impl IntoView {
    let data = LocalResource::new(|| async { loader::load(DATA_DIR).await.map(Arc::new) });
    move || match data.get() {
        None => view! {
            <div class="loading" role="status" data-testid="loading">
                "Loading incidents…"
            </div>
        }
        .into_any(),
        Some(Ok(bundle)) => view! { <MapApp bundle=bundle /> }.into_any(),
        Some(Err(e)) => view! {
            <div class="load-error" role="alert" data-testid="load-error">
                <h1>"The map data could not be loaded"</h1>
                <p>{e.to_string()}</p>
                <p class="hint">
                    "The files are read from the "<code>{DATA_DIR}"/"</code>
                    " folder next to this page."
                </p>
            </div>
        }
        .into_any(),
    }
}

/// The fitted view of the whole frame for a screen of `size` px.
pub fn fit_view(frame: &Frame, size: (f64, f64)) -> View {
    View::fit(Frame::WIDTH, frame.height(), size.0, size.1, FIT_PADDING)
}

/// The loaded map with its state: date range, selection, zoom.
#[component]
fn MapApp(bundle: Arc<Bundle>) -> impl IntoView {
    let model = &bundle.model;
    let last = model.day_span.saturating_sub(1);
    // Slider positions, in days since the first date (inclusive range).
    let range = RwSignal::new((0u32, last));
    let selected = RwSignal::new(None::<usize>);
    // The place chosen in the search box (index in the gazetteer).
    let searched = RwSignal::new(None::<usize>);
    let size = RwSignal::new((1280.0, 800.0));
    let view = RwSignal::new(fit_view(&model.frame, size.get_untracked()));

    let b = bundle.clone();
    let summary = Memo::new(move |_| {
        let (a, z) = range.get();
        b.model.summary(a, z)
    });
    // The selection is cleared when the slider hides the selected incident.
    let b = bundle.clone();
    Effect::new(move |_| {
        let (a, z) = range.get();
        if let Some(i) = selected.get_untracked() {
            let inc = &b.dataset.incidents[i];
            let (from, to) = (b.model.date_at(a), b.model.date_at(z));
            if from.is_some_and(|f| inc.date < f) || to.is_some_and(|t| inc.date > t) {
                selected.set(None);
            }
        }
    });
    // Escape closes the details and gives focus back to the marker.
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            if let Some(i) = selected.get_untracked() {
                selected.set(None);
                focus_marker(i);
            }
        }
    });
    on_cleanup(move || handle.remove());

    let frame = model.frame;
    let fit = Callback::new(move |_: ()| view.set(fit_view(&frame, size.get_untracked())));
    let zoom = Callback::new(move |factor: f64| {
        let (w, h) = size.get_untracked();
        let fitted = fit_view(&frame, (w, h)).k;
        let centre = ScreenPoint {
            x: w / 2.0,
            y: h / 2.0,
        };
        view.update(|v| *v = v.zoom_within(centre, factor, fitted));
    });
    let b = bundle.clone();
    let choose_place = Callback::new(move |i: usize| {
        let Some(place) = b.gazetteer.places().get(i) else {
            return;
        };
        let (x, y) = frame.project(place.location);
        let (w, h) = size.get_untracked();
        let k = fit_view(&frame, (w, h)).k * SEARCH_ZOOM;
        view.set(View::centred_on(x, y, k, w, h));
        searched.set(Some(i));
    });
    let title = match (model.date_at(0), model.date_at(last)) {
        (Some(a), Some(z)) if a == z => format!("Attacks in Mali, {}", format_date(a)),
        (Some(a), Some(z)) => format!("Attacks in Mali, {} – {}", format_date(a), format_date(z)),
        _ => "Attacks in Mali".to_owned(),
    };

    view! {
        <div class="app">
            <header class="topbar">
                <h1>{title}</h1>
                <SearchBox bundle=bundle.clone() on_choose=choose_place />
                <StatusBanner problems=bundle.problems.clone() />
            </header>
            <main class="map-area">
                <MapView
                    bundle=bundle.clone()
                    range=range
                    selected=selected
                    searched=searched
                    view=view
                    size=size
                />
                <ZoomControls zoom=zoom fit=fit />
                <NearbyList bundle=bundle.clone() searched=searched range=range selected=selected />
                <Legend bundle=bundle.clone() />
                <ScaleBar frame=frame view=view size=size />
            </main>
            <IncidentDetails bundle=bundle.clone() selected=selected />
            <footer class="controls">
                <TimeSlider bundle=bundle.clone() range=range summary=summary />
                <p class="attribution">
                    "Basemap: "<a href="https://www.naturalearthdata.com/">"Natural Earth"</a>
                    " (public domain). Places: "<a href="https://www.geonames.org/">"GeoNames"</a>
                    " ("<a href="https://creativecommons.org/licenses/by/4.0/">"CC BY 4.0"</a>
                    "). Rivers and lakes: Natural Earth and "
                    <a href="https://www.openstreetmap.org/copyright">"© OpenStreetMap contributors"</a>
                    " (ODbL). Incidents: press reports cited in each incident's details."
                </p>
            </footer>
        </div>
    }
}

/// Moves keyboard focus to the marker of incident `i`, if it is on the page.
pub fn focus_marker(i: usize) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("[data-index=\"{i}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
