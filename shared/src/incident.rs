//! Incident types: one armed attack on one locality, with its sourced figures.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::category::{Category, UcdpViolence};
use crate::provenance::Provenance;
use crate::LonLat;

/// How precisely the date of an incident is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// The day is known.
    Day,
    /// The incident falls within a few days; `date` is the first of them.
    Days,
    /// Only the week is known; in our file `date` is its first day (ACLED
    /// and UCDP give the date they coded, as they give it).
    Week,
    /// Only the month is known; in our file `date` is its first day (ACLED
    /// and UCDP give the date they coded, as they give it).
    Month,
    /// Known only within a period longer than a month (UCDP's `date_prec` 5);
    /// `date` is its first day.
    Longer,
}

impl DatePrecision {
    /// Every precision, finest first.
    pub const ALL: [DatePrecision; 5] = [
        DatePrecision::Day,
        DatePrecision::Days,
        DatePrecision::Week,
        DatePrecision::Month,
        DatePrecision::Longer,
    ];

    /// A short key for links, e.g. "week".
    pub fn key(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Days => "days",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Longer => "longer",
        }
    }
}

/// How precisely the point of an incident is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocationPrecision {
    /// The point is the reported locality itself.
    Exact,
    /// Near the point, within `location_radius_km`.
    Near,
    /// Only the district (cercle, admin-2) is known.
    Admin2,
    /// Only the region (admin-1) is known.
    Admin1,
    /// Only a wider area is known: part of the country, a road or a river
    /// (UCDP's `where_prec` 5).
    Area,
    /// Only the country is known (UCDP's `where_prec` 6 and 7).
    Country,
}

impl LocationPrecision {
    /// Every precision, finest first.
    pub const ALL: [LocationPrecision; 6] = [
        LocationPrecision::Exact,
        LocationPrecision::Near,
        LocationPrecision::Admin2,
        LocationPrecision::Admin1,
        LocationPrecision::Area,
        LocationPrecision::Country,
    ];

    /// A short key for links, e.g. "admin2".
    pub fn key(self) -> &'static str {
        match self {
            LocationPrecision::Exact => "exact",
            LocationPrecision::Near => "near",
            LocationPrecision::Admin2 => "admin2",
            LocationPrecision::Admin1 => "admin1",
            LocationPrecision::Area => "area",
            LocationPrecision::Country => "country",
        }
    }
}

/// ACLED's event types (ACLED Codebook). Sub-event types are checked against them
/// by [`EventType::sub_event_types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EventType {
    #[serde(rename = "Battles")]
    Battles,
    #[serde(rename = "Explosions/Remote violence")]
    ExplosionsRemoteViolence,
    #[serde(rename = "Violence against civilians")]
    ViolenceAgainstCivilians,
    #[serde(rename = "Protests")]
    Protests,
    #[serde(rename = "Riots")]
    Riots,
    #[serde(rename = "Strategic developments")]
    StrategicDevelopments,
}

impl EventType {
    /// All event types, in legend order.
    pub const ALL: [EventType; 6] = [
        EventType::Battles,
        EventType::ExplosionsRemoteViolence,
        EventType::ViolenceAgainstCivilians,
        EventType::Protests,
        EventType::Riots,
        EventType::StrategicDevelopments,
    ];

