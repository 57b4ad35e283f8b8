//! The datasets open in the app: the built-in file and those the user opened,
//! each a layer that can be shown or hidden, with its import report.

use std::sync::Arc;

use crate::{ImportReport, Imported, Incident};

/// A layer's key, stable while the app runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LayerKey(pub u32);

/// One open dataset.
#[derive(Debug, Clone)]
pub struct Layer {
    pub key: LayerKey,
    /// The file name (or address) it was read from.
    pub name: String,
    /// The address it was fetched from, when it was opened by address (the
    /// shareable link reopens it); `None` for a file from the user's computer.
    pub address: Option<String>,
    /// True for the dataset the app ships with.
    pub builtin: bool,
    pub visible: bool,
    pub report: Arc<ImportReport>,
    pub incidents: Arc<Vec<Incident>>,
}

impl Layer {
    /// Who to credit for this layer's incidents.
    pub fn attributions(&self) -> &[&'static str] {
        &self.report.attributions
    }
}

/// The open layers, the built-in one first.
#[derive(Debug, Clone)]
pub struct Workspace {
    layers: Vec<Layer>,
    next: u32,
    /// The layer whose dates cover the built-in data's, when opening it hid
    /// the built-in layer (the page says so, with a way back).
    builtin_covered_by: Option<LayerKey>,
    /// The layer last removed, its place, and what the built-in layer was
    /// before (shown, hidden by which layer), until another change (undo).
    removed: Option<Removed>,
}

/// A layer removed, with what undoing its removal puts back.
#[derive(Debug, Clone)]
struct Removed {
    at: usize,
    layer: Layer,
    builtin_visible: bool,
    covered_by: Option<LayerKey>,
}

/// The box of `incidents`' points: (west, south, east, north).
fn bounds(incidents: &[Incident]) -> Option<(f64, f64, f64, f64)> {
    incidents.iter().fold(None, |b, i| {
        let (x, y) = (i.location.lon, i.location.lat);
        Some(b.map_or((x, y, x, y), |(w, s, e, n)| {
            (w.min(x), s.min(y), e.max(x), n.max(y))
        }))
    })
}

/// Whether `file` covers `builtin`: its dates span every day of the
/// built-in data and its points the built-in data's area (an ACLED file of
/// another country over the same period does not).
fn covers(file: &[Incident], builtin: &[Incident]) -> bool {
    match (
        day_span(file),
        day_span(builtin),
        bounds(file),
        bounds(builtin),
    ) {
        (Some((a, z)), Some((b0, b1)), Some(f), Some(b)) => {
            a <= b0 && b1 <= z && f.0 <= b.0 && f.1 <= b.1 && f.2 >= b.2 && f.3 >= b.3
        }
        _ => false,
    }
}

/// The first and last day of `incidents` (`None` when there are none).
fn day_span(incidents: &[Incident]) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let first = incidents.iter().map(|i| i.date).min()?;
    let last = incidents
        .iter()
        .map(|i| i.date_end.unwrap_or(i.date))
        .max()?;
    Some((first, last))
}

impl Workspace {
    /// A workspace holding the built-in dataset, shown.
    pub fn new(builtin_name: &str, builtin: Imported) -> Workspace {
        Workspace::with_builtin(
            builtin_name,
            Arc::new(builtin.report),
            Arc::new(builtin.incidents),
        )
    }

    /// The same from shared parts (nothing is copied).
    pub fn with_builtin(
        name: &str,
        report: Arc<ImportReport>,
        incidents: Arc<Vec<Incident>>,
    ) -> Workspace {
        let mut w = Workspace {
            layers: Vec::new(),
            next: 0,
            builtin_covered_by: None,
            removed: None,
        };
        w.push(name, None, report, incidents, true);
        w
    }

    fn push(
        &mut self,
        name: &str,
        address: Option<String>,
        report: Arc<ImportReport>,
        incidents: Arc<Vec<Incident>>,
        builtin: bool,
    ) -> LayerKey {
        let key = LayerKey(self.next);
        self.next += 1;
        self.layers.push(Layer {
            key,
            name: name.to_owned(),
            address,
            builtin,
            visible: true,
            report,
            incidents,
        });
        key
    }

