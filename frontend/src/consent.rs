//! The hosts a link may make the page contact (`shared::hosts` holds the
//! rules): origins resolved by the browser's URL parser, the hosts the
//! reader allowed kept in the browser's storage.

use leptos::prelude::*;
use shared::hosts::Allowed;

/// The storage key of the hosts the reader allowed for every link.
const STORAGE_KEY: &str = "sahel-map-allowed-hosts";

/// The page's own origin, e.g. `http://127.0.0.1:8080`.
pub fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The origin an address resolves to from this page (`None` when the
/// browser cannot parse it, or for a scheme other than http(s)).
pub fn origin_of(address: &str) -> Option<String> {
    let base = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new_with_base(address, &base).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:").then(|| url.origin())
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The hosts allowed for every link, as stored.
pub fn remembered() -> Allowed {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|t| Allowed::parse(&t))
        .unwrap_or_default()
}

/// Remembers `origin` as allowed for every link.
pub fn remember(origin: &str) {
    let mut a = remembered();
    a.allow(origin);
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, &a.to_text());
    }
}

/// The hosts allowed in this page: remembered ones and those the reader said
/// yes to since it opened (a signal at the root).
#[derive(Clone, Copy)]
pub struct Hosts(pub RwSignal<Allowed>);

impl Hosts {
    pub fn new() -> Hosts {
        Hosts(RwSignal::new(remembered()))
    }

    /// True when `address` may be contacted without asking (tracked).
    pub fn may_contact(&self, address: &str) -> bool {
        self.0
            .with(|a| shared::hosts::may_contact(origin_of(address).as_deref(), &page_origin(), a))
    }

    /// The tiles `t` when every server they come from may be contacted,
    /// else none (the embedded map), untracked.
    pub fn tiles_allowed(&self, t: Option<shared::tiles::Tiles>) -> Option<shared::tiles::Tiles> {
        t.filter(|t| {
            let page = page_origin();
            self.0.with_untracked(|a| {
                t.server_addresses()
                    .iter()
                    .all(|u| shared::hosts::may_contact(origin_of(u).as_deref(), &page, a))
            })
        })
    }

    /// Allows, in this page, the servers of tiles the reader chose.
    pub fn allow_tiles(&self, t: &shared::tiles::Tiles) {
        let origins: Vec<String> = t
            .server_addresses()
            .iter()
            .filter_map(|u| origin_of(u))
            .collect();
        self.0.update(|a| {
            for o in &origins {
                a.allow(o);
            }
        });
    }

    /// True when `address` may be contacted, untracked.
    pub fn may_contact_untracked(&self, address: &str) -> bool {
        self.0.with_untracked(|a| {
            shared::hosts::may_contact(origin_of(address).as_deref(), &page_origin(), a)
        })
    }
}

impl Default for Hosts {
    fn default() -> Self {
        Hosts::new()
    }
}
