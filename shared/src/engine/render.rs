//! The incremental renderer: paints the visible symbols into a [`Raster`],
//! redrawing only the pixels that change.
//!
//! Every entry (symbol or badge) gets a box in *world pixels* for the current
//! zoom (frame units × scale × device pixel ratio, rounded), and the world is
//! cut into square tiles, each listing the entries whose box touches it, in
//! draw order. A pixel's colour then depends only on the visible entries
//! covering it, so any rectangle can be recomposited on its own: the entries
//! of its tile are blended front to back ("under") and the loop stops as soon
//! as every pixel of the rectangle is opaque. Hence:
//! - a selection change recomposites only the boxes of the entries that
//!   changed ([`Renderer::apply`]);
//! - a pan moves the pixels already drawn and composites only the strips that
//!   come into view ([`Renderer::set_view`]);
//! - a zoom lays the boxes out again (one pass over the entries) and redraws.
//!
//! Whatever the sequence, the pixels equal a full redraw of the same state
//! (tested below), because each rectangle is computed from scratch.
//!
//! Sprites come from a [`SpriteSource`] (in the app, circles and badges drawn
//! once by the browser's canvas), so this module stays free of the DOM and the
//! same code draws in tests.

use super::selection::{Changes, Selection};
use super::symbols::{Entry, EntryId, Glyph, Symbols};
use crate::raster::{PixelRect, Raster, Sprite};
use crate::View;

/// Tile side in device px.
pub const TILE_PX: i64 = 64;

/// Changed rectangles in one tile above which they are recomposited once,
/// as the rectangle around them (measured: a slider step at 1,000,000
/// changes fewer per tile, a filter hiding a type thousands).
const RECTS_PER_TILE: usize = 64;

/// Supplies the sprite of a glyph at the renderer's pixel ratio, of exactly
/// [`Glyph::sprite_size`].
pub trait SpriteSource {
    fn sprite(&mut self, glyph: Glyph) -> Option<&Sprite>;
}

/// Where every entry is drawn at one zoom.
#[derive(Debug, Clone, Default)]
struct Layout {
    k: f64,
    dpr: f64,
    /// Top-left corner (world px) and size of each entry's box.
    x: Vec<i32>,
    y: Vec<i32>,
    w: Vec<u16>,
    h: Vec<u16>,
    /// Tiles with entries: `tile_key` sorted; entries of tile `i` are
    /// `items[tile_start[i]..tile_start[i + 1]]`, in draw order.
    tile_key: Vec<u64>,
    tile_start: Vec<u32>,
    items: Vec<TileItem>,
}

/// An entry in a tile's list, with its box relative to the tile's corner
/// (so the scan for the boxes that touch a rectangle reads one array in
/// order).
#[derive(Debug, Clone, Copy, Default)]
struct TileItem {
    entry: u32,
    x0: i16,
    y0: i16,
    x1: i16,
    y1: i16,
}

/// Packs tile coordinates (which fit in 31 bits at any allowed zoom).
fn tile_key(tx: i64, ty: i64) -> u64 {
    let bias = 1i64 << 30;
    (((ty + bias) as u64) << 31) | ((tx + bias) as u64)
}

/// The tile coordinates of a key (see [`tile_key`]).
fn untile_key(key: u64) -> (i64, i64) {
    let bias = 1i64 << 30;
    let tx = (key & ((1u64 << 31) - 1)) as i64 - bias;
    let ty = (key >> 31) as i64 - bias;
    (tx, ty)
}

/// Rounds half up, the same way at every offset (so moving by whole pixels
/// moves every sprite by exactly that).
fn round_px(v: f64) -> i64 {
    (v + 0.5).floor() as i64
}

