//! CSV export of the incidents shown: one row per incident with its dataset,
//! its dataset's id and attribution, so a spreadsheet keeps the provenance. A
//! figure the source does not give is an empty cell, never 0. Text that a
//! spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
//! or a carriage return) is written with a leading `'`, so a file opened from
//! anywhere cannot put a formula into the analyst's spreadsheet.

use serde::Serialize;

use crate::Incident;

/// One row of the export, in column order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExportRow {
    pub id: String,
    pub dataset: &'static str,
    pub dataset_event_id: String,
    pub date: String,
    pub date_end: String,
    pub date_precision: String,
    pub place_name: String,
    pub admin1: String,
    pub admin2: String,
    pub latitude: f64,
    pub longitude: f64,
    pub location_precision: String,
    pub location_radius_km: Option<f64>,
    pub event_type: String,
    pub sub_event_type: String,
    pub ucdp_type_of_violence: String,
    /// ACLED's disorder types, joined by "; " as ACLED writes them.
    pub disorder_type: String,
    pub actor1: String,
    /// ACLED's `assoc_actor_1`, joined by "; ".
    pub assoc_actor_1: String,
    /// ACLED's actor type of `actor1` (`inter1`), as the codebook names it.
    pub inter1: String,
    pub actor2: String,
    pub assoc_actor_2: String,
    pub inter2: String,
    /// ACLED's `civilian_targeting`: "Civilian targeting", or empty (also
    /// when the dataset does not say).
    pub civilian_targeting: String,
    /// People killed on all sides (the best estimate for UCDP); empty when unknown.
    pub killed_total: Option<u32>,
    pub killed_military: Option<u32>,
    pub killed_civilian: Option<u32>,
    pub killed_assailants: Option<u32>,
    pub killed_unknown: Option<u32>,
    /// UCDP's named sides, e.g. "Government of Mali: 6; JNIM: 30".
    pub killed_by_party: String,
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
    pub injured_total: Option<u32>,
    pub injured_military: Option<u32>,
    pub injured_civilian: Option<u32>,
    pub injured_assailants: Option<u32>,
    pub injured_unknown: Option<u32>,
    pub seriously_injured: Option<u32>,
    pub arrested: Option<u32>,
    /// How the sources word figures, e.g. "injured, civilian: une vingtaine (about twenty)".
    pub figure_wordings: String,
    pub figures_source: String,
    /// The cited reports' addresses, joined by " ; ".
    pub sources: String,
    /// The dataset's own source text (ACLED `source`, UCDP `source_article`).
    pub dataset_sources: String,
    /// ACLED's `source_scale`, e.g. "Local partner-Other".
    pub source_scale: String,
    pub notes: String,
    pub attribution: &'static str,
    /// The dates and filters of the export ([`crate::pipeline::Scope::describe`]);
    /// empty when the whole file was written.
    pub selection: String,
}

/// `s` made safe for a spreadsheet cell (see the module's doc).
pub fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

fn text<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

