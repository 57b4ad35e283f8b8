//! What the map draws for the incidents, built once per dataset: incidents
//! grouped into *stacks* (incidents at one point) and *symbols* (one circle per
//! stack and style), stored as flat arrays.
//!
//! Sources code many events at the same point (a town's or a district's
//! centroid). Drawing each of them would paint the same circle hundreds of
//! times, and nobody could see how many there are. So incidents that share a
//! point and a look (category, style, radius) share one [`SymbolId`], the
//! symbols of a point form a stack drawn as concentric circles (largest
//! underneath), and a stack that can hold several incidents gets a counted
//! badge, shown while two or more of them are visible.
//!
//! Draw order ("z order") is fixed here once: symbol ids run from the bottom
//! (largest circles) to the top (smallest), and badges come above every
//! symbol. Every renderer and the hit test use this one order.

use std::collections::HashMap;

use crate::{Category, Frame, Incident, MarkerScale, MarkerStyle};

/// Room in CSS px around a circle for its stroke, in a sprite.
pub const SPRITE_PAD_PX: f64 = 3.0;
/// Height in CSS px of a count badge.
pub const BADGE_HEIGHT_PX: f64 = 16.0;
/// Fill of a count badge (the legend draws its sample with it too).
pub const BADGE_FILL: &str = "#1d2430";
/// Text and rim of a count badge.
pub const BADGE_TEXT: &str = "#ffffff";
/// Incidents whose coordinates agree to this many degrees are at one point
/// (about a metre: what sources that code several events at one centroid
/// write; points apart on the ground stay apart at every zoom).
pub const SAME_POINT_DEGREES: f64 = 1e-5;

/// A stack: the incidents at one point. Index into [`Symbols`]' stacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StackId(pub u32);

/// A symbol: one circle drawn for the incidents of a stack that look alike.
/// Ids run in draw order, bottom first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SymbolId(pub u32);

/// Anything the renderer draws: the symbols (`0..symbols`) then the badges,
/// in draw order, bottom first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub u32);

/// How one marker looks: category (colour), style, shape (its dataset) and
/// radius in quarter px.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MarkerKey {
    pub category: Category,
    pub style: MarkerStyle,
    pub shape: crate::scale::MarkerShape,
    /// Radius in quarter CSS px (so equal-looking circles share a key).
    pub quarter_px: u16,
}

impl MarkerKey {
    /// Radius in CSS px.
    pub fn radius_px(&self) -> f64 {
        f64::from(self.quarter_px) / 4.0
    }
}

/// What one sprite shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Glyph {
    /// An incident circle.
    Marker(MarkerKey),
    /// A badge with the number of incidents visible in a stack (2 or more).
    Count(u32),
}

impl Glyph {
    /// The sprite's size in device px (width, height) at `dpr` device px per
    /// CSS px. The sprite's centre is its middle. Renderers of sprites must
    /// produce exactly this size.
    pub fn sprite_size(&self, dpr: f64) -> (usize, usize) {
        match self {
            Glyph::Marker(k) => {
                let reach = k.radius_px() * k.shape.extent();
                let s = ((reach + SPRITE_PAD_PX) * 2.0 * dpr).ceil() as usize;
                (s, s)
            }
            Glyph::Count(n) => {
                let h = (BADGE_HEIGHT_PX * dpr).ceil() as usize;
                ((badge_width_px(*n) * dpr).ceil() as usize, h)
            }
        }
    }
}

/// Width in CSS px of the badge for `n`: a circle for one digit, a pill for more.
pub fn badge_width_px(n: u32) -> f64 {
    let digits = n.max(1).ilog10() + 1;
    BADGE_HEIGHT_PX.max(6.0 + 6.5 * f64::from(digits))
}

