//! The marker scale: circle area proportional to people killed.

/// How a marker is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerStyle {
    /// Some people were killed: a filled circle whose area is proportional to the count.
    Killed,
    /// A figure was reported and it is zero: a small hollow ring.
    Zero,
    /// No figure was reported: a small dashed ring.
    Unknown,
}

/// A marker's outline, one per dataset, so that two datasets whose
/// categories share a colour (ACLED's battles and UCDP's state-based
/// violence) stay apart on the map and in the legend: ACLED's events are
/// circles, UCDP's diamonds, another GeoJSON's triangles, and our sourced
/// incidents circles with a white inner ring. Each shape has the area of
/// the circle of its radius, so sizes compare across datasets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarkerShape {
    Circle,
    /// A circle with a white ring inside its outline.
    Ringed,
    Diamond,
    Triangle,
}

impl MarkerShape {
    /// The shape of a dataset's markers.
    pub fn of(kind: crate::provenance::DatasetKind) -> MarkerShape {
        use crate::provenance::DatasetKind;
        match kind {
            DatasetKind::Curated => MarkerShape::Ringed,
            DatasetKind::Acled => MarkerShape::Circle,
            DatasetKind::Ucdp => MarkerShape::Diamond,
            DatasetKind::Geojson => MarkerShape::Triangle,
        }
    }

    /// The shape of a category's swatch in a legend: diamonds for UCDP's
    /// types of violence, circles for ACLED's event types.
    pub fn of_vocabulary(c: crate::Category) -> MarkerShape {
        match c {
            crate::Category::Ucdp(_) => MarkerShape::Diamond,
            _ => MarkerShape::Circle,
        }
    }

    /// How far the shape reaches from its centre, as a multiple of its
    /// radius (a diamond or a triangle of a circle's area reaches further).
    pub fn extent(self) -> f64 {
        match self {
            MarkerShape::Circle | MarkerShape::Ringed => 1.0,
            // Half the diagonal of a square of area pi r²: r sqrt(pi / 2).
            MarkerShape::Diamond => 1.2534,
            // The circumradius of an equilateral triangle of area pi r².
            MarkerShape::Triangle => 1.5551,
        }
    }

    /// SVG path data of the shape centred on (`cx`, `cy`) with the area of
    /// a circle of radius `r`: what the canvas sprites, the published SVG
    /// and the legend all draw.
    pub fn path_d(self, cx: f64, cy: f64, r: f64) -> String {
        let e = r * self.extent();
        match self {
            MarkerShape::Circle | MarkerShape::Ringed => format!(
                "M{:.2} {cy:.2}a{r:.2} {r:.2} 0 1 0 {:.2} 0a{r:.2} {r:.2} 0 1 0 {:.2} 0Z",
                cx - r,
                2.0 * r,
                -2.0 * r
            ),
            MarkerShape::Diamond => format!(
                "M{cx:.2} {:.2}L{:.2} {cy:.2}L{cx:.2} {:.2}L{:.2} {cy:.2}Z",
                cy - e,
                cx + e,
                cy + e,
                cx - e
            ),
            MarkerShape::Triangle => {
                // Point up, centred on its centroid.
                let half = e * 3f64.sqrt() / 2.0;
                format!(
                    "M{cx:.2} {:.2}L{:.2} {:.2}L{:.2} {:.2}Z",
                    cy - e,
                    cx + half,
                    cy + e / 2.0,
                    cx - half,
                    cy + e / 2.0
                )
            }
        }
    }

    /// For [`MarkerShape::Ringed`]: the radius of the white ring inside the
    /// outline of a marker of radius `r` (none for the other shapes, or a
    /// marker too small to hold one).
    pub fn inner_ring(self, r: f64) -> Option<f64> {
        (self == MarkerShape::Ringed && r >= 4.0).then_some(r - 2.0)
    }

    /// A short key, e.g. "diamond" (CSS and tests read it).
    pub fn key(self) -> &'static str {
        match self {
            MarkerShape::Circle => "circle",
            MarkerShape::Ringed => "ringed",
            MarkerShape::Diamond => "diamond",
            MarkerShape::Triangle => "triangle",
        }
    }
}