impl ExportRow {
    /// The row of `inc`.
    pub fn of(inc: &Incident) -> ExportRow {
        let c = &inc.casualties;
        let (dataset_sources, source_scale) = match &inc.provenance {
            crate::Provenance::Acled {
                source,
                source_scale,
                ..
            } => (source.clone(), source_scale.clone()),
            crate::Provenance::Ucdp { sources, .. } => (sources.clone(), String::new()),
            _ => (String::new(), String::new()),
        };
        let [inter1, inter2] = inc
            .provenance
            .actor_types()
            .map(|t| t.map(|t| t.label().to_owned()).unwrap_or_default());
        ExportRow {
            id: inc.id.clone(),
            dataset: inc.provenance.dataset_name(),
            dataset_event_id: inc.provenance.dataset_id().unwrap_or_default().to_owned(),
            date: inc.date.to_string(),
            date_end: inc.date_end.map(|d| d.to_string()).unwrap_or_default(),
            date_precision: text(&inc.date_precision),
            place_name: inc.place_name.clone(),
            admin1: inc.admin1.clone(),
            admin2: inc.admin2.clone().unwrap_or_default(),
            latitude: inc.location.lat,
            longitude: inc.location.lon,
            location_precision: text(&inc.location_precision),
            location_radius_km: inc.location_radius_km,
            event_type: inc
                .event_type
                .map(|t| t.label().to_owned())
                .unwrap_or_default(),
            sub_event_type: inc.sub_event_type.clone().unwrap_or_default(),
            ucdp_type_of_violence: inc
                .ucdp_violence
                .map(|v| v.label().to_owned())
                .unwrap_or_default(),
            disorder_type: inc
                .provenance
                .disorder_types()
                .iter()
                .map(|d| d.label())
                .collect::<Vec<_>>()
                .join("; "),
            actor1: inc.actor1.clone(),
            assoc_actor_1: inc.actor1_associates.join("; "),
            inter1,
            actor2: inc.actor2.clone(),
            assoc_actor_2: inc.actor2_associates.join("; "),
            inter2,
            civilian_targeting: if inc.provenance.civilian_targeting() == Some(true) {
                "Civilian targeting".to_owned()
            } else {
                String::new()
            },
            killed_total: inc.killed_total(),
            killed_military: c.killed.military,
            killed_civilian: c.killed.civilian,
            killed_assailants: c.killed.assailants,
            killed_unknown: c.killed.unknown,
            killed_by_party: c
                .killed_by_party
                .iter()
                .map(|p| format!("{}: {}", p.party, p.killed))
                .collect::<Vec<_>>()
                .join("; "),
            low: c.estimates.map(|e| e.low),
            best: c.estimates.map(|e| e.best),
            high: c.estimates.map(|e| e.high),
            injured_total: c.injured.total(),
            injured_military: c.injured.military,
            injured_civilian: c.injured.civilian,
            injured_assailants: c.injured.assailants,
            injured_unknown: c.injured.unknown,
            seriously_injured: c.seriously_injured,
            arrested: inc.arrested,
            figure_wordings: inc
                .figure_wordings
                .iter()
                .map(|w| format!("{}: {} ({})", w.figure.field(), w.as_reported, w.meaning))
                .collect::<Vec<_>>()
                .join("; "),
            figures_source: inc.figures_source.clone().unwrap_or_default(),
            sources: inc
                .sources
                .iter()
                .map(|s| s.url.as_str())
                .collect::<Vec<_>>()
                .join(" ; "),
            dataset_sources,
            source_scale,
            notes: inc.notes.clone(),
            attribution: inc.provenance.attribution(),
            selection: String::new(),
        }
        .safe()
    }

    /// Every text cell made safe for a spreadsheet.
    fn safe(mut self) -> ExportRow {
        for t in [
            &mut self.id,
            &mut self.dataset_event_id,
            &mut self.place_name,
            &mut self.admin1,
            &mut self.admin2,
            &mut self.sub_event_type,
            &mut self.actor1,
            &mut self.assoc_actor_1,
            &mut self.actor2,
            &mut self.assoc_actor_2,
            &mut self.killed_by_party,
            &mut self.figure_wordings,
            &mut self.figures_source,
            &mut self.sources,
            &mut self.dataset_sources,
            &mut self.source_scale,
            &mut self.notes,
            &mut self.selection,
        ] {
            *t = cell(t);
        }
        self
    }
}

