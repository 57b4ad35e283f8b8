//! A small software compositor for the marker layer.
//!
//! The browser's canvas costs several microseconds per `drawImage` call when it
//! rasterises on the CPU, which adds up to tens of milliseconds for 10,000
//! markers. Here the markers are composited in one tight loop instead: each
//! sprite (a circle pre-rendered once by the canvas) is blended with Porter-Duff
//! "source over" into a premultiplied RGBA buffer, and the page copies the
//! buffer to the canvas in one call.
//!
//! Pixels are `u32` in memory order R, G, B, A (little-endian: `r | g << 8 |
//! b << 16 | a << 24`), premultiplied by alpha.

/// A run of pixels in one row of a sprite that are all opaque or all partly
/// transparent (fully transparent pixels are left out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    row: usize,
    start: usize,
    len: usize,
    opaque: bool,
}

/// A premultiplied RGBA image to blend onto a [`Raster`], with its rows cut
/// into runs so opaque runs are copied and transparent ones skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sprite {
    pub width: usize,
    pub height: usize,
    pixels: Vec<u32>,
    spans: Vec<Span>,
}

impl Sprite {
    /// From straight (non-premultiplied) RGBA bytes, as `getImageData` gives them.
    /// Returns `None` when `rgba` is not `width * height * 4` bytes long.
    pub fn from_rgba(width: usize, height: usize, rgba: &[u8]) -> Option<Self> {
        if rgba.len() != width * height * 4 {
            return None;
        }
        let pixels: Vec<u32> = rgba
            .chunks_exact(4)
            .map(|p| {
                let a = u32::from(p[3]);
                let pm = |c: u8| (u32::from(c) * a + 127) / 255;
                pm(p[0]) | pm(p[1]) << 8 | pm(p[2]) << 16 | a << 24
            })
            .collect();
        let spans = spans(width, &pixels);
        Some(Sprite {
            width,
            height,
            pixels,
            spans,
        })
    }
}

/// Cuts each row into runs of opaque or partly transparent pixels.
fn spans(width: usize, pixels: &[u32]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    if width == 0 {
        return out;
    }
    for (row, line) in pixels.chunks_exact(width).enumerate() {
        for (col, &p) in line.iter().enumerate() {
            let a = p >> 24;
            if a == 0 {
                continue;
            }
            let opaque = a == 255;
            match out.last_mut() {
                Some(s) if s.row == row && s.start + s.len == col && s.opaque == opaque => {
                    s.len += 1
                }
                _ => out.push(Span {
                    row,
                    start: col,
                    len: 1,
                    opaque,
                }),
            }
        }
    }
    out
}

/// `x * y / 255` for two channels packed at bits 0-7 and 16-23, rounded.
#[inline]
fn mul_div_255_pair(x: u32, y: u32) -> u32 {
    let t = (x & 0x00ff_00ff) * y + 0x0080_0080;
    ((t + ((t >> 8) & 0x00ff_00ff)) >> 8) & 0x00ff_00ff
}

/// Premultiplied "source over": `s + d * (1 - alpha(s))`.
#[inline]
fn over(s: u32, d: u32) -> u32 {
    let inv = 255 - (s >> 24);
    s + (mul_div_255_pair(d, inv) | mul_div_255_pair(d >> 8, inv) << 8)
}

/// A rectangle of pixels: columns `x0..x1`, rows `y0..y1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PixelRect {
    pub x0: usize,
    pub y0: usize,
    pub x1: usize,
    pub y1: usize,
}

impl PixelRect {
    /// The smallest rectangle holding both.
    pub fn union(self, other: PixelRect) -> PixelRect {
        PixelRect {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }

    /// Width in px.
    pub fn width(&self) -> usize {
        self.x1 - self.x0
    }

    /// Height in px.
    pub fn height(&self) -> usize {
        self.y1 - self.y0
    }
}

/// The union of two optional rectangles.
pub fn union(a: Option<PixelRect>, b: Option<PixelRect>) -> Option<PixelRect> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.union(b)),
        (a, b) => a.or(b),
    }
}

/// A premultiplied RGBA pixel buffer that remembers which rectangle has been
/// drawn on since it was last cleared, so clearing and copying out cost only
/// that rectangle.
#[derive(Debug, Clone, Default)]
pub struct Raster {
    width: usize,
    height: usize,
    pixels: Vec<u32>,
    dirty: Option<PixelRect>,
}

impl Raster {
    /// A transparent buffer of `width` × `height` px.
    pub fn new(width: usize, height: usize) -> Self {
        Raster {
            width,
            height,
            pixels: vec![0; width * height],
            dirty: None,
        }
    }

