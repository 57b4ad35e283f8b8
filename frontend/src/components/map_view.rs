//! The map: an SVG basemap with labels, the canvas of the incidents' symbols
//! ([`MarkerCanvas`]) and an SVG overlay with the rings of the selected,
//! active and hovered incidents. There is no element per incident: the
//! pointer and the keyboard find incidents through `shared`'s spatial index.
//!
//! The map is one focusable element. Arrow keys move the *active* incident
//! to the nearest visible one in that direction, Enter opens it (or lists
//! the incidents of a counted symbol), and a live region announces it.

use std::sync::Arc;

use leptos::prelude::*;
use shared::details::{marker_label, stack_label};

use crate::i18n::{lang, trf, tx, w};
use shared::engine::symbols::badges_shown;
use shared::engine::{Direction, Hit, Markers, StackId};
use shared::filters::region_key;
use shared::link::LinkView;
use shared::{Gazetteer, Incident, MapModel, ScreenPoint, View};
use wasm_bindgen::JsCast;

use crate::app::fit_view;
use crate::components::nearby_list::NEARBY_RADIUS_KM;
use crate::components::{MapLabels, MarkerCanvas, StackList};
use crate::visible::Visible;
use shared::analysis::MapMode;
use shared::area::AreaKind;

/// Zoom factor of one wheel notch (100 px of delta).
const WHEEL_ZOOM_PER_100PX: f64 = 1.25;
/// Pointer travel in px before a press becomes a drag (and not a click).
const DRAG_THRESHOLD_PX: f64 = 4.0;
/// An incident the keyboard moves to is kept this many px inside the map.
const KEEP_IN_VIEW_PX: f64 = 24.0;
/// Gap in px between a symbol and its rings.
const RING_GAP_PX: f64 = 4.0;
/// After a click opened an incident, the pointer moves this far before a
/// tooltip shows again.
const QUIET_PX: f64 = 12.0;
/// A click this close to a polygon's first corner, in px, closes it.
const CLOSE_POLYGON_PX: f64 = 10.0;
/// For this long after a click ended a polygon, in ms, a click on the map
/// is the rest of a double click, not a click.
const AFTER_FINISH_MS: f64 = 400.0;

/// Two fingers on the map: the view when the second touched, the two
/// pointers and where they were then.
#[derive(Clone, Copy)]
struct Pinch {
    view: View,
    ids: (i32, i32),
    from: (ScreenPoint, ScreenPoint),
}

/// State of a pointer drag in progress.
#[derive(Clone, Copy)]
struct Drag {
    pointer: i32,
    start: (f64, f64),
    view: View,
    moved: bool,
}