    /// ACLED's name for the type.
    pub fn label(self) -> &'static str {
        match self {
            EventType::Battles => "Battles",
            EventType::ExplosionsRemoteViolence => "Explosions/Remote violence",
            EventType::ViolenceAgainstCivilians => "Violence against civilians",
            EventType::Protests => "Protests",
            EventType::Riots => "Riots",
            EventType::StrategicDevelopments => "Strategic developments",
        }
    }

    /// A short CSS-safe key, used for the marker colour class.
    pub fn key(self) -> &'static str {
        match self {
            EventType::Battles => "battles",
            EventType::ExplosionsRemoteViolence => "explosions",
            EventType::ViolenceAgainstCivilians => "civilians",
            EventType::Protests => "protests",
            EventType::Riots => "riots",
            EventType::StrategicDevelopments => "strategic",
        }
    }

    /// Marker fill colour (a colour-blind-safe palette, Okabe-Ito).
    pub fn colour(self) -> &'static str {
        match self {
            EventType::Battles => "#d55e00",
            EventType::ExplosionsRemoteViolence => "#7b3294",
            EventType::ViolenceAgainstCivilians => "#cc79a7",
            EventType::Protests => "#0072b2",
            EventType::Riots => "#e69f00",
            EventType::StrategicDevelopments => "#009e73",
        }
    }

    /// The sub-event types ACLED allows under this type.
    pub fn sub_event_types(self) -> &'static [&'static str] {
        match self {
            EventType::Battles => &[
                "Armed clash",
                "Government regains territory",
                "Non-state actor overtakes territory",
            ],
            EventType::ExplosionsRemoteViolence => &[
                "Chemical weapon",
                "Air/drone strike",
                "Suicide bomb",
                "Shelling/artillery/missile attack",
                "Remote explosive/landmine/IED",
                "Grenade",
            ],
            EventType::ViolenceAgainstCivilians => &[
                "Sexual violence",
                "Attack",
                "Abduction/forced disappearance",
            ],
            EventType::Protests => &[
                "Peaceful protest",
                "Protest with intervention",
                "Excessive force against protesters",
            ],
            EventType::Riots => &["Violent demonstration", "Mob violence"],
            EventType::StrategicDevelopments => &[
                "Agreement",
                "Arrests",
                "Change to group/activity",
                "Disrupted weapons use",
                "Headquarters or base established",
                "Looting/property destruction",
                "Non-violent transfer of territory",
                "Other",
            ],
        }
    }
}

/// Counts of people by side. Each figure is a number of people; `None` means the
/// source gave no figure for that side (which is not the same as zero).
///
/// In the data file every key must be present, as an integer or `null`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideCounts {
    /// Soldiers, gendarmes and other state security forces.
    #[serde(deserialize_with = "Option::deserialize")]
    pub military: Option<u32>,
    /// Civilians (including contractors working for the state).
    #[serde(deserialize_with = "Option::deserialize")]
    pub civilian: Option<u32>,
    /// The attackers.
    #[serde(deserialize_with = "Option::deserialize")]
    pub assailants: Option<u32>,
    /// People whose side the source does not give.
    #[serde(deserialize_with = "Option::deserialize")]
    pub unknown: Option<u32>,
}

impl SideCounts {
    /// Sum of the known figures, or `None` when no side has a figure.
    pub fn total(&self) -> Option<u32> {
        let parts = [self.military, self.civilian, self.assailants, self.unknown];
        parts
            .iter()
            .flatten()
            .copied()
            .reduce(|a, b| a.saturating_add(b))
    }

    /// The figures with their side names, in table order.
    pub fn by_side(&self) -> [(&'static str, Option<u32>); 4] {
        [
            ("military", self.military),
            ("civilian", self.civilian),
            ("assailants", self.assailants),
            ("unknown", self.unknown),
        ]
    }
}

/// One figure of an incident's table: killed or injured, on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FigureRef {
    #[serde(rename = "killed.military")]
    KilledMilitary,
    #[serde(rename = "killed.civilian")]
    KilledCivilian,
    #[serde(rename = "killed.assailants")]
    KilledAssailants,
    #[serde(rename = "killed.unknown")]
    KilledUnknown,
    #[serde(rename = "injured.military")]
    InjuredMilitary,
    #[serde(rename = "injured.civilian")]
    InjuredCivilian,
    #[serde(rename = "injured.assailants")]
    InjuredAssailants,
    #[serde(rename = "injured.unknown")]
    InjuredUnknown,
}

