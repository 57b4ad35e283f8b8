//! The map: an SVG basemap with labels, the canvas that paints the circles
//! ([`MarkerCanvas`]), and on top an SVG with one focusable, labelled,
//! transparent circle per incident (the hit targets and test hooks).
//!
//! Paths and circle centres are in frame units, inside groups transformed by the
//! view, so panning and zooming change one attribute per group. Circles keep
//! their pixel size through CSS (`r: calc(var(--r) * 1px / var(--k))`). The time
//! filter toggles one group per day, so a slider step touches only the days that
//! enter or leave the range, never every circle.

use std::sync::Arc;

use leptos::prelude::*;
use shared::{interval_changes, Bundle, LabelKind, MarkerStyle, ScreenPoint, View};
use wasm_bindgen::JsCast;

use crate::app::fit_view;
use crate::components::nearby_list::NEARBY_RADIUS_KM;
use crate::components::MarkerCanvas;

/// Zoom factor of one wheel notch (100 px of delta).
const WHEEL_ZOOM_PER_100PX: f64 = 1.25;
/// Pointer travel in px before a press becomes a drag (and not a click).
const DRAG_THRESHOLD_PX: f64 = 4.0;

/// State of a pointer drag in progress.
#[derive(Clone, Copy)]
struct Drag {
    pointer: i32,
    start: (f64, f64),
    view: View,
    moved: bool,
}

/// The index of the marker an event happened on (from `data-index`).
fn marker_index(ev: &web_sys::Event) -> Option<usize> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    el.closest("[data-index]")
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()
}