/// The map. `range` is the slider's inclusive range of day offsets.
#[component]
pub fn MapView(
    /// The basemap, its frame and labels.
    model: Arc<MapModel>,
    /// The incidents' symbols and spatial index.
    markers: Arc<Markers>,
    /// The incidents (indices as in `visible` and `selected`).
    incidents: Arc<Vec<Incident>>,
    /// For the searched place's pin.
    gazetteer: Arc<Gazetteer>,
    visible: Visible,
    selected: RwSignal<Option<usize>>,
    /// The stack the keyboard (or the last click) is on.
    active: RwSignal<Option<StackId>>,
    /// The incident the pointer is on, here or in the list (ringed).
    pointed: RwSignal<Option<usize>>,
    /// The region the filters keep (as the incidents name it), outlined.
    region: Signal<Option<String>>,
    /// A click on a region, off any incident: its names (French, English).
    region_click: Callback<(String, Option<String>)>,
    /// The place chosen in the search box (index in the gazetteer).
    searched: RwSignal<Option<usize>>,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
    /// The online basemap chosen, if any (drawn over the embedded one).
    tiles: RwSignal<Option<shared::tiles::Tiles>>,
    /// The zoomed-in water, once fetched.
    detail: Signal<Option<Arc<shared::map_model::DetailLayers>>>,
    /// Whether the view is close enough for the zoomed-in water, which
    /// then replaces the country view's.
    fine_water: Memo<bool>,
) -> impl IntoView {
    let container = NodeRef::<leptos::html::Div>::new();
    let frame = model.frame();
    let hovered = RwSignal::new(None::<(Hit, ScreenPoint)>);
    let listed = RwSignal::new(None::<StackId>);

    // Measure the container once it is in the page, and on every resize.
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let s = (f64::from(el.client_width()), f64::from(el.client_height()));
            let before = size.get_untracked();
            if s.0 > 0.0 && s.1 > 0.0 && s != before {
                // The same centre and zoom (relative to the whole map) on the
                // new size: a fitted map stays fitted, a link's view holds.
                let kept = LinkView::exact(
                    &view.get_untracked(),
                    &frame,
                    before,
                    fit_view(&frame, before).k,
                );
                size.set(s);
                view.set(kept.to_view(&frame, s, fit_view(&frame, s).k));
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

    // What the slider hides is no longer hovered, active or listed.
    let m = markers.clone();
    Effect::new(move |_| {
        visible.with(|sel| {
            let gone = |s: StackId| sel.stack_count(s) == 0;
            if hovered.with_untracked(|h| h.is_some_and(|(h, _)| gone(h.stack))) {
                hovered.set(None);
            }
            if active.get_untracked().is_some_and(gone) {
                active.set(None);
            }
            if listed.get_untracked().is_some_and(gone) {
                listed.set(None);
            }
            let _ = &m;
        })
    });

    let drag = StoredValue::new(None::<Drag>);
    // Where a click opened an incident (no tooltip until the pointer leaves it).
    let quiet = StoredValue::new(None::<(f64, f64)>);
    // The pointers down on the map (a finger, the mouse) and where they are.
    let fingers = StoredValue::new(Vec::<(i32, ScreenPoint)>::new());
    let pinch = StoredValue::new(None::<Pinch>);
    let fitted_k = move || fit_view(&frame, size.get_untracked()).k;
    // The point of a pointer event in the map's px.
    let local = move |ev: &web_sys::MouseEvent| -> Option<ScreenPoint> {
        let rect = container.get_untracked()?.get_bounding_client_rect();
        Some(ScreenPoint {
            x: f64::from(ev.client_x()) - rect.left(),
            y: f64::from(ev.client_y()) - rect.top(),
        })
    };
    // Which badges are drawn at this zoom (the canvas decides the same way).
    let zoom = Memo::new(move |_| view.get().k);
    let m = markers.clone();
    let badges = Memo::new(move |_| badges_shown(&m.symbols, zoom.get()));
    let m = markers.clone();
    // In the regions and density modes the symbols are not drawn: nothing
    // is hit, a click selects a region.
    let analysis = crate::analysis::Analysis::get();
    let (choice, shading, table) = match &analysis {
        Some(a) => (Some(a.choice), Some(a.shading), Some(a.table)),
        None => (None, None, None),
    };
    let comparison = analysis.as_ref().map(|a| a.comparison);
    let mode = move || choice.map_or(MapMode::Points, |c| c.with(|c| c.mode));
    // An area being drawn takes the pointer: a circle's press and drag, a
    // polygon's clicks (a drag still pans).
    let drawing = crate::drawing::Drawing::get();
    let sketch_kind =
        move || drawing.and_then(|d| d.sketch.with_untracked(|s| s.as_ref().map(|s| s.kind())));
    let sketching = move || drawing.is_some_and(|d| d.sketch.with(Option::is_some));
    // The pointer pressing a circle's centre.
    let circle_press = StoredValue::new(None::<i32>);
    // When a polygon was last ended by a click (event time, ms).
    let finished_at = StoredValue::new(None::<f64>);
    let hit_at = move |p: ScreenPoint| -> Option<Hit> {
        if mode() != MapMode::Points {
            return None;
        }
        let v = view.get_untracked();
        let at = v.to_frame(p);
        badges.with_untracked(|b| {
            visible.with_untracked(|sel| m.spatial.hit(&m.symbols, sel, b, at, v.k))
        })
    };

    let hover_region = RwSignal::new(None::<(usize, ScreenPoint)>);
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        // A second finger: a pinch (zoom and pan) instead of a drag or a tap.
        let Some(at) = local(&ev) else {
            return;
        };
        fingers.update_value(|f| {
            f.retain(|(id, _)| *id != ev.pointer_id());
            f.push((ev.pointer_id(), at));
        });
        let two = fingers.with_value(|f| match f.as_slice() {
            [.., a, b] => Some((*a, *b)),
            _ => None,
        });
        if let Some(((a, pa), (b, pb))) = two {
            drag.set_value(None);
            hovered.set(None);
            // A circle's press that became a pinch places no centre.
            if circle_press.get_value().is_some() {
                circle_press.set_value(None);
                if let Some(d) = drawing {
                    d.sketch.update(|s| {
                        if s.as_ref().is_some_and(|s| s.placed() == 1) {
                            *s = Some(shared::area::Sketch::new(AreaKind::Circle));
                        }
                    });
                }
            }
            pinch.set_value(Some(Pinch {
                view: view.get_untracked(),
                ids: (a, b),
                from: (pa, pb),
            }));
            if let Some(el) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            return;
        }
        if let (Some(d), Some(AreaKind::Circle)) = (drawing, sketch_kind()) {
            let p = d.at(at);
            d.sketch.update(|s| {
                if let Some(s) = s {
                    s.press(p);
                }
            });
            circle_press.set_value(Some(ev.pointer_id()));
            hovered.set(None);
            hover_region.set(None);
            if let Some(el) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            return;
        }
        drag.set_value(Some(Drag {
            pointer: ev.pointer_id(),
            start: (f64::from(ev.client_x()), f64::from(ev.client_y())),
            view: view.get_untracked(),
            moved: false,
        }));
    };
    // The region under a screen point (index in the model's regions).
    let m = model.clone();
    let region_under = move |p: ScreenPoint| -> Option<usize> {
        let (x, y) = view.get_untracked().to_frame(p);
        let r = m.region_at(x, y)?;
        m.region_areas().iter().position(|a| std::ptr::eq(a, r))
    };
    let hover_hit = hit_at.clone();
    let click_region = region_under.clone();
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        if let Some(p) = pinch.get_value() {
            let Some(at) = local(&ev) else {
                return;
            };
            fingers.update_value(|f| {
                if let Some(x) = f.iter_mut().find(|(id, _)| *id == ev.pointer_id()) {
                    x.1 = at;
                }
            });
            let now = fingers.with_value(|f| {
                let find = |id| f.iter().find(|(i, _)| *i == id).map(|x| x.1);
                Some((find(p.ids.0)?, find(p.ids.1)?))
            });
            if let Some(now) = now {
                view.set(View::pinch(p.view, p.from, now, fitted_k()));
            }
            return;
        }
        // Drawing: the pointer is the circle's edge or the next corner.
        if let (Some(dr), true) = (drawing, sketch_kind().is_some()) {
            let pressed = circle_press.get_value();
            let panning = drag
                .get_value()
                .is_some_and(|d| d.pointer == ev.pointer_id());
            if pressed == Some(ev.pointer_id()) || !panning {
                if let Some(p) = local(&ev) {
                    let at = dr.at(p);
                    dr.sketch.update(|s| {
                        if let Some(s) = s {
                            s.hover(at);
                        }
                    });
                }
                return;
            }
        }
        let Some(mut d) = drag.get_value() else {
            // After a click opened an incident, no tooltip until the pointer
            // moves away from where it clicked (it would cover the map).
            if let Some((x, y)) = quiet.get_value() {
                let (dx, dy) = (f64::from(ev.client_x()) - x, f64::from(ev.client_y()) - y);
                if dx.hypot(dy) < QUIET_PX {
                    return;
                }
                quiet.set_value(None);
            }
            // Hover: what is under the pointer, found through the index.
            let now = local(&ev).and_then(|p| hover_hit(p).map(|h| (h, p)));
            // Off any incident: the region, for its tooltip.
            let region = match (now, local(&ev)) {
                (None, Some(p)) => region_under(p).map(|r| (r, p)),
                _ => None,
            };
            if region != hover_region.get_untracked() {
                hover_region.set(region);
            }
            if now.map(|n| n.0) != hovered.with_untracked(|h| h.map(|h| h.0)) {
                pointed.set(now.and_then(|n| n.0.incident));
                hovered.set(now);
            } else if let Some(n) = now {
                hovered.set(Some(n));
            }
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
            hovered.set(None);
            hover_region.set(None);
            if let Some(el) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
        }
        view.set(d.view.pan(dx, dy));
    };
    let click_hit = hit_at.clone();
    let click_model = model.clone();
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        fingers.update_value(|f| f.retain(|(id, _)| *id != ev.pointer_id()));
        // A finger of a pinch lifted: the pinch ends (no tap, no drag).
        if pinch
            .get_value()
            .is_some_and(|p| p.ids.0 == ev.pointer_id() || p.ids.1 == ev.pointer_id())
        {
            pinch.set_value(None);
            drag.set_value(None);
            return;
        }
        // A circle's press ends: the circle, if the pointer went far enough.
        if circle_press.get_value() == Some(ev.pointer_id()) {
            circle_press.set_value(None);
            if let (Some(dr), Some(p)) = (drawing, local(&ev)) {
                let at = dr.at(p);
                // Within a few px of the centre: a click that placed it (the
                // edge comes with the next), whatever the zoom.
                let near = dr.sketch.with_untracked(|s| {
                    s.as_ref().and_then(|s| s.first()).is_some_and(|c| {
                        let q = dr.screen(c);
                        (q.x - p.x).hypot(q.y - p.y) < DRAG_THRESHOLD_PX
                    })
                });
                let done = if ev.type_() == "pointercancel" || near {
                    None
                } else {
                    dr.sketch
                        .try_update(|s| s.as_mut().and_then(|s| s.release(at)))
                        .flatten()
                };
                if let Some(area) = done {
                    dr.keep(Some(area));
                }
            }
            return;
        }
        let Some(d) = drag.get_value() else {
            return;
        };
        if d.pointer != ev.pointer_id() {
            return;
        }
        drag.set_value(None);
        if d.moved || ev.type_() == "pointercancel" {
            return;
        }
        // The second click of a double click that ended a polygon is not a
        // click on the map.
        if finished_at
            .get_value()
            .is_some_and(|t| ev.time_stamp() - t < AFTER_FINISH_MS)
        {
            return;
        }
        // A click on a polygon being drawn: a corner, or on the first
        // corner, the end.
        if let (Some(dr), Some(AreaKind::Polygon), Some(p)) = (drawing, sketch_kind(), local(&ev)) {
            let closes = dr.sketch.with_untracked(|s| {
                s.as_ref().is_some_and(|s| {
                    s.placed() >= 3
                        && s.first().is_some_and(|f| {
                            let q = dr.screen(f);
                            (q.x - p.x).hypot(q.y - p.y) <= CLOSE_POLYGON_PX
                        })
                })
            });
            let done = if closes {
                dr.sketch
                    .with_untracked(|s| s.as_ref().and_then(|s| s.finish()))
            } else {
                let at = dr.at(p);
                dr.sketch.update(|s| {
                    if let Some(s) = s {
                        s.click(at);
                    }
                });
                None
            };
            if let Some(area) = done {
                dr.keep(Some(area));
                finished_at.set_value(Some(ev.time_stamp()));
            }
            return;
        }
        // A click: the incident under the pointer, or the list of a stack.
        match local(&ev).and_then(&click_hit) {
            Some(Hit {
                stack,
                incident: Some(i),
            }) => {
                active.set(Some(stack));
                listed.set(None);
                selected.set(Some(i));
                hovered.set(None);
                quiet.set_value(Some((f64::from(ev.client_x()), f64::from(ev.client_y()))));
            }
            Some(Hit {
                stack,
                incident: None,
            }) => {
                active.set(Some(stack));
                listed.set(Some(stack));
            }
            None => {
                listed.set(None);
                // Off any incident, in a region: filter to it (or back).
                let m = &click_model;
                if let Some(r) = local(&ev)
                    .and_then(&click_region)
                    .and_then(|r| m.region_areas().get(r))
                {
                    region_click.run((r.name.clone(), r.name_en.clone()));
                }
            }
        }
    };
    let on_pointerleave = move |_: web_sys::PointerEvent| {
        if hovered.with_untracked(Option::is_some) {
            pointed.set(None);
        }
        hovered.set(None);
        hover_region.set(None);
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let Some(at) = local(&ev) else {
            return;
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
        // What is under the pointer changed with the zoom.
        hovered.set(None);
        hover_region.set(None);
    };

    // Keyboard: arrows move between visible incidents, Enter opens.
    let m = markers.clone();
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        // Drawing a polygon: Enter ends it, Backspace takes a corner back.
        if let (Some(dr), Some(AreaKind::Polygon)) = (drawing, sketch_kind()) {
            if key == "Enter" {
                ev.prevent_default();
                if let Some(area) = dr
                    .sketch
                    .with_untracked(|s| s.as_ref().and_then(|s| s.finish()))
                {
                    dr.keep(Some(area));
                }
                return;
            }
            if key == "Backspace" {
                ev.prevent_default();
                dr.sketch.update(|s| {
                    if let Some(s) = s {
                        s.undo();
                    }
                });
                return;
            }
        }
        if let Some(dir) = Direction::from_key(&key) {
            ev.prevent_default();
            let v = view.get_untracked();
            let (w, h) = size.get_untracked();
            let next = visible.with_untracked(|sel| match active.get_untracked() {
                Some(s) if sel.stack_count(s) > 0 => {
                    m.spatial.step(&m.symbols, sel, s, dir).or(Some(s))
                }
                _ => {
                    let centre = v.to_frame(ScreenPoint {
                        x: w / 2.0,
                        y: h / 2.0,
                    });
                    m.spatial.nearest(sel, centre)
                }
            });
            if let Some(s) = next {
                active.set(Some(s));
                // Keep it on screen.
                let (fx, fy) = m.symbols.stack_point(s);
                let p = v.to_screen(fx, fy);
                let inside = |c: f64, max: f64| c >= KEEP_IN_VIEW_PX && c <= max - KEEP_IN_VIEW_PX;
                if !inside(p.x, w) || !inside(p.y, h) {
                    view.set(View::centred_on(fx, fy, v.k, w, h));
                }
            }
        } else if key == "Enter" || key == " " {
            let Some(s) = active.get_untracked() else {
                return;
            };
            ev.prevent_default();
            let hit = visible.with_untracked(|sel| m.spatial.resolve(&m.symbols, sel, s));
            match hit.incident {
                Some(i) => {
                    listed.set(None);
                    selected.set(Some(i));
                }
                None => {
                    // Opened from the keyboard: focus goes to the list.
                    listed.set(Some(s));
                    crate::loader::on_next_frame(|| {
                        crate::app::focus("[data-testid=\"stack-list\"] button[data-stack-member]")
                    });
                }
            }
        }
    };

    // What is said about the active stack, and the test hooks on the map.
    let (m, list) = (markers.clone(), incidents.clone());
    let active_info = Memo::new(move |_| {
        let s = active.get()?;
        let members: Vec<usize> =
            visible.with(|sel| sel.visible_in_stack(&m.symbols, s).take(2).collect());
        let count = visible.with(|sel| sel.stack_count(s)) as usize;
        let first = list.get(*members.first()?)?;
        Some(if count == 1 {
            (marker_label(first, w()), Some(first.id.clone()), count)
        } else {
            (
                trf(
                    "stack-enter",
                    &[("stack", stack_label(count, first, w()).into())],
                ),
                None,
                count,
            )
        })
    });

    let transform = move || view.get().transform();
    // The density grid's cells, in frame units: one path per class (their
    // figures are in the tooltip, found under the pointer).
    let cells = move || {
        let s = shading?.get()?;
        Some(
            s.cell_paths()
                .into_iter()
                .map(|(class, d)| {
                    view! { <path class="cell" data-class=class d=d style=format!("fill:var(--class-{class})") /> }
                })
                .collect_view(),
        )
    };
    let paths = |shapes: &[shared::Shape], class: &'static str| {
        shapes
            .iter()
            .map(|s| view! { <path class=class d=s.d.clone() /> })
            .collect_view()
    };
    let neighbours = paths(model.neighbours(), "neighbour");
    let lakes = paths(model.lakes(), "lake");
    let water = paths(model.water(), "water");
    let rivers = paths(model.rivers(), "river");
    let country = paths(model.country(), "country");
    // Drawn once fetched, shown only when zoomed in (see style.css).
    let fine = move || {
        detail.get().map(|l| {
            view! {
                <g class="detail">
                    {paths(l.water(), "water")}
                    {paths(l.rivers(), "river")}
                </g>
            }
        })
    };
    let fine_on = move || fine_water.get() && detail.with(Option::is_some);
    let regions = model
        .regions()
        .iter()
        .zip(model.region_areas())
        .enumerate()
        .map(|(at, (s, a))| {
            let fill = move || {
                let class = shading?.with(|s| s.as_ref()?.areas.get(at).copied())?;
                Some(match class {
                    Some(c) => format!("fill:var(--class-{c})"),
                    None => "fill:var(--mali)".to_owned(),
                })
            };
            let keys = [Some(a.name.as_str()), a.name_en.as_deref()]
                .into_iter()
                .flatten()
                .map(region_key)
                .collect::<Vec<_>>();
            let chosen = move || region.with(|r| r.as_deref().is_some_and(|r| keys.contains(&region_key(r))));
            view! { <path class="region" class:chosen=chosen class:shaded=move || fill().is_some() style=fill data-region=a.name.clone() d=s.d.clone()><title>{s.name.clone()}</title></path> }
        })
        .collect_view();

    // A ring around a stack, in screen px.
    let m = markers.clone();
    let ring = move |s: StackId, class: &'static str, id: Option<String>| {
        let (fx, fy) = m.symbols.stack_point(s);
        let r = m.symbols.stack_radius_px(s) + RING_GAP_PX;
        let p = move || view.get().to_screen(fx, fy);
        view! {
            <circle class=class cx=move || p().x cy=move || p().y r=r
                data-incident-id=id aria-hidden="true" />
        }
    };
    let (r1, r2, r3, r4) = (ring.clone(), ring.clone(), ring.clone(), ring);
    let (m, list) = (markers.clone(), incidents.clone());
    let selected_ring = move || {
        let i = selected.get()?;
        let s = m.symbols.incident_stack(i)?;
        let id = list.get(i).map(|inc| inc.id.clone());
        Some(r1(s, "selection-ring", id))
    };
    let active_ring = move || {
        let s = active.get()?;
        let id = active_info.with(|a| a.as_ref().and_then(|a| a.1.clone()));
        Some(r2(s, "active-ring", id))
    };
    let hover_ring = move || {
        let (h, _) = hovered.get()?;
        Some(r3(h.stack, "hover-ring", None))
    };
    // The row the pointer is on in the list.
    let (m, list) = (markers.clone(), incidents.clone());
    let pointed_ring = move || {
        if hovered.with(Option::is_some) {
            return None;
        }
        let i = pointed.get()?;
        let s = m.symbols.incident_stack(i)?;
        Some(r4(
            s,
            "hover-ring pointed-ring",
            list.get(i).map(|inc| inc.id.clone()),
        ))
    };
    // The selected incident's location radius (when the source gives one),
    // and lines to the attacks reported as coordinated with it.
    let list = incidents.clone();
    let radius = move || {
        let inc = list.get(selected.get()?)?;
        let km = inc.location_radius_km.filter(|r| *r > 0.0)?;
        let (x, y) = frame.project(inc.location);
        let r = frame.units_per_km(inc.location.lat) * km;
        let v = view.get();
        let p = v.to_screen(x, y);
        Some(view! {
            <circle class="uncertainty-radius" data-testid="uncertainty-radius" data-km=km.to_string()
                cx=p.x cy=p.y r=r * v.k />
        })
    };
    let (m, list) = (markers.clone(), incidents.clone());
    let partners = Memo::new(move |_| {
        let Some(inc) = selected.get().and_then(|i| list.get(i)) else {
            return Vec::new();
        };
        let kind = inc.provenance.kind();
        inc.coordinated_with
            .iter()
            .filter_map(|id| {
                list.iter()
                    .position(|o| &o.id == id && o.provenance.kind() == kind)
            })
            .filter_map(|j| m.symbols.incident_stack(j).map(|s| (j, s)))
            .collect::<Vec<_>>()
    });
    let (m, list) = (markers.clone(), incidents.clone());
    let links = move || {
        let from = m.symbols.incident_stack(selected.get()?)?;
        let v = view.get();
        let a = {
            let (x, y) = m.symbols.stack_point(from);
            v.to_screen(x, y)
        };
        Some(
            partners
                .get()
                .into_iter()
                .map(|(j, s)| {
                    let (x, y) = m.symbols.stack_point(s);
                    let b = v.to_screen(x, y);
                    let id = list.get(j).map(|i| i.id.clone());
                    view! {
                        <line class="coordinated-link" data-testid="coordinated-link" data-incident-id=id
                            x1=a.x y1=a.y x2=b.x y2=b.y />
                    }
                })
                .collect_view(),
        )
    };
    let m = model.clone();
    let region_tip = move || {
        if hovered.with(Option::is_some) {
            return None;
        }
        let (r, p) = hover_region.get()?;
        let a = m.region_areas().get(r)?;
        let keys = [Some(a.name.as_str()), a.name_en.as_deref()];
        let chosen = region.with(|f| {
            f.as_deref().is_some_and(|f| {
                keys.into_iter()
                    .flatten()
                    .any(|k| region_key(k) == region_key(f))
            })
        });
        let name = match (lang(), &a.name_en) {
            (crate::i18n::Lang::En, Some(en)) => en.clone(),
            _ => a.name.clone(),
        };
        let mut text = trf(
            if chosen {
                "region-every"
            } else {
                "region-only"
            },
            &[("region", name.clone().into())],
        );
        // In the density mode, the figures of the cell under the pointer.
        if mode() == MapMode::Density {
            let (x, y) = view.get_untracked().to_frame(p);
            // (A cell left unshaded, with nothing to count, says nothing.)
            let c =
                shading.and_then(|s| s.with(|s| s.as_ref().and_then(|s| s.cell_at(x, y).copied())));
            if let Some(c) = c {
                let figures = trf(
                    "cell-tip",
                    &[
                        ("events", c.count.events.into()),
                        ("killed", (c.count.killed as f64).into()),
                    ],
                );
                text = format!("{figures}. {text}");
            }
        }
        if mode() == MapMode::Regions {
            if let Some(c) =
                table.and_then(|t| t.with(|t| t.as_ref().and_then(|t| t.areas.get(r).copied())))
            {
                // With the panel open, the baseline and the change too.
                let against = comparison
                    .and_then(|m| {
                        m.with(|c| {
                            c.as_ref()
                                .and_then(|c| c.rows.iter().find(|x| x.area == Some(r)).cloned())
                        })
                    })
                    .map(|row| {
                        trf(
                            "region-against",
                            &[
                                ("events", (row.before_events.round()).into()),
                                ("killed", (row.before_killed.round()).into()),
                                (
                                    "eventschange",
                                    row.change_words(shared::analysis::Measure::Events, w())
                                        .into(),
                                ),
                                (
                                    "killedchange",
                                    row.change_words(shared::analysis::Measure::Killed, w())
                                        .into(),
                                ),
                            ],
                        )
                    })
                    .map(|t| format!(" {t}"))
                    .unwrap_or_default();
                text = format!(
                    "{name}: {}.{against} {text}",
                    trf(
                        "region-figures",
                        &[
                            ("events", c.events.into()),
                            ("killed", (c.killed as f64).into()),
                            ("nofigure", c.no_figure.into()),
                        ]
                    )
                );
            }
        }
        Some(view! {
            <div class="map-tooltip region-tip" role="presentation"
                style=format!("left:{:.0}px;top:{:.0}px", p.x + 14.0, p.y + 14.0)>{text}</div>
        })
    };
    let (m, list) = (markers.clone(), incidents.clone());
    let tooltip = move || {
        let (h, p) = hovered.get()?;
        let text = match h.incident {
            Some(i) => marker_label(list.get(i)?, w()),
            None => {
                let (n, first) = visible.with(|sel| {
                    let mut it = sel.visible_in_stack(&m.symbols, h.stack);
                    (sel.stack_count(h.stack), it.next())
                });
                trf(
                    "stack-click",
                    &[(
                        "stack",
                        stack_label(n as usize, list.get(first?)?, w()).into(),
                    )],
                )
            }
        };
        Some(view! {
            <div class="map-tooltip" role="presentation"
                style=format!("left:{:.0}px;top:{:.0}px", p.x + 14.0, p.y + 14.0)>{text}</div>
        })
    };

    // The area kept, and the one being drawn with its corners.
    let area_outline = move || {
        let dr = drawing?;
        let a = dr.area()?;
        Some(
            view! { <path class="area-outline" data-testid="area-outline" d=a.outline_d(&dr.frame()) /> },
        )
    };
    let sketch_outline = move || {
        let dr = drawing?;
        let shape = dr.sketch.with(|s| s.as_ref().and_then(|s| s.shape()))?;
        Some(
            view! { <path class="area-sketch" data-testid="area-sketch" d=shape.d(&dr.frame()) /> },
        )
    };
    // (A memo: the sketch changes on every pointer move, its corners do not.)
    let corner_list = Memo::new(move |_| {
        drawing.and_then(|dr| dr.sketch.with(|s| s.as_ref().map(|s| s.corners().to_vec())))
    });
    let sketch_corners = move || {
        let dr = drawing?;
        let corners = corner_list.get()?;
        Some(
            corners
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    let p = move || dr.screen(c);
                    view! { <circle class="area-corner" class:first=i == 0 cx=move || p().x cy=move || p().y r=if i == 0 { 6 } else { 4 } /> }
                })
                .collect_view(),
        )
    };
    let on_dblclick = move |ev: web_sys::MouseEvent| {
        if let (Some(dr), Some(AreaKind::Polygon)) = (drawing, sketch_kind()) {
            ev.prevent_default();
            if let Some(area) = dr
                .sketch
                .with_untracked(|s| s.as_ref().and_then(|s| s.finish()))
            {
                dr.keep(Some(area));
            }
        }
    };

    // The searched place: a pin and the dashed circle of the nearby radius.
    let search_mark = move || {
        let place = gazetteer.places().get(searched.get()?)?;
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
            class:hovering=move || hovered.with(Option::is_some)
            class:shaded-mode=move || mode() != MapMode::Points
            class:drawing=sketching
            data-mode=move || mode().key()
            node_ref=container
            tabindex="0"
            role="application"
            aria-roledescription="map"
            aria-label=tx("map-label")
            aria-describedby="map-active"
            data-visible-incidents=move || visible.with(|s| s.shown())
            data-active-incident=move || active_info.with(|a| a.as_ref().and_then(|a| a.1.clone()))
            data-active-count=move || active_info.with(|a| a.as_ref().map(|a| a.2))
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup.clone()
            on:pointercancel=on_pointerup.clone()
            on:pointerleave=on_pointerleave
            on:wheel=on_wheel
            on:dblclick=on_dblclick
            // A tap is handled on pointerup: the click the browser sends after
            // it would land on what the tap opened (a stack's list) and pick
            // from it.
            on:touchend=move |ev: web_sys::TouchEvent| {
                if ev.cancelable() {
                    ev.prevent_default();
                }
            }
            on:keydown=on_keydown
        >
            <svg class="map-layer" width="100%" height="100%" aria-hidden="true">
                <g class="basemap" class:fine=fine_on transform=transform>
                    {neighbours}
                    {country}
                    {regions}
                    {lakes}
                    {water}
                    {rivers}
                    {fine}
                    {cells}
                </g>
                <g class="labels"><MapLabels model=model.clone() view=view size=size above=false /></g>
            </svg>
            <crate::components::TileLayer frame=frame view=view size=size tiles=tiles />
            <MarkerCanvas
                markers=markers.clone()
                visible=visible
                view=view
                size=size
                shown=Signal::derive(move || mode() == MapMode::Points)
            />
            // Town names over the markers, with a halo: the places that have
            // incidents stay readable.
            <svg class="map-layer labels-above" width="100%" height="100%" aria-hidden="true">
                <g class="labels"><MapLabels model=model.clone() view=view size=size above=true /></g>
            </svg>
            <svg class="map-layer rings" width="100%" height="100%" aria-hidden="true">
                <g class="search-layer" transform=transform
                    style=move || format!("--k:{}", view.get().k)>
                    {search_mark}
                </g>
                {radius}
                {links}
                {hover_ring}
                {pointed_ring}
                {selected_ring}
                {active_ring}
            </svg>
            <svg class="map-layer area-layer" width="100%" height="100%" aria-hidden="true">
                <g transform=transform>
                    {area_outline}
                    {sketch_outline}
                </g>
                {sketch_corners}
            </svg>
            {tooltip}
            {region_tip}
        </div>
        <p id="map-active" class="sr-only" aria-live="polite" data-testid="map-active">
            {move || active_info.with(|a| a.as_ref().map(|a| a.0.clone()))}
        </p>
        <StackList incidents=incidents.clone() markers=markers.clone() visible=visible listed=listed selected=selected view=view size=size />
    }
}