/// The colour of a [`MarkerShape::inner_ring`].
pub const INNER_RING: &str = "#ffffff";

/// How a marker circle is painted: the one table the canvas sprites and the
/// published SVG both read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paint {
    pub fill: &'static str,
    pub stroke: &'static str,
    /// Stroke width in px.
    pub line_width: f64,
    /// Dash and gap in px, for a dashed ring.
    pub dash: Option<[f64; 2]>,
}

impl MarkerStyle {
    /// The paint of a marker of this style for `category`: a filled circle
    /// in its colour with a dark outline, a hollow ring in its ring colour,
    /// or a grey dashed ring (`shared::palette` checks their contrast).
    pub fn paint(self, category: crate::Category) -> Paint {
        match self {
            MarkerStyle::Killed => Paint {
                fill: category.colour(),
                stroke: crate::palette::MARKER_OUTLINE.1,
                line_width: 1.0,
                dash: None,
            },
            MarkerStyle::Zero => Paint {
                fill: "#ffffff",
                stroke: category.ring_colour(),
                line_width: 2.5,
                dash: None,
            },
            MarkerStyle::Unknown => Paint {
                fill: "#ffffff",
                stroke: "#555555",
                line_width: 2.0,
                dash: Some([3.0, 2.0]),
            },
        }
    }
}

/// What a circle's size counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SizeBy {
    /// People killed on all sides ([`crate::Incident::killed_total`]).
    #[default]
    All,
    /// The same without the assailants a party claims to have killed: in our
    /// file the assailants' dead are the figures source's claim (the army's
    /// "terrorists neutralised"); ACLED and UCDP counts are the coders', not a
    /// party's, and stay whole.
    WithoutClaims,
    /// Civilians killed, where the source gives sides (no figure otherwise:
    /// ACLED gives only a total).
    Civilians,
}

impl SizeBy {
    /// Every choice, in the order offered.
    pub const ALL: [SizeBy; 3] = [SizeBy::All, SizeBy::WithoutClaims, SizeBy::Civilians];

    /// A short key for links, e.g. "civilians".
    pub fn key(self) -> &'static str {
        match self {
            SizeBy::All => "all",
            SizeBy::WithoutClaims => "noclaims",
            SizeBy::Civilians => "civilians",
        }
    }

    /// The choice of `key`, if any.
    pub fn from_key(key: &str) -> Option<SizeBy> {
        SizeBy::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The figure of `inc` the circle shows (`None`: no figure).
    pub fn figure(self, inc: &crate::Incident) -> Option<u32> {
        let k = &inc.casualties.killed;
        match self {
            SizeBy::All => inc.killed_total(),
            SizeBy::WithoutClaims if inc.provenance.is_curated() => {
                [k.military, k.civilian, k.unknown]
                    .into_iter()
                    .flatten()
                    .reduce(u32::saturating_add)
            }
            SizeBy::WithoutClaims => inc.killed_total(),
            SizeBy::Civilians => k.civilian,
        }
    }
}

/// Maps people killed (all sides) to a circle radius in screen pixels.
///
/// Area is proportional to the count: `r = sqrt(killed / max_killed) * max_radius`,
/// never below `min_radius` so one death stays visible. Zero and unknown get
/// `min_radius` with their own style.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkerScale {
    /// The count drawn at `max_radius` (the largest in the whole dataset, at least 1).
    pub max_killed: u32,
    /// Radius in px for `max_killed`.
    pub max_radius: f64,
    /// Smallest radius in px.
    pub min_radius: f64,
    /// What the size counts.
    pub size_by: SizeBy,
}

impl MarkerScale {
    /// Default pixel sizes for the map.
    pub const MAX_RADIUS_PX: f64 = 28.0;
    /// Smallest radius in px, used for zero and unknown too.
    pub const MIN_RADIUS_PX: f64 = 5.0;

    /// A scale whose largest circle is `max_killed` (clamped to at least 1).
    pub fn new(max_killed: u32) -> Self {
        MarkerScale {
            max_killed: max_killed.max(1),
            max_radius: Self::MAX_RADIUS_PX,
            min_radius: Self::MIN_RADIUS_PX,
            size_by: SizeBy::All,
        }
    }

