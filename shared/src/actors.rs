//! Who the sides of an event are: ACLED's actor types (`inter1`, `inter2`),
//! the role a side plays (ACLED's `actor1` is the initiator, `actor2` the
//! target; UCDP's `side_a` and `side_b`), and the words by which two
//! datasets' names of one actor meet.

use serde::{Deserialize, Serialize};

/// ACLED's actor types (the `inter1` / `inter2` codes of the ACLED Codebook:
/// numbers 1 to 8 in older exports, their names in newer ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActorType {
    /// 1: state forces (military, police, and others acting for a state).
    StateForces,
    /// 2: rebel groups.
    RebelGroup,
    /// 3: political militias.
    PoliticalMilitia,
    /// 4: identity militias (communal, ethnic, local).
    IdentityMilitia,
    /// 5: rioters.
    Rioters,
    /// 6: protesters.
    Protesters,
    /// 7: civilians.
    Civilians,
    /// 8: external or other forces.
    ExternalOther,
}

impl ActorType {
    /// Every type, in ACLED's code order.
    pub const ALL: [ActorType; 8] = [
        ActorType::StateForces,
        ActorType::RebelGroup,
        ActorType::PoliticalMilitia,
        ActorType::IdentityMilitia,
        ActorType::Rioters,
        ActorType::Protesters,
        ActorType::Civilians,
        ActorType::ExternalOther,
    ];

    /// ACLED's code, 1 to 8.
    pub fn code(self) -> u8 {
        ActorType::ALL
            .iter()
            .position(|t| *t == self)
            .map_or(0, |p| p as u8 + 1)
    }

    /// The codebook's name, e.g. "State forces".
    pub fn label(self) -> &'static str {
        match self {
            ActorType::StateForces => "State forces",
            ActorType::RebelGroup => "Rebel group",
            ActorType::PoliticalMilitia => "Political militia",
            ActorType::IdentityMilitia => "Identity militia",
            ActorType::Rioters => "Rioters",
            ActorType::Protesters => "Protesters",
            ActorType::Civilians => "Civilians",
            ActorType::ExternalOther => "External/Other forces",
        }
    }

    /// A short key for links and the catalogue, e.g. "state-forces".
    pub fn key(self) -> &'static str {
        match self {
            ActorType::StateForces => "state-forces",
            ActorType::RebelGroup => "rebel-group",
            ActorType::PoliticalMilitia => "political-militia",
            ActorType::IdentityMilitia => "identity-militia",
            ActorType::Rioters => "rioters",
            ActorType::Protesters => "protesters",
            ActorType::Civilians => "civilians",
            ActorType::ExternalOther => "external-other",
        }
    }

    /// The type an export writes in `inter1` or `inter2`: a code ("1") or
    /// a name in any case, singular or plural ("State Forces", "Rebel
    /// groups"). `Ok(None)` for no actor (empty, or the code 0 of an
    /// event with one actor); `Err` (the text) for anything else.
    pub fn parse(text: &str) -> Result<Option<ActorType>, String> {
        let t = text.trim();
        if t.is_empty() || t == "0" {
            return Ok(None);
        }
        if let Ok(code) = t.parse::<u8>() {
            return match code {
                1..=8 => Ok(ActorType::ALL.get(usize::from(code) - 1).copied()),
                _ => Err(t.to_owned()),
            };
        }
        let lower = t.to_lowercase();
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        ActorType::ALL
            .into_iter()
            .find(|a| {
                let l = a.label().to_lowercase();
                l == lower || l.strip_suffix('s').unwrap_or(&l) == singular
            })
            .map(Some)
            .ok_or_else(|| t.to_owned())
    }
}

/// Which side of an event an actor filter looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ActorRole {
    /// Either side.
    #[default]
    Either,
    /// The first side only: ACLED's `actor1` (the initiator), UCDP's `side_a`,
    /// our attacker.
    First,
    /// The second side only: ACLED's `actor2` (the target), UCDP's `side_b`.
    Second,
}