impl FigureRef {
    /// The figure for `side` (one of [`SideCounts::by_side`]'s names) among the
    /// killed (`killed == true`) or the injured.
    pub fn of(killed: bool, side: &str) -> Option<FigureRef> {
        Some(match (killed, side) {
            (true, "military") => FigureRef::KilledMilitary,
            (true, "civilian") => FigureRef::KilledCivilian,
            (true, "assailants") => FigureRef::KilledAssailants,
            (true, "unknown") => FigureRef::KilledUnknown,
            (false, "military") => FigureRef::InjuredMilitary,
            (false, "civilian") => FigureRef::InjuredCivilian,
            (false, "assailants") => FigureRef::InjuredAssailants,
            (false, "unknown") => FigureRef::InjuredUnknown,
            _ => return None,
        })
    }

    /// A short key, e.g. "injured-civilian" (the catalogue words it).
    pub fn key(self) -> &'static str {
        match self {
            FigureRef::KilledMilitary => "killed-military",
            FigureRef::KilledCivilian => "killed-civilian",
            FigureRef::KilledAssailants => "killed-assailants",
            FigureRef::KilledUnknown => "killed-unknown",
            FigureRef::InjuredMilitary => "injured-military",
            FigureRef::InjuredCivilian => "injured-civilian",
            FigureRef::InjuredAssailants => "injured-assailants",
            FigureRef::InjuredUnknown => "injured-unknown",
        }
    }

    /// The field's dotted path in our data, e.g. "injured.civilian".
    pub fn field(self) -> String {
        self.key().replacen('-', ".", 1)
    }

    /// Every figure of the table.
    pub const ALL: [FigureRef; 8] = [
        FigureRef::KilledMilitary,
        FigureRef::KilledCivilian,
        FigureRef::KilledAssailants,
        FigureRef::KilledUnknown,
        FigureRef::InjuredMilitary,
        FigureRef::InjuredCivilian,
        FigureRef::InjuredAssailants,
        FigureRef::InjuredUnknown,
    ];

    /// The count this refers to in `c`.
    pub fn value(self, c: &Casualties) -> Option<u32> {
        match self {
            FigureRef::KilledMilitary => c.killed.military,
            FigureRef::KilledCivilian => c.killed.civilian,
            FigureRef::KilledAssailants => c.killed.assailants,
            FigureRef::KilledUnknown => c.killed.unknown,
            FigureRef::InjuredMilitary => c.injured.military,
            FigureRef::InjuredCivilian => c.injured.civilian,
            FigureRef::InjuredAssailants => c.injured.assailants,
            FigureRef::InjuredUnknown => c.injured.unknown,
        }
    }
}

/// How the sources word a figure when the words say more than a number, or
/// when they give words and no number: "une vingtaine" (about twenty) is not
/// 20, so that figure stays `null` and these words are shown instead; "au moins
/// neuf" (at least nine) qualifies a recorded 9.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureWording {
    /// Which figure of the table the words are about.
    pub figure: FigureRef,
    /// The words as the sources give them, in the sources' language.
    pub as_reported: String,
    /// What they mean, in English, e.g. "about twenty".
    pub meaning: String,
}

impl FigureWording {
    /// A line for the details panel, e.g.
    /// `Injured, civilian: "une vingtaine" (about twenty); no exact number.`
    /// The meaning is our English gloss of the sources' words.
    pub fn describe(&self, c: &Casualties, w: &crate::i18n::Words) -> String {
        let id = if self.figure.value(c).is_none() {
            "wording-no-number"
        } else {
            "wording"
        };
        w.tf(
            id,
            &[
                (
                    "figure",
                    crate::i18n::Words::capitalised(&w.figure(self.figure)).into(),
                ),
                ("words", self.as_reported.as_str().into()),
                ("meaning", self.meaning.as_str().into()),
            ],
        )
    }
}

/// People killed on one named side, as UCDP GED counts them (`deaths_a` for
/// `side_a`, `deaths_b` for `side_b`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyDeaths {
    /// The side as the source names it, e.g. "Government of Mali".
    pub party: String,
    /// People killed on that side.
    pub killed: u32,
}

