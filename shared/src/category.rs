//! How events are classified, in each source's own vocabulary, and the one
//! colour scheme that covers them all.

use serde::{Deserialize, Serialize};

use crate::incident::EventType;

/// UCDP GED's `type_of_violence` (UCDP GED codebook): 1, 2 or 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UcdpViolence {
    /// 1: state-based armed conflict (a government is one side).
    StateBased,
    /// 2: non-state conflict (organised groups, no government).
    NonState,
    /// 3: one-sided violence against civilians.
    OneSided,
}

impl UcdpViolence {
    /// All three, in legend order.
    pub const ALL: [UcdpViolence; 3] = [
        UcdpViolence::StateBased,
        UcdpViolence::NonState,
        UcdpViolence::OneSided,
    ];

    /// From UCDP's numeric code.
    pub fn from_code(code: u8) -> Option<UcdpViolence> {
        match code {
            1 => Some(UcdpViolence::StateBased),
            2 => Some(UcdpViolence::NonState),
            3 => Some(UcdpViolence::OneSided),
            _ => None,
        }
    }

    /// UCDP's numeric code.
    pub fn code(self) -> u8 {
        match self {
            UcdpViolence::StateBased => 1,
            UcdpViolence::NonState => 2,
            UcdpViolence::OneSided => 3,
        }
    }

    /// UCDP's name for the type.
    pub fn label(self) -> &'static str {
        match self {
            UcdpViolence::StateBased => "State-based violence",
            UcdpViolence::NonState => "Non-state violence",
            UcdpViolence::OneSided => "One-sided violence",
        }
    }
}

/// ACLED's `disorder_type` (ACLED Codebook, 2022 on): the kind of disorder
/// an event is part of. An event may be of two (ACLED writes them joined by
/// "; ", e.g. "Political violence; Demonstrations").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DisorderType {
    PoliticalViolence,
    Demonstrations,
    StrategicDevelopments,
}

impl DisorderType {
    /// Every type, in the codebook's order.
    pub const ALL: [DisorderType; 3] = [
        DisorderType::PoliticalViolence,
        DisorderType::Demonstrations,
        DisorderType::StrategicDevelopments,
    ];

    /// ACLED's name, e.g. "Political violence".
    pub fn label(self) -> &'static str {
        match self {
            DisorderType::PoliticalViolence => "Political violence",
            DisorderType::Demonstrations => "Demonstrations",
            DisorderType::StrategicDevelopments => "Strategic developments",
        }
    }

    /// A short key for links and the catalogue, e.g. "political-violence".
    pub fn key(self) -> &'static str {
        match self {
            DisorderType::PoliticalViolence => "political-violence",
            DisorderType::Demonstrations => "demonstrations",
            DisorderType::StrategicDevelopments => "strategic-developments",
        }
    }

    /// The types of a `disorder_type` cell ("Political violence;
    /// Demonstrations"), in any case, and the parts that are none of them.
    pub fn parse_list(text: &str) -> (Vec<DisorderType>, Vec<String>) {
        let mut out = Vec::new();
        let mut unknown = Vec::new();
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            match DisorderType::ALL
                .into_iter()
                .find(|d| d.label().eq_ignore_ascii_case(part))
            {
                Some(t) if !out.contains(&t) => out.push(t),
                Some(_) => {}
                None => unknown.push(part.to_owned()),
            }
        }
        (out, unknown)
    }
}

/// What colours a marker and names its legend entry: an ACLED event type, a
/// UCDP type of violence, or neither (a file that gives no classification).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Acled(EventType),
    Ucdp(UcdpViolence),
    Unclassified,
}

impl Category {
    /// Every category, in legend order: ACLED's types, UCDP's, then none.
    pub fn all() -> Vec<Category> {
        let mut out: Vec<Category> = EventType::ALL.into_iter().map(Category::Acled).collect();
        out.extend(UcdpViolence::ALL.into_iter().map(Category::Ucdp));
        out.push(Category::Unclassified);
        out
    }