impl Layout {
    fn new(symbols: &Symbols, k: f64, dpr: f64) -> Layout {
        let n = symbols.entries();
        let mut l = Layout {
            k,
            dpr,
            x: Vec::with_capacity(n),
            y: Vec::with_capacity(n),
            w: Vec::with_capacity(n),
            h: Vec::with_capacity(n),
            ..Layout::default()
        };
        let mut pairs: Vec<(u64, u32)> = Vec::with_capacity(n * 2);
        let badges = super::symbols::badges_shown(symbols, k);
        for e in 0..n as u32 {
            let e = EntryId(e);
            // A badge that gives way is never drawn at this zoom: no box.
            let gives_way = (e.0 as usize)
                .checked_sub(symbols.symbols())
                .is_some_and(|b| !badges.get(b).copied().unwrap_or(true));
            let (x, y, w, h) = if gives_way {
                (0, 0, 0, 0)
            } else {
                entry_box(symbols, e, None, k, dpr)
            };
            l.x.push(x as i32);
            l.y.push(y as i32);
            l.w.push(w as u16);
            l.h.push(h as u16);
            if w == 0 || h == 0 {
                continue;
            }
            for ty in y.div_euclid(TILE_PX)..=(y + h as i64 - 1).div_euclid(TILE_PX) {
                for tx in x.div_euclid(TILE_PX)..=(x + w as i64 - 1).div_euclid(TILE_PX) {
                    pairs.push((tile_key(tx, ty), e.0));
                }
            }
        }
        pairs.sort_unstable();
        l.items = pairs
            .iter()
            .map(|&(key, e)| {
                let (tx, ty) = untile_key(key);
                let i = e as usize;
                let x0 = i64::from(l.x[i]) - tx * TILE_PX;
                let y0 = i64::from(l.y[i]) - ty * TILE_PX;
                let rel = |v: i64| v.clamp(i64::from(i16::MIN), i64::from(i16::MAX)) as i16;
                TileItem {
                    entry: e,
                    x0: rel(x0),
                    y0: rel(y0),
                    x1: rel(x0 + i64::from(l.w[i])),
                    y1: rel(y0 + i64::from(l.h[i])),
                }
            })
            .collect();
        for (i, p) in pairs.iter().enumerate() {
            if l.tile_key.last() != Some(&p.0) {
                l.tile_key.push(p.0);
                l.tile_start.push(i as u32);
            }
        }
        l.tile_start.push(pairs.len() as u32);
        l
    }

    /// Entries touching tile (tx, ty), in draw order.
    fn tile(&self, tx: i64, ty: i64) -> &[TileItem] {
        match self.tile_key.binary_search(&tile_key(tx, ty)) {
            Ok(i) => {
                let (a, b) = (self.tile_start[i] as usize, self.tile_start[i + 1] as usize);
                &self.items[a..b]
            }
            Err(_) => &[],
        }
    }

    fn heap_bytes(&self) -> usize {
        (self.x.capacity() + self.y.capacity() + self.tile_start.capacity()) * 4
            + self.items.capacity() * std::mem::size_of::<TileItem>()
            + (self.w.capacity() + self.h.capacity()) * 2
            + self.tile_key.capacity() * 8
    }
}

/// The box (world px: x, y, width, height) of an entry drawn as `glyph`, or
/// as its largest glyph when `None` (a badge's widest number).
fn entry_box(
    symbols: &Symbols,
    e: EntryId,
    glyph: Option<Glyph>,
    k: f64,
    dpr: f64,
) -> (i64, i64, usize, usize) {
    let glyph = glyph.or_else(|| match symbols.entry(e) {
        Entry::Symbol(z) => symbols.symbol_key(z).map(Glyph::Marker),
        Entry::Badge(s) => Some(Glyph::Count(symbols.stack_incidents(s).count() as u32)),
    });
    let Some(glyph) = glyph else {
        return (0, 0, 0, 0);
    };
    let ((fx, fy), (ox, oy)) = symbols.entry_anchor(e);
    let (w, h) = glyph.sprite_size(dpr);
    let cx = fx * k * dpr + ox * dpr;
    let cy = fy * k * dpr + oy * dpr;
    (
        round_px(cx - w as f64 / 2.0),
        round_px(cy - h as f64 / 2.0),
        w,
        h,
    )
}

/// The state of the drawing: what a [`Renderer`] has painted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub view: View,
    /// Device px per CSS px.
    pub dpr: f64,
    /// Size in device px.
    pub width: usize,
    pub height: usize,
}

/// What [`Renderer::set_view`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redraw {
    /// Nothing changed.
    None,
    /// The image moved by whole pixels and the strips that came into view
    /// were drawn.
    Shifted,
    /// Everything was drawn again (new zoom, size or pixel ratio).
    Full,
}

