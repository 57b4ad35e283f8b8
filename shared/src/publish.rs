//! The map as a picture for an article: one SVG with its title, dates and
//! filters, the basemap and labels, the incidents shown, a legend, a scale
//! bar and the attribution drawn in (the browser turns the same SVG into a
//! PNG). Written here, natively tested; the page supplies the basemap's
//! computed styles so the picture looks like the map.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::engine::Selection;
use crate::filters::Filters;
use crate::i18n::{arg, Words};
use crate::link::LinkView;
use crate::RangeSummary;
use crate::{Category, Frame, Incident, MapModel, MarkerScale, ScaleBar, View};

/// Sizes for an article, in px: (the message naming it, width, height).
pub const PRESETS: [(&str, u32, u32); 4] = [
    ("preset-article", 800, 600),
    ("preset-wide", 1200, 675),
    ("preset-square", 1080, 1080),
    ("preset-tall", 800, 1000),
];

/// Smallest and largest side accepted for a custom size, in px.
pub const MIN_SIDE: u32 = 300;
pub const MAX_SIDE: u32 = 4000;

/// Height of the title line, and of each subtitle line, in px.
const TITLE_PX: f64 = 36.0;
const SUBTITLE_LINE_PX: f64 = 17.0;
/// Line height of the attribution, in px.
const FOOT_LINE_PX: f64 = 14.0;
/// Padding around the picture's parts, in px.
const PAD: f64 = 12.0;
/// A legend row's height, in px.
const LEGEND_ROW: f64 = 16.0;
/// Framed on the incidents shown, the picture zooms in at most this many
/// times the whole map (one incident is shown with its surroundings).
const FRAME_MAX_ZOOM: f64 = 12.0;

/// What the picture shows.
pub struct Figure<'a> {
    /// Size in px.
    pub width: u32,
    pub height: u32,
    pub title: &'a str,
    /// The dates shown and, when filtered, the filters in words.
    pub subtitle: String,
    pub model: &'a MapModel,
    pub incidents: &'a [Incident],
    pub selection: &'a Selection,
    /// Where the screen looks (the picture shows the same place), or `None`
    /// to frame the picture on the incidents shown (their box, right of the
    /// legend, so the legend covers none of them).
    pub view: Option<LinkView>,
    /// CSS rules for the basemap and label classes, as the page computes them.
    pub style: &'a str,
    /// Who to credit, one line each.
    pub attribution: Vec<String>,
    /// The language of the picture's words.
    pub words: &'a Words,
    /// The regions map or the density grid, drawn instead of the symbols
    /// with the classes' legend.
    pub shading: Option<&'a crate::analysis::Shading>,
    /// The area drawn on the map, outlined (the subtitle says it in words).
    pub area: Option<&'a crate::area::Area>,
}

/// The trend chart as a picture for an article: its title and subtitle
/// (the dates and filters in words), the series' lines (and UCDP's band of
/// low and high estimates), the axis, each series' name in its colour, and
/// the credits. `names` are the series' names, in order.
pub struct TrendPicture<'a> {
    pub trends: &'a crate::analysis::Trends,
    pub measure: crate::analysis::Measure,
    pub names: &'a [String],
    pub title: &'a str,
    pub subtitle: &'a str,
    pub attribution: &'a [String],
    pub words: &'a Words,
}