    /// Whose vocabulary the category is: "ACLED", "UCDP" or "".
    pub fn vocabulary(self) -> &'static str {
        match self {
            Category::Acled(_) => "ACLED",
            Category::Ucdp(_) => "UCDP",
            Category::Unclassified => "",
        }
    }

    /// A short CSS-safe key, e.g. "battles", "ucdp-one-sided".
    pub fn key(self) -> &'static str {
        match self {
            Category::Acled(t) => t.key(),
            Category::Ucdp(UcdpViolence::StateBased) => "ucdp-state-based",
            Category::Ucdp(UcdpViolence::NonState) => "ucdp-non-state",
            Category::Ucdp(UcdpViolence::OneSided) => "ucdp-one-sided",
            Category::Unclassified => "unclassified",
        }
    }

    /// Fill colour. One scheme for both vocabularies (Okabe-Ito, safe for
    /// colour-blind readers): UCDP's state-based violence shares the colour of
    /// ACLED's battles, one-sided violence that of violence against civilians,
    /// so two datasets of the same war read alike; non-state conflict is sky
    /// blue and unclassified events grey.
    pub fn colour(self) -> &'static str {
        match self {
            Category::Acled(t) => t.colour(),
            Category::Ucdp(UcdpViolence::StateBased) => EventType::Battles.colour(),
            Category::Ucdp(UcdpViolence::NonState) => "#56b4e9",
            Category::Ucdp(UcdpViolence::OneSided) => EventType::ViolenceAgainstCivilians.colour(),
            Category::Unclassified => "#7f7f7f",
        }
    }
}

impl Category {
    /// The colour of a hollow ring (a figure of zero): the category's hue,
    /// darkened where needed to stand 3:1 against every map colour
    /// (`shared::palette`, whose tests check it).
    pub fn ring_colour(self) -> &'static str {
        match self {
            Category::Acled(EventType::Battles) | Category::Ucdp(UcdpViolence::StateBased) => {
                "#cf5b00"
            }
            Category::Acled(EventType::ExplosionsRemoteViolence) => "#7b3294",
            Category::Acled(EventType::ViolenceAgainstCivilians)
            | Category::Ucdp(UcdpViolence::OneSided) => "#ad678e",
            Category::Acled(EventType::Protests) => "#0072b2",
            Category::Acled(EventType::Riots) => "#a87400",
            Category::Acled(EventType::StrategicDevelopments) => "#008e68",
            Category::Ucdp(UcdpViolence::NonState) => "#4085ac",
            Category::Unclassified => "#7e7e7e",
        }
    }
}

/// The legend's entries for `categories`: each label says whose vocabulary
/// it is ("Battles (ACLED)") when more than one vocabulary is shown.
pub fn legend_labels(categories: &[Category], w: &crate::i18n::Words) -> Vec<String> {
    let vocabularies: std::collections::BTreeSet<&str> =
        categories.iter().map(|c| c.vocabulary()).collect();
    categories
        .iter()
        .map(|c| match c.vocabulary() {
            v if !v.is_empty() && vocabularies.len() > 1 => format!("{} ({v})", w.category(*c)),
            _ => w.category(*c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legend_labels_name_the_vocabulary_only_when_two_are_shown() {
        use crate::i18n::{words, Lang};
        let acled = Category::Acled(EventType::Battles);
        let ucdp = Category::Ucdp(UcdpViolence::OneSided);
        let en = words(Lang::En);
        assert_eq!(legend_labels(&[acled], en), ["Battles"]);
        assert_eq!(
            legend_labels(&[acled, ucdp, Category::Unclassified], en),
            [
                "Battles (ACLED)",
                "One-sided violence (UCDP)",
                "Not classified by the source"
            ]
        );
        assert_eq!(
            legend_labels(&[acled, ucdp], words(Lang::Fr)),
            ["Batailles (ACLED)", "Violence unilatérale (UCDP)"]
        );
    }

    #[test]
    fn ucdp_codes_round_trip_and_unknown_codes_are_none() {
        for v in UcdpViolence::ALL {
            assert_eq!(UcdpViolence::from_code(v.code()), Some(v));
        }
        assert_eq!(UcdpViolence::from_code(4), None);
    }

    #[test]
    fn disorder_types_read_acleds_joined_cells() {
        assert_eq!(
            DisorderType::parse_list("Political violence; Demonstrations"),
            (
                vec![
                    DisorderType::PoliticalViolence,
                    DisorderType::Demonstrations
                ],
                vec![]
            )
        );
        assert_eq!(DisorderType::parse_list(""), (vec![], vec![]));
        assert_eq!(
            DisorderType::parse_list("political violence"),
            (vec![DisorderType::PoliticalViolence], vec![])
        );
        // Every part that parses is kept; each other is named.
        assert_eq!(
            DisorderType::parse_list("Riots; Political violence; Looting"),
            (
                vec![DisorderType::PoliticalViolence],
                vec!["Riots".to_owned(), "Looting".to_owned()]
            )
        );
    }

    #[test]
    fn categories_have_distinct_keys() {
        let all = Category::all();
        let mut keys: Vec<&str> = all.iter().map(|c| c.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all.len());
    }
}