/// The CSV text of `incidents`, with a header row; `scope`, the selection
/// they were cut from, fills the `selection` column.
pub fn write_csv(incidents: &[Incident], scope: Option<&crate::pipeline::Scope>) -> String {
    let selection = cell(
        &scope
            .map(crate::pipeline::Scope::describe)
            .unwrap_or_default(),
    );
    let mut w = csv::Writer::from_writer(Vec::new());
    for inc in incidents {
        let mut row = ExportRow::of(inc);
        row.selection.clone_from(&selection);
        // Serialising plain rows into memory does not fail.
        if w.serialize(row).is_err() {
            break;
        }
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::{table, ucdp};

    /// The first data row of `csv`, as (column name, value) pairs.
    fn first_row(csv: &str) -> std::collections::HashMap<String, String> {
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        let header = r.headers().unwrap().clone();
        let row = r.records().next().unwrap().unwrap();
        header
            .iter()
            .zip(row.iter())
            .map(|(h, v)| (h.to_owned(), v.to_owned()))
            .collect()
    }

    #[test]
    fn unknown_stays_empty_and_provenance_is_kept() {
        let text = "id,relid,type_of_violence,side_a,side_b,latitude,longitude,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low\n443712,MLI-2022-1-15108-115,1,Government of Mali,JNIM,14.8,-6.0,2022-07-27,2022-07-27,6,30,0,0,36,54,36\n";
        let t = table::read("u.csv", text).unwrap();
        let incidents = ucdp::read("u.csv", &t).unwrap().incidents;
        let row = first_row(&write_csv(&incidents, None));
        let get = |name: &str| row[name].as_str();
        assert_eq!(get("dataset"), "UCDP GED");
        assert_eq!(get("dataset_event_id"), "443712");
        assert_eq!(get("killed_total"), "36");
        assert_eq!(get("killed_military"), "", "no figure is not 0");
        assert_eq!(get("injured_total"), "");
        assert_eq!(get("killed_by_party"), "Government of Mali: 6; JNIM: 30");
        assert_eq!(get("high"), "54");
        assert!(get("attribution").starts_with("UCDP Georeferenced Event Dataset"));
        assert_eq!(get("injured_civilian"), "");
        assert_eq!(get("selection"), "", "the whole file: no selection");
        let scope = crate::pipeline::Scope {
            from: "2022-01-01".parse().ok(),
            to: "2022-12-31".parse().ok(),
            filters: "actor JNIM".into(),
            link: None,
            ..Default::default()
        };
        let csv = write_csv(&incidents, Some(&scope));
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        let col = r.headers().unwrap().iter().position(|h| h == "selection");
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(
            row.get(col.unwrap()),
            Some("dates 2022-01-01 to 2022-12-31; filters: actor JNIM")
        );
    }

    #[test]
    fn acleds_own_categories_and_actors_are_kept() {
        let text = "event_id_cnty,event_date,disorder_type,event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,civilian_targeting,location,latitude,longitude,source,source_scale,fatalities\nMLI1,27 July 2022,Political violence,Violence against civilians,JNIM: Group for Support of Islam and Muslims,,2,Civilians (Mali),Fulani Ethnic Group (Mali); Women (Mali),7,Civilian targeting,Bobosso,14.1,-3.2,Studio Tamani,Local partner-Other,9\n";
        let t = table::read("a.csv", text).unwrap();
        let incidents = crate::pipeline::import("a.csv", text.as_bytes(), &Default::default())
            .unwrap()
            .incidents;
        assert!(t.header.len() > 10);
        let row = first_row(&write_csv(&incidents, None));
        let get = |name: &str| row[name].as_str();
        assert_eq!(get("disorder_type"), "Political violence");
        assert_eq!(get("inter1"), "Rebel group");
        assert_eq!(get("inter2"), "Civilians");
        assert_eq!(
            get("assoc_actor_2"),
            "Fulani Ethnic Group (Mali); Women (Mali)"
        );
        assert_eq!(get("civilian_targeting"), "Civilian targeting");
        assert_eq!(get("source_scale"), "Local partner-Other");
    }

    #[test]
    fn text_that_a_spreadsheet_would_run_is_quoted() {
        assert_eq!(
            cell("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("Sokolo"), "Sokolo");
    }
}
