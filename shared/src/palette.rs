//! The map's colours and the interface's text colours, written once: the
//! page's stylesheet reads them as CSS variables ([`css_variables`], set on
//! the page at start), the canvas sprites and the published SVG through
//! [`crate::scale::MarkerStyle::paint`]; the tests check their contrast
//! (WCAG 2: 3:1 for the parts of a marker against every map colour, 4.5:1 for
//! text on the panels).
//!
//! The marker fills are the Okabe-Ito palette (`Category::colour`), chosen
//! because its hues stay apart for the common colour-vision deficiencies
//! (protan, deutan, tritan); the lighter ones (orange, sky blue, reddish
//! purple) fall under 3:1 against a light map, so every filled circle has a
//! dark outline and a hollow ring takes a darker shade of its category's
//! colour ([`crate::Category::ring_colour`]).

/// The map's colours, as (CSS variable, colour): what a marker is drawn on.
pub const MAP: [(&str, &str); 4] = [
    ("--mali", "#fbf8f1"),
    ("--land", "#f3efe6"),
    ("--outside", "#e6e3dc"),
    ("--water", "#cfe0ec"),
];

/// The panels' background and the text on it.
pub const PANEL: (&str, &str) = ("--panel", "#ffffff");
pub const INK: (&str, &str) = ("--ink", "#1d2430");
pub const MUTED: (&str, &str) = ("--muted", "#5b6472");

/// The outline of every filled circle (dark: 3:1 and more against the map).
pub const MARKER_OUTLINE: (&str, &str) = ("--marker-outline", "#1d2430");

/// The area drawn on the map (its outline, and a light fill of it), on the
/// page and in the published picture.
pub const AREA: (&str, &str) = ("--area", "#0b5cad");

/// The classes of the regions map and the density grid, lightest first:
/// ColorBrewer's YlOrRd in five classes (Cynthia Brewer, Penn State; a
/// sequential scheme that stays ordered in grey and for colour-vision
/// deficiencies). The stylesheet reads them as `--class-0` to `--class-4`.
pub const CLASSES: [&str; 5] = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];

/// The trend chart's series, in order (Okabe-Ito, then grey for "other").
pub const SERIES: [&str; 6] = [
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#7f7f7f",
];

/// Every variable the stylesheet reads, as one `style` attribute value.
pub fn css_variables() -> String {
    let zero = crate::Category::Acled(crate::EventType::Battles).ring_colour();
    MAP.iter()
        .chain([PANEL, INK, MUTED, MARKER_OUTLINE, AREA].iter())
        .chain(std::iter::once(&("--zero-ring", zero)))
        .map(|(k, v)| format!("{k}:{v};"))
        .chain(
            CLASSES
                .iter()
                .enumerate()
                .map(|(i, c)| format!("--class-{i}:{c};")),
        )
        .chain(
            SERIES
                .iter()
                .enumerate()
                .map(|(i, c)| format!("--series-{i}:{c};")),
        )
        .collect()
}

/// The WCAG 2 relative luminance of a `#rrggbb` colour (0 black, 1 white),
/// or `None` for another form.
pub fn luminance(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#').filter(|h| h.len() == 6)?;
    let channel = |i: usize| -> Option<f64> {
        let c = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// The WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21).
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    Some((la.max(lb) + 0.05) / (la.min(lb) + 0.05))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CIE L*a*b* of a `#rrggbb` colour (D65).
    fn lab(colour: &str) -> (f64, f64, f64) {
        let hex = &colour[1..];
        let lin = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let (r, g, b) = (lin(0), lin(2), lin(4));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        (
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        )
    }

    /// Issue 20: two legend entries of one colour (ACLED's battles and
    /// UCDP's state-based violence) or of two close blues (protests and
    /// non-state violence) could not be told apart. Every pair of entries
    /// now differs in shape (a dataset's vocabulary) or clearly in colour.
    #[test]
    fn every_pair_of_legend_entries_is_told_apart_by_shape_or_colour() {
        use crate::scale::MarkerShape;
        let all = crate::Category::all();
        for (n, a) in all.iter().enumerate() {
            for b in &all[n + 1..] {
                if MarkerShape::of_vocabulary(*a) != MarkerShape::of_vocabulary(*b) {
                    continue;
                }
                let ((l1, a1, b1), (l2, a2, b2)) = (lab(a.colour()), lab(b.colour()));
                let delta = ((l1 - l2).powi(2) + (a1 - a2).powi(2) + (b1 - b2).powi(2)).sqrt();
                assert!(delta >= 20.0, "{a:?} and {b:?}: ΔE {delta:.1}");
            }
        }
    }
    use crate::scale::MarkerStyle;
    use crate::Category;

    #[test]
    fn contrast_follows_wcag() {
        assert_eq!(
            contrast("#000000", "#ffffff").map(|c| c.round()),
            Some(21.0)
        );
        assert_eq!(contrast("#777777", "#777777"), Some(1.0));
        assert_eq!(contrast("red", "#ffffff"), None);
    }

    #[test]
    fn every_marker_stands_out_3_to_1_on_every_map_colour() {
        for c in Category::all() {
            for style in [MarkerStyle::Killed, MarkerStyle::Zero, MarkerStyle::Unknown] {
                let p = style.paint(c);
                for (name, bg) in MAP {
                    let outline = contrast(p.stroke, bg).unwrap();
                    assert!(
                        outline >= 3.0,
                        "{c:?} {style:?}: outline {} on {name} {bg}: {outline:.2}",
                        p.stroke
                    );
                }
            }
        }
    }

    #[test]
    fn text_is_4_5_to_1_on_the_panels() {
        for (name, colour) in [INK, MUTED] {
            let c = contrast(colour, PANEL.1).unwrap();
            assert!(c >= 4.5, "{name} on the panel: {c:.2}");
        }
        assert!(css_variables().contains("--mali:#fbf8f1;"));
    }
}
