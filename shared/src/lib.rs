//! Domain of the Sahel incident map.
//!
//! Everything here is plain Rust with no DOM and no I/O, so it is tested natively:
//! the incident and gazetteer types, parsing of the GeoJSON data files with precise
//! error locations, cross-file validation, date filtering through a date-sorted
//! index, the casualty marker scale and the map projection.
//!
//! Coordinates follow GeoJSON (RFC 7946): longitude first, then latitude, in
//! decimal degrees (WGS 84). Constructors say which order they take.

pub mod about;
pub mod actors;
pub mod analysis;
pub mod area;
pub mod basemap;
pub mod bundle;
pub mod category;
pub mod details;
pub mod engine;
pub mod error;
pub mod filter;
pub mod filters;
pub mod formats;
pub mod gazetteer;
pub mod geo_point;
pub mod histogram;
pub mod hosts;
pub mod i18n;
pub mod incident;
pub mod link;
pub mod listing;
pub mod map_model;
pub mod matching;
pub mod palette;
pub mod parse;
pub mod pipeline;
pub mod playback;
pub mod projection;
pub mod provenance;
pub mod publish;
pub mod raster;
pub mod regions;
pub mod scale;
pub mod tiles;
pub mod timeline;
pub mod totals;
pub mod validate;
pub mod wire;
pub mod workspace;

pub use basemap::{Basemap, Region};
pub use bundle::{Bundle, FileProblems};
pub use category::{Category, UcdpViolence};
pub use error::{Error, Problem, Result, Said};
pub use filter::{DateIndex, RangeSummary};
pub use formats::curated::{parse_incidents, write_incidents, IncidentRecord};
pub use formats::Format;
pub use gazetteer::{normalize_name, Gazetteer, Place};
pub use geo_point::{LonLat, MALI_BBOX};
pub use incident::{
    AlternativeFigures, Casualties, Cited, DatasetRecord, DatePrecision, DeathEstimates, EventType,
    FigureRef, FigureWording, Incident, LocationPrecision, PartyDeaths, RecordingDataset,
    SideCounts, Source,
};
pub use map_model::{interval_changes, Label, LabelKind, MapModel, Shape};
pub use parse::{parse_basemap, parse_gazetteer, Parsed};
pub use pipeline::{import, Context, ImportReport, Imported};
pub use projection::{Frame, ScaleBar, ScreenPoint, View};
pub use provenance::Provenance;
pub use raster::{PixelRect, Raster, Sprite};
pub use scale::{MarkerScale, MarkerStyle};
pub use timeline::Timeline;
pub use validate::{
    check_places, check_points, check_regions, strip_control_characters, validate_incidents,
    Dataset, PointCheck,
};
