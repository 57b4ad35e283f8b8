//! Where an incident comes from: our curated file, an ACLED export, UCDP GED,
//! or another GeoJSON file. Kept with every incident through import and export.

use serde::{Deserialize, Serialize};

/// The dataset an incident was read from, with that dataset's own identifiers
/// and source text. Absent from a curated file (the default).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "dataset", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Provenance {
    /// Our sourced file: every incident cites its reports in `sources`.
    #[default]
    Curated,
    /// An ACLED export (any of its CSV layouts).
    Acled {
        /// `event_id_cnty`, e.g. `MLI7017`.
        event_id_cnty: String,
        /// ACLED's `source` column as written (several sources joined by "; ").
        #[serde(default, skip_serializing_if = "String::is_empty")]
        source: String,
        /// ACLED's `source_scale`, e.g. "Local partner-Other".
        #[serde(default, skip_serializing_if = "String::is_empty")]
        source_scale: String,
        /// ACLED's `disorder_type` (empty when the export has no such column).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        disorder_type: Vec<crate::category::DisorderType>,
        /// ACLED's `civilian_targeting`: whether civilians were the target;
        /// `None` when the export has no such column.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        civilian_targeting: Option<bool>,
        /// ACLED's `inter1`: the first actor's type.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        inter1: Option<crate::actors::ActorType>,
        /// ACLED's `inter2`: the second actor's type (none for an event of
        /// one actor).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        inter2: Option<crate::actors::ActorType>,
    },
    /// UCDP's Georeferenced Event Dataset.
    Ucdp {
        /// UCDP's event `id`, e.g. `443712`.
        id: String,
        /// `relid`, e.g. `MLI-2022-1-15108-115` (its prefix is not the country).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        relid: String,
        /// `source_article` as written (several articles joined by ";").
        #[serde(default, skip_serializing_if = "String::is_empty")]
        sources: String,
    },
    /// A GeoJSON file in another layout than ours.
    Geojson {
        /// The feature's `id` member or property, when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        feature_id: Option<String>,
    },
}

/// Which kind of dataset an incident comes from (the dataset filter's
/// choices, and what matching compares across).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DatasetKind {
    Curated,
    Acled,
    Ucdp,
    Geojson,
}

impl DatasetKind {
    /// Every kind, in the order the app lists them.
    pub const ALL: [DatasetKind; 4] = [
        DatasetKind::Curated,
        DatasetKind::Acled,
        DatasetKind::Ucdp,
        DatasetKind::Geojson,
    ];

    /// The dataset's name for people, e.g. "UCDP GED".
    pub fn label(self) -> &'static str {
        match self {
            DatasetKind::Curated => "Press reports (this project)",
            DatasetKind::Acled => "ACLED",
            DatasetKind::Ucdp => "UCDP GED",
            DatasetKind::Geojson => "GeoJSON",
        }
    }

    /// A short key for links, e.g. "ucdp".
    pub fn key(self) -> &'static str {
        match self {
            DatasetKind::Curated => "curated",
            DatasetKind::Acled => "acled",
            DatasetKind::Ucdp => "ucdp",
            DatasetKind::Geojson => "geojson",
        }
    }
}

/// Who to credit for each dataset, and on what terms (written once; the
/// report, the exports and the app's layer list all use these).
pub mod attribution {
    pub const CURATED: &str = "Incidents: the press reports cited in each incident's sources.";
    pub const ACLED: &str = "Armed Conflict Location & Event Data (ACLED), acleddata.com. ACLED's terms of use apply: attribution, no redistribution of the data.";
    pub const UCDP: &str = "UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program; cite Sundberg & Melander 2013, Journal of Peace Research 50(4), and the GED version.";
    pub const GEOJSON: &str = "As given by the file's publisher; check its licence before sharing.";
    /// Every attribution above.
    pub const ALL: [&str; 4] = [CURATED, ACLED, UCDP, GEOJSON];

    /// The basemap's and gazetteer's credits, as text with the addresses its
    /// parts link to (the page's footer and the published map).
    pub const BASEMAP: [(&str, Option<&str>); 11] = [
        ("credits-basemap", None),
        ("Natural Earth", Some("https://www.naturalearthdata.com/")),
        ("credits-public-domain-places", None),
        ("GeoNames", Some("https://www.geonames.org/")),
        (" (", None),
        (
            "CC BY 4.0",
            Some("https://creativecommons.org/licenses/by/4.0/"),
        ),
        ("credits-rivers", None),
        (
            "credits-osm",
            Some("https://www.openstreetmap.org/copyright"),
        ),
        (" (ODbL)", None),
        ("credits-detail", None),
        ("credits-lgpl", None),
    ];

    /// A part of [`BASEMAP`] in `w`'s words: a part that names a message
    /// (`credits-…`) is worded, a name is kept.
    pub fn part(text: &str, w: &crate::i18n::Words) -> String {
        if text.starts_with("credits-") {
            w.t(text)
        } else {
            text.to_owned()
        }
    }