/// Start offsets and items of a compressed list of lists.
#[derive(Debug, Clone, Default)]
struct Lists {
    start: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    /// Groups `(list, item)` pairs (lists numbered `0..n`); items keep their order.
    fn build(n: usize, pairs: impl Iterator<Item = (u32, u32)> + Clone) -> Self {
        let mut start = vec![0u32; n + 1];
        for (l, _) in pairs.clone() {
            start[l as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut items = vec![0u32; start[n] as usize];
        for (l, item) in pairs {
            items[fill[l as usize] as usize] = item;
            fill[l as usize] += 1;
        }
        Lists { start, items }
    }

    fn get(&self, i: usize) -> &[u32] {
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// Stacks, symbols and badges of a dataset, as flat arrays.
///
/// Invariants: every incident has exactly one symbol; every symbol belongs to
/// one stack; a stack has a badge iff it holds two incidents or more.
#[derive(Debug, Clone, Default)]
pub struct Symbols {
    /// Stack points in frame units.
    stack_x: Vec<f32>,
    stack_y: Vec<f32>,
    /// Largest radius among a stack's symbols, CSS px.
    stack_radius: Vec<f32>,
    stack_incidents: Lists,
    stack_symbols: Lists,
    /// The badge of each stack, `u32::MAX` for none.
    stack_badge: Vec<u32>,
    symbol_stack: Vec<u32>,
    symbol_key: Vec<MarkerKey>,
    symbol_incidents: Lists,
    badge_stack: Vec<u32>,
    incident_symbol: Vec<u32>,
}

impl Symbols {
    /// Groups `incidents` (projected with `frame`, sized with `scale`).
    pub fn new(frame: &Frame, scale: &MarkerScale, incidents: &[Incident]) -> Self {
        // Stacks, in order of their first incident.
        let mut stack_of_point: HashMap<(i64, i64), u32> = HashMap::new();
        let mut stack_x = Vec::new();
        let mut stack_y = Vec::new();
        let mut incident_stack = Vec::with_capacity(incidents.len());
        let mut keys = Vec::with_capacity(incidents.len());
        for inc in incidents {
            let (x, y) = frame.project(inc.location);
            let cell = (
                (inc.location.lon / SAME_POINT_DEGREES).round() as i64,
                (inc.location.lat / SAME_POINT_DEGREES).round() as i64,
            );
            let id = *stack_of_point.entry(cell).or_insert_with(|| {
                stack_x.push(x as f32);
                stack_y.push(y as f32);
                (stack_x.len() - 1) as u32
            });
            incident_stack.push(id);
            let (style, radius) = scale.marker_of(inc);
            keys.push(MarkerKey {
                category: inc.category(),
                style,
                shape: crate::scale::MarkerShape::of(inc.provenance.kind()),
                quarter_px: (radius * 4.0).round().clamp(0.0, f64::from(u16::MAX)) as u16,
            });
        }
        // Symbols: distinct (stack, key), then sorted into draw order.
        let mut symbol_of: HashMap<(u32, MarkerKey), u32> = HashMap::new();
        let mut symbol_stack = Vec::new();
        let mut symbol_key = Vec::new();
        let mut incident_symbol = Vec::with_capacity(incidents.len());
        for (i, key) in keys.iter().enumerate() {
            let stack = incident_stack[i];
            let id = *symbol_of.entry((stack, *key)).or_insert_with(|| {
                symbol_stack.push(stack);
                symbol_key.push(*key);
                (symbol_stack.len() - 1) as u32
            });
            incident_symbol.push(id);
        }
        let mut order: Vec<u32> = (0..symbol_stack.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (ka, kb) = (symbol_key[a as usize], symbol_key[b as usize]);
            kb.quarter_px
                .cmp(&ka.quarter_px)
                .then(ka.category.cmp(&kb.category))
                .then(ka.shape.cmp(&kb.shape))
                .then(style_rank(ka.style).cmp(&style_rank(kb.style)))
                .then(a.cmp(&b))
        });
        let mut rank = vec![0u32; order.len()];
        for (z, &s) in order.iter().enumerate() {
            rank[s as usize] = z as u32;
        }
        let symbol_stack: Vec<u32> = order.iter().map(|&s| symbol_stack[s as usize]).collect();
        let symbol_key: Vec<MarkerKey> = order.iter().map(|&s| symbol_key[s as usize]).collect();
        let incident_symbol: Vec<u32> = incident_symbol.iter().map(|&s| rank[s as usize]).collect();

        let n_stacks = stack_x.len();
        let n_symbols = symbol_stack.len();
        let stack_incidents = Lists::build(
            n_stacks,
            incident_stack
                .iter()
                .enumerate()
                .map(|(i, &s)| (s, i as u32)),
        );
        let stack_symbols = Lists::build(
            n_stacks,
            symbol_stack.iter().enumerate().map(|(z, &s)| (s, z as u32)),
        );
        let symbol_incidents = Lists::build(
            n_symbols,
            incident_symbol
                .iter()
                .enumerate()
                .map(|(i, &s)| (s, i as u32)),
        );
        let mut stack_radius = vec![0f32; n_stacks];
        for (z, &s) in symbol_stack.iter().enumerate() {
            let r = symbol_key[z].radius_px() as f32;
            stack_radius[s as usize] = stack_radius[s as usize].max(r);
        }
        let mut stack_badge = vec![u32::MAX; n_stacks];
        let mut badge_stack = Vec::new();
        for (s, badge) in stack_badge.iter_mut().enumerate() {
            if stack_incidents.get(s).len() >= 2 {
                *badge = (n_symbols + badge_stack.len()) as u32;
                badge_stack.push(s as u32);
            }
        }
        Symbols {
            stack_x,
            stack_y,
            stack_radius,
            stack_incidents,
            stack_symbols,
            stack_badge,
            symbol_stack,
            symbol_key,
            symbol_incidents,
            badge_stack,
            incident_symbol,
        }
    }

    /// Number of incidents.
    pub fn incidents(&self) -> usize {
        self.incident_symbol.len()
    }

    /// Number of stacks (distinct points).
    pub fn stacks(&self) -> usize {
        self.stack_x.len()
    }

    /// Number of symbols.
    pub fn symbols(&self) -> usize {
        self.symbol_stack.len()
    }

    /// Number of drawable entries (symbols and badges).
    pub fn entries(&self) -> usize {
        self.symbol_stack.len() + self.badge_stack.len()
    }

    /// The point of a stack, in frame units.
    pub fn stack_point(&self, s: StackId) -> (f64, f64) {
        let i = s.0 as usize;
        match (self.stack_x.get(i), self.stack_y.get(i)) {
            (Some(&x), Some(&y)) => (f64::from(x), f64::from(y)),
            _ => (0.0, 0.0),
        }
    }

    /// The largest circle radius of a stack, CSS px.
    pub fn stack_radius_px(&self, s: StackId) -> f64 {
        self.stack_radius
            .get(s.0 as usize)
            .map_or(0.0, |&r| f64::from(r))
    }

    /// Incidents of a stack, in file order.
    pub fn stack_incidents(&self, s: StackId) -> impl Iterator<Item = usize> + '_ {
        self.stack_incidents
            .get(s.0 as usize)
            .iter()
            .map(|&i| i as usize)
    }

    /// Symbols of a stack, bottom first.
    pub fn stack_symbols(&self, s: StackId) -> impl Iterator<Item = SymbolId> + '_ {
        self.stack_symbols
            .get(s.0 as usize)
            .iter()
            .map(|&z| SymbolId(z))
    }

    /// The badge of a stack, if it can hold two incidents or more.
    pub fn stack_badge(&self, s: StackId) -> Option<EntryId> {
        self.stack_badge
            .get(s.0 as usize)
            .filter(|&&b| b != u32::MAX)
            .map(|&b| EntryId(b))
    }

    /// The stack of a symbol.
    pub fn symbol_stack(&self, z: SymbolId) -> StackId {
        StackId(self.symbol_stack.get(z.0 as usize).copied().unwrap_or(0))
    }

    /// How a symbol looks.
    pub fn symbol_key(&self, z: SymbolId) -> Option<MarkerKey> {
        self.symbol_key.get(z.0 as usize).copied()
    }

    /// Incidents drawn by a symbol.
    pub fn symbol_incidents(&self, z: SymbolId) -> impl Iterator<Item = usize> + '_ {
        self.symbol_incidents
            .get(z.0 as usize)
            .iter()
            .map(|&i| i as usize)
    }