/// The map. `range` is the slider's inclusive range of day offsets.
#[component]
pub fn MapView(
    bundle: Arc<Bundle>,
    range: RwSignal<(u32, u32)>,
    selected: RwSignal<Option<usize>>,
    /// The place chosen in the search box (index in the gazetteer).
    searched: RwSignal<Option<usize>>,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
) -> impl IntoView {
    let model = &bundle.model;
    let container = NodeRef::<leptos::html::Div>::new();
    let frame = model.frame;

    // Measure the container once it is in the page, and on every resize.
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let s = (f64::from(el.client_width()), f64::from(el.client_height()));
            if s.0 > 0.0 && s.1 > 0.0 && s != size.get_untracked() {
                size.set(s);
                view.set(fit_view(&frame, s));
            }
        }
    };
    Effect::new(move |_| {
        if container.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let drag = StoredValue::new(None::<Drag>);
    let suppress_click = StoredValue::new(false);
    let fitted_k = move || fit_view(&frame, size.get_untracked()).k;

    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        drag.set_value(Some(Drag {
            pointer: ev.pointer_id(),
            start: (f64::from(ev.client_x()), f64::from(ev.client_y())),
            view: view.get_untracked(),
            moved: false,
        }));
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        let Some(mut d) = drag.get_value() else {
            return;
        };
        if d.pointer != ev.pointer_id() {
            return;
        }
        let dx = f64::from(ev.client_x()) - d.start.0;
        let dy = f64::from(ev.client_y()) - d.start.1;
        if !d.moved && dx.hypot(dy) < DRAG_THRESHOLD_PX {
            return;
        }
        if !d.moved {
            d.moved = true;
            drag.set_value(Some(d));
            if let Some(el) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
        }
        view.set(d.view.pan(dx, dy));
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        if let Some(d) = drag.get_value() {
            if d.pointer == ev.pointer_id() {
                suppress_click.set_value(d.moved);
                drag.set_value(None);
            }
        }
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let Some(el) = container.get_untracked() else {
            return;
        };
        let rect = el.get_bounding_client_rect();
        let at = ScreenPoint {
            x: f64::from(ev.client_x()) - rect.left(),
            y: f64::from(ev.client_y()) - rect.top(),
        };
        // Pixel, line or page deltas: treat lines and pages as 40 px and 400 px.
        let scale = match ev.delta_mode() {
            1 => 40.0,
            2 => 400.0,
            _ => 1.0,
        };
        let factor = WHEEL_ZOOM_PER_100PX.powf(-ev.delta_y() * scale / 100.0);
        let fitted = fitted_k();
        view.update(|v| *v = v.zoom_within(at, factor, fitted));
    };

    let on_marker_click = move |ev: web_sys::MouseEvent| {
        if suppress_click.get_value() {
            suppress_click.set_value(false);
            return;
        }
        if let Some(i) = marker_index(&ev) {
            selected.set(Some(i));
        }
    };
    let on_marker_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            if let Some(i) = marker_index(&ev) {
                ev.prevent_default();
                selected.set(Some(i));
            }
        }
    };

    let transform = move || view.get().transform();
    let paths = |shapes: &[shared::Shape], class: &'static str| {
        shapes
            .iter()
            .map(|s| view! { <path class=class d=s.d.clone() /> })
            .collect_view()
    };
    let neighbours = paths(&model.neighbours, "neighbour");
    let lakes = paths(&model.lakes, "lake");
    let water = paths(&model.water, "water");
    let rivers = paths(&model.rivers, "river");
    let country = paths(&model.country, "country");
    let regions = model
        .regions
        .iter()
        .map(
            |s| view! { <path class="region" d=s.d.clone()><title>{s.name.clone()}</title></path> },
        )
        .collect_view();
    let label_model = bundle.clone();
    let shown = Memo::new(move |_| {
        let fitted = fit_view(&frame, size.get()).k;
        label_model.model.label_visibility(&view.get(), fitted)
    });
    let labels = model
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let (x, y, dy) = (l.x, l.y, l.dy());
            let pos = move || view.get().to_screen(x, y);
            let display = move || if shown.get()[i] { "inline" } else { "none" };
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
                    {l.text.clone()}
                </text>
            }
        })
        .collect_view();

    // One visibility signal per day; a slider step flips only the days that
    // enter or leave the range (found by binary search), not every day.
    let (a0, z0) = range.get_untracked();
    let shown_days = model.day_positions(a0, z0);
    let day_visible: Vec<RwSignal<bool>> = (0..model.days.len())
        .map(|i| RwSignal::new(shown_days.contains(&i)))
        .collect();
    let flips = day_visible.clone();
    let range_model = bundle.clone();
    let previous = StoredValue::new(shown_days);
    Effect::new(move |_| {
        let (a, z) = range.get();
        let now = range_model.model.day_positions(a, z);
        let (left, entered) = interval_changes(previous.get_value(), now.clone());
        for i in left {
            flips[i].set(false);
        }
        for i in entered {
            flips[i].set(true);
        }
        previous.set_value(now);
    });

    let markers = &model.markers;
    let days = model
        .days
        .iter()
        .zip(day_visible)
        .map(|(day, visible)| {
            let circles = day
                .markers
                .iter()
                .map(|&m| {
                    let mk = &markers[m];
                    let style_class = match mk.style {
                        MarkerStyle::Killed => "killed",
                        MarkerStyle::Zero => "zero",
                        MarkerStyle::Unknown => "unknown",
                    };
                    let inc = &bundle.dataset.incidents[mk.incident];
                    view! {
                        <circle
                            class=format!("marker {} {}", mk.category.key(), style_class)
                            cx=format!("{:.2}", mk.x)
                            cy=format!("{:.2}", mk.y)
                            style=format!("--r:{:.2};--dx:{:.2};--dy:{:.2}", mk.radius, mk.dx, mk.dy)
                            data-index=mk.incident
                            data-incident-id=inc.id.clone()
                            role="button"
                            tabindex="0"
                            aria-label=mk.aria_label.clone()
                        ></circle>
                    }
                })
                .collect_view();
            view! {
                <g class="day" data-date=day.date.to_string()
                    style:display=move || if visible.get() { "inline" } else { "none" }>
                    {circles}
                </g>
            }
        })
        .collect_view();

    let ring_model = bundle.clone();
    let ring =
        move || {
            selected.get().and_then(|i| ring_model.model.markers.get(i)).map(|m| {
            view! {
                <circle class="selection-ring" cx=m.x cy=m.y
                    style=format!("--r:{:.2};--dx:{:.2};--dy:{:.2}", m.radius + 4.0, m.dx, m.dy)
                    aria-hidden="true" />
            }
        })
        };

    // The searched place: a pin and the dashed circle of the nearby radius.
    let search_model = bundle.clone();
    let search_mark = move || {
        let place = search_model.gazetteer.places().get(searched.get()?)?;
        let (x, y) = frame.project(place.location);
        let r = frame.units_per_km(place.location.lat) * NEARBY_RADIUS_KM;
        Some(view! {
            <circle class="search-radius" cx=x cy=y r=r />
            <circle class="place-pin" cx=x cy=y data-place-id=place.id.clone() />
        })
    };

    view! {
        <div
            class="map"
            node_ref=container
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
            on:pointercancel=on_pointerup
            on:wheel=on_wheel
        >
            <svg class="map-layer" width="100%" height="100%" aria-hidden="true">
                <g class="basemap" transform=transform>
                    {neighbours}
                    {country}
                    {regions}
                    {lakes}
                    {water}
                    {rivers}
                </g>
                <g class="labels">{labels}</g>
                <g class="search-layer" transform=transform
                    style=move || format!("--k:{}", view.get().k)>
                    {search_mark}
                </g>
            </svg>
            <MarkerCanvas bundle=bundle.clone() range=range view=view size=size />
            <svg
                class="map-layer"
                width="100%"
                height="100%"
                role="application"
                aria-label="Map of Mali with incidents; drag to pan, wheel or the buttons to zoom"
            >
                <g
                    class="markers"
                    transform=transform
                    style=move || format!("--k:{}", view.get().k)
                    on:click=on_marker_click
                    on:keydown=on_marker_key
                >
                    {days}
                    {ring}
                </g>
            </svg>
        </div>
    }
}
