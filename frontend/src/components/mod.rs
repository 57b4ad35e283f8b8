//! One component per file, named after it.

pub mod data_panel;
pub mod date_histogram;
pub mod filter_panel;
pub mod import_report;
pub mod incident_details;
pub mod legend;
pub mod map_labels;
pub mod map_view;
pub mod marker_canvas;
pub mod nearby_list;
pub mod playback_controls;
pub mod scale_bar;
pub mod search_box;
pub mod stack_list;
pub mod status_banner;
pub mod time_slider;
pub mod zoom_controls;

pub use data_panel::DataPanel;
pub use date_histogram::DateHistogram;
pub use filter_panel::FilterPanel;
pub use import_report::ImportReportView;
pub use incident_details::IncidentDetails;
pub use legend::Legend;
pub use map_labels::MapLabels;
pub use map_view::MapView;
pub use marker_canvas::MarkerCanvas;
pub use nearby_list::NearbyList;
pub use playback_controls::PlaybackControls;
pub use scale_bar::ScaleBar;
pub use search_box::SearchBox;
pub use stack_list::StackList;
pub use status_banner::StatusBanner;
pub use time_slider::TimeSlider;
pub use zoom_controls::ZoomControls;