impl TrendPicture<'_> {
    /// Width and height, in px.
    pub const SIZE: (f64, f64) = (800.0, 480.0);

    /// The picture as SVG.
    pub fn svg(&self) -> String {
        use crate::analysis::ChartBox;
        let (w, h) = Self::SIZE;
        let chart = ChartBox {
            width: w - 2.0 * PAD,
            height: 280.0,
            left: 48.0,
            bottom: 20.0,
        };
        let sub = wrap(self.subtitle, 100);
        let top_y = TITLE_PX + 14.0 + SUBTITLE_LINE_PX * sub.len() as f64 + 8.0;
        let mut s = String::new();
        let _ = write!(
            s,
            r##"<svg xmlns="http://www.w3.org/2000/svg" xml:lang="{}" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"><rect width="{w}" height="{h}" fill="#ffffff"/>"##,
            self.words.lang().code()
        );
        heading(&mut s, self.title, &sub);
        let t = self.trends;
        let top = t.top(self.measure);
        let what = self.words.t(match self.measure {
            crate::analysis::Measure::Events => "measure-events",
            crate::analysis::Measure::Killed => "measure-killed",
        });
        let base = chart.height - chart.bottom;
        let _ = write!(
            s,
            r##"<g transform="translate({PAD} {top_y:.1})" font-size="11" fill="#4b5563"><text x="0" y="-4" font-weight="700" fill="#1d2430">{}</text><line x1="{l}" y1="{base}" x2="{cw}" y2="{base}" stroke="#9a8f7a"/><text x="{:.1}" y="10" text-anchor="end">{}</text><text x="{:.1}" y="{base}" text-anchor="end">0</text>"##,
            esc(&what),
            chart.left - 4.0,
            esc(&self.words.number(top as f64)),
            chart.left - 4.0,
            l = chart.left,
            cw = chart.width,
        );
        let date = |p: Option<&crate::analysis::Period>, last: bool| {
            p.and_then(|p| p.dates())
                .map(|(a, z)| self.words.date(if last { z } else { a }))
                .unwrap_or_default()
        };
        let _ = write!(
            s,
            r#"<text x="{}" y="{:.1}">{}</text><text x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
            chart.left,
            chart.height,
            esc(&date(t.bins.first(), false)),
            chart.width,
            chart.height,
            esc(&date(t.bins.last(), true))
        );
        for (i, _) in t.series.iter().enumerate() {
            let colour = crate::palette::SERIES[i.min(crate::palette::SERIES.len() - 1)];
            if let Some(band) = t.band(i, self.measure, chart) {
                let _ = write!(
                    s,
                    r#"<polygon points="{band}" fill="{colour}" fill-opacity="0.18"/>"#
                );
            }
            let _ = write!(
                s,
                r#"<polyline class="series" points="{}" fill="none" stroke="{colour}" stroke-width="2"/>"#,
                t.line(i, self.measure, chart)
            );
        }
        s.push_str("</g>");
        // The series' names, in their colours, in rows under the chart.
        let (mut x, mut y) = (PAD, top_y + chart.height + 26.0);
        for (i, name) in self.names.iter().enumerate() {
            let colour = crate::palette::SERIES[i.min(crate::palette::SERIES.len() - 1)];
            let width = 28.0 + 6.5 * name.chars().count() as f64;
            if x + width > w - PAD && x > PAD {
                x = PAD;
                y += 18.0;
            }
            let _ = write!(
                s,
                r##"<rect x="{x:.1}" y="{:.1}" width="14" height="4" fill="{colour}"/><text x="{:.1}" y="{y:.1}" font-size="12" fill="#1d2430">{}</text>"##,
                y - 5.0,
                x + 18.0,
                esc(name)
            );
            x += width;
        }
        let foot = self
            .attribution
            .iter()
            .flat_map(|l| wrap(l, 120))
            .collect::<Vec<_>>();
        for (n, line) in foot.iter().enumerate() {
            let _ = write!(
                s,
                r##"<text x="{PAD}" y="{:.1}" font-size="11" fill="#4b5563">{}</text>"##,
                h - PAD / 2.0 - FOOT_LINE_PX * (foot.len() - 1 - n) as f64,
                esc(line)
            );
        }
        s.push_str("</svg>");
        s
    }
}

/// A picture's title and the lines of its subtitle, top left.
fn heading(s: &mut String, title: &str, sub: &[String]) {
    let _ = write!(
        s,
        r##"<text x="{PAD}" y="28" font-size="20" font-weight="700" fill="#1d2430">{}</text>"##,
        esc(title)
    );
    for (n, line) in sub.iter().enumerate() {
        let _ = write!(
            s,
            r##"<text x="{PAD}" y="{:.1}" font-size="13" fill="#4b5563">{}</text>"##,
            TITLE_PX + 14.0 + SUBTITLE_LINE_PX * n as f64,
            esc(line)
        );
    }
}