impl ActorRole {
    /// Every role, in the order offered.
    pub const ALL: [ActorRole; 3] = [ActorRole::Either, ActorRole::First, ActorRole::Second];

    /// A short key for links and the catalogue, e.g. "first".
    pub fn key(self) -> &'static str {
        match self {
            ActorRole::Either => "either",
            ActorRole::First => "first",
            ActorRole::Second => "second",
        }
    }

    /// The role of `key`, if any.
    pub fn from_key(key: &str) -> Option<ActorRole> {
        ActorRole::ALL.into_iter().find(|r| r.key() == key)
    }

    /// Whether side 0 (first) and side 1 (second) count under this role.
    pub fn sides(self) -> [bool; 2] {
        match self {
            ActorRole::Either => [true, true],
            ActorRole::First => [true, false],
            ActorRole::Second => [false, true],
        }
    }
}

/// Words of an actor's name that say nothing of who it is.
const STOPWORDS: [&str; 20] = [
    "of",
    "the",
    "and",
    "for",
    "de",
    "du",
    "des",
    "la",
    "le",
    "group",
    "groups",
    "forces",
    "force",
    "unidentified",
    "armed",
    "militia",
    "communal",
    "ethnic",
    "men",
    "gunmen",
];

/// The words by which two datasets' names of one actor meet: the name's
/// words but a few that say nothing of who it is and years; a state's
/// military, police or government is `state <country>` ("Military Forces of
/// Mali (2021-)" and "Government of Mali" meet); "IS" is "islamic state".
pub fn actor_words(name: &str) -> Vec<String> {
    let n = crate::gazetteer::normalize_name(name);
    let mut words: Vec<String> = Vec::new();
    for state in ["military forces of ", "government of ", "police forces of "] {
        if let Some(country) = n.split(state).nth(1).and_then(|r| r.split(' ').next()) {
            words.push(format!("state {country}"));
        }
    }
    let n = n.replace("islamic state", "is");
    words.extend(
        n.split(' ')
            .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
            .filter(|w| !STOPWORDS.contains(w))
            .map(str::to_owned),
    );
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_types_read_codes_and_names_in_any_case_or_number() {
        assert_eq!(ActorType::parse("1"), Ok(Some(ActorType::StateForces)));
        assert_eq!(ActorType::parse("8"), Ok(Some(ActorType::ExternalOther)));
        assert_eq!(ActorType::parse("0"), Ok(None));
        assert_eq!(ActorType::parse(""), Ok(None));
        assert_eq!(ActorType::parse("9"), Err("9".to_owned()));
        assert_eq!(
            ActorType::parse("State Forces"),
            Ok(Some(ActorType::StateForces))
        );
        assert_eq!(
            ActorType::parse("Rebel groups"),
            Ok(Some(ActorType::RebelGroup))
        );
        assert_eq!(
            ActorType::parse("Identity militia"),
            Ok(Some(ActorType::IdentityMilitia))
        );
        assert_eq!(
            ActorType::parse("Civilians"),
            Ok(Some(ActorType::Civilians))
        );
        assert_eq!(ActorType::parse("Bandits"), Err("Bandits".to_owned()));
        for t in ActorType::ALL {
            assert_eq!(ActorType::parse(&t.code().to_string()), Ok(Some(t)));
            assert_eq!(ActorType::parse(t.label()), Ok(Some(t)));
        }
    }

    #[test]
    fn two_datasets_names_of_one_actor_meet() {
        let meet = |a: &str, b: &str| {
            let (x, y) = (actor_words(a), actor_words(b));
            x.iter().any(|w| y.contains(w))
        };
        assert!(meet("JNIM: Group for Support of Islam and Muslims", "JNIM"));
        assert!(meet(
            "Military Forces of Mali (2021-)",
            "Government of Mali"
        ));
        assert!(meet("Islamic State (Sahel)", "IS"));
        assert!(!meet("Unidentified Armed Group (Mali)", "JNIM"));
        assert_eq!(
            actor_words("Military Forces of Mali (2021-)")[0],
            "state mali"
        );
    }
}