/// A dataset's range of deaths for one event (UCDP GED's low, best and high
/// estimates, in people killed on all sides).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeathEstimates {
    pub low: u32,
    pub best: u32,
    pub high: u32,
}

/// Killed and injured of one incident, as each source gives them: by side
/// (our file; UCDP's civilians and unknown), by named party (UCDP's sides a and
/// b), or only as a total (ACLED's `fatalities`). Unknown is never zero: a
/// figure the source does not give stays `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Casualties {
    /// People killed, by side.
    pub killed: SideCounts,
    /// People injured, by side.
    pub injured: SideCounts,
    /// Of the injured, how many seriously (when the source says).
    pub seriously_injured: Option<u32>,
    /// People killed on each named party (UCDP's `deaths_a`, `deaths_b`).
    pub killed_by_party: Vec<PartyDeaths>,
    /// People killed on all sides when the source gives only a total (ACLED).
    pub killed_reported_total: Option<u32>,
    /// The source's low / best / high estimates of people killed (UCDP).
    pub estimates: Option<DeathEstimates>,
}

impl Casualties {
    /// People killed on all sides, or `None` when no figure is known: the
    /// best estimate when the source gives a range, else the reported total,
    /// else the sum of the sides and parties that have a figure.
    pub fn killed_total(&self) -> Option<u32> {
        if let Some(e) = self.estimates {
            return Some(e.best);
        }
        if let Some(n) = self.killed_reported_total {
            return Some(n);
        }
        let parties = self.killed_by_party.iter().map(|p| p.killed);
        [self.killed.total()]
            .into_iter()
            .flatten()
            .chain(parties)
            .reduce(|a, b| a.saturating_add(b))
    }
}

/// A published report an incident rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The outlet, e.g. "Bamada.net".
    pub outlet: String,
    /// The article's title as published.
    pub title: String,
    /// The title's language, as a BCP 47 code (e.g. "fr"), when known: the
    /// page marks the title with it (`lang`), since it stays as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Publication date.
    #[serde(deserialize_with = "deserialize_date")]
    pub date: NaiveDate,
    /// The article's address.
    pub url: String,
    /// How the title or date was read when the page does not print them
    /// (e.g. a title taken from the address, a date from "hier jeudi").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Our own text of a curated incident in French: the fields we write in
/// English (the time of day, how we name the actors, whose figures they are,
/// the notes), translated by us. Source text (titles, the sources' own words
/// for a figure) is never translated. Each field is optional; what is missing
/// is shown in English, marked as such.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct French {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_of_day: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures_source: Option<String>,
    /// One per `alternative_figures`, in order: whose figures they are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub according_to: Vec<String>,
    /// One per `figure_wordings`, in order: what the sources' words mean.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meanings: Vec<String>,
    /// One per source that has a `note`, in order: how we read its title
    /// or date (the sources' own quoted words stay as they wrote them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Figures from another report that differ from the ones the incident records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "AlternativeFiguresShape", into = "AlternativeFiguresShape")]
pub struct AlternativeFigures {
    /// Whose figures these are, e.g. "Reuters".
    pub according_to: String,
    /// People killed, by side.
    pub killed: SideCounts,
    /// People injured, by side.
    pub injured: SideCounts,
    /// The report or the dataset's record carrying these figures.
    pub cited: Cited,
}

/// Where an alternative figure is published: one of the incident's
/// `sources` (a report), or one of its `dataset_records` (an event of
/// ACLED or UCDP GED), by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cited {
    Source(usize),
    Record(usize),
}

/// [`AlternativeFigures`] as written: `"source": n` or `"record": n`,
/// exactly one of them.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AlternativeFiguresShape {
    according_to: String,
    killed: SideCounts,
    injured: SideCounts,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    record: Option<usize>,
}

impl TryFrom<AlternativeFiguresShape> for AlternativeFigures {
    type Error = String;

