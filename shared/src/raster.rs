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

/// A premultiplied RGBA pixel buffer.
#[derive(Debug, Clone, Default)]
pub struct Raster {
    width: usize,
    height: usize,
    pixels: Vec<u32>,
}

impl Raster {
    /// A transparent buffer of `width` × `height` px.
    pub fn new(width: usize, height: usize) -> Self {
        Raster {
            width,
            height,
            pixels: vec![0; width * height],
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
        for span in &s.spans {
            let row = y + span.row as i64;
            if row < 0 || row >= h {
                continue;
            }
            // Clip the run's columns to the buffer.
            let c0 = (x + span.start as i64).max(0);
            let c1 = (x + (span.start + span.len) as i64).min(w);
            if c0 >= c1 {
                continue;
            }
            let n = (c1 - c0) as usize;
            let src_start = span.row * s.width + (c0 - x) as usize;
            let dst_start = row as usize * self.width + c0 as usize;
            let src = &s.pixels[src_start..src_start + n];
            let dst = &mut self.pixels[dst_start..dst_start + n];
            if span.opaque {
                dst.copy_from_slice(src);
            } else {
                for (d, &p) in dst.iter_mut().zip(src) {
                    *d = over(p, *d);
                }
            }
        }
    }

    /// Writes the buffer as straight (non-premultiplied) RGBA bytes into `out`,
    /// as `ImageData` wants them.
    pub fn write_rgba(&self, out: &mut Vec<u8>) {
        out.clear();
        out.resize(self.pixels.len() * 4, 0);
        for (o, &p) in out.chunks_exact_mut(4).zip(&self.pixels) {
            let a = p >> 24;
            match a {
                0 => {}
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
        r.write_rgba(&mut out);
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
        r.write_rgba(&mut out);
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
    fn reset_resizes_and_clears() {
        let mut r = Raster::new(1, 1);
        r.blit(&Sprite::from_rgba(1, 1, &[255; 4]).unwrap(), 0, 0);
        r.reset(2, 2);
        assert_eq!((r.width(), r.height(), r.pixel(0, 0)), (2, 2, 0));
    }
}