    /// Adds a dataset the user opened, shown: from `address` when it was
    /// fetched, else from a file of the user's computer. When its dates
    /// cover every day of the built-in data, the built-in layer is hidden,
    /// so the same attacks are not summed twice: a dataset of that period
    /// records them already ([`Workspace::builtin_covered_by`] says so; showing
    /// the built-in layer again is one click).
    pub fn add(
        &mut self,
        name: &str,
        address: Option<String>,
        report: ImportReport,
        incidents: Vec<Incident>,
    ) -> LayerKey {
        let covers = self
            .layers
            .iter()
            .find(|l| l.builtin && l.visible)
            .is_some_and(|l| covers(&incidents, &l.incidents));
        self.removed = None;
        let key = self.push(name, address, Arc::new(report), Arc::new(incidents), false);
        if covers {
            for l in self.layers.iter_mut().filter(|l| l.builtin) {
                l.visible = false;
            }
            self.builtin_covered_by = Some(key);
        }
        key
    }

    /// The layer whose opening hid the built-in data (its dates cover them),
    /// while the built-in layer stays hidden.
    pub fn builtin_covered_by(&self) -> Option<&Layer> {
        let key = self.builtin_covered_by?;
        let hidden = self.layers.iter().any(|l| l.builtin && !l.visible);
        self.layers.iter().find(|l| l.key == key).filter(|_| hidden)
    }

    /// The built-in layer's key.
    pub fn builtin_key(&self) -> Option<LayerKey> {
        self.layers.iter().find(|l| l.builtin).map(|l| l.key)
    }

    /// The addresses of the open datasets opened by address, in order (for
    /// the shareable link), and the names of those opened from files (which
    /// a link cannot reopen).
    pub fn addresses(&self) -> (Vec<String>, Vec<String>) {
        let mut by_address = Vec::new();
        let mut files = Vec::new();
        for l in self.layers.iter().filter(|l| !l.builtin) {
            match &l.address {
                Some(a) => by_address.push(a.clone()),
                None => files.push(l.name.clone()),
            }
        }
        (by_address, files)
    }

    /// The open datasets that came from the user's computer, by name and
    /// rows read: what a link made now names (it cannot reopen them).
    pub fn linked_files(&self) -> Vec<crate::link::LinkedFile> {
        self.layers
            .iter()
            .filter(|l| !l.builtin && l.address.is_none())
            .map(|l| crate::link::LinkedFile {
                name: l.name.clone(),
                rows: l.report.rows,
            })
            .collect()
    }

    /// All layers, the built-in one first.
    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    /// Shows or hides a layer (a change: the last removal can no longer be
    /// undone). Hiding the dataset that hid the built-in layer shows it again,
    /// unless another dataset shown covers its days too.
    pub fn set_visible(&mut self, key: LayerKey, visible: bool) {
        self.removed = None;
        if let Some(l) = self.layers.iter_mut().find(|l| l.key == key) {
            l.visible = visible;
            if l.builtin {
                self.builtin_covered_by = None;
            }
        }
        if !visible && self.builtin_covered_by == Some(key) {
            self.recheck_cover();
        }
    }

    /// After the dataset that hid the built-in layer went (removed or
    /// hidden): another dataset shown whose dates cover the built-in data
    /// keeps them hidden; else they come back.
    fn recheck_cover(&mut self) {
        let other = {
            let builtin = self.layers.iter().find(|l| l.builtin);
            self.layers
                .iter()
                .filter(|l| !l.builtin && l.visible && self.builtin_covered_by != Some(l.key))
                .find(|l| builtin.is_some_and(|b| covers(&l.incidents, &b.incidents)))
                .map(|l| l.key)
        };
        self.builtin_covered_by = other;
        if other.is_none() {
            for l in self.layers.iter_mut().filter(|l| l.builtin) {
                l.visible = true;
            }
        }
    }

