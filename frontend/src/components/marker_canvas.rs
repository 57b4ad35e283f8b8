//! The canvas that shows the incidents' symbols.
//!
//! `shared`'s renderer composites the sprites (drawn once each by
//! [`CanvasSprites`]) into a pixel buffer and says which rectangles changed;
//! they are copied to the canvas with `putImageData`. A slider step redraws
//! only the boxes of the symbols that appear or disappear; a pan moves the
//! pixels already drawn and draws the strips that come into view; a zoom
//! shows the old pixels scaled at once (a CSS transform) and the crisp
//! redraw follows on the next animation frame.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use shared::engine::{Changes, Markers, Redraw, Renderer, Viewport};
use shared::{PixelRect, View};
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use crate::sprites::CanvasSprites;
use crate::visible::Visible;

/// More changed rectangles than this are copied as their bounding box, in
/// one call.
const MAX_RECTS_PER_COPY: usize = 48;

#[derive(Default)]
struct State {
    renderer: Renderer,
    sprites: CanvasSprites,
    /// A redraw is waiting for the next animation frame (after a zoom).
    scheduled: bool,
    /// The canvas was hidden (the regions or density map) while the
    /// selection or the view changed: what it holds is out of date, and it
    /// is drawn whole when shown again.
    stale: bool,
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Copies the renderer's changed rectangles to the canvas.
fn copy(el: &HtmlCanvasElement, renderer: &mut Renderer) -> Option<()> {
    let rects = renderer.take_changed();
    if rects.is_empty() {
        return Some(());
    }
    let vp = renderer.viewport()?;
    let image = ImageData::new_with_u8_clamped_array_and_sh(
        Clamped(renderer.rgba()),
        vp.width as u32,
        vp.height as u32,
    )
    .ok()?;
    let ctx = context(el)?;
    let put = |r: PixelRect| {
        let _ = ctx.put_image_data_with_dirty_x_and_dirty_y_and_dirty_width_and_dirty_height(
            &image,
            0.0,
            0.0,
            r.x0 as f64,
            r.y0 as f64,
            r.width() as f64,
            r.height() as f64,
        );
    };
    if rects.len() > MAX_RECTS_PER_COPY {
        rects.into_iter().reduce(PixelRect::union).map(put);
    } else {
        rects.into_iter().for_each(put);
    }
    Some(())
}

/// Brings the canvas to `view` and the current selection.
fn draw(
    el: &HtmlCanvasElement,
    markers: &Markers,
    visible: Visible,
    view: View,
    (w, h): (f64, f64),
    state: &mut State,
) -> Option<()> {
    let dpr = web_sys::window()?.device_pixel_ratio().max(1.0);
    let (pw, ph) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    if pw == 0 || ph == 0 {
        return Some(());
    }
    if el.width() != pw || el.height() != ph {
        el.set_width(pw);
        el.set_height(ph);
    }
    state.sprites.set_dpr(dpr);
    let viewport = Viewport {
        view,
        dpr,
        width: pw as usize,
        height: ph as usize,
    };
    let pending = visible.take_pending();
    let (shown, selection_bytes) = visible.with_untracked(|sel| {
        let redraw = state
            .renderer
            .set_view(viewport, &markers.symbols, sel, &mut state.sprites);
        if redraw != Redraw::Full && !pending.is_empty() {
            let changes = Changes {
                entries: pending,
                incidents: 0,
            };
            state
                .renderer
                .apply(&changes, &markers.symbols, sel, &mut state.sprites);
        }
        (sel.shown(), sel.heap_bytes())
    });
    AsRef::<web_sys::HtmlElement>::as_ref(el)
        .style()
        .remove_property("transform")
        .ok()?;
    copy(el, &mut state.renderer)?;
    // Test and benchmark hooks: how many incidents the canvas shows, and the
    // wasm memory in bytes (for the memory figures of the benchmark).
    let body = web_sys::window()?.document()?.body()?;
    #[cfg(target_arch = "wasm32")]
    {
        let bytes = core::arch::wasm32::memory_size(0) * 65536;
        body.set_attribute("data-wasm-memory", &bytes.to_string())
            .ok()?;
        // The engine's own arrays (symbols, selection, layout) and the image
        // buffers, in bytes (the R*-tree is not counted: rstar does not say).
        let engine = markers.symbols.heap_bytes() + selection_bytes + state.renderer.layout_bytes();
        body.set_attribute("data-engine-bytes", &engine.to_string())
            .ok()?;
        body.set_attribute(
            "data-image-bytes",
            &state.renderer.image_bytes().to_string(),
        )
        .ok()?;
    }
    body.set_attribute("data-markers-ready", &shown.to_string())
        .ok()
}

/// The canvas under the map's overlays; redrawn when the selection, the view
/// or the size changes, while `shown` (the points map: the regions and
/// density maps hide it, and nothing is composited for a hidden canvas).
#[component]
pub fn MarkerCanvas(
    markers: Arc<Markers>,
    visible: Visible,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
    #[prop(into)] shown: Signal<bool>,
) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let state = Rc::new(RefCell::new(State::default()));
    Effect::new(move |_| {
        let (v, s) = (view.get(), size.get());
        visible.with(|_| ());
        let Some(el) = canvas.get() else {
            return;
        };
        let mut st = state.borrow_mut();
        if !shown.get() {
            // Hidden: the changes are dropped, and the whole image is drawn
            // again once shown.
            visible.take_pending();
            st.stale = true;
            return;
        }
        if st.stale {
            st.stale = false;
            st.renderer = Renderer::default();
        }
        let drawn = st.renderer.viewport();
        let zoomed = drawn.is_some_and(|d| d.view.k != v.k && (d.width, d.height) != (0, 0));
        if !zoomed {
            draw(&el, &markers, visible, v, s, &mut st);
            return;
        }
        // A zoom: scale what is drawn now, draw crisp on the next frame.
        if let Some(d) = drawn {
            let f = v.k / d.view.k;
            let (dx, dy) = (v.tx - d.view.tx * f, v.ty - d.view.ty * f);
            let _ = AsRef::<web_sys::HtmlElement>::as_ref(&*el)
                .style()
                .set_property(
                    "transform",
                    &format!("translate({dx:.2}px, {dy:.2}px) scale({f:.5})"),
                );
        }
        if !st.scheduled {
            st.scheduled = true;
            let (state, markers) = (state.clone(), markers.clone());
            crate::loader::on_next_frame(move || {
                let mut st = state.borrow_mut();
                st.scheduled = false;
                // The map may have been replaced (a layer change) meanwhile:
                // its signals are then gone, and there is nothing to draw.
                let (Some(Some(el)), Some(v), Some(s)) = (
                    canvas.try_get_untracked(),
                    view.try_get_untracked(),
                    size.try_get_untracked(),
                ) else {
                    return;
                };
                if visible.is_alive() {
                    draw(&el, &markers, visible, v, s, &mut st);
                }
            });
        }
    });
    view! { <canvas class="marker-canvas" node_ref=canvas aria-hidden="true"></canvas> }
}