    /// [`BASEMAP`] as plain text.
    pub fn basemap_text(w: &crate::i18n::Words) -> String {
        BASEMAP.iter().map(|(t, _)| part(t, w)).collect()
    }

    /// The message that words `attribution` (one of [`ALL`]) for the page.
    pub fn message_of(attribution: &str) -> Option<&'static str> {
        let ids = [
            "attribution-curated",
            "attribution-acled",
            "attribution-ucdp",
            "attribution-geojson",
        ];
        ALL.iter().position(|a| *a == attribution).map(|i| ids[i])
    }
}

/// Who to credit for `incidents`: each dataset's attribution once, in the
/// order they first appear.
pub fn attributions_of<'a>(
    incidents: impl IntoIterator<Item = &'a crate::Incident>,
) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for i in incidents {
        let a = i.provenance.attribution();
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

impl Provenance {
    /// An ACLED event's provenance with its id alone (the other columns
    /// empty: an export without them).
    pub fn acled(event_id_cnty: &str) -> Provenance {
        Provenance::Acled {
            event_id_cnty: event_id_cnty.to_owned(),
            source: String::new(),
            source_scale: String::new(),
            disorder_type: Vec::new(),
            civilian_targeting: None,
            inter1: None,
            inter2: None,
        }
    }

    /// ACLED's actor types of the two sides (`inter1`, `inter2`); none for
    /// other datasets.
    pub fn actor_types(&self) -> [Option<crate::actors::ActorType>; 2] {
        match self {
            Provenance::Acled { inter1, inter2, .. } => [*inter1, *inter2],
            _ => [None, None],
        }
    }

    /// ACLED's disorder types; none for other datasets.
    pub fn disorder_types(&self) -> &[crate::category::DisorderType] {
        match self {
            Provenance::Acled { disorder_type, .. } => disorder_type,
            _ => &[],
        }
    }

    /// ACLED's civilian targeting; `None` for other datasets and exports
    /// without the column.
    pub fn civilian_targeting(&self) -> Option<bool> {
        match self {
            Provenance::Acled {
                civilian_targeting, ..
            } => *civilian_targeting,
            _ => None,
        }
    }

    /// Who to credit for this incident's dataset.
    pub fn attribution(&self) -> &'static str {
        match self {
            Provenance::Curated => attribution::CURATED,
            Provenance::Acled { .. } => attribution::ACLED,
            Provenance::Ucdp { .. } => attribution::UCDP,
            Provenance::Geojson { .. } => attribution::GEOJSON,
        }
    }

    /// The kind of dataset.
    pub fn kind(&self) -> DatasetKind {
        match self {
            Provenance::Curated => DatasetKind::Curated,
            Provenance::Acled { .. } => DatasetKind::Acled,
            Provenance::Ucdp { .. } => DatasetKind::Ucdp,
            Provenance::Geojson { .. } => DatasetKind::Geojson,
        }
    }

    /// The dataset's own id of the event, e.g. `MLI7017`.
    pub fn dataset_id(&self) -> Option<&str> {
        match self {
            Provenance::Curated => None,
            Provenance::Acled { event_id_cnty, .. } => Some(event_id_cnty),
            Provenance::Ucdp { id, .. } => Some(id),
            Provenance::Geojson { feature_id } => feature_id.as_deref(),
        }
    }

    /// The dataset's name for people, e.g. "ACLED".
    pub fn dataset_name(&self) -> &'static str {
        match self {
            Provenance::Curated => "curated",
            Provenance::Acled { .. } => "ACLED",
            Provenance::Ucdp { .. } => "UCDP GED",
            Provenance::Geojson { .. } => "GeoJSON",
        }
    }

    /// True for our own sourced file.
    pub fn is_curated(&self) -> bool {
        matches!(self, Provenance::Curated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provenance_is_tagged_by_dataset() {
        let mut p = Provenance::acled("MLI7017");
        if let Provenance::Acled { source, .. } = &mut p {
            *source = "FAMAMali".into();
        }
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(
            json,
            r#"{"dataset":"acled","event_id_cnty":"MLI7017","source":"FAMAMali"}"#
        );
        assert_eq!(serde_json::from_str::<Provenance>(&json).unwrap(), p);
        let p = Provenance::Acled {
            event_id_cnty: "MLI7017".into(),
            source: String::new(),
            source_scale: String::new(),
            disorder_type: vec![crate::category::DisorderType::PoliticalViolence],
            civilian_targeting: Some(false),
            inter1: Some(crate::actors::ActorType::PoliticalMilitia),
            inter2: Some(crate::actors::ActorType::StateForces),
        };
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(
            json,
            r#"{"dataset":"acled","event_id_cnty":"MLI7017","disorder_type":["political-violence"],"civilian_targeting":false,"inter1":"political-militia","inter2":"state-forces"}"#
        );
        assert_eq!(serde_json::from_str::<Provenance>(&json).unwrap(), p);
        let err = serde_json::from_str::<Provenance>(r#"{"dataset":"gdelt"}"#).unwrap_err();
        assert!(err.to_string().contains("gdelt"), "{err}");
    }
}