    /// The symbol of an incident.
    pub fn incident_symbol(&self, incident: usize) -> Option<SymbolId> {
        self.incident_symbol.get(incident).map(|&z| SymbolId(z))
    }

    /// The stack of an incident.
    pub fn incident_stack(&self, incident: usize) -> Option<StackId> {
        self.incident_symbol(incident).map(|z| self.symbol_stack(z))
    }

    /// What an entry is: a symbol, or the badge of a stack.
    pub fn entry(&self, e: EntryId) -> Entry {
        let n = self.symbol_stack.len() as u32;
        if e.0 < n {
            Entry::Symbol(SymbolId(e.0))
        } else {
            Entry::Badge(StackId(
                self.badge_stack
                    .get((e.0 - n) as usize)
                    .copied()
                    .unwrap_or(0),
            ))
        }
    }

    /// The entry of a symbol.
    pub fn symbol_entry(&self, z: SymbolId) -> EntryId {
        EntryId(z.0)
    }

    /// An entry's point in frame units and its offset in CSS px from that
    /// point (badges sit at the upper right of their stack's largest circle).
    pub fn entry_anchor(&self, e: EntryId) -> ((f64, f64), (f64, f64)) {
        match self.entry(e) {
            Entry::Symbol(z) => (self.stack_point(self.symbol_stack(z)), (0.0, 0.0)),
            Entry::Badge(s) => {
                let r = self.stack_radius_px(s) * std::f64::consts::FRAC_1_SQRT_2;
                (self.stack_point(s), (r, -r))
            }
        }
    }