    /// The rectangle drawn on since the last clear, if any.
    pub fn dirty(&self) -> Option<PixelRect> {
        self.dirty
    }

    /// Makes the buffer transparent again (only the drawn rectangle is touched)
    /// and `width` × `height` px (a new size clears everything).
    pub fn clear(&mut self, width: usize, height: usize) {
        if (width, height) != (self.width, self.height) {
            self.reset(width, height);
            return;
        }
        if let Some(r) = self.dirty.take() {
            for row in r.y0..r.y1 {
                self.pixels[row * width + r.x0..row * width + r.x1].fill(0);
            }
        }
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn height(&self) -> usize {
        self.height
    }

    /// Makes the buffer `width` × `height` and transparent.
    pub fn reset(&mut self, width: usize, height: usize) {
        self.width = width;
        self.height = height;
        self.pixels.clear();
        self.pixels.resize(width * height, 0);
        self.dirty = None;
    }

    /// The premultiplied pixel at (x, y).
    pub fn pixel(&self, x: usize, y: usize) -> u32 {
        self.pixels[y * self.width + x]
    }

    /// Blends `s` with its top-left corner at (x, y), clipped to the buffer.
    pub fn blit(&mut self, s: &Sprite, x: i64, y: i64) {
        let (w, h) = (self.width as i64, self.height as i64);
        if x >= w || y >= h || x + s.width as i64 <= 0 || y + s.height as i64 <= 0 {
            return;
        }
        let drawn = PixelRect {
            x0: x.max(0) as usize,
            y0: y.max(0) as usize,
            x1: (x + s.width as i64).min(w) as usize,
            y1: (y + s.height as i64).min(h) as usize,
        };
        self.dirty = union(self.dirty, Some(drawn));
        self.for_each_run(s, x, y, (0, 0, w, h), |src, dst, opaque| {
            if opaque {
                dst.copy_from_slice(src);
            } else {
                for (d, &p) in dst.iter_mut().zip(src) {
                    *d = over(p, *d);
                }
            }
        });
    }

    /// Calls `f(source, destination, opaque)` for each run of `s` (top-left
    /// corner at (x, y)) clipped to columns `clip.0..clip.2` and rows
    /// `clip.1..clip.3`, which lie inside the buffer.
    #[inline]
    fn for_each_run(
        &mut self,
        s: &Sprite,
        x: i64,
        y: i64,
        clip: (i64, i64, i64, i64),
        mut f: impl FnMut(&[u32], &mut [u32], bool),
    ) {
        let (cx0, cy0, cx1, cy1) = clip;
        for span in &s.spans {
            let row = y + span.row as i64;
            if row < cy0 || row >= cy1 {
                continue;
            }
            let c0 = (x + span.start as i64).max(cx0);
            let c1 = (x + (span.start + span.len) as i64).min(cx1);
            if c0 >= c1 {
                continue;
            }
            let n = (c1 - c0) as usize;
            let src_start = span.row * s.width + (c0 - x) as usize;
            let dst_start = row as usize * self.width + c0 as usize;
            f(
                &s.pixels[src_start..src_start + n],
                &mut self.pixels[dst_start..dst_start + n],
                span.opaque,
            );
        }
    }

    /// Makes the pixels of `rect` (clipped to the buffer) transparent.
    pub fn clear_rect(&mut self, rect: PixelRect) {
        let x1 = rect.x1.min(self.width);
        let y1 = rect.y1.min(self.height);
        if rect.x0 >= x1 {
            return;
        }
        for row in rect.y0..y1 {
            self.pixels[row * self.width + rect.x0..row * self.width + x1].fill(0);
        }
    }

    /// Blends `s` (top-left corner at (x, y)) *under* what is already in
    /// `clip` (Porter-Duff "destination over": `d + s * (1 - alpha(d))`), so
    /// sprites can be drawn front to back. Pixels already opaque are left as
    /// they are. Returns how many pixels became opaque.
    pub fn under(&mut self, s: &Sprite, x: i64, y: i64, clip: PixelRect) -> usize {
        let cx0 = clip.x0.min(self.width) as i64;
        let cx1 = clip.x1.min(self.width) as i64;
        let cy0 = clip.y0.min(self.height) as i64;
        let cy1 = clip.y1.min(self.height) as i64;
        if x >= cx1 || y >= cy1 || x + s.width as i64 <= cx0 || y + s.height as i64 <= cy0 {
            return 0;
        }
        let mut opaque = 0;
        self.for_each_run(s, x, y, (cx0, cy0, cx1, cy1), |src, dst, _| {
            for (d, &p) in dst.iter_mut().zip(src) {
                let a = *d >> 24;
                // Opaque below, or nothing to add (a sprite's clear corners).
                if a == 255 || p >> 24 == 0 {
                    continue;
                }
                *d = if a == 0 { p } else { over(*d, p) };
                if *d >> 24 == 255 {
                    opaque += 1;
                }
            }
        });
        opaque
    }

    /// Moves the whole image by (dx, dy) px (positive: right and down); the
    /// pixels that come into view are transparent. `rgba`, a straight copy of
    /// the buffer (see [`Raster::write_rgba`]), moves with it when it has the
    /// buffer's size.
    pub fn shift(&mut self, dx: i64, dy: i64, rgba: &mut [u8]) {
        let (w, h) = (self.width as i64, self.height as i64);
        let mirror = rgba.len() == self.pixels.len() * 4;
        if dx.abs() >= w || dy.abs() >= h {
            self.pixels.fill(0);
            if mirror {
                rgba.fill(0);
            }
            return;
        }
        let width = self.width;
        let n = (w - dx.abs()) as usize;
        let (src_x, dst_x) = if dx >= 0 {
            (0, dx as usize)
        } else {
            ((-dx) as usize, 0)
        };
        let rows: Vec<i64> = if dy > 0 {
            (0..h).rev().collect()
        } else {
            (0..h).collect()
        };
        for dst_row in rows {
            let src_row = dst_row - dy;
            let d0 = dst_row as usize * width;
            if src_row < 0 || src_row >= h {
                self.pixels[d0..d0 + width].fill(0);
                if mirror {
                    rgba[d0 * 4..(d0 + width) * 4].fill(0);
                }
                continue;
            }
            let s0 = src_row as usize * width;
            self.pixels
                .copy_within(s0 + src_x..s0 + src_x + n, d0 + dst_x);
            if mirror {
                rgba.copy_within((s0 + src_x) * 4..(s0 + src_x + n) * 4, (d0 + dst_x) * 4);
            }
            let (gap0, gap1) = if dx >= 0 { (0, dst_x) } else { (n, width) };
            self.pixels[d0 + gap0..d0 + gap1].fill(0);
            if mirror {
                rgba[(d0 + gap0) * 4..(d0 + gap1) * 4].fill(0);
            }
        }
        self.dirty = Some(self.bounds());
    }

    /// Writes the pixels of `region` as straight (non-premultiplied) RGBA bytes
    /// into `out`, a whole-buffer image (`width * height * 4` bytes, resized
    /// if needed), as `ImageData` wants them. Bytes outside `region` are left as
    /// they are.
    pub fn write_rgba(&self, out: &mut Vec<u8>, region: PixelRect) {
        out.resize(self.pixels.len() * 4, 0);
        let x1 = region.x1.min(self.width);
        let y1 = region.y1.min(self.height);
        for row in region.y0..y1 {
            let start = row * self.width + region.x0;
            let end = row * self.width + x1;
            let dst = &mut out[start * 4..end * 4];
            for (o, &p) in dst.chunks_exact_mut(4).zip(&self.pixels[start..end]) {
                let a = p >> 24;
                match a {
                    0 => o.fill(0),
                    255 => o.copy_from_slice(&p.to_le_bytes()),
                    _ => {
                        let un = |c: u32| (((c & 0xff) * 255 + a / 2) / a).min(255) as u8;
                        o[0] = un(p);
                        o[1] = un(p >> 8);
                        o[2] = un(p >> 16);
                        o[3] = a as u8;
                    }
                }
            }
        }
    }

    /// The whole buffer as a rectangle.
    pub fn bounds(&self) -> PixelRect {
        PixelRect {
            x0: 0,
            y0: 0,
            x1: self.width,
            y1: self.height,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn px(r: u8, g: u8, b: u8, a: u8) -> [u8; 4] {
        [r, g, b, a]
    }

    #[test]
    fn premultiplies_on_load() {
        let s = Sprite::from_rgba(1, 1, &px(200, 100, 0, 128)).unwrap();
        let p = s.pixels[0];
        assert_eq!(p & 0xff, 100); // 200 * 128 / 255, rounded
        assert_eq!(p >> 24, 128);
        assert!(Sprite::from_rgba(2, 1, &px(0, 0, 0, 0)).is_none());
    }

    #[test]
    fn opaque_replaces_and_transparent_keeps() {
        let mut r = Raster::new(2, 1);
        let red = Sprite::from_rgba(1, 1, &px(255, 0, 0, 255)).unwrap();
        r.blit(&red, 0, 0);
        let clear = Sprite::from_rgba(1, 1, &px(0, 255, 0, 0)).unwrap();
        r.blit(&clear, 0, 0);
        assert_eq!(r.pixel(0, 0), 0xff00_00ff);
        assert_eq!(r.pixel(1, 0), 0);
    }

    #[test]
    fn half_alpha_over_opaque_mixes_evenly() {
        let mut r = Raster::new(1, 1);
        r.blit(&Sprite::from_rgba(1, 1, &px(0, 0, 255, 255)).unwrap(), 0, 0);
        r.blit(&Sprite::from_rgba(1, 1, &px(255, 0, 0, 128)).unwrap(), 0, 0);
        let mut out = Vec::new();
        r.write_rgba(&mut out, r.bounds());
        assert_eq!(out[3], 255);
        assert!((i32::from(out[0]) - 128).abs() <= 1, "{out:?}");
        assert!((i32::from(out[2]) - 127).abs() <= 1, "{out:?}");
    }

    #[test]
    fn over_is_associative_enough_for_layering() {
        // Two half-transparent layers over nothing, straight output.
        let mut r = Raster::new(1, 1);
        let s = Sprite::from_rgba(1, 1, &px(255, 255, 255, 128)).unwrap();
        r.blit(&s, 0, 0);
        r.blit(&s, 0, 0);
        let a = r.pixel(0, 0) >> 24;
        assert!((191..=192).contains(&a), "{a}"); // 1 - (1 - .5)^2 = .75
    }

    #[test]
    fn blit_clips_at_every_edge() {
        let mut r = Raster::new(3, 3);
        let s = Sprite::from_rgba(2, 2, &[255; 16]).unwrap();
        r.blit(&s, -1, -1);
        r.blit(&s, 2, 2);
        r.blit(&s, 10, 10);
        assert_eq!(r.pixel(0, 0), u32::MAX);
        assert_eq!(r.pixel(1, 1), 0);
        assert_eq!(r.pixel(2, 2), u32::MAX);
        let mut out = Vec::new();
        r.write_rgba(&mut out, r.bounds());
        assert_eq!(out.len(), 36);
    }

    #[test]
    fn runs_split_opaque_partial_and_transparent() {
        let row = [
            px(9, 9, 9, 0),
            px(255, 0, 0, 255),
            px(255, 0, 0, 255),
            px(0, 0, 0, 100),
            px(0, 0, 0, 0),
        ];
        let s = Sprite::from_rgba(5, 1, &row.concat()).unwrap();
        let kinds: Vec<(usize, usize, bool)> =
            s.spans.iter().map(|r| (r.start, r.len, r.opaque)).collect();
        assert_eq!(kinds, [(1, 2, true), (3, 1, false)]);
    }

    #[test]
    fn dirty_rect_tracks_drawing_and_clear_touches_only_it() {
        let mut r = Raster::new(10, 10);
        assert_eq!(r.dirty(), None);
        let s = Sprite::from_rgba(2, 2, &[255; 16]).unwrap();
        r.blit(&s, 1, 1);
        r.blit(&s, 6, 3);
        let d = r.dirty().unwrap();
        assert_eq!((d.x0, d.y0, d.x1, d.y1), (1, 1, 8, 5));
        let mut out = Vec::new();
        r.write_rgba(&mut out, d);
        assert_eq!(out[(10 + 1) * 4 + 3], 255); // pixel (1, 1)
        r.clear(10, 10);
        assert_eq!(r.dirty(), None);
        assert_eq!(r.pixel(1, 1), 0);
        assert_eq!(r.pixel(7, 4), 0);
        // Writing the old rectangle again blanks what was drawn there.
        r.write_rgba(&mut out, d);
        assert!(out.iter().all(|&b| b == 0));
        // A new size clears everything.
        r.blit(&s, 0, 0);
        r.clear(4, 4);
        assert_eq!((r.width(), r.height(), r.pixel(0, 0)), (4, 4, 0));
    }

    #[test]
    fn reset_resizes_and_clears() {
        let mut r = Raster::new(1, 1);
        r.blit(&Sprite::from_rgba(1, 1, &[255; 4]).unwrap(), 0, 0);
        r.reset(2, 2);
        assert_eq!((r.width(), r.height(), r.pixel(0, 0)), (2, 2, 0));
    }
}
