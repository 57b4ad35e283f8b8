//! Other servers a link asks the page to contact. A link is a way in for
//! whoever wrote it: `?data=` and `?tiles=` addresses on another host would
//! tell that host the address of each person who opens the link, and which
//! part of the map they look at. So before a link makes the page contact a
//! host other than the page's own, the page says which host and why, and
//! loads only on the reader's yes (remembered per host if they choose). What
//! the reader picks in the page (a file, a basemap) is their own choice and
//! asks nothing.
//!
//! Origins (`scheme://host:port`) are worked out by the browser's own URL
//! parser, the one `fetch` uses; the rules are here.

use std::collections::BTreeSet;

/// Why a link would contact a host.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Purpose {
    /// To read a dataset at this address (`?data=`).
    Data(String),
    /// To draw the map's tiles (`?tiles=`): the host sees which part of the
    /// map is looked at.
    Tiles,
}

/// One host a link asks to contact, and what for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostRequest {
    /// The origin, e.g. `https://tiles.example.org`.
    pub origin: String,
    pub purposes: Vec<Purpose>,
}

/// What a link asks for, each with the origin the browser resolved it to
/// (`None` when it could not be resolved: never contacted), grouped by host:
/// the hosts other than the page's own (`page_origin`) that `allowed` does
/// not already allow, in the order first asked.
pub fn requests(
    asked: &[(Option<String>, Purpose)],
    page_origin: &str,
    allowed: &Allowed,
) -> Vec<HostRequest> {
    let mut out: Vec<HostRequest> = Vec::new();
    for (origin, purpose) in asked {
        let Some(origin) = origin else {
            continue;
        };
        if origin == page_origin || allowed.allows(origin) {
            continue;
        }
        match out.iter_mut().find(|r| &r.origin == origin) {
            Some(r) if !r.purposes.contains(purpose) => r.purposes.push(purpose.clone()),
            Some(_) => {}
            None => out.push(HostRequest {
                origin: origin.clone(),
                purposes: vec![purpose.clone()],
            }),
        }
    }
    out
}

/// True when an address the browser resolved to `origin` may be contacted
/// without asking: the page's own host, or one the reader allowed.
pub fn may_contact(origin: Option<&str>, page_origin: &str, allowed: &Allowed) -> bool {
    origin.is_some_and(|o| o == page_origin || allowed.allows(o))
}

/// The hosts the reader chose to allow for every link (kept in the
/// browser's storage as one origin a line).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Allowed {
    origins: BTreeSet<String>,
}

impl Allowed {
    /// From the stored text (an origin a line; blank lines ignored).
    pub fn parse(text: &str) -> Allowed {
        Allowed {
            origins: text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }

    /// The text to store.
    pub fn to_text(&self) -> String {
        self.origins.iter().map(|o| format!("{o}\n")).collect()
    }

    pub fn allow(&mut self, origin: &str) {
        self.origins.insert(origin.to_owned());
    }

    pub fn allows(&self, origin: &str) -> bool {
        self.origins.contains(origin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "http://127.0.0.1:8080";

    #[test]
    fn only_other_hosts_not_allowed_are_asked_for_each_with_its_purposes() {
        let other = Some("http://127.0.0.1:9999".to_owned());
        let asked = vec![
            (Some(PAGE.to_owned()), Purpose::Data("data/x.csv".into())),
            (other.clone(), Purpose::Tiles),
            (
                other.clone(),
                Purpose::Data("http://127.0.0.1:9999/x.csv".into()),
            ),
            (other.clone(), Purpose::Tiles),
            (None, Purpose::Data("http://[".into())),
            (
                Some("https://tile.openstreetmap.org".into()),
                Purpose::Tiles,
            ),
        ];
        let r = requests(&asked, PAGE, &Allowed::default());
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].origin, "http://127.0.0.1:9999");
        assert_eq!(
            r[0].purposes,
            [
                Purpose::Tiles,
                Purpose::Data("http://127.0.0.1:9999/x.csv".into())
            ]
        );
        let mut allowed = Allowed::default();
        allowed.allow("http://127.0.0.1:9999");
        let stored = Allowed::parse(&allowed.to_text());
        assert_eq!(stored, allowed);
        let r = requests(&asked, PAGE, &stored);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].origin, "https://tile.openstreetmap.org");
        assert!(may_contact(Some(PAGE), PAGE, &Allowed::default()));
        assert!(!may_contact(other.as_deref(), PAGE, &Allowed::default()));
        assert!(may_contact(other.as_deref(), PAGE, &stored));
        assert!(!may_contact(None, PAGE, &stored), "unresolved: never");
    }
}