    /// Bytes held by these arrays (for the memory report).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let lists = |l: &Lists| (l.start.capacity() + l.items.capacity()) * 4;
        (self.stack_x.capacity() + self.stack_y.capacity() + self.stack_radius.capacity()) * 4
            + lists(&self.stack_incidents)
            + lists(&self.stack_symbols)
            + lists(&self.symbol_incidents)
            + (self.stack_badge.capacity()
                + self.symbol_stack.capacity()
                + self.badge_stack.capacity()
                + self.incident_symbol.capacity())
                * 4
            + self.symbol_key.capacity() * size_of::<MarkerKey>()
    }
}

/// Which badges are drawn at `k` screen px per frame unit, by badge number
/// (entry id minus [`Symbols::symbols`]): where two badges would overlap, the
/// one of the stack with more incidents (then the earlier) is drawn, and the
/// other gives way (its stack still lists its incidents on a click). Depends
/// only on the zoom, so every redraw at one zoom agrees.
pub fn badges_shown(symbols: &Symbols, k: f64) -> Vec<bool> {
    const CELL_PX: f64 = 32.0;
    let n = symbols.badge_stack.len();
    let boxes: Vec<(f64, f64, f64, f64)> = (0..n)
        .map(|b| {
            let e = EntryId((symbols.symbols() + b) as u32);
            let ((x, y), (ox, oy)) = symbols.entry_anchor(e);
            let total = symbols
                .stack_incidents(StackId(symbols.badge_stack[b]))
                .count();
            let (cx, cy) = (x * k + ox, y * k + oy);
            let half_w = badge_width_px(total as u32) / 2.0;
            let half_h = BADGE_HEIGHT_PX / 2.0;
            (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
        })
        .collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&b| {
        let total = symbols
            .stack_incidents(StackId(symbols.badge_stack[b]))
            .count();
        (std::cmp::Reverse(total), b)
    });
    let cell = |v: f64| (v / CELL_PX).floor() as i64;
    let mut kept: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    let mut shown = vec![false; n];
    for b in order {
        let (x0, y0, x1, y1) = boxes[b];
        let cells = || {
            (cell(x0)..=cell(x1)).flat_map(move |cx| (cell(y0)..=cell(y1)).map(move |cy| (cx, cy)))
        };
        let clash = cells().any(|c| {
            kept.get(&c).is_some_and(|others| {
                others.iter().any(|&o| {
                    let (a0, b0, a1, b1) = boxes[o];
                    x0 < a1 && a0 < x1 && y0 < b1 && b0 < y1
                })
            })
        });
        if !clash {
            shown[b] = true;
            for c in cells() {
                kept.entry(c).or_default().push(b);
            }
        }
    }
    shown
}