    /// Removes a dataset the user opened from the map (the built-in one
    /// stays); [`Workspace::undo_remove`] puts it back until another change.
    pub fn remove(&mut self, key: LayerKey) {
        if let Some(at) = self.layers.iter().position(|l| !l.builtin && l.key == key) {
            let layer = self.layers.remove(at);
            let before = Removed {
                at,
                layer,
                builtin_visible: self.layers.iter().any(|l| l.builtin && l.visible),
                covered_by: self.builtin_covered_by,
            };
            if self.builtin_covered_by == Some(key) {
                self.recheck_cover();
            }
            self.removed = Some(before);
        }
    }

    /// The layer last removed, while it can be put back.
    pub fn removed(&self) -> Option<&Layer> {
        self.removed.as_ref().map(|r| &r.layer)
    }

    /// Puts the layer last removed back where it was (shown as it was), and
    /// the built-in layer as it was then.
    pub fn undo_remove(&mut self) {
        if let Some(r) = self.removed.take() {
            self.layers.insert(r.at.min(self.layers.len()), r.layer);
            for l in self.layers.iter_mut().filter(|l| l.builtin) {
                l.visible = r.builtin_visible;
            }
            self.builtin_covered_by = r.covered_by;
        }
    }

    /// Back to the start: the built-in dataset alone, shown.
    pub fn builtin_only(&mut self) {
        self.layers.retain(|l| l.builtin);
        for l in &mut self.layers {
            l.visible = true;
        }
        self.builtin_covered_by = None;
        self.removed = None;
    }

    /// True when only the built-in dataset is open and shown.
    pub fn is_builtin_only(&self) -> bool {
        self.layers.iter().all(|l| l.builtin && l.visible)
    }

    /// The incidents of the visible layers, layer by layer.
    pub fn visible_incidents(&self) -> Vec<Incident> {
        self.layers
            .iter()
            .filter(|l| l.visible)
            .flat_map(|l| l.incidents.iter().cloned())
            .collect()
    }

    /// The same, shared with the layer when only one is visible (no copy).
    pub fn visible_incidents_shared(&self) -> std::sync::Arc<Vec<Incident>> {
        let mut visible = self.layers.iter().filter(|l| l.visible);
        match (visible.next(), visible.next()) {
            (Some(only), None) => only.incidents.clone(),
            _ => std::sync::Arc::new(self.visible_incidents()),
        }
    }

    /// The attributions of the visible layers, once each.
    pub fn attributions(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for a in self
            .layers
            .iter()
            .filter(|l| l.visible)
            .flat_map(|l| l.attributions())
        {
            if !out.contains(a) {
                out.push(a);
            }
        }
        out
    }
}

/// What the app is doing with a file the user opened.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ImportStatus {
    #[default]
    Idle,
    /// Reading and checking a file: `read` of `bytes` bytes so far, in
    /// `rows` rows (`bytes` is 0 while its size is not known).
    Reading {
        name: String,
        bytes: u64,
        read: u64,
        rows: usize,
    },
    /// The user cancelled reading this file; nothing of it was kept.
    Cancelled { name: String },
    /// The last file was read: its report's summary.
    Done { summary: String },
    /// The last file could not be read at all: why.
    Failed { message: String },
    /// This dataset was removed from the map (it can be put back).
    Removed { name: String },
    /// This dataset was put back on the map.
    Restored { name: String },
}

impl ImportStatus {
    /// The status line, e.g. "Reading acled.csv (3.8 MB)…".
    pub fn describe(&self, w: &crate::i18n::Words) -> String {
        use crate::i18n::arg;
        match self {
            ImportStatus::Idle => String::new(),
            ImportStatus::Reading {
                name,
                bytes,
                read,
                rows,
            } => match (*bytes, *rows) {
                (0, _) => w.tf("reading", &[("name", arg(name.as_str()))]),
                (b, 0) => w.tf(
                    "reading-size",
                    &[
                        ("name", arg(name.as_str())),
                        ("size", arg(human_bytes(b, w))),
                    ],
                ),
                (b, r) => w.tf(
                    "reading-progress",
                    &[
                        ("name", arg(name.as_str())),
                        ("read", arg(human_bytes(*read, w))),
                        ("size", arg(human_bytes(b, w))),
                        ("rows", arg(r)),
                    ],
                ),
            },
            ImportStatus::Cancelled { name } => w.tf("cancelled", &[("name", arg(name.as_str()))]),
            ImportStatus::Done { summary } => summary.clone(),
            ImportStatus::Failed { message } => message.clone(),
            ImportStatus::Removed { name } => w.tf("removed", &[("name", arg(name.as_str()))]),
            ImportStatus::Restored { name } => w.tf("restored", &[("name", arg(name.as_str()))]),
        }
    }
}

