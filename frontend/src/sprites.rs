//! The sprites of the map's symbols, drawn once each by the browser's canvas
//! (antialiased circles, dashed rings, the digits of count badges) and handed
//! to `shared`'s renderer, which composites them.

use rustc_hash::FxHashMap;
use shared::engine::symbols::{BADGE_FILL, BADGE_TEXT, SPRITE_PAD_PX};
use shared::engine::{Glyph, SpriteSource};
use shared::Sprite;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Sprites by glyph, for one device pixel ratio.
#[derive(Default)]
pub struct CanvasSprites {
    dpr: f64,
    /// Looked up for every sprite drawn: a fast hash (FxHash; the keys are
    /// ours, not an attacker's).
    cache: FxHashMap<Glyph, Sprite>,
    /// The one canvas every sprite is drawn on and read back from (made
    /// once: a canvas's first use costs more than a sprite).
    canvas: Option<(HtmlCanvasElement, CanvasRenderingContext2d)>,
}

impl CanvasSprites {
    /// Sprites for `dpr` device px per CSS px (a new ratio empties the cache).
    pub fn set_dpr(&mut self, dpr: f64) {
        if (self.dpr - dpr).abs() > f64::EPSILON {
            self.cache.clear();
            self.dpr = dpr;
        }
    }
}

impl SpriteSource for CanvasSprites {
    fn sprite(&mut self, glyph: Glyph) -> Option<&Sprite> {
        if !self.cache.contains_key(&glyph) {
            if self.canvas.is_none() {
                self.canvas = scratch_canvas();
            }
            let (canvas, ctx) = self.canvas.as_ref()?;
            let s = render(canvas, ctx, glyph, self.dpr.max(1.0))?;
            self.cache.insert(glyph, s);
        }
        self.cache.get(&glyph)
    }
}

/// A canvas (not in the page) with a 2D context meant for reading back.
fn scratch_canvas() -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let doc = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    let options = web_sys::ContextAttributes2d::new();
    options.set_will_read_frequently(true);
    let ctx = canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()?;
    Some((canvas, ctx))
}

/// Draws one glyph at its [`Glyph::sprite_size`] and reads it back.
fn render(
    canvas: &HtmlCanvasElement,
    ctx: &CanvasRenderingContext2d,
    glyph: Glyph,
    dpr: f64,
) -> Option<Sprite> {
    let (w, h) = glyph.sprite_size(dpr);
    // Setting the size clears the canvas and resets the context's state.
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0).ok()?;
    let (cw, ch) = (w as f64 / dpr, h as f64 / dpr);
    match glyph {
        Glyph::Marker(key) => {
            let r = key.radius_px();
            debug_assert!(r * key.shape.extent() + SPRITE_PAD_PX <= cw / 2.0 + 0.5);
            // The shape of its dataset, from the one path the published SVG
            // and the legend draw too.
            let path =
                web_sys::Path2d::new_with_path_string(&key.shape.path_d(cw / 2.0, ch / 2.0, r))
                    .ok()?;
            let paint = key.style.paint(key.category);
            ctx.set_fill_style_str(paint.fill);
            ctx.fill_with_path_2d(&path);
            ctx.set_stroke_style_str(paint.stroke);
            ctx.set_line_width(paint.line_width);
            if let Some([dash, gap]) = paint.dash {
                let dash = js_sys::Array::of2(&dash.into(), &gap.into());
                ctx.set_line_dash(&dash).ok()?;
            }
            ctx.stroke_with_path(&path);
            if let Some(inner) = key
                .shape
                .inner_ring(r)
                .filter(|_| key.style == shared::MarkerStyle::Killed)
            {
                ctx.begin_path();
                ctx.arc(cw / 2.0, ch / 2.0, inner, 0.0, std::f64::consts::TAU)
                    .ok()?;
                ctx.set_stroke_style_str(shared::scale::INNER_RING);
                ctx.set_line_width(1.0);
                ctx.stroke();
            }
        }
        Glyph::Count(n) => {
            // A pill (a circle for one digit) with the number in it.
            let r = ch / 2.0 - 0.75;
            ctx.begin_path();
            ctx.arc(
                r + 0.75,
                ch / 2.0,
                r,
                std::f64::consts::FRAC_PI_2,
                3.0 * std::f64::consts::FRAC_PI_2,
            )
            .ok()?;
            ctx.arc(
                cw - r - 0.75,
                ch / 2.0,
                r,
                -std::f64::consts::FRAC_PI_2,
                std::f64::consts::FRAC_PI_2,
            )
            .ok()?;
            ctx.close_path();
            ctx.set_fill_style_str(BADGE_FILL);
            ctx.fill();
            ctx.set_stroke_style_str(BADGE_TEXT);
            ctx.set_line_width(1.5);
            ctx.stroke();
            ctx.set_fill_style_str(BADGE_TEXT);
            ctx.set_font("bold 10px system-ui, sans-serif");
            ctx.set_text_align("center");
            ctx.set_text_baseline("middle");
            ctx.fill_text(&n.to_string(), cw / 2.0, ch / 2.0 + 0.5)
                .ok()?;
        }
    }
    let data = ctx.get_image_data(0.0, 0.0, w as f64, h as f64).ok()?;
    Sprite::from_rgba(w, h, &data.data())
}