/// An entry resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Symbol(SymbolId),
    Badge(StackId),
}

/// Draw order among circles of one size and category: filled under rings.
fn style_rank(s: MarkerStyle) -> u8 {
    match s {
        MarkerStyle::Killed => 0,
        MarkerStyle::Zero => 1,
        MarkerStyle::Unknown => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;
    use crate::LonLat;

    fn frame() -> Frame {
        Frame::fit(crate::MALI_BBOX)
    }

    #[test]
    fn incidents_at_one_point_share_a_stack_and_alike_ones_a_symbol() {
        let mut incs = vec![
            incident("a", "2022-07-21", Some(1)),
            incident("b", "2022-07-27", Some(1)),
            incident("c", "2022-07-27", Some(40)),
            incident("d", "2022-07-27", Some(3)),
        ];
        incs[3].location = LonLat::from_lon_lat(-5.0, 14.0);
        let scale = MarkerScale::fit(incs.iter().map(Incident::killed_total));
        let s = Symbols::new(&frame(), &scale, &incs);
        assert_eq!((s.incidents(), s.stacks(), s.symbols()), (4, 2, 3));
        assert_eq!(s.incident_symbol(0), s.incident_symbol(1));
        assert_eq!(s.incident_stack(0), s.incident_stack(2));
        assert_ne!(s.incident_stack(0), s.incident_stack(3));
        // Larger circles are drawn first (lower ids).
        let big = s.incident_symbol(2).unwrap();
        assert!(big < s.incident_symbol(0).unwrap());
        // One badge, for the stack of three; it comes after every symbol.
        let stack = s.incident_stack(0).unwrap();
        let badge = s.stack_badge(stack).unwrap();
        assert_eq!(badge, EntryId(3));
        assert_eq!(s.entry(badge), Entry::Badge(stack));
        assert_eq!(s.stack_badge(s.incident_stack(3).unwrap()), None);
        assert_eq!(s.entries(), 4);
        assert_eq!(s.stack_incidents(stack).collect::<Vec<_>>(), [0, 1, 2]);
        let syms: Vec<SymbolId> = s.stack_symbols(stack).collect();
        assert_eq!(syms.len(), 2);
        assert!(syms[0] < syms[1], "bottom first");
        assert_eq!(
            s.symbol_incidents(s.incident_symbol(0).unwrap())
                .collect::<Vec<_>>(),
            [0, 1]
        );
    }

    #[test]
    fn overlapping_badges_give_way_to_the_larger_stack_until_zoomed_in() {
        let mut incs: Vec<Incident> = (0..5)
            .map(|i| incident(&format!("i{i}"), "2022-07-21", Some(1)))
            .collect();
        // Two at one point, three at another a little east.
        for inc in &mut incs[..2] {
            inc.location = LonLat::from_lon_lat(-5.0, 14.0);
        }
        for inc in &mut incs[2..] {
            inc.location = LonLat::from_lon_lat(-4.99, 14.0);
        }
        let s = Symbols::new(&frame(), &MarkerScale::new(10), &incs);
        let three = s.stack_badge(s.incident_stack(2).unwrap()).unwrap().0 as usize - s.symbols();
        let two = s.stack_badge(s.incident_stack(0).unwrap()).unwrap().0 as usize - s.symbols();
        let near = badges_shown(&s, 1.0);
        assert!(near[three] && !near[two], "{near:?}");
        let far = badges_shown(&s, 100.0);
        assert!(far[three] && far[two], "{far:?}");
    }

    #[test]
    fn sprite_sizes_follow_radius_count_and_pixel_ratio() {
        let k = MarkerKey {
            category: Category::Unclassified,
            style: MarkerStyle::Killed,
            shape: crate::scale::MarkerShape::Circle,
            quarter_px: 20,
        };
        assert_eq!(Glyph::Marker(k).sprite_size(1.0), (16, 16));
        assert_eq!(Glyph::Marker(k).sprite_size(2.0), (32, 32));
        assert_eq!(Glyph::Count(7).sprite_size(1.0), (16, 16));
        assert_eq!(Glyph::Count(1234).sprite_size(1.0), (32, 16));
    }
}