/// Paints symbols into a raster, incrementally. See the module doc.
#[derive(Debug, Default)]
pub struct Renderer {
    layout: Layout,
    raster: Raster,
    rgba: Vec<u8>,
    /// World px at the screen's top-left corner.
    origin: (i64, i64),
    viewport: Option<Viewport>,
    /// Rectangles changed since [`Renderer::take_changed`].
    changed: Vec<PixelRect>,
    /// Number of rectangles composited and entries blended since created.
    pub stats: Stats,
}

/// Work counters, for benchmarks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub rects: u64,
    pub blends: u64,
    pub layouts: u64,
}

impl Renderer {
    /// Draws `symbols` as selected for `viewport`: nothing when it is the one
    /// drawn, a shift when only the pan moved by whole pixels, else
    /// everything.
    pub fn set_view(
        &mut self,
        viewport: Viewport,
        symbols: &Symbols,
        selection: &Selection,
        sprites: &mut dyn SpriteSource,
    ) -> Redraw {
        let Viewport {
            view,
            dpr,
            width,
            height,
        } = viewport;
        let origin = (round_px(-view.tx * dpr), round_px(-view.ty * dpr));
        let same_zoom = self.layout.k == view.k
            && self.layout.dpr == dpr
            && self.layout.x.len() == symbols.entries();
        let same_size = self
            .viewport
            .is_some_and(|v| v.width == width && v.height == height && v.dpr == dpr);
        self.viewport = Some(viewport);
        if same_zoom && same_size {
            if origin == self.origin {
                return Redraw::None;
            }
            let (dx, dy) = (self.origin.0 - origin.0, self.origin.1 - origin.1);
            self.origin = origin;
            self.raster.shift(dx, dy, &mut self.rgba);
            // The strips that came into view.
            let (w, h) = (width as i64, height as i64);
            let mut strips = Vec::new();
            let cols = if dx > 0 {
                (0, dx.min(w))
            } else {
                ((w + dx).max(0), w)
            };
            if cols.0 < cols.1 {
                strips.push((cols.0, 0, cols.1, h));
            }
            let rows = if dy > 0 {
                (0, dy.min(h))
            } else {
                ((h + dy).max(0), h)
            };
            if rows.0 < rows.1 {
                strips.push((0, rows.0, w, rows.1));
            }
            for (x0, y0, x1, y1) in strips {
                self.composite_area(x0, y0, x1, y1, symbols, selection, sprites);
            }
            self.changed.clear();
            self.changed.push(self.raster.bounds());
            return Redraw::Shifted;
        }
        if !same_zoom {
            self.layout = Layout::new(symbols, view.k, dpr);
            self.stats.layouts += 1;
        }
        self.origin = origin;
        self.raster.reset(width, height);
        self.rgba.clear();
        self.rgba.resize(width * height * 4, 0);
        self.composite_area(
            0,
            0,
            width as i64,
            height as i64,
            symbols,
            selection,
            sprites,
        );
        self.changed.clear();
        self.changed.push(self.raster.bounds());
        Redraw::Full
    }

    /// Redraws what `changes` changed: the boxes of those entries, each
    /// recomposited with everything under and over it.
    pub fn apply(
        &mut self,
        changes: &Changes,
        symbols: &Symbols,
        selection: &Selection,
        sprites: &mut dyn SpriteSource,
    ) {
        let Some(vp) = self.viewport else {
            return;
        };
        let (w, h) = (vp.width as i64, vp.height as i64);
        // Each changed box, cut by the tiles, recomposited on its own (a union
        // per tile would take in the gaps between boxes, which never turn
        // opaque and so cost every symbol of the tile). A tile with many
        // changed boxes (a filter hiding a whole type) is recomposited once,
        // whole: each rectangle walks the tile's list, so many of them would
        // cost the list many times over.
        let mut dirty: Vec<(u64, (i64, i64, i64, i64))> = Vec::new();
        for &e in &changes.entries {
            let i = e.0 as usize;
            let (Some(&x), Some(&y), Some(&bw), Some(&bh)) = (
                self.layout.x.get(i),
                self.layout.y.get(i),
                self.layout.w.get(i),
                self.layout.h.get(i),
            ) else {
                continue;
            };
            let x0 = (i64::from(x) - self.origin.0).max(0);
            let y0 = (i64::from(y) - self.origin.1).max(0);
            let x1 = (i64::from(x) + i64::from(bw) - self.origin.0).min(w);
            let y1 = (i64::from(y) + i64::from(bh) - self.origin.1).min(h);
            if x0 >= x1 || y0 >= y1 {
                continue;
            }
            self.for_tiles(x0, y0, x1, y1, |key, r| dirty.push((key, r)));
        }
        dirty.sort_unstable();
        dirty.dedup();
        let mut rects = Vec::with_capacity(dirty.len());
        for tile in dirty.chunk_by(|a, b| a.0 == b.0) {
            if tile.len() > RECTS_PER_TILE {
                // One rectangle around them all (it lies in this one tile).
                let union = tile.iter().map(|t| t.1).fold(tile[0].1, |u, r| {
                    (u.0.min(r.0), u.1.min(r.1), u.2.max(r.2), u.3.max(r.3))
                });
                rects.push(union);
            } else {
                rects.extend(tile.iter().map(|t| t.1));
            }
        }
        for (x0, y0, x1, y1) in rects {
            self.composite_rect(x0, y0, x1, y1, symbols, selection, sprites);
        }
    }