    fn try_from(a: AlternativeFiguresShape) -> std::result::Result<Self, String> {
        let cited = match (a.source, a.record) {
            (Some(n), None) => Cited::Source(n),
            (None, Some(n)) => Cited::Record(n),
            _ => {
                return Err(format!(
                    "the alternative figures of \"{}\" need exactly one of `source` (a report) and `record` (a dataset's event)",
                    a.according_to
                ))
            }
        };
        Ok(AlternativeFigures {
            according_to: a.according_to,
            killed: a.killed,
            injured: a.injured,
            cited,
        })
    }
}

impl From<AlternativeFigures> for AlternativeFiguresShape {
    fn from(a: AlternativeFigures) -> Self {
        let (source, record) = match a.cited {
            Cited::Source(n) => (Some(n), None),
            Cited::Record(n) => (None, Some(n)),
        };
        AlternativeFiguresShape {
            according_to: a.according_to,
            killed: a.killed,
            injured: a.injured,
            source,
            record,
        }
    }
}

/// A conflict dataset that records attacks one by one, as our incidents
/// cite it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RecordingDataset {
    #[serde(rename = "ACLED")]
    Acled,
    #[serde(rename = "UCDP GED")]
    UcdpGed,
}

impl RecordingDataset {
    /// The dataset kind its own files are read as.
    pub fn kind(self) -> crate::provenance::DatasetKind {
        match self {
            RecordingDataset::Acled => crate::provenance::DatasetKind::Acled,
            RecordingDataset::UcdpGed => crate::provenance::DatasetKind::Ucdp,
        }
    }

    /// True when `id` has the shape of the dataset's event ids: ACLED's
    /// `event_id_cnty` is a country code and a number (`MLI7009`), UCDP
    /// GED's `id` a number (`456578`).
    pub fn is_event_id(self, id: &str) -> bool {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        match self {
            RecordingDataset::Acled => {
                let letters = id.bytes().take_while(u8::is_ascii_uppercase).count();
                letters == 3 && digits(&id[letters..])
            }
            RecordingDataset::UcdpGed => digits(id),
        }
    }
}

/// The same attack in a conflict dataset, cited by the dataset's event id:
/// where a curated incident's place, date, figures or attribution come
/// from a dataset's record of it, or differ from it. (The record itself is
/// the dataset's and is not copied here: its id finds it in any export.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetRecord {
    pub dataset: RecordingDataset,
    /// ACLED's `event_id_cnty` or UCDP GED's `id`.
    pub event_id: String,
}

