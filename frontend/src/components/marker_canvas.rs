//! The canvas that paints the incident circles.
//!
//! Painting thousands of SVG circles costs the browser tens of milliseconds per
//! change, and so do thousands of canvas `drawImage` calls when the browser
//! rasterises on the CPU. So each circle style is rendered once by the canvas
//! into a sprite, the sprites are composited in wasm ([`shared::Raster`]), and
//! the result is copied to the canvas with one `putImageData`. The focusable,
//! labelled SVG circles above stay transparent hit targets (they show only a
//! hover or focus ring). A redraw walks only the day groups inside the slider's
//! range (binary search), in the same order as the SVG, so what is on top is
//! also what a click hits.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use shared::{Bundle, Category, MapModel, Marker, MarkerStyle, Raster, Sprite, View};
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

/// Room around a sprite's circle for its stroke, in CSS px.
const PAD: f64 = 3.0;

/// Sprites by (event type, style, radius in quarter px), for one pixel ratio.
#[derive(Default)]
struct SpriteCache {
    dpr: f64,
    sprites: HashMap<(Category, u8, u32), Sprite>,
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

impl SpriteCache {
    fn get(&mut self, m: &Marker, dpr: f64) -> Option<&Sprite> {
        if (self.dpr - dpr).abs() > f64::EPSILON {
            self.sprites.clear();
            self.dpr = dpr;
        }
        let style = match m.style {
            MarkerStyle::Killed => 0,
            MarkerStyle::Zero => 1,
            MarkerStyle::Unknown => 2,
        };
        let quarter = (m.radius * 4.0).round() as u32;
        let key = (m.category, style, quarter);
        if let std::collections::hash_map::Entry::Vacant(e) = self.sprites.entry(key) {
            e.insert(render_sprite(
                m.category,
                m.style,
                f64::from(quarter) / 4.0,
                dpr,
            )?);
        }
        self.sprites.get(&key)
    }
}

/// Draws one circle in the marker's style (the same styles as the legend's CSS)
/// on a small canvas and reads it back as a sprite; its centre is its middle.
fn render_sprite(t: Category, style: MarkerStyle, r: f64, dpr: f64) -> Option<Sprite> {
    let doc = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    let size = ((r + PAD) * 2.0 * dpr).ceil();
    canvas.set_width(size as u32);
    canvas.set_height(size as u32);
    let ctx = context(&canvas)?;
    ctx.scale(dpr, dpr).ok()?;
    let c = r + PAD;
    ctx.begin_path();
    ctx.arc(c, c, r, 0.0, std::f64::consts::TAU).ok()?;
    match style {
        MarkerStyle::Killed => {
            ctx.set_fill_style_str(t.colour());
            ctx.fill();
            ctx.set_stroke_style_str("#ffffff");
            ctx.set_line_width(1.2);
            ctx.stroke();
        }
        MarkerStyle::Zero => {
            ctx.set_fill_style_str("#ffffff");
            ctx.fill();
            ctx.set_stroke_style_str(t.colour());
            ctx.set_line_width(2.5);
            ctx.stroke();
        }
        MarkerStyle::Unknown => {
            ctx.set_fill_style_str("#ffffff");
            ctx.fill();
            ctx.set_stroke_style_str("#555555");
            ctx.set_line_width(2.0);
            let dash = js_sys::Array::of2(&3.0.into(), &2.0.into());
            ctx.set_line_dash(&dash).ok()?;
            ctx.stroke();
        }
    }
    let data = ctx.get_image_data(0.0, 0.0, size, size).ok()?;
    Sprite::from_rgba(size as usize, size as usize, &data.data())
}

/// The compositing buffers, kept between redraws. `rgba` mirrors the canvas.
#[derive(Default)]
struct Layer {
    sprites: SpriteCache,
    raster: Raster,
    rgba: Vec<u8>,
}

/// Redraws every marker of the day offsets `start..=end` for view `v` on a
/// `w` × `h` px canvas.
fn draw(
    el: &HtmlCanvasElement,
    model: &MapModel,
    (start, end): (u32, u32),
    v: View,
    (w, h): (f64, f64),
    layer: &mut Layer,
) -> Option<()> {
    let dpr = web_sys::window()?.device_pixel_ratio().max(1.0);
    let (pw, ph) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    if pw == 0 || ph == 0 {
        return Some(());
    }
    let resized = el.width() != pw || el.height() != ph;
    if resized {
        // A new size blanks the canvas; start the mirror and the buffer afresh.
        el.set_width(pw);
        el.set_height(ph);
        layer.rgba.clear();
        layer.raster.reset(pw as usize, ph as usize);
    }
    let previous = layer.raster.dirty();
    layer.raster.clear(pw as usize, ph as usize);
    for day in model.days_in(start, end) {
        for &i in &day.markers {
            let m = &model.markers[i];
            let c = v.to_screen(m.x, m.y);
            let p = shared::ScreenPoint {
                x: c.x + m.dx,
                y: c.y + m.dy,
            };
            let reach = m.radius + PAD;
            if p.x < -reach || p.y < -reach || p.x > w + reach || p.y > h + reach {
                continue;
            }
            let s = layer.sprites.get(m, dpr)?;
            let half = s.width as f64 / 2.0;
            layer.raster.blit(
                s,
                (p.x * dpr - half).round() as i64,
                (p.y * dpr - half).round() as i64,
            );
        }
    }
    // Only what was drawn last time or this time can have changed.
    let Some(region) = shared::raster::union(previous, layer.raster.dirty()) else {
        return Some(());
    };
    layer.raster.write_rgba(&mut layer.rgba, region);
    let image = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&layer.rgba), pw, ph).ok()?;
    context(el)?
        .put_image_data_with_dirty_x_and_dirty_y_and_dirty_width_and_dirty_height(
            &image,
            0.0,
            0.0,
            region.x0 as f64,
            region.y0 as f64,
            region.width() as f64,
            region.height() as f64,
        )
        .ok()
}

/// The canvas under the transparent SVG markers; redrawn when the range, the
/// view or the size changes.
#[component]
pub fn MarkerCanvas(
    bundle: Arc<Bundle>,
    range: RwSignal<(u32, u32)>,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let layer = Rc::new(RefCell::new(Layer::default()));
    Effect::new(move |_| {
        let (r, v, s) = (range.get(), view.get(), size.get());
        if let Some(el) = canvas.get() {
            draw(&el, &bundle.model, r, v, s, &mut layer.borrow_mut());
        }
    });
    view! { <canvas class="marker-canvas" node_ref=canvas aria-hidden="true"></canvas> }
}