    /// Calls `f` with each tile's key and the part of the screen rectangle
    /// `x0..x1` × `y0..y1` inside it.
    fn for_tiles(
        &self,
        x0: i64,
        y0: i64,
        x1: i64,
        y1: i64,
        mut f: impl FnMut(u64, (i64, i64, i64, i64)),
    ) {
        let (ox, oy) = self.origin;
        for ty in (y0 + oy).div_euclid(TILE_PX)..=(y1 - 1 + oy).div_euclid(TILE_PX) {
            for tx in (x0 + ox).div_euclid(TILE_PX)..=(x1 - 1 + ox).div_euclid(TILE_PX) {
                let r = (
                    (tx * TILE_PX - ox).max(x0),
                    (ty * TILE_PX - oy).max(y0),
                    ((tx + 1) * TILE_PX - ox).min(x1),
                    ((ty + 1) * TILE_PX - oy).min(y1),
                );
                f(tile_key(tx, ty), r);
            }
        }
    }

    /// Composites every tile's part of a screen rectangle.
    #[allow(clippy::too_many_arguments)]
    fn composite_area(
        &mut self,
        x0: i64,
        y0: i64,
        x1: i64,
        y1: i64,
        symbols: &Symbols,
        selection: &Selection,
        sprites: &mut dyn SpriteSource,
    ) {
        if x0 >= x1 || y0 >= y1 {
            return;
        }
        let mut rects = Vec::new();
        self.for_tiles(x0, y0, x1, y1, |_, r| rects.push(r));
        for (a, b, c, d) in rects {
            self.composite_rect(a, b, c, d, symbols, selection, sprites);
        }
    }

    /// Recomputes the screen rectangle `x0..x1` × `y0..y1`, which lies in one
    /// tile, from the visible entries of that tile, front to back.
    #[allow(clippy::too_many_arguments)]
    fn composite_rect(
        &mut self,
        x0: i64,
        y0: i64,
        x1: i64,
        y1: i64,
        symbols: &Symbols,
        selection: &Selection,
        sprites: &mut dyn SpriteSource,
    ) {
        let rect = PixelRect {
            x0: x0 as usize,
            y0: y0 as usize,
            x1: x1 as usize,
            y1: y1 as usize,
        };
        self.raster.clear_rect(rect);
        self.stats.rects += 1;
        let (ox, oy) = self.origin;
        let (tx, ty) = ((x0 + ox).div_euclid(TILE_PX), (y0 + oy).div_euclid(TILE_PX));
        let mut transparent = rect.width() * rect.height();
        let layout = &self.layout;
        // The rectangle relative to the tile's corner.
        let (rx0, ry0) = (x0 + ox - tx * TILE_PX, y0 + oy - ty * TILE_PX);
        let (rx1, ry1) = (x1 + ox - tx * TILE_PX, y1 + oy - ty * TILE_PX);
        for item in layout.tile(tx, ty).iter().rev() {
            // Boxes that miss the rectangle, then hidden entries, cost one test.
            if i64::from(item.x0) >= rx1
                || i64::from(item.y0) >= ry1
                || i64::from(item.x1) <= rx0
                || i64::from(item.y1) <= ry0
            {
                continue;
            }
            let e = item.entry;
            let i = e as usize;
            let bx = i64::from(layout.x[i]) - ox;
            let by = i64::from(layout.y[i]) - oy;
            let Some(glyph) = selection.glyph(symbols, EntryId(e)) else {
                continue;
            };
            let (sx, sy) = match glyph {
                Glyph::Marker(_) => (bx, by),
                Glyph::Count(_) => {
                    let (x, y, _, _) =
                        entry_box(symbols, EntryId(e), Some(glyph), layout.k, layout.dpr);
                    (x - ox, y - oy)
                }
            };
            let Some(sprite) = sprites.sprite(glyph) else {
                continue;
            };
            self.stats.blends += 1;
            transparent = transparent.saturating_sub(self.raster.under(sprite, sx, sy, rect));
            if transparent == 0 {
                break;
            }
        }
        self.raster.write_rgba(&mut self.rgba, rect);
        self.changed.push(rect);
    }