/// One attack on one locality, as reported, from any dataset.
///
/// Its serde form is the Web Worker's wire format ([`crate::wire`], binary),
/// not a file format: files are read and written through `crate::formats`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    /// Unique in its dataset: a slug in our file (`2022-07-27-sokolo`), the
    /// dataset's own id otherwise (ACLED's `MLI7017`, UCDP's `443712`).
    pub id: String,
    /// The dataset it comes from, with that dataset's identifiers.
    #[serde(with = "crate::wire::provenance")]
    pub provenance: Provenance,
    /// Day of the attack (the first day when `date_precision` is wider).
    #[serde(with = "crate::wire::day")]
    pub date: NaiveDate,
    /// The last possible day, when the source gives a range (UCDP's `date_end`).
    #[serde(with = "crate::wire::optional_day")]
    pub date_end: Option<NaiveDate>,
    pub date_precision: DatePrecision,
    /// Local time as reported, e.g. "about 05:00" (free text, optional).
    pub time_of_day: Option<String>,
    /// Id of the place in the gazetteer (required in our file).
    pub place_id: Option<String>,
    /// The locality's name as the sources spell it.
    pub place_name: String,
    /// Region (admin-1) as reported.
    pub admin1: String,
    /// District (admin-2, cercle) as reported, when given.
    pub admin2: Option<String>,
    /// The marker's point.
    pub location: LonLat,
    pub location_precision: LocationPrecision,
    /// Radius in km within which the true point lies, when the location is not exact.
    pub location_radius_km: Option<f64>,
    /// ACLED event type, when the source uses ACLED's vocabulary.
    pub event_type: Option<EventType>,
    /// ACLED sub-event type, one of `event_type.sub_event_types()`.
    pub sub_event_type: Option<String>,
    /// UCDP's type of violence, when the source is UCDP GED.
    pub ucdp_violence: Option<UcdpViolence>,
    /// The attacker (ACLED `actor1`, UCDP `side_a`) as named by the source.
    pub actor1: String,
    /// Actors the source associates with `actor1` (ACLED `assoc_actor_1`).
    pub actor1_associates: Vec<String>,
    /// Who names the attacker (e.g. "Malian army"), or "claimed" when the
    /// group claimed it; `None` when the dataset does not say.
    pub attributed_by: Option<String>,
    /// The target (ACLED `actor2`, UCDP `side_b`).
    pub actor2: String,
    /// Actors the source associates with `actor2` (ACLED `assoc_actor_2`).
    pub actor2_associates: Vec<String>,
    pub casualties: Casualties,
    /// Assailants arrested, when reported.
    pub arrested: Option<u32>,
    /// Whose statement the figures are, e.g. "Malian army (FAMa) communiqué".
    pub figures_source: Option<String>,
    /// Ids of incidents reported as part of the same coordinated attack.
    pub coordinated_with: Vec<String>,
    /// Figures from other reports that differ.
    #[serde(with = "crate::wire::alternatives")]
    pub alternative_figures: Vec<AlternativeFigures>,
    /// How the sources word figures that are not plain numbers.
    pub figure_wordings: Vec<FigureWording>,
    /// The reports this incident rests on (at least one in our file).
    #[serde(with = "crate::wire::sources")]
    pub sources: Vec<Source>,
    /// The same attack in the conflict datasets (our curated incidents).
    pub dataset_records: Vec<DatasetRecord>,
    /// Our own summary and caveats, or the dataset's notes.
    pub notes: String,
    /// Our own text in French, where we wrote it (the curated file's text
    /// fields are written in English; see [`French`]).
    /// Boxed: most incidents (every imported one) have none, and an
    /// incident stays small.
    #[serde(with = "crate::wire::french")]
    pub french: Option<Box<French>>,
}

impl Incident {
    /// People killed on all sides, or `None` when no figure was reported.
    pub fn killed_total(&self) -> Option<u32> {
        self.casualties.killed_total()
    }

    /// A short label: place and date, e.g. "Sokolo, 27 July 2022".
    pub fn label(&self, w: &crate::i18n::Words) -> String {
        format!("{}, {}", self.place_name, w.date(self.date))
    }

    /// The colour and legend entry: the ACLED type, else the UCDP type.
    pub fn category(&self) -> Category {
        match (self.event_type, self.ucdp_violence) {
            (Some(t), _) => Category::Acled(t),
            (None, Some(v)) => Category::Ucdp(v),
            (None, None) => Category::Unclassified,
        }
    }

    /// The sources' words for one figure, if they qualify it.
    pub fn wording(&self, figure: FigureRef) -> Option<&FigureWording> {
        self.figure_wordings.iter().find(|w| w.figure == figure)
    }

    /// "Battles — Armed clash" or "One-sided violence (UCDP)", in the
    /// catalogue's words (a sub-type ACLED does not define stays as written).
    pub fn classification_label(&self, w: &crate::i18n::Words) -> String {
        match (self.event_type, &self.sub_event_type, self.ucdp_violence) {
            (Some(t), Some(sub), _) => {
                format!(
                    "{} — {}",
                    w.category(Category::Acled(t)),
                    w.sub_event_type(sub)
                )
            }
            (Some(t), None, _) => w.category(Category::Acled(t)),
            (None, _, Some(v)) => format!("{} (UCDP)", w.category(Category::Ucdp(v))),
            (None, _, None) => w.category(Category::Unclassified),
        }
    }
}