    /// A scale of what `size_by` counts, fitted to its largest figure among `incidents`.
    pub fn of(incidents: &[crate::Incident], size_by: SizeBy) -> Self {
        MarkerScale {
            size_by,
            ..Self::fit(incidents.iter().map(|i| size_by.figure(i)))
        }
    }

    /// Style and radius in px of `inc`'s marker.
    pub fn marker_of(&self, inc: &crate::Incident) -> (MarkerStyle, f64) {
        self.marker(self.size_by.figure(inc))
    }

    /// A scale fitted to the largest killed figure among `counts`.
    pub fn fit(counts: impl IntoIterator<Item = Option<u32>>) -> Self {
        Self::new(counts.into_iter().flatten().max().unwrap_or(1))
    }

    /// Style and radius in px for a killed figure (`None` = not reported).
    pub fn marker(&self, killed: Option<u32>) -> (MarkerStyle, f64) {
        match killed {
            None => (MarkerStyle::Unknown, self.min_radius),
            Some(0) => (MarkerStyle::Zero, self.min_radius),
            Some(k) => (MarkerStyle::Killed, self.radius(k)),
        }
    }

    /// Radius in px for `killed` people (area proportional, floored at `min_radius`).
    pub fn radius(&self, killed: u32) -> f64 {
        let r = (f64::from(killed) / f64::from(self.max_killed)).sqrt() * self.max_radius;
        r.max(self.min_radius)
    }

    /// Values for the size legend: "nice" numbers (1, 2, 5 × 10ⁿ) at about the
    /// maximum, a quarter and a sixteenth of it, largest first, without repeats.
    pub fn legend_values(&self) -> Vec<u32> {
        let mut out: Vec<u32> = [1.0, 0.25, 0.0625]
            .iter()
            .map(|f| nice_floor(f64::from(self.max_killed) * f))
            .filter(|&v| v >= 1)
            .collect();
        out.dedup();
        out
    }

    /// The size legend's nested circles sharing a bottom edge at `base` px:
    /// for each value of [`MarkerScale::legend_values`], its radius, the y
    /// of its circle's top, and the y of its label, moved down where needed
    /// so that no label is nearer than `gap` px to the one above it.
    pub fn legend_keys(&self, base: f64, gap: f64) -> Vec<LegendKey> {
        let mut out: Vec<LegendKey> = Vec::new();
        for v in self.legend_values() {
            let r = self.radius(v);
            let top = base - 2.0 * r;
            let label_y = out.last().map_or(top, |k| top.max(k.label_y + gap));
            out.push(LegendKey {
                value: v,
                radius: r,
                top,
                label_y,
            });
        }
        out
    }
}

/// One circle of the size legend ([`MarkerScale::legend_keys`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LegendKey {
    pub value: u32,
    pub radius: f64,
    /// The y of the circle's top, in px.
    pub top: f64,
    /// The y of its label's middle, in px.
    pub label_y: f64,
}