    /// The rectangles drawn since the last call (the whole image after a
    /// shift or a full redraw), to copy to the screen; clears the list.
    pub fn take_changed(&mut self) -> Vec<PixelRect> {
        std::mem::take(&mut self.changed)
    }

    /// The image as straight RGBA bytes, `width * height * 4`.
    pub fn rgba(&self) -> &[u8] {
        &self.rgba
    }

    /// The premultiplied image.
    pub fn raster(&self) -> &Raster {
        &self.raster
    }

    /// The viewport drawn, if any.
    pub fn viewport(&self) -> Option<Viewport> {
        self.viewport
    }

    /// Bytes held by the layout (boxes and tile lists), for the memory report.
    pub fn layout_bytes(&self) -> usize {
        self.layout.heap_bytes()
    }

    /// Bytes held by the image buffers (premultiplied and straight copies of
    /// the screen), for the memory report.
    pub fn image_bytes(&self) -> usize {
        self.rgba.capacity() + self.raster.width() * self.raster.height() * 4
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::engine::Selection;
    use crate::filter::tests::incident;
    use crate::{Frame, Incident, LonLat, MarkerScale, MarkerStyle};

    /// Sprites drawn natively: a disc (opaque inside, half transparent on the
    /// rim) coloured by the glyph, so that overlaps and order show in pixels.
    #[derive(Default)]
    pub(crate) struct TestSprites {
        pub dpr: f64,
        cache: HashMap<Glyph, Sprite>,
    }

    impl TestSprites {
        pub(crate) fn at(dpr: f64) -> Self {
            TestSprites {
                dpr,
                ..Default::default()
            }
        }
    }

    impl SpriteSource for TestSprites {
        fn sprite(&mut self, g: Glyph) -> Option<&Sprite> {
            let dpr = if self.dpr > 0.0 { self.dpr } else { 1.0 };
            Some(self.cache.entry(g).or_insert_with(|| {
                let (w, h) = g.sprite_size(dpr);
                let colour: [u8; 3] = match g {
                    Glyph::Marker(k) => [
                        (k.quarter_px * 7 % 256) as u8,
                        match k.style {
                            MarkerStyle::Killed => 200,
                            MarkerStyle::Zero => 100,
                            MarkerStyle::Unknown => 0,
                        },
                        (k.category.colour().len() * 40 % 256) as u8,
                    ],
                    Glyph::Count(n) => [255, (n % 256) as u8, 255],
                };
                let mut rgba = Vec::with_capacity(w * h * 4);
                let (cx, cy) = (w as f64 / 2.0, h as f64 / 2.0);
                let r = cx.min(cy) - 1.0;
                for y in 0..h {
                    for x in 0..w {
                        let d = (x as f64 + 0.5 - cx).hypot(y as f64 + 0.5 - cy);
                        let a = if d < r - 1.0 {
                            255
                        } else if d < r {
                            128
                        } else {
                            0
                        };
                        rgba.extend_from_slice(&[colour[0], colour[1], colour[2], a]);
                    }
                }
                Sprite::from_rgba(w, h, &rgba).unwrap_or_else(|| unreachable!())
            }))
        }
    }

    /// A pseudo-random cloud of incidents around a few points, many at the
    /// very same point, over 30 days.
    pub(crate) fn cloud(n: usize) -> Vec<Incident> {
        let mut seed: u64 = 7;
        let mut rand = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as f64 / (1u64 << 31) as f64
        };
        (0..n)
            .map(|i| {
                let day = 1 + (rand() * 28.0) as u32;
                let killed = match (rand() * 5.0) as u32 {
                    0 => None,
                    1 => Some(0),
                    _ => Some((rand() * 40.0) as u32),
                };
                let mut inc = incident(&format!("i{i}"), &format!("2022-07-{day:02}"), killed);
                let centre = [(-8.0, 12.6), (-4.2, 14.5), (-0.05, 16.3)][i % 3];
                let exact = rand() < 0.3;
                let (dx, dy) = if exact {
                    (0.0, 0.0)
                } else {
                    (rand() - 0.5, rand() - 0.5)
                };
                inc.location = LonLat::from_lon_lat(centre.0 + dx * 0.6, centre.1 + dy * 0.6);
                if rand() < 0.3 {
                    inc.event_type = Some(crate::EventType::ViolenceAgainstCivilians);
                }
                inc
            })
            .collect()
    }