/// "3.8 MB", "12 KB", "512 bytes" (French: "3,8 Mo", "12 ko", "512 octets").
pub fn human_bytes(n: u64, w: &crate::i18n::Words) -> String {
    use crate::i18n::arg;
    match n {
        0..=999 => w.tf("bytes", &[("count", arg(n))]),
        1_000..=999_999 => w.tf(
            "kilobytes",
            &[("size", arg(w.number((n as f64 / 1e3).round())))],
        ),
        _ => w.tf(
            "megabytes",
            &[("size", arg(w.number((n as f64 / 1e5).round() / 10.0)))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{import, Context};

    fn acled(rows: &str) -> Imported {
        let text = format!(
            "event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,fatalities\n{rows}"
        );
        import("a.csv", text.as_bytes(), &Context::default()).unwrap()
    }

    #[test]
    fn layers_show_hide_close_and_return_to_the_builtin_data() {
        let mut w = Workspace::new("built-in", acled("B1,2022-07-27,Battles,A,P,14,-6,1\n"));
        let mine = acled("M1,2022-07-28,Battles,A,P,14,-6,2\nM2,2022-07-29,Battles,A,P,14,-6,3\n");
        let k = w.add("mine.csv", None, mine.report, mine.incidents);
        let by_address = acled("U1,2022-07-28,Battles,A,P,14,-6,2\n");
        w.add(
            "u.csv",
            Some("https://example.org/u.csv".into()),
            by_address.report,
            by_address.incidents,
        );
        assert_eq!(
            w.addresses(),
            (
                vec!["https://example.org/u.csv".to_owned()],
                vec!["mine.csv".to_owned()]
            )
        );
        assert_eq!(
            w.linked_files(),
            [crate::link::LinkedFile {
                name: "mine.csv".into(),
                rows: 2
            }]
        );
        w.remove(LayerKey(2));
        assert_eq!(w.visible_incidents().len(), 3);
        assert!(!w.is_builtin_only());
        w.set_visible(LayerKey(0), false);
        let ids: Vec<String> = w.visible_incidents().into_iter().map(|i| i.id).collect();
        assert_eq!(ids, ["M1", "M2"]);
        assert_eq!(w.attributions().len(), 1);
        w.builtin_only();
        assert!(w.is_builtin_only());
        assert_eq!(w.layers().len(), 1);
        w.remove(LayerKey(0));
        assert_eq!(w.layers().len(), 1, "the built-in layer cannot be closed");
        let _ = k;
    }

    /// Regression (issue 20): opening ACLED kept the built-in incidents on
    /// and summed them in (7,307 incidents, not 7,293).
    #[test]
    fn a_file_covering_the_builtin_days_hides_them_with_a_way_back() {
        let mut w = Workspace::new("built-in", acled("B1,2022-07-27,Battles,A,P,14,-6,1\n"));
        // A file of another period adds to the built-in data.
        let older = acled("O1,2019-01-01,Battles,A,P,14,-6,2\nO2,2020-07-29,Battles,A,P,14,-6,3\n");
        let o = w.add("older.csv", None, older.report, older.incidents);
        assert_eq!(w.visible_incidents().len(), 3);
        assert!(w.builtin_covered_by().is_none());
        // A file whose dates cover the built-in days hides them.
        let covering =
            acled("M1,2015-01-03,Battles,A,P,14,-6,2\nM2,2023-03-01,Battles,A,P,14,-6,3\n");
        let k = w.add("acled.csv", None, covering.report, covering.incidents);
        let ids: Vec<String> = w.visible_incidents().into_iter().map(|i| i.id).collect();
        assert_eq!(ids, ["O1", "O2", "M1", "M2"]);
        assert_eq!(w.builtin_covered_by().map(|l| l.key), Some(k));
        // Hiding the file that hid them shows them again.
        w.set_visible(k, false);
        assert!(w.layers()[0].visible);
        w.set_visible(k, true);
        // Showing the built-in layer again is the way back.
        let b = w.builtin_key().unwrap();
        w.set_visible(b, true);
        assert!(w.builtin_covered_by().is_none());
        assert_eq!(w.visible_incidents().len(), 5);
        // A file of the same days elsewhere (another country) does not hide them.
        let mut w2 = Workspace::new("built-in", acled("B1,2022-07-27,Battles,A,P,14,-6,1\n"));
        let far = acled("F1,2015-01-03,Battles,A,P,12,-1,2\nF2,2023-03-01,Battles,A,P,13,0,3\n");
        w2.add("burkina.csv", None, far.report, far.incidents);
        assert!(
            w2.layers()[0].visible,
            "its points do not span the built-in area"
        );
        // Removing the file that hid them shows them again; undo puts it back.
        w.set_visible(b, false);
        w.remove(o);
        assert_eq!(w.removed().map(|l| l.name.as_str()), Some("older.csv"));
        w.undo_remove();
        assert_eq!(w.layers().len(), 3);
        assert_eq!(w.layers()[1].name, "older.csv", "back in its place");
        assert!(!w.layers()[0].visible, "the built-in layer as it was");
        assert!(w.removed().is_none());
        w.set_visible(b, true);
        let covering =
            acled("N1,2015-01-03,Battles,A,P,14,-6,2\nN2,2023-03-01,Battles,A,P,14,-6,3\n");
        let k2 = w.add("again.csv", None, covering.report, covering.incidents);
        assert!(!w.layers()[0].visible);
        // Two files cover them: removing one keeps them hidden, named by the other.
        let third = acled("T1,2015-01-03,Battles,A,P,14,-6,2\nT2,2023-03-01,Battles,A,P,14,-6,3\n");
        let k3 = w.add("third.csv", None, third.report, third.incidents);
        w.remove(k2);
        assert!(!w.layers()[0].visible);
        let _ = k3;
        let k4 = w
            .layers()
            .iter()
            .find(|l| l.name == "acled.csv")
            .map(|l| l.key);
        assert_eq!(w.builtin_covered_by().map(|l| l.key), k4);
        w.remove(k4.unwrap());
        assert!(!w.layers()[0].visible, "third.csv covers them too");
        w.remove(k3);
        assert!(
            w.layers()[0].visible,
            "the built-in data come back with them gone"
        );
    }

    #[test]
    fn status_lines() {
        let s = ImportStatus::Reading {
            name: "acled.csv".into(),
            bytes: 3_776_943,
            read: 0,
            rows: 0,
        };
        let (en, fr) = (
            crate::i18n::words(crate::i18n::Lang::En),
            crate::i18n::words(crate::i18n::Lang::Fr),
        );
        assert_eq!(s.describe(en), "Reading acled.csv (3.8 MB)…");
        assert_eq!(s.describe(fr), "Lecture de acled.csv (3,8 Mo)…");
        let s = ImportStatus::Reading {
            name: "acled.csv".into(),
            bytes: 3_776_943,
            read: 1_200_000,
            rows: 2300,
        };
        assert_eq!(
            s.describe(en),
            "Reading acled.csv: 1.2 MB of 3.8 MB, 2,300 rows…"
        );
        assert_eq!(human_bytes(12_171, en), "12 KB");
        assert_eq!(human_bytes(512, fr), "512 octets");
        assert_eq!(ImportStatus::Idle.describe(en), "");
        assert_eq!(
            ImportStatus::Removed {
                name: "acled.csv".into()
            }
            .describe(en),
            "acled.csv was removed from the map."
        );
    }
}