/// The largest 1, 2 or 5 × 10ⁿ not above `x` (0 when `x < 1`).
fn nice_floor(x: f64) -> u32 {
    if x < 1.0 {
        return 0;
    }
    let exp = x.log10().floor();
    let base = 10f64.powf(exp);
    let m = x / base;
    let nice = if m >= 5.0 {
        5.0
    } else if m >= 2.0 {
        2.0
    } else {
        1.0
    };
    (nice * base).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_is_proportional_to_killed() {
        let s = MarkerScale::new(100);
        let a = |k| s.radius(k).powi(2);
        assert!((a(100) / a(25) - 4.0).abs() < 1e-9);
        assert!((s.radius(100) - 28.0).abs() < 1e-9);
    }

    #[test]
    fn small_counts_get_the_minimum_radius() {
        let s = MarkerScale::new(1000);
        assert_eq!(s.radius(1), MarkerScale::MIN_RADIUS_PX);
    }

    #[test]
    fn zero_and_unknown_have_their_own_styles() {
        let s = MarkerScale::new(54);
        assert_eq!(s.marker(None), (MarkerStyle::Unknown, 5.0));
        assert_eq!(s.marker(Some(0)), (MarkerStyle::Zero, 5.0));
        assert_eq!(s.marker(Some(54)).0, MarkerStyle::Killed);
    }

    #[test]
    fn fit_uses_the_largest_figure() {
        let s = MarkerScale::fit([Some(3), None, Some(54), Some(0)]);
        assert_eq!(s.max_killed, 54);
        assert_eq!(MarkerScale::fit([None]).max_killed, 1);
    }

    #[test]
    fn each_shape_has_the_area_of_its_circle_and_reaches_as_far_as_it_says() {
        use crate::provenance::DatasetKind;
        let shapes: std::collections::BTreeSet<MarkerShape> =
            DatasetKind::ALL.into_iter().map(MarkerShape::of).collect();
        assert_eq!(shapes.len(), 4, "one shape per dataset");
        let r = 10.0;
        let e = MarkerShape::Diamond.extent() * r;
        assert!(((2.0 * e * e) - std::f64::consts::PI * r * r).abs() < 0.1);
        let e = MarkerShape::Triangle.extent() * r;
        let side = e * 3f64.sqrt();
        assert!((3f64.sqrt() / 4.0 * side * side - std::f64::consts::PI * r * r).abs() < 0.1);
        assert_eq!(
            MarkerShape::Diamond.path_d(0.0, 0.0, 1.0),
            "M0.00 -1.25L1.25 0.00L0.00 1.25L-1.25 0.00Z"
        );
        assert!(MarkerShape::Circle
            .path_d(5.0, 5.0, 2.0)
            .starts_with("M3.00 5.00a2.00"));
        assert_eq!(MarkerShape::Ringed.inner_ring(10.0), Some(8.0));
        assert_eq!(MarkerShape::Circle.inner_ring(10.0), None);
    }

    /// Regression (issue 20): in the legend's circle-size key, "20" and
    /// "10" overlapped.
    #[test]
    fn the_size_keys_labels_never_overlap() {
        for max in [1, 12, 40, 54, 90, 173, 443, 1000] {
            let keys = MarkerScale::new(max).legend_keys(60.0, 11.0);
            for pair in keys.windows(2) {
                assert!(
                    pair[1].label_y - pair[0].label_y >= 11.0 - 1e-9,
                    "{max}: {keys:?}"
                );
                assert!(
                    pair[1].label_y >= pair[1].top,
                    "a label is never above its circle"
                );
            }
        }
    }

    #[test]
    fn legend_values_are_nice_and_descending() {
        assert_eq!(MarkerScale::new(54).legend_values(), vec![50, 10, 2]);
        assert_eq!(MarkerScale::new(1).legend_values(), vec![1]);
        assert_eq!(MarkerScale::new(1000).legend_values(), vec![1000, 200, 50]);
    }

    #[test]
    fn circles_count_all_deaths_or_without_claims_or_civilians() {
        use crate::filter::tests::incident;
        // Our Sokolo: 6 soldiers and 48 assailants, the army's claim.
        let mut ours = incident("ours", "2022-07-27", Some(6));
        ours.casualties.killed.assailants = Some(48);
        assert_eq!(SizeBy::All.figure(&ours), Some(54));
        assert_eq!(SizeBy::WithoutClaims.figure(&ours), Some(6));
        assert_eq!(
            SizeBy::Civilians.figure(&ours),
            None,
            "no civilian figure given"
        );
        // ACLED: a total only, the coders' count, not a party's claim.
        let mut acled = incident("a", "2022-07-27", None);
        acled.provenance = crate::Provenance::acled("MLI7017");
        acled.casualties.killed = crate::SideCounts::default();
        acled.casualties.killed_reported_total = Some(27);
        assert_eq!(SizeBy::WithoutClaims.figure(&acled), Some(27));
        assert_eq!(SizeBy::Civilians.figure(&acled), None);
        let s = MarkerScale::of(&[ours, acled], SizeBy::WithoutClaims);
        assert_eq!((s.max_killed, s.size_by), (27, SizeBy::WithoutClaims));
        for k in SizeBy::ALL {
            assert_eq!(SizeBy::from_key(k.key()), Some(k));
        }
    }
}