/// Escapes text for SVG.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Splits `text` into lines of at most `chars` characters at spaces.
fn wrap(text: &str, chars: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

impl Figure<'_> {
    /// The picture as SVG text.
    pub fn svg(&self) -> String {
        let (w, h) = (f64::from(self.width), f64::from(self.height));
        // About 6 px per character of the 11 px attribution.
        let foot: Vec<String> = self
            .attribution
            .iter()
            .flat_map(|a| wrap(a, ((w - 2.0 * PAD) / 6.0).max(20.0) as usize))
            .collect();
        let foot_h = foot.len() as f64 * FOOT_LINE_PX + PAD;
        // About 6.5 px per character of the 13 px subtitle, three lines at most.
        let mut sub = wrap(&self.subtitle, ((w - 2.0 * PAD) / 6.5).max(20.0) as usize);
        sub.truncate(3);
        let header = TITLE_PX + SUBTITLE_LINE_PX * sub.len() as f64 + PAD / 2.0;
        let map_h = (h - header - foot_h).max(50.0);
        let frame = self.model.frame();
        let fitted = View::fit(Frame::WIDTH, frame.height(), w, map_h, PAD);
        let view = match self.view {
            Some(v) => v.to_view(&frame, (w, map_h), fitted.k),
            None => self.framed(fitted.k, w, map_h),
        };
        let mut s = String::new();
        let _ = write!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" xml:lang="{}" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">"#,
            self.words.lang().code()
        );
        let _ = write!(
            s,
            "<style>{}</style><rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>",
            self.style
        );
        // Title and subtitle.
        heading(&mut s, self.title, &sub);
        // The map, clipped to its band.
        let _ = write!(
            s,
            r##"<svg x="0" y="{header:.1}" width="{w}" height="{map_h}" viewBox="0 0 {w} {map_h}"><rect width="{w}" height="{map_h}" fill="#e9eef2"/><g transform="{}">"##,
            view.transform()
        );
        for (class, shapes) in [
            ("neighbour", self.model.neighbours()),
            ("country", self.model.country()),
            ("water", self.model.water()),
            ("lake", self.model.lakes()),
            ("river", self.model.rivers()),
            ("region", self.model.regions()),
        ] {
            for shape in shapes {
                let _ = write!(s, r#"<path class="{class}" d="{}"/>"#, shape.d);
            }
        }
        if let Some(sh) = self.shading {
            let fill = |c: usize| crate::palette::CLASSES[c.min(crate::palette::CLASSES.len() - 1)];
            for (shape, class) in self.model.regions().iter().zip(&sh.areas) {
                if let Some(c) = class {
                    let _ = write!(
                        s,
                        r#"<path d="{}" fill="{}" fill-opacity="0.85" stroke="none"/>"#,
                        shape.d,
                        fill(*c)
                    );
                }
            }
            for c in &sh.cells {
                let _ = write!(
                    s,
                    r#"<rect x="{:.3}" y="{:.3}" width="{:.3}" height="{:.3}" fill="{}" fill-opacity="0.85"/>"#,
                    c.x,
                    c.y,
                    c.width,
                    c.height,
                    fill(c.class)
                );
            }
        }
        if let Some(a) = self.area {
            let colour = crate::palette::AREA.1;
            let _ = write!(
                s,
                r#"<path class="area" d="{}" fill="{colour}" fill-opacity="0.07" stroke="{colour}" stroke-width="{:.3}"/>"#,
                a.outline_d(&frame),
                2.0 / view.k
            );
        }
        s.push_str("</g>");
        self.labels(&mut s, &view, fitted.k);
        if self.shading.is_none() {
            self.markers(&mut s, &view, w, map_h);
        }
        s.push_str("</svg>");
        match self.shading {
            Some(sh) => self.classes_legend(&mut s, h - foot_h, sh),
            None => self.legend(&mut s, h - foot_h),
        }
        // Scale bar, bottom right of the map.
        let centre_lat = frame
            .unproject(
                (w / 2.0 - view.tx) / view.k,
                (map_h / 2.0 - view.ty) / view.k,
            )
            .lat;
        let bar = ScaleBar::fit(&frame, view.k, centre_lat, (w / 5.0).min(160.0));
        let (bx, by) = (w - PAD - bar.px, h - foot_h - PAD);
        let _ = write!(
            s,
            r##"<g><rect x="{:.1}" y="{:.1}" width="{:.1}" height="24" fill="#ffffff" fill-opacity="0.85"/><path d="M{bx:.1} {:.1}v6h{:.1}v-6" fill="none" stroke="#1d2430" stroke-width="1.5"/><text x="{:.1}" y="{:.1}" font-size="11" text-anchor="middle" fill="#1d2430">{}</text></g>"##,
            bx - 6.0,
            by - 22.0,
            bar.px + 12.0,
            by - 6.0,
            bar.px,
            bx + bar.px / 2.0,
            by - 9.0,
            esc(&bar.label(self.words))
        );
        // Attribution.
        for (n, line) in foot.iter().enumerate() {
            let _ = write!(
                s,
                r##"<text x="{PAD}" y="{:.1}" font-size="11" fill="#4b5563">{}</text>"##,
                h - foot_h + PAD / 2.0 + FOOT_LINE_PX * (n as f64 + 0.8),
                esc(line)
            );
        }
        s.push_str("</svg>");
        s
    }

    /// The classes of the regions map or the density grid, bottom left.
    fn classes_legend(&self, s: &mut String, bottom: f64, sh: &crate::analysis::Shading) {
        let bounds = sh.classes.bounds();
        let mut title = self.words.t(match sh.measure {
            crate::analysis::Measure::Events => "measure-events",
            crate::analysis::Measure::Killed => "measure-killed",
        });
        if let Some(km) = sh.cell_km {
            title = format!(
                "{title} · {}",
                self.words
                    .tf("cell-size-shown", &[("km", crate::i18n::arg(km))])
            );
        }
        let rows = bounds.len() + 1;
        let height = 22.0 + rows as f64 * LEGEND_ROW + 6.0;
        let top = bottom - PAD - height;
        let _ = write!(
            s,
            r##"<g><rect x="{PAD}" y="{top:.1}" width="170" height="{height:.1}" fill="#ffffff" fill-opacity="0.92" stroke="#c9c4b8"/><text x="{:.1}" y="{:.1}" font-size="12" font-weight="700" fill="#1d2430">{}</text>"##,
            PAD + 8.0,
            top + 16.0,
            esc(&title)
        );
        let text = |lo: u64, hi: u64| {
            if lo == hi {
                self.words.number(lo as f64)
            } else {
                format!(
                    "{}–{}",
                    self.words.number(lo as f64),
                    self.words.number(hi as f64)
                )
            }
        };
        let mut items: Vec<(String, &str)> = vec![("0".into(), crate::palette::MAP[0].1)];
        items.extend(
            bounds
                .iter()
                .enumerate()
                .map(|(i, (lo, hi))| (text(*lo, *hi), crate::palette::CLASSES[i])),
        );
        for (n, (label, colour)) in items.iter().enumerate() {
            let y = top + 24.0 + n as f64 * LEGEND_ROW;
            let _ = write!(
                s,
                r##"<rect x="{:.1}" y="{y:.1}" width="14" height="12" fill="{colour}" stroke="#8a8f98"/><text x="{:.1}" y="{:.1}" font-size="11" fill="#1d2430">{}</text>"##,
                PAD + 8.0,
                PAD + 28.0,
                y + 10.0,
                esc(label)
            );
        }
        s.push_str("</g>");
    }

    fn labels(&self, s: &mut String, view: &View, fitted_k: f64) {
        let shown = self.model.label_visibility(view, fitted_k);
        for (label, on) in self.model.labels().iter().zip(shown) {
            if !on {
                continue;
            }
            let class = match label.kind {
                crate::LabelKind::Region => "label region-label",
                crate::LabelKind::Capital | crate::LabelKind::RegionalCapital => {
                    "label capital-label"
                }
                crate::LabelKind::Town => "label town-label",
                crate::LabelKind::Country => "label country-label",
            };
            let p = view.to_screen(label.x, label.y);
            let _ = write!(
                s,
                r#"<text class="{class}" x="{:.1}" y="{:.1}">{}</text>"#,
                p.x,
                p.y + label.dy(),
                esc(label.text_in(self.words.lang()))
            );
        }
    }

    /// The visible incidents, biggest first so small ones stay on top.
    fn markers(&self, s: &mut String, view: &View, w: f64, h: f64) {
        let scale = self.model.scale();
        let frame = self.model.frame();
        let mut circles: Vec<(f64, f64, f64, usize)> = (0..self.incidents.len())
            .filter(|&i| self.selection.is_visible(i))
            .filter_map(|i| {
                let inc = &self.incidents[i];
                let (x, y) = frame.project(inc.location);
                let p = view.to_screen(x, y);
                let (_, r) = scale.marker_of(inc);
                let inside = p.x > -r && p.y > -r && p.x < w + r && p.y < h + r;
                inside.then_some((p.x, p.y, r, i))
            })
            .collect();
        circles.sort_by(|a, b| b.2.total_cmp(&a.2));
        for (x, y, r, i) in circles {
            let inc = &self.incidents[i];
            let (style, _) = scale.marker_of(inc);
            let paint = style.paint(inc.category());
            let dash = paint
                .dash
                .map(|[a, b]| format!(r#" stroke-dasharray="{a} {b}""#))
                .unwrap_or_default();
            let shape = crate::scale::MarkerShape::of(inc.provenance.kind());
            let _ = write!(
                s,
                r#"<path class="marker {}" d="{}" fill="{}" fill-opacity="0.9" stroke="{}" stroke-width="{}"{dash}/>"#,
                shape.key(),
                shape.path_d(x, y, r),
                paint.fill,
                paint.stroke,
                paint.line_width
            );
            if let Some(inner) = shape
                .inner_ring(r)
                .filter(|_| style == crate::MarkerStyle::Killed)
            {
                let _ = write!(
                    s,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="{inner:.1}" fill="none" stroke="{}" stroke-width="1"/>"#,
                    crate::scale::INNER_RING
                );
            }
        }
    }

    /// The view that frames the incidents shown in a `w` × `map_h` map,
    /// right of the legend (the whole map when none is shown).
    fn framed(&self, fitted_k: f64, w: f64, map_h: f64) -> View {
        let frame = self.model.frame();
        let points = (0..self.incidents.len())
            .filter(|&i| self.selection.is_visible(i))
            .map(|i| frame.project(self.incidents[i].location));
        let Some(b) = points.fold(None, |b: Option<(f64, f64, f64, f64)>, (x, y)| {
            Some(b.map_or((x, y, x, y), |(x0, y0, x1, y1)| {
                (x0.min(x), y0.min(y), x1.max(x), y1.max(y))
            }))
        }) else {
            return View::fit(Frame::WIDTH, frame.height(), w, map_h, PAD);
        };
        let (legend_w, _) = self.legend_size();
        let left = (legend_w + 2.0 * PAD).min(w / 2.0);
        let margin = self.model.scale().max_radius + PAD;
        let v = View::fit_box(b, (w - left, map_h), margin, fitted_k, FRAME_MAX_ZOOM);
        v.pan(left, 0.0)
    }

    /// The categories of the incidents shown, in legend order.
    fn shown_categories(&self) -> Vec<Category> {
        self.model
            .categories()
            .iter()
            .copied()
            .filter(|c| {
                (0..self.incidents.len())
                    .any(|i| self.selection.is_visible(i) && self.incidents[i].category() == *c)
            })
            .collect()
    }

    /// The datasets of the incidents shown, when more than one.
    fn shown_datasets(&self) -> Vec<crate::provenance::DatasetKind> {
        let mut kinds: Vec<crate::provenance::DatasetKind> = crate::provenance::DatasetKind::ALL
            .into_iter()
            .filter(|k| {
                (0..self.incidents.len()).any(|i| {
                    self.selection.is_visible(i) && self.incidents[i].provenance.kind() == *k
                })
            })
            .collect();
        if kinds.len() < 2 {
            kinds.clear();
        }
        kinds
    }

    /// The legend's width and height, in px.
    fn legend_size(&self) -> (f64, f64) {
        let shown = self.shown_categories();
        let datasets = self.shown_datasets();
        let scale: MarkerScale = self.model.scale();
        let values = scale.legend_values();
        let biggest = values.first().map_or(0.0, |v| scale.radius(*v));
        // The nested circles, and the last label where the labels were
        // moved apart below the circles' base.
        let below = scale
            .legend_keys(0.0, 11.0)
            .last()
            .map_or(0.0, |k| k.label_y.max(0.0));
        let sizes_h = if values.is_empty() {
            0.0
        } else {
            2.0 * biggest + 20.0 + below
        };
        let height =
            (shown.len() + datasets.len()) as f64 * LEGEND_ROW + sizes_h + 2.0 * 6.0 + 14.0;
        let widest = crate::category::legend_labels(&shown, self.words)
            .iter()
            .cloned()
            .chain(datasets.iter().map(|d| self.words.dataset_kind(*d)))
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(10)
            .max(18) as f64;
        // About 6.2 px per character of the 11 px legend.
        (32.0 + widest * 6.2, height)
    }

    /// The categories shown and the circle sizes, bottom left of the map.
    fn legend(&self, s: &mut String, bottom: f64) {
        let shown = self.shown_categories();
        let datasets = self.shown_datasets();
        let scale: MarkerScale = self.model.scale();
        let (width, height) = self.legend_size();
        let row = LEGEND_ROW;
        let top = bottom - PAD - height;
        let labels = crate::category::legend_labels(&shown, self.words);
        let _ = write!(
            s,
            r##"<g font-size="11" fill="#1d2430"><rect x="{PAD}" y="{top:.1}" width="{width:.1}" height="{height:.1}" rx="4" fill="#ffffff" fill-opacity="0.9" stroke="#c9ced6"/><text x="{:.1}" y="{:.1}" font-weight="700">{}</text>"##,
            PAD + 8.0,
            top + 16.0,
            esc(&self.words.t("legend-event-type"))
        );
        let mut y = top + 20.0 + row / 2.0;
        for (c, label) in shown.iter().zip(&labels) {
            let _ = write!(
                s,
                r##"<path d="{}" fill="{}" stroke="#1d2430"/><text x="{:.1}" y="{:.1}">{}</text>"##,
                crate::scale::MarkerShape::of_vocabulary(*c).path_d(PAD + 14.0, y, 5.0),
                c.colour(),
                PAD + 24.0,
                y + 4.0,
                esc(label)
            );
            y += row;
        }
        for d in &datasets {
            let shape = crate::scale::MarkerShape::of(*d);
            let _ = write!(
                s,
                r##"<path d="{}" fill="#9aa3ad" stroke="#1d2430"/><text x="{:.1}" y="{:.1}">{}</text>"##,
                shape.path_d(PAD + 14.0, y, 5.0),
                PAD + 24.0,
                y + 4.0,
                esc(&self.words.dataset_kind(*d))
            );
            if let Some(inner) = shape.inner_ring(5.0) {
                let _ = write!(
                    s,
                    r#"<circle cx="{:.1}" cy="{y:.1}" r="{inner:.1}" fill="none" stroke="{}"/>"#,
                    PAD + 14.0,
                    crate::scale::INNER_RING
                );
            }
            y += row;
        }
        let keys = scale.legend_keys(0.0, 11.0);
        if let Some(first) = keys.first() {
            let biggest = first.radius;
            let base = y - row / 2.0 + 2.0 * biggest + 16.0;
            let cx = PAD + 14.0 + biggest;
            for k in &keys {
                let _ = write!(
                    s,
                    r##"<circle cx="{cx:.1}" cy="{:.1}" r="{:.1}" fill="none" stroke="#6b6b6b"/><text x="{:.1}" y="{:.1}" font-size="10">{}</text>"##,
                    base - k.radius,
                    k.radius,
                    cx + biggest + 6.0,
                    base + k.label_y + 4.0,
                    k.value
                );
            }
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="{:.1}" font-size="10">{}</text>"#,
                cx + biggest + 26.0,
                base - 4.0,
                esc(&self.words.size_by_short(scale.size_by))
            );
        }
        s.push_str("</g>");
    }
}

/// The picture's title: what it shows and the dates, e.g. "Attacks in Mali,
/// 21 – 31 July 2022" (one day: "…, 27 July 2022").
pub fn title(what: &str, from: Option<NaiveDate>, to: Option<NaiveDate>, w: &Words) -> String {
    match (from, to) {
        (Some(a), Some(z)) if a == z => format!("{what}, {}", w.date(a)),
        (Some(a), Some(z)) => format!("{what}, {} – {}", w.date(a), w.date(z)),
        _ => what.to_owned(),
    }
}

/// The picture's subtitle: the totals shown and the filters in words.
pub fn caption(
    summary: &RangeSummary,
    filters: &Filters,
    spellings: &crate::regions::RegionNames,
    w: &Words,
) -> String {
    let mut out = w.tf(
        "caption-totals",
        &[
            ("count", arg(summary.incidents)),
            ("killed", arg(summary.killed)),
            ("unknown", arg(summary.without_figures)),
        ],
    );
    let f = filters.describe_in(w, spellings);
    if !f.is_empty() {
        out.push(' ');
        out.push_str(&w.tf("caption-filtered", &[("filters", arg(f))]));
    }
    out
}

/// The HTML to embed the map of `link` in a page: an iframe of the link.
pub fn embed_snippet(link: &str, width: u32, height: u32, title: &str) -> String {
    format!(
        r#"<iframe src="{}" width="{width}" height="{height}" title="{}" style="border:0" loading="lazy"></iframe>"#,
        esc(link),
        esc(title)
    )
}

/// A custom size read from the fields, kept within [`MIN_SIDE`]..=[`MAX_SIDE`].
pub fn clamp_side(px: u32) -> u32 {
    px.clamp(MIN_SIDE, MAX_SIDE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Markers;
    use crate::filter::tests::incident;
    use crate::{Basemap, Gazetteer, LonLat};

    #[test]
    fn the_picture_has_its_title_dates_legend_scale_attribution_and_shown_incidents() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/basemap.geojson"
        ))
        .unwrap();
        let basemap = Basemap::from_geojson("basemap.geojson", &text).unwrap().0;
        let mut a = incident("a", "2022-07-27", Some(54));
        a.location = LonLat::from_lon_lat(-6.1219, 14.7328);
        let mut b = incident("b", "2022-07-28", None);
        b.location = LonLat::from_lon_lat(-4.0, 14.5);
        let incidents = vec![a, b];
        let model = MapModel::new(&basemap, &Gazetteer::new(vec![]), &incidents);
        let markers = Markers::new(&model.frame(), &model.scale(), &incidents);
        let mut selection = Selection::new(&markers.symbols);
        selection.set_window(&markers.symbols, model.timeline().order(), 0..1);
        let fig = Figure {
            width: 800,
            height: 600,
            title: "Attacks in Mali <& co>",
            subtitle: "27 July 2022".into(),
            model: &model,
            incidents: &incidents,
            selection: &selection,
            view: Some(LinkView {
                centre: LonLat::from_lon_lat(-4.0, 17.0),
                zoom: 1.0,
            }),
            style: ".country{fill:#f7f3ea}",
            attribution: vec!["Basemap: Natural Earth. Incidents: press reports.".into()],
            shading: None,
            area: None,
            words: crate::i18n::words(crate::i18n::Lang::En),
        };
        let svg = fig.svg();
        assert!(svg.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"en\" width=\"800\" height=\"600\""
        ));
        assert!(
            svg.contains("Attacks in Mali &lt;&amp; co&gt;"),
            "the title, escaped"
        );
        assert!(svg.contains(">27 July 2022<"));
        assert!(svg.contains("Basemap: Natural Earth."));
        assert!(svg.contains("\u{a0}km<"), "a scale bar");
        assert!(svg.contains(">Battles<"), "the legend");
        assert_eq!(
            svg.matches("<path class=\"marker ").count(),
            1,
            "one incident in the window"
        );
        assert!(svg.contains("class=\"country\""));
        assert!(embed_snippet("https://x.org/?a=1&b=2", 800, 600, "Map")
            .contains("src=\"https://x.org/?a=1&amp;b=2\""));
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        let d = |s: &str| s.parse::<NaiveDate>().ok();
        let (en, fr) = (
            crate::i18n::words(crate::i18n::Lang::En),
            crate::i18n::words(crate::i18n::Lang::Fr),
        );
        let french = Figure {
            words: fr,
            subtitle: fig.subtitle.clone(),
            attribution: fig.attribution.clone(),
            ..fig
        }
        .svg();
        assert!(french.contains(">Batailles<") && french.contains("xml:lang=\"fr\""));
        // The regions map (issue 21): the regions shaded by class, the
        // classes' legend, no symbols.
        let shading = crate::analysis::Shading {
            areas: vec![Some(4); model.regions().len()],
            classes: crate::analysis::Classes {
                upper: vec![1, 2, 3, 4, 697],
            },
            ..Default::default()
        };
        let shaded = Figure {
            shading: Some(&shading),
            subtitle: fig.subtitle.clone(),
            attribution: fig.attribution.clone(),
            ..fig
        }
        .svg();
        assert!(shaded.contains(&format!("fill=\"{}\"", crate::palette::CLASSES[4])));
        assert!(shaded.contains(">5–697<") && shaded.contains(">Incidents<"));
        assert!(!shaded.contains("<path class=\"marker "));
        assert!(!shaded.contains("class=\"area\""));
        // The area drawn (issue 21), outlined in the picture.
        let area = crate::area::Area::circle(crate::LonLat::from_lat_lon(14.7, -6.1), 30.0);
        let outlined = Figure {
            area: Some(&area),
            subtitle: fig.subtitle.clone(),
            attribution: fig.attribution.clone(),
            ..fig
        }
        .svg();
        let frame = model.frame();
        assert!(outlined.contains(&format!(
            "<path class=\"area\" d=\"{}\"",
            area.outline_d(&frame)
        )));
        // Framed on what is shown (issue 20: the picture framed the whole
        // country when the selection was one region, its legend over
        // Kayes): the incident is right of the legend and zoomed in.
        let mut both = Selection::new(&markers.symbols);
        both.set_window(&markers.symbols, model.timeline().order(), 0..2);
        let framed = Figure {
            view: None,
            selection: &both,
            words: en,
            ..fig
        };
        let (legend_w, _) = framed.legend_size();
        let svg = framed.svg();
        // A marker's path starts at its left edge: "M<x> <y>a…".
        let xs: Vec<f64> = svg
            .match_indices("<path class=\"marker ringed\" d=\"M")
            .filter_map(|(at, m)| {
                let rest = &svg[at + m.len()..];
                rest[..rest.find(' ')?].parse().ok()
            })
            .collect();
        assert_eq!(xs.len(), 2, "{xs:?}");
        assert!(
            xs.iter().all(|x| *x > legend_w + PAD && *x < 800.0),
            "{xs:?}"
        );
        assert!(
            (xs[0] - xs[1]).abs() > 200.0,
            "zoomed in on the two: {xs:?}"
        );
        assert_eq!(
            title("Attacks in Mali", d("2022-07-21"), d("2022-07-31"), en),
            "Attacks in Mali, 21 July 2022 – 31 July 2022"
        );
        assert_eq!(
            title("Attacks in Mali", d("2022-07-27"), d("2022-07-27"), en),
            "Attacks in Mali, 27 July 2022"
        );
        let f = Filters {
            region: Some("Ségou".into()),
            ..Filters::default()
        };
        let s = RangeSummary {
            incidents: 3,
            killed: 60,
            without_figures: 1,
        };
        assert_eq!(
            caption(&s, &f, &Default::default(), en),
            "3 incidents, 60 people killed (1 incident without a figure). Filtered: region Ségou."
        );
        assert_eq!(
            caption(&s, &f, &Default::default(), fr),
            "3 incidents, 60 personnes tuées (1 incident sans bilan). Filtre\u{202f}: région Ségou."
        );
        let one = RangeSummary {
            incidents: 1,
            killed: 0,
            without_figures: 0,
        };
        assert_eq!(
            caption(&one, &Filters::default(), &Default::default(), en),
            "1 incident, 0 people killed."
        );
        assert_eq!(clamp_side(10), MIN_SIDE);
    }

    #[test]
    fn the_trend_chart_is_a_picture_with_its_lines_names_and_credits() {
        use crate::analysis::tests::{day, event, Owned};
        let all = [
            event("2022-01-05", "Mopti", Some(3), "A"),
            event("2022-02-05", "Mopti", Some(1), "A"),
            event("2022-02-07", "Gao", None, "B"),
        ];
        let o = Owned::of(&all);
        let p = crate::analysis::Period::new(day("2022-01-01"), day("2022-03-31"));
        let t = crate::analysis::trends(&o.facts(), p, crate::analysis::Split::Region);
        let names: Vec<String> = t
            .series
            .iter()
            .map(|x| {
                crate::analysis::Split::Region.series_name(
                    x.key,
                    &o.columns,
                    crate::i18n::words(crate::i18n::Lang::En),
                )
            })
            .collect();
        assert_eq!(names, ["Mopti", "Gao"]);
        let svg = TrendPicture {
            trends: &t,
            measure: crate::analysis::Measure::Events,
            names: &names,
            title: "Incidents <by> region",
            subtitle: "1 January 2022 – 31 March 2022",
            attribution: &["Armed Conflict Location & Event Data (ACLED)".to_owned()],
            words: crate::i18n::words(crate::i18n::Lang::En),
        }
        .svg();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert_eq!(svg.matches("<polyline class=\"series\"").count(), 2);
        assert!(svg.contains(">Incidents &lt;by&gt; region<"));
        assert!(svg.contains(">Mopti<") && svg.contains(">Gao<"));
        assert!(svg.contains(">Armed Conflict Location &amp; Event Data (ACLED)<"));
        assert!(svg.contains(&format!("stroke=\"{}\"", crate::palette::SERIES[0])));
        assert!(
            svg.contains(">1 January 2022<"),
            "the first bin's first day"
        );
    }
}