    struct World {
        symbols: Symbols,
        order: Vec<usize>,
    }

    fn world(incs: &[Incident]) -> World {
        let frame = Frame::fit(crate::MALI_BBOX);
        let scale = MarkerScale::fit(incs.iter().map(Incident::killed_total));
        let mut order: Vec<usize> = (0..incs.len()).collect();
        order.sort_by_key(|&i| incs[i].date);
        World {
            symbols: Symbols::new(&frame, &scale, incs),
            order,
        }
    }

    fn vp(k: f64, tx: f64, ty: f64, dpr: f64) -> Viewport {
        Viewport {
            view: View { k, tx, ty },
            dpr,
            width: 300,
            height: 200,
        }
    }

    /// A fresh renderer's full drawing of this state.
    fn full(w: &World, sel: &Selection, v: Viewport) -> Vec<u8> {
        let mut r = Renderer::default();
        let mut sprites = TestSprites::at(v.dpr);
        assert_eq!(r.set_view(v, &w.symbols, sel, &mut sprites), Redraw::Full);
        r.rgba().to_vec()
    }

    #[test]
    fn incremental_redraw_equals_a_full_redraw_after_any_sequence() {
        let incs = cloud(3000);
        let w = world(&incs);
        let mut sel = Selection::new(&w.symbols);
        let mut r = Renderer::default();
        let mut sprites = TestSprites::at(1.0);
        let (fx, fy) = Frame::fit(crate::MALI_BBOX).project(LonLat::from_lon_lat(-4.2, 14.5));
        let mut v = vp(0.3, 0.0, 0.0, 1.0);
        v.view = View::centred_on(fx, fy, 0.3, 300.0, 200.0);
        r.set_view(v, &w.symbols, &sel, &mut sprites);
        let lo = |d: usize| {
            w.order.partition_point(|&i| {
                incs[i]
                    .date
                    .format("%d")
                    .to_string()
                    .parse::<usize>()
                    .unwrap_or(0)
                    < d
            })
        };
        let mut checked = 0;
        // Slider steps both ways, pans in every direction, a zoom, more steps.
        let script: Vec<(&str, i64, i64)> = vec![
            ("range", 1, 28),
            ("range", 2, 28),
            ("range", 3, 27),
            ("pan", 7, 0),
            ("range", 3, 20),
            ("pan", -13, 9),
            ("range", 10, 11),
            ("pan", 0, -40),
            ("range", 1, 28),
            ("zoom", 0, 0),
            ("range", 5, 9),
            ("pan", 350, 0),
            ("pan", -351, 2),
            ("range", 6, 9),
            ("filter", 2, 0),
            ("range", 0, 0),
            ("range", 1, 28),
            ("filter", 3, 1),
            ("pan", 5, 5),
            ("filter", 1, 0),
        ];
        for (what, a, b) in script {
            match what {
                "range" => {
                    let window = lo(a as usize)..lo(b as usize + 1);
                    let c = sel.set_window(&w.symbols, &w.order, window);
                    r.apply(&c, &w.symbols, &sel, &mut sprites);
                }
                "filter" => {
                    // Keep every a-th incident (offset b): a filter change.
                    let kept: Vec<bool> = (0..incs.len())
                        .map(|i| i % a as usize == b as usize)
                        .collect();
                    let c = sel.set_kept(&w.symbols, &kept, &kept);
                    r.apply(&c, &w.symbols, &sel, &mut sprites);
                }
                "pan" => {
                    v.view = v.view.pan(a as f64, b as f64);
                    assert_eq!(
                        r.set_view(v, &w.symbols, &sel, &mut sprites),
                        Redraw::Shifted
                    );
                }
                _ => {
                    v.view.k *= 1.7;
                    assert_eq!(r.set_view(v, &w.symbols, &sel, &mut sprites), Redraw::Full);
                }
            }
            assert!(
                r.rgba() == full(&w, &sel, v).as_slice(),
                "after {what} {a} {b}"
            );
            checked += 1;
        }
        assert_eq!(checked, 20);
        assert!(r.rgba().iter().any(|&b| b != 0), "something was drawn");
    }

