//! The area drawn on the map ([`shared::area`]): the sketch being drawn,
//! which the map reads (the pointer draws it, its outline is shown) and the
//! area tool reads (its buttons and hints). The area itself is one of the
//! filters, so the map, the trends and the comparison all follow it, and the
//! link keeps it.

use leptos::prelude::*;
use shared::area::{Area, AreaKind, Sketch};
use shared::filters::Filters;
use shared::{Frame, ScreenPoint, View};

/// A circle put at the map's centre is this share of the map's smaller side
/// across.
const CENTRE_CIRCLE_SHARE: f64 = 0.5;

/// The drawing's state, reached through context.
#[derive(Clone, Copy)]
pub struct Drawing {
    /// The area being drawn, if one is.
    pub sketch: RwSignal<Option<Sketch>>,
    /// The area the filters keep (a memo: not re-read on other filters).
    area: Memo<Option<Area>>,
    filters: RwSignal<Filters>,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
    frame: Frame,
}

impl Drawing {
    /// Builds the state and provides it as context.
    pub fn provide(
        filters: RwSignal<Filters>,
        view: RwSignal<View>,
        size: RwSignal<(f64, f64)>,
        frame: Frame,
    ) -> Drawing {
        let d = Drawing {
            sketch: RwSignal::new(None),
            area: Memo::new(move |_| filters.with(|f| f.area.clone())),
            filters,
            view,
            size,
            frame,
        };
        provide_context(d);
        // Escape stops the drawing (in turn with the panels).
        // (A memo: the sketch changes on every pointer move, which must not
        // put the drawing back on top of the panels.)
        let drawing = Memo::new(move |_| d.sketch.with(Option::is_some));
        crate::panels::escapable(
            drawing.into(),
            ".area-tool",
            Callback::new(move |_| {
                d.sketch.set(None);
                crate::app::focus(".area-tool .area-kind");
            }),
        );
        d
    }

    /// The context, where a map provides it.
    pub fn get() -> Option<Drawing> {
        use_context::<Drawing>()
    }

    /// The area the filters keep (tracked).
    pub fn area(&self) -> Option<Area> {
        self.area.get()
    }

    /// Keeps `area` (none: the whole map again) and ends the drawing.
    pub fn keep(&self, area: Option<Area>) {
        self.sketch.set(None);
        if self.filters.with_untracked(|f| f.area != area) {
            self.filters.update(|f| f.area = area);
        }
    }

    /// Starts drawing a `kind` (again: stops).
    pub fn start(&self, kind: AreaKind) {
        let same = self
            .sketch
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.kind() == kind));
        self.sketch.set((!same).then(|| Sketch::new(kind)));
    }

    /// The geographic point at screen point `p` of the map.
    pub fn at(&self, p: ScreenPoint) -> shared::LonLat {
        let (x, y) = self.view.get_untracked().to_frame(p);
        self.frame.unproject(x, y)
    }

    /// Where the geographic point `p` is on screen.
    pub fn screen(&self, p: shared::LonLat) -> ScreenPoint {
        let (x, y) = self.frame.project(p);
        self.view.get().to_screen(x, y)
    }

    /// The frame, for the outline's path.
    pub fn frame(&self) -> Frame {
        self.frame
    }

    /// A circle at the map's centre, half the map's smaller side across
    /// (the keyboard's way to draw one; its radius is then typed).
    pub fn circle_at_centre(&self) {
        let (w, h) = self.size.get_untracked();
        let centre = self.at(ScreenPoint {
            x: w / 2.0,
            y: h / 2.0,
        });
        let px = w.min(h) * CENTRE_CIRCLE_SHARE / 2.0;
        let per_km = self.frame.units_per_km(centre.lat) * self.view.get_untracked().k;
        self.keep(Some(Area::circle_on_screen(centre, px, per_km)));
        // The focus goes to the radius, to be typed.
        crate::loader::on_next_frame(|| crate::app::focus("[data-testid=\"area-radius\"]"));
    }
}