/// Deserialises a `YYYY-MM-DD` date, with a message that names the value when
/// the date does not exist (e.g. 30 February).
pub fn deserialize_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s = String::deserialize(d)?;
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|_| {
        serde::de::Error::custom(format!("\"{s}\" is not a real date in YYYY-MM-DD form"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_ignores_unknown_sides_and_is_none_when_nothing_known() {
        let c = SideCounts {
            military: Some(6),
            civilian: None,
            assailants: Some(48),
            unknown: None,
        };
        assert_eq!(c.total(), Some(54));
        assert_eq!(SideCounts::default().total(), None);
        let zero = SideCounts {
            military: Some(0),
            ..Default::default()
        };
        assert_eq!(zero.total(), Some(0));
    }

    #[test]
    fn side_counts_require_every_key() {
        let err = serde_json::from_str::<SideCounts>(
            r#"{"military": 1, "civilian": null, "assailants": 2}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("missing field `unknown`"), "{err}");
    }

    #[test]
    fn side_counts_reject_negative_figures() {
        let err = serde_json::from_str::<SideCounts>(
            r#"{"military": -1, "civilian": null, "assailants": 2, "unknown": null}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("-1"), "{err}");
    }

    #[test]
    fn event_type_uses_acled_names() {
        let t: EventType = serde_json::from_str("\"Explosions/Remote violence\"").unwrap();
        assert_eq!(t, EventType::ExplosionsRemoteViolence);
        assert!(t.sub_event_types().contains(&"Suicide bomb"));
        assert!(!EventType::Battles
            .sub_event_types()
            .contains(&"Suicide bomb"));
    }

    #[test]
    fn impossible_dates_are_named() {
        #[derive(Deserialize)]
        struct D {
            #[serde(deserialize_with = "deserialize_date")]
            #[allow(dead_code)]
            d: NaiveDate,
        }
        let err = serde_json::from_str::<D>(r#"{"d":"2022-02-30"}"#)
            .err()
            .unwrap();
        assert!(
            err.to_string()
                .starts_with("\"2022-02-30\" is not a real date in YYYY-MM-DD form"),
            "{err}"
        );
        assert!(serde_json::from_str::<D>(r#"{"d":"2022-07-27"}"#).is_ok());
    }

    #[test]
    fn figure_wordings_read_and_describe() {
        let w: FigureWording = serde_json::from_str(
            r#"{"figure": "injured.civilian", "as_reported": "une vingtaine", "meaning": "about twenty"}"#,
        )
        .unwrap();
        assert_eq!(w.figure, FigureRef::InjuredCivilian);
        let mut c = Casualties::default();
        let (en, fr) = (
            crate::i18n::words(crate::i18n::Lang::En),
            crate::i18n::words(crate::i18n::Lang::Fr),
        );
        assert_eq!(
            w.describe(&c, en),
            "Injured, civilian: \u{201c}une vingtaine\u{201d} (about twenty); no exact number."
        );
        assert_eq!(
            w.describe(&c, fr),
            "Blessés, civils\u{202f}: «\u{202f}une vingtaine\u{202f}» (about twenty)\u{202f}; pas de nombre exact."
        );
        c.injured.civilian = Some(20);
        assert_eq!(
            w.describe(&c, en),
            "Injured, civilian: \u{201c}une vingtaine\u{201d} (about twenty)."
        );
        assert_eq!(
            FigureRef::of(false, "civilian"),
            Some(FigureRef::InjuredCivilian)
        );
        assert_eq!(FigureRef::of(true, "nobody"), None);
        let err = serde_json::from_str::<FigureWording>(
            r#"{"figure": "injured.civillian", "as_reported": "x", "meaning": "y"}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("injured.civillian"), "{err}");
    }

    #[test]
    fn dates_format_in_words() {
        use crate::i18n::{words, Lang};
        let d = NaiveDate::from_ymd_opt(2022, 7, 1).unwrap();
        assert_eq!(words(Lang::En).date(d), "1 July 2022");
        assert_eq!(words(Lang::En).date_short(d), "1 Jul 2022");
        assert_eq!(words(Lang::Fr).date(d), "1er juillet 2022");
    }
}