    #[test]
    fn a_step_touches_only_the_boxes_of_what_changed() {
        let incs = cloud(3000);
        let w = world(&incs);
        let mut sel = Selection::new(&w.symbols);
        let mut r = Renderer::default();
        let mut sprites = TestSprites::at(1.0);
        sel.set_window(&w.symbols, &w.order, 0..w.order.len());
        let (fx, fy) = Frame::fit(crate::MALI_BBOX).project(LonLat::from_lon_lat(-4.2, 14.5));
        let v = Viewport {
            view: View::centred_on(fx, fy, 0.3, 300.0, 200.0),
            ..vp(0.3, 0.0, 0.0, 1.0)
        };
        r.set_view(v, &w.symbols, &sel, &mut sprites);
        assert!(r.rgba().iter().any(|&b| b != 0));
        r.take_changed();
        let before = r.stats;
        // Hide the ten latest incidents.
        let c = sel.set_window(&w.symbols, &w.order, 0..w.order.len() - 10);
        r.apply(&c, &w.symbols, &sel, &mut sprites);
        let area: usize = r
            .take_changed()
            .iter()
            .map(|p| p.width() * p.height())
            .sum();
        assert!(area > 0);
        assert!(area < 300 * 200 / 4, "{area} px redrawn for ten incidents");
        assert!(r.stats.rects - before.rects <= c.entries.len() as u64 * 4);
    }

    #[test]
    fn the_smallest_circle_is_on_top_and_a_badge_counts_the_stack() {
        let mut incs = vec![
            incident("big", "2022-07-01", Some(40)),
            incident("small", "2022-07-01", Some(1)),
        ];
        incs[1].location = incs[0].location;
        let w = world(&incs);
        let mut sel = Selection::new(&w.symbols);
        sel.set_window(&w.symbols, &w.order, 0..2);
        let stack = w.symbols.incident_stack(0).unwrap();
        let (fx, fy) = w.symbols.stack_point(stack);
        let v = Viewport {
            view: View::centred_on(fx, fy, 1.0, 300.0, 200.0),
            ..vp(1.0, 0.0, 0.0, 1.0)
        };
        let mut r = Renderer::default();
        let mut sprites = TestSprites::default();
        r.set_view(v, &w.symbols, &sel, &mut sprites);
        let small = w
            .symbols
            .symbol_key(w.symbols.incident_symbol(1).unwrap())
            .unwrap();
        let big = w
            .symbols
            .symbol_key(w.symbols.incident_symbol(0).unwrap())
            .unwrap();
        let red = |p: u32| p & 0xff;
        assert_eq!(
            red(r.raster().pixel(150, 100)),
            u32::from((small.quarter_px * 7 % 256) as u8)
        );
        // Halfway out on the left, only the big circle.
        let edge = (150.0 - big.radius_px() / 2.0) as usize;
        assert_eq!(
            red(r.raster().pixel(edge, 100)),
            u32::from((big.quarter_px * 7 % 256) as u8)
        );
        // The badge (count 2) at the upper right.
        let off = (big.radius_px() * std::f64::consts::FRAC_1_SQRT_2) as usize;
        assert_eq!(r.raster().pixel(150 + off, 100 - off) >> 8 & 0xff, 2);
    }
}
