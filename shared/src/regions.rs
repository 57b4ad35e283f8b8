//! How regions are written on screen, whatever a dataset's spelling: ACLED
//! writes "Segou", "Timbuktu" and "Menaka", UCDP "Segou region", our file
//! "Ségou"; the map draws Natural Earth's "Ségou" and "Tombouctou". Every
//! panel writes a region as the map does.

use std::collections::BTreeMap;

use crate::filters::region_key;
use crate::i18n::Lang;
use crate::Place;

/// The regions' names for the page: the basemap's (Natural Earth's French
/// name, with its English name where it differs), else, for a region the
/// basemap predates (Ménaka, Taoudénit), the spelling of the gazetteer's
/// place of that name (a region takes its capital's name: GeoNames writes
/// the town "Ménaka").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegionNames {
    /// A spelling's key ([`region_key`]) → the key of the region it names
    /// ("timbuktu" → "tombouctou").
    aliases: BTreeMap<String, String>,
    /// A region's key → its name and English name (when it differs).
    labels: BTreeMap<String, (String, Option<String>)>,
}

impl RegionNames {
    /// From the basemap's regions, as (name, English name), and the
    /// gazetteer's places.
    pub fn new(regions: &[(String, Option<String>)], places: &[Place]) -> RegionNames {
        let mut names = RegionNames::default();
        for (name, en) in regions {
            let key = region_key(name);
            if let Some(en) = en {
                names.aliases.insert(region_key(en), key.clone());
            }
            names.labels.insert(key, (name.clone(), en.clone()));
        }
        for p in places.iter().filter(|p| p.from_dataset.is_none()) {
            let key = region_key(&p.name);
            if !names.labels.contains_key(&key) && !names.aliases.contains_key(&key) {
                names.labels.insert(key, (p.name.clone(), None));
            }
        }
        names
    }

    /// The key under which every spelling of a region is one region:
    /// [`region_key`], with an English name taken to its region's
    /// ("Timbuktu" is "tombouctou").
    pub fn key(&self, admin1: &str) -> String {
        let key = region_key(admin1);
        self.aliases.get(&key).cloned().unwrap_or(key)
    }

    /// How `admin1` is written on screen in `lang`, when a region or place
    /// of that name is known: "Ségou" for "Segou region", "Timbuktu" in
    /// English and "Tombouctou" in French for ACLED's "Timbuktu", "Ménaka"
    /// for "Menaka".
    pub fn label(&self, admin1: &str, lang: Lang) -> Option<&str> {
        let (name, en) = self.labels.get(&self.key(admin1))?;
        Some(match (lang, en) {
            (Lang::En, Some(en)) => en,
            _ => name,
        })
    }

    /// [`RegionNames::label`], else `admin1` as written.
    pub fn show<'a>(&'a self, admin1: &'a str, lang: Lang) -> &'a str {
        self.label(admin1, lang).unwrap_or(admin1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> RegionNames {
        let mut menaka = crate::gazetteer::tests::place("m", "Ménaka", &[], None);
        menaka.admin1 = "Gao".into();
        RegionNames::new(
            &[
                ("Ségou".into(), None),
                ("Tombouctou".into(), Some("Timbuktu".into())),
            ],
            &[menaka],
        )
    }

    /// Regression (issue 20): "Segou" and "Menaka" in the panels, "Ségou"
    /// on the map, in one screen.
    #[test]
    fn every_spelling_of_a_region_is_written_as_the_map_writes_it() {
        let n = names();
        assert_eq!(n.label("Segou", Lang::En), Some("Ségou"));
        assert_eq!(n.label("Segou region", Lang::Fr), Some("Ségou"));
        assert_eq!(n.label("Timbuktu", Lang::Fr), Some("Tombouctou"));
        assert_eq!(n.label("Timbuktu", Lang::En), Some("Timbuktu"));
        assert_eq!(n.label("Menaka", Lang::En), Some("Ménaka"));
        assert_eq!(n.label("Kidal", Lang::En), None);
        assert_eq!(n.show("Kidal", Lang::En), "Kidal");
        assert_eq!(n.key("Timbuktu"), n.key("Tombouctou"));
    }
}
