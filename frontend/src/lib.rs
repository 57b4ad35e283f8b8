//! The incident map's views. The domain lives in `shared`; this crate fetches
//! the data files, keeps the UI state at the root ([`App`]) and draws it.

pub mod address;
pub mod analysis;
pub mod app;
pub mod components;
pub mod consent;
pub mod download;
pub mod drawing;
pub mod error;
pub mod i18n;
pub mod layout;
pub mod loader;
pub mod offline;
pub mod panels;
pub mod reader;
pub mod sprites;
pub mod visible;
pub mod worker;

pub use app::App;
pub use error::{Error, Result};
