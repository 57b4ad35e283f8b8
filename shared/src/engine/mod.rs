//! The map engine: what the map draws for the incidents and how it finds
//! them, without one DOM element per incident.
//!
//! - [`symbols`]: incidents grouped into stacks (one point) and symbols (one
//!   circle per look), in flat arrays, with the draw order fixed once;
//! - [`selection`]: the one selection of visible incidents, changed by what
//!   enters or leaves it;
//! - [`render`]: the incremental renderer (tiles, front-to-back compositing);
//! - [`spatial`]: the R*-tree for hit testing, keyboard moves and radius search.
//!
//! The browser supplies the sprites and copies the pixels to a canvas; a GPU
//! renderer could take [`render::Renderer`]'s place behind the same inputs.

pub mod render;
pub mod selection;
pub mod spatial;
pub mod symbols;

pub use render::{Redraw, Renderer, SpriteSource, Viewport};
pub use selection::{Changes, Selection};
pub use spatial::{Direction, Hit, SpatialIndex};
pub use symbols::{EntryId, Glyph, MarkerKey, StackId, SymbolId, Symbols};

use crate::{Frame, Incident, MarkerScale};

/// The incidents' symbols and their spatial index, built once per dataset.
#[derive(Debug, Clone, Default)]
pub struct Markers {
    pub symbols: Symbols,
    pub spatial: SpatialIndex,
}

impl Markers {
    /// Builds both for `incidents`.
    pub fn new(frame: &Frame, scale: &MarkerScale, incidents: &[Incident]) -> Self {
        let symbols = Symbols::new(frame, scale, incidents);
        let spatial = SpatialIndex::new(&symbols);
        Markers { symbols, spatial }
    }
}
