//! The words of the interface, in French and English, from one message
//! catalogue per language (Fluent files `shared/locales/*.ftl`).
//!
//! The rest of the crate returns values and codes (an enum's `key()`, a
//! [`Problem`](crate::Problem)'s message id and arguments, day numbers,
//! counts); this module words them. Plurals follow CLDR's rules through
//! `fluent-bundle` (French says "0 incident", "1 incident", "2 incidents";
//! English "0 incidents"); numbers and dates are formatted per language
//! (15,000 / 15 000; 27 July 2022 / 27 juillet 2022). Text that comes from a
//! source (notes, titles, actor names) is never passed through here.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the default when the browser asks for neither.
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Every language of the interface, in the order of the switch.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 code, e.g. "fr": for `<html lang>`, the link's `lang=` and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, e.g. "Français".
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// The language of a code such as "fr", "fr-ML" or "en-GB"; `None` for others.
    pub fn from_code(code: &str) -> Option<Lang> {
        let id: LanguageIdentifier = code.trim().parse().ok()?;
        match id.language.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The interface language for a browser's preferred languages, best first
    /// (`navigator.languages`): the first of them we have, else English.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        // BCP 47 lookup among our two languages: the first preferred tag
        // whose language we have ("fr-ML" → French).
        preferred
            .iter()
            .find_map(|p| Lang::from_code(p.as_ref()))
            .unwrap_or_default()
    }
}

/// The catalogue of one language.
pub struct Words {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({})", self.lang.code())
    }
}

const EN_FTL: &str = include_str!("../locales/en.ftl");
const FR_FTL: &str = include_str!("../locales/fr.ftl");

/// The catalogue of `lang`, read once.
pub fn words(lang: Lang) -> &'static Words {
    static EN: OnceLock<Words> = OnceLock::new();
    static FR: OnceLock<Words> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| Words::new(Lang::En)),
        Lang::Fr => FR.get_or_init(|| Words::new(Lang::Fr)),
    }
}

/// A number's digits with `group` between thousands and `decimal` before
/// the fraction, e.g. 15000.5 → "15 000,5" in French.
fn grouped(value: f64, fraction_digits: usize, group: &str, decimal: &str) -> String {
    let text = format!("{:.*}", fraction_digits, value.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_owned(), Some(f.trim_end_matches('0').to_owned())),
        None => (text.clone(), None),
    };
    let mut out = String::new();
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    let digits: Vec<char> = int.chars().collect();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(*d);
    }
    if let Some(f) = frac.filter(|f| !f.is_empty()) {
        out.push_str(decimal);
        out.push_str(&f);
    }
    out
}

fn fraction_digits(n: &FluentNumber) -> usize {
    n.options
        .maximum_fraction_digits
        .or(n.options.minimum_fraction_digits)
        .unwrap_or(if n.value.fract() == 0.0 { 0 } else { 2 })
}

fn format_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(grouped(n.value, fraction_digits(n), ",", ".")),
        _ => None,
    }
}

/// French per CLDR (as `Intl.NumberFormat("fr")`): a narrow no-break space
/// between thousands and a decimal comma.
fn format_fr<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(grouped(n.value, fraction_digits(n), "\u{202f}", ",")),
        _ => None,
    }
}

impl Words {
    fn new(lang: Lang) -> Words {
        let (text, id) = match lang {
            Lang::En => (EN_FTL, "en"),
            Lang::Fr => (FR_FTL, "fr"),
        };
        let langid: LanguageIdentifier = id.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // No Unicode isolation marks around placeables: the text goes into
        // the DOM, whose `dir` handling we do not need for French or English.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::En => format_en,
            Lang::Fr => format_fr,
        }));
        // A syntax error in our own catalogue is caught by the tests; the
        // entries that did parse are still used.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, _)| res);
        // Duplicate ids are caught by the tests too.
        let _ = bundle.add_resource(resource);
        Words { lang, bundle }
    }

    /// The catalogue's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id`, or `id` itself when the catalogue lacks it (a test
    /// checks that every id the code uses is in both catalogues).
    pub fn t(&self, id: &str) -> String {
        self.tf(id, &[])
    }

    /// The message `id` with its arguments.
    pub fn tf(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = vec![];
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// Whether the catalogue has a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A count in this language, e.g. "15,000" or "15 000".
    pub fn number(&self, n: impl Into<f64>) -> String {
        let n = n.into();
        let digits = if n.fract() == 0.0 { 0 } else { 1 };
        match self.lang {
            Lang::En => grouped(n, digits, ",", "."),
            Lang::Fr => grouped(n, digits, "\u{202f}", ","),
        }
    }

    /// A count of things, e.g. `count("incidents", 2)` → "2 incidents": the
    /// message `incidents` with `$count`.
    pub fn count(&self, id: &str, n: usize) -> String {
        self.tf(id, &[("count", FluentValue::from(n))])
    }

    /// A date in full, e.g. "27 July 2022" or "27 juillet 2022".
    pub fn date(&self, d: NaiveDate) -> String {
        self.tf(
            "date-long",
            &[
                ("day", d.day().into()),
                ("month", self.t(&format!("month-{}", d.month())).into()),
                ("year", d.year().to_string().into()),
            ],
        )
    }

    /// A date for tight spaces, e.g. "27 Jul 2022" or "27 juil. 2022".
    pub fn date_short(&self, d: NaiveDate) -> String {
        self.tf(
            "date-long",
            &[
                ("day", d.day().into()),
                (
                    "month",
                    self.t(&format!("month-short-{}", d.month())).into(),
                ),
                ("year", d.year().to_string().into()),
            ],
        )
    }

    /// A month and its year, e.g. "July 2022" or "juillet 2022".
    pub fn month_year(&self, d: NaiveDate) -> String {
        self.tf(
            "date-month",
            &[
                ("month", self.t(&format!("month-{}", d.month())).into()),
                ("year", d.year().to_string().into()),
            ],
        )
    }

    /// `words` with its first letter in capitals (French and English
    /// sentences built from a lowercase label).
    pub fn capitalised(words: &str) -> String {
        let mut chars = words.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// The words of the crate's codes: each enum's `key()` names its message.
impl Words {
    /// A legend entry, e.g. "Battles" / "Batailles".
    pub fn category(&self, c: crate::Category) -> String {
        self.t(&format!("category-{}", c.key()))
    }

    /// How precise a date is, e.g. "exact day".
    pub fn date_precision(&self, p: crate::DatePrecision) -> String {
        self.t(&format!("date-precision-{}", p.key()))
    }

    /// How precise a point is, e.g. "district only".
    pub fn location_precision(&self, p: crate::LocationPrecision) -> String {
        self.t(&format!("location-precision-{}", p.key()))
    }

    /// A side of our casualty table ("military", "civilian", "assailants",
    /// "unknown", as [`crate::SideCounts::by_side`] names them).
    pub fn side(&self, key: &str) -> String {
        self.t(&format!("side-{key}"))
    }

    /// A figure of the table, e.g. "injured, civilian".
    pub fn figure(&self, f: crate::FigureRef) -> String {
        self.t(&format!("figure-{}", f.key()))
    }

    /// A dataset's name, e.g. "UCDP GED" or "Press reports (this project)".
    pub fn dataset_kind(&self, k: crate::provenance::DatasetKind) -> String {
        self.t(&format!("dataset-{}", k.key()))
    }

    /// An ACLED disorder type, or "not given" (`None`).
    pub fn disorder(&self, d: Option<crate::category::DisorderType>) -> String {
        self.t(&format!("disorder-{}", d.map_or("none", |d| d.key())))
    }

    /// A choice of the civilian-targeting filter.
    pub fn targeting(&self, t: Option<bool>) -> String {
        self.t(match t {
            Some(true) => "targeting-yes",
            Some(false) => "targeting-no",
            None => "targeting-none",
        })
    }

    /// An ACLED actor type, e.g. "State forces".
    pub fn actor_type(&self, t: crate::actors::ActorType) -> String {
        self.t(&format!("actor-type-{}", t.key()))
    }

    /// A column of the incident list, e.g. "Deaths".
    pub fn sort_key(&self, k: crate::listing::SortKey) -> String {
        self.t(&format!("sort-{}", k.key()))
    }

    /// The legend's title for a circle size, e.g. "Civilians killed (circle area)".
    pub fn size_by_title(&self, s: crate::scale::SizeBy) -> String {
        self.t(&format!("size-title-{}", s.key()))
    }

    /// A few words beside a picture's size legend, e.g. "civilians killed".
    pub fn size_by_short(&self, s: crate::scale::SizeBy) -> String {
        self.t(&format!("size-short-{}", s.key()))
    }

    /// A circle size in the menu, e.g. "civilians only".
    pub fn size_by_label(&self, s: crate::scale::SizeBy) -> String {
        self.t(&format!("size-by-{}", s.key()))
    }

    /// An ACLED sub-event type in this language when it is one of ACLED's
    /// (e.g. "Armed clash" → "Affrontement armé"), else as the file wrote it.
    pub fn sub_event_type(&self, sub: &str) -> String {
        let known = crate::EventType::ALL
            .iter()
            .any(|t| t.sub_event_types().contains(&sub));
        if !known {
            return sub.to_owned();
        }
        let slug: String = sub
            .to_ascii_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        self.t(&format!("sub-{slug}"))
    }

    /// A file format's name, e.g. "ACLED CSV export".
    pub fn format(&self, f: crate::Format) -> String {
        self.t(&format!("format-{}", f.key()))
    }

    /// A length on the scale bar, e.g. "200 km" or "500 m".
    pub fn length(&self, metres: f64) -> String {
        if metres >= 1000.0 {
            format!("{}\u{a0}km", self.number(metres / 1000.0))
        } else {
            format!("{}\u{a0}m", self.number(metres.round()))
        }
    }
}

impl Words {
    /// A fatal error in words.
    pub fn error(&self, e: &crate::Error) -> String {
        use crate::Error as E;
        match e {
            E::Json {
                file,
                line,
                column,
                message,
            } => self.tf(
                "error-json",
                &[
                    ("file", arg(file.as_str())),
                    ("line", arg(line.to_string())),
                    ("column", arg(column.to_string())),
                    ("message", arg(message.as_str())),
                ],
            ),
            E::NotFeatureCollection { file, found } => self.tf(
                "error-not-collection",
                &[
                    ("file", arg(file.as_str())),
                    ("found", arg(self.say(found))),
                ],
            ),
            E::NothingValid { file, count, first } => self.tf(
                "error-nothing-valid",
                &[
                    ("file", arg(file.as_str())),
                    ("count", arg(*count)),
                    ("first", arg(self.problem(first))),
                ],
            ),
            E::UnknownFormat { file, detail } | E::MissingField { file, detail } => self.tf(
                "error-detail",
                &[
                    ("file", arg(file.as_str())),
                    ("detail", arg(self.say(detail))),
                ],
            ),
            E::MissingColumn {
                file,
                format,
                column,
                aliases,
            } => self.tf(
                "error-missing-column",
                &[
                    ("file", arg(file.as_str())),
                    ("format", arg(format.as_str())),
                    ("column", arg(column.as_str())),
                    ("aliases", arg(aliases.as_str())),
                ],
            ),
            E::NeedsGazetteer { file } => {
                self.tf("error-needs-gazetteer", &[("file", arg(file.as_str()))])
            }
            E::Wire { file, message } => self.tf(
                "error-wire",
                &[
                    ("file", arg(file.as_str())),
                    ("message", arg(message.as_str())),
                ],
            ),
            E::Csv {
                file,
                line,
                message,
            } => self.tf(
                "error-csv",
                &[
                    ("file", arg(file.as_str())),
                    ("line", arg(line.to_string())),
                    ("message", arg(message.as_str())),
                ],
            ),
        }
    }

    /// Where a problem is, e.g. "acled.csv, line 12 (id "MLI1"), column
    /// `fatalities`".
    pub fn problem_place(&self, p: &crate::Problem) -> String {
        let mut out = match p.line {
            Some(line) => self.tf(
                "problem-line",
                &[
                    ("file", arg(p.file.as_str())),
                    ("line", arg(line.to_string())),
                ],
            ),
            None => self.tf(
                "problem-feature",
                &[
                    ("file", arg(p.file.as_str())),
                    ("index", arg(p.index.to_string())),
                ],
            ),
        };
        if let Some(id) = &p.id {
            out.push_str(&self.tf("problem-id", &[("id", arg(id.as_str()))]));
        }
        match (&p.field, p.line) {
            (Some(f), Some(_)) => {
                out.push_str(&self.tf("problem-column", &[("field", arg(f.as_str()))]))
            }
            (Some(f), None) => {
                out.push_str(&self.tf("problem-field", &[("field", arg(f.as_str()))]))
            }
            (None, _) => {}
        }
        out
    }

    /// Something said, in this language.
    pub fn say(&self, said: &crate::error::Said) -> String {
        use crate::error::SaidArg;
        let args: Vec<(&str, FluentValue<'_>)> = said
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    SaidArg::Text(t) => FluentValue::from(t.as_str()),
                    SaidArg::Count(n) => FluentValue::from(*n),
                    SaidArg::Decimal(d) => match d.parse::<f64>() {
                        Ok(value) => {
                            let digits = d.split_once('.').map_or(0, |(_, f)| f.len());
                            let options = fluent_bundle::types::FluentNumberOptions {
                                maximum_fraction_digits: Some(digits),
                                ..Default::default()
                            };
                            FluentValue::Number(fluent_bundle::types::FluentNumber::new(
                                value, options,
                            ))
                        }
                        Err(_) => FluentValue::from(d.as_str()),
                    },
                };
                (k.as_str(), v)
            })
            .collect();
        self.tf(&said.id, &args)
    }

    /// A problem in words: where, then what.
    pub fn problem(&self, p: &crate::Problem) -> String {
        format!(
            "{}{} {}",
            self.problem_place(p),
            self.t("colon"),
            self.say(&p.message)
        )
    }
}

/// Whether `code` is a BCP 47 language tag with a language (e.g. "fr",
/// "en-GB"); "French" or "" are not.
pub fn is_language_tag(code: &str) -> bool {
    code.len() <= 35
        && code.parse::<LanguageIdentifier>().is_ok_and(|id| {
            let l = id.language.as_str();
            (2..=3).contains(&l.len()) && code.to_ascii_lowercase().starts_with(l)
        })
}

/// Shorthand for a message argument.
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<String> {
        text.lines()
            .filter(|l| {
                l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && l.contains('=')
            })
            .filter_map(|l| l.split('=').next())
            .map(|s| s.trim().to_owned())
            .collect()
    }

    #[test]
    fn both_catalogues_parse_without_errors() {
        for (name, text) in [("en", EN_FTL), ("fr", FR_FTL)] {
            if let Err((_, errors)) = FluentResource::try_new(text.to_owned()) {
                panic!("{name}.ftl: {errors:?}");
            }
        }
    }

    #[test]
    fn both_catalogues_have_the_same_messages_once_each() {
        let (en, fr) = (ids(EN_FTL), ids(FR_FTL));
        for (name, list) in [("en", &en), ("fr", &fr)] {
            let mut seen = std::collections::HashSet::new();
            for id in list.iter() {
                assert!(seen.insert(id), "{name}.ftl has {id} twice");
            }
        }
        let missing_fr: Vec<_> = en.iter().filter(|id| !fr.contains(id)).collect();
        let missing_en: Vec<_> = fr.iter().filter(|id| !en.contains(id)).collect();
        assert!(missing_fr.is_empty(), "missing in fr.ftl: {missing_fr:?}");
        assert!(missing_en.is_empty(), "missing in en.ftl: {missing_en:?}");
    }

    /// Every message id the code asks for (`t("…")`, `tf("…"`, `count("…"`)
    /// is in both catalogues.
    #[test]
    fn every_id_the_code_uses_is_in_both_catalogues() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let mut files = vec![];
        for dir in ["shared/src", "frontend/src", "tools/src"] {
            let mut stack = vec![std::path::PathBuf::from(root).join(dir)];
            while let Some(d) = stack.pop() {
                for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                    let p = e.path();
                    if p.is_dir() {
                        stack.push(p);
                    } else if p.extension().is_some_and(|x| x == "rs") {
                        files.push(p);
                    }
                }
            }
        }
        assert!(files.len() > 20, "read the sources");
        let mut used = 0;
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            let calls = [
                ".t(", ".tf(", ".count(", "tr(", "trf(", "trc(", "tx(", "said!(",
            ];
            for call in calls {
                for (at, _) in text.match_indices(call) {
                    let before = text[..at].chars().last();
                    let method = call.starts_with('.');
                    if !method
                        && before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
                    {
                        continue;
                    }
                    let rest = text[at + call.len()..].trim_start();
                    let Some(rest) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let Some(id) = rest.split('"').next() else {
                        continue;
                    };
                    let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if !is_id {
                        continue;
                    }
                    used += 1;
                    for lang in Lang::ALL {
                        assert!(
                            words(lang).has(id),
                            "{}: \"{id}\" is not in {}.ftl",
                            f.display(),
                            lang.code()
                        );
                    }
                }
            }
        }
        assert!(used > 10, "found the calls ({used})");
    }

    #[test]
    fn french_and_english_plurals_follow_cldr() {
        let (en, fr) = (words(Lang::En), words(Lang::Fr));
        assert_eq!(en.count("incidents", 0), "0 incidents");
        assert_eq!(en.count("incidents", 1), "1 incident");
        assert_eq!(en.count("incidents", 2), "2 incidents");
        assert_eq!(fr.count("incidents", 0), "0 incident");
        assert_eq!(fr.count("incidents", 1), "1 incident");
        assert_eq!(fr.count("incidents", 2), "2 incidents");
        assert_eq!(en.count("incidents", 15000), "15,000 incidents");
        assert_eq!(fr.count("incidents", 15000), "15\u{202f}000 incidents");
        // Regression: the deaths filter said "au moins 1 tués".
        assert_eq!(
            fr.tf("filter-killed-min", &[("min", arg(1))]),
            "au moins 1 tué"
        );
        assert_eq!(
            fr.tf("filter-killed-min", &[("min", arg(5))]),
            "au moins 5 tués"
        );
        assert_eq!(
            fr.tf("filter-killed-between", &[("min", arg(0)), ("max", arg(1))]),
            "de 0 à 1 tué"
        );
        assert_eq!(
            en.tf("filter-killed-max", &[("max", arg(1))]),
            "at most 1 killed"
        );
    }

    #[test]
    fn numbers_and_dates_per_language() {
        let (en, fr) = (words(Lang::En), words(Lang::Fr));
        assert_eq!(en.number(1234), "1,234");
        assert_eq!(fr.number(1234), "1\u{202f}234");
        assert_eq!(fr.number(12345), "12\u{202f}345");
        assert_eq!(en.number(1_234_567), "1,234,567");
        assert_eq!(fr.number(2.5), "2,5");
        assert_eq!(en.number(2.5), "2.5");
        assert_eq!(en.number(0), "0");
        assert_eq!(fr.number(-1500.0), "-1\u{202f}500");
        let d = NaiveDate::from_ymd_opt(2022, 7, 27).unwrap();
        assert_eq!(en.date(d), "27 July 2022");
        assert_eq!(fr.date(d), "27 juillet 2022");
        assert_eq!(en.date_short(d), "27 Jul 2022");
        assert_eq!(fr.date_short(d), "27 juil. 2022");
        assert_eq!(fr.month_year(d), "juillet 2022");
        // French writes the first of the month "1er".
        let first = NaiveDate::from_ymd_opt(2022, 7, 1).unwrap();
        assert_eq!(fr.date(first), "1er juillet 2022");
        assert_eq!(fr.date_short(first), "1er juil. 2022");
        assert_eq!(en.date(first), "1 July 2022");
        let d11 = NaiveDate::from_ymd_opt(2022, 7, 11).unwrap();
        assert_eq!(fr.date(d11), "11 juillet 2022");
        for m in 1..=12 {
            for lang in Lang::ALL {
                let w = words(lang);
                assert!(w.has(&format!("month-{m}")) && w.has(&format!("month-short-{m}")));
            }
        }
    }

    /// Ids built from an enum's key (`category-battles`) are not seen by the
    /// scan above: every variant is checked here.
    #[test]
    fn every_code_has_words_in_both_languages() {
        use crate::provenance::DatasetKind;
        for lang in Lang::ALL {
            let w = words(lang);
            let said = |text: String, id: &str| {
                assert!(!text.starts_with(id), "{}: {text}", lang.code());
            };
            for c in crate::Category::all() {
                said(w.category(c), "category-");
            }
            for p in [
                crate::tiles::TilesProblem::NotHttp,
                crate::tiles::TilesProblem::MissingPlaceholder,
                crate::tiles::TilesProblem::UnknownPlaceholder,
            ] {
                assert!(w.has(p.message()), "{}: {}", lang.code(), p.message());
            }
            for p in crate::DatePrecision::ALL {
                said(w.date_precision(p), "date-precision-");
            }
            for p in crate::LocationPrecision::ALL {
                said(w.location_precision(p), "location-precision-");
            }
            for f in crate::FigureRef::ALL {
                said(w.figure(f), "figure-");
            }
            for side in crate::SideCounts::default().by_side().map(|(s, _)| s) {
                said(w.side(side), "side-");
            }
            for f in [
                crate::Format::Curated,
                crate::Format::AcledCsv(crate::formats::acled::AcledLayout::Dyadic),
                crate::Format::AcledCsv(crate::formats::acled::AcledLayout::Monadic),
                crate::Format::UcdpCsv,
                crate::Format::PointGeojson,
            ] {
                said(w.format(f), "format-");
            }
            for t in crate::EventType::ALL {
                for sub in t.sub_event_types() {
                    assert!(
                        w.has(&format!(
                            "sub-{}",
                            sub.to_ascii_lowercase()
                                .split(|c: char| !c.is_ascii_alphanumeric())
                                .filter(|x| !x.is_empty())
                                .collect::<Vec<_>>()
                                .join("-")
                        )),
                        "{sub}"
                    );
                }
            }
            for k in DatasetKind::ALL {
                said(w.dataset_kind(k), "dataset-");
            }
            for k in crate::listing::SortKey::ALL {
                said(w.sort_key(k), "sort-");
            }
            for s in crate::scale::SizeBy::ALL {
                said(w.size_by_title(s), "size-title-");
                said(w.size_by_short(s), "size-short-");
                said(w.size_by_label(s), "size-by-");
            }
        }
        assert_eq!(
            words(Lang::Fr).category(crate::Category::Acled(crate::EventType::Battles)),
            "Batailles"
        );
        assert_eq!(words(Lang::Fr).length(200_000.0), "200\u{a0}km");
        assert_eq!(
            words(Lang::Fr).sub_event_type("Armed clash"),
            "Affrontement armé"
        );
        assert_eq!(
            words(Lang::En).sub_event_type("Air/drone strike"),
            "Air/drone strike"
        );
        assert_eq!(
            words(Lang::Fr).sub_event_type("Something new"),
            "Something new"
        );
        assert_eq!(words(Lang::En).length(1500.0), "1.5\u{a0}km");
        assert_eq!(words(Lang::Fr).length(1500.0), "1,5\u{a0}km");
    }

    #[test]
    fn the_browser_language_picks_french_or_english() {
        assert_eq!(Lang::negotiate(&["fr-ML", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["fr"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["de-DE", "fr-FR"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["en-GB", "fr"]), Lang::En);
        assert_eq!(Lang::negotiate(&["bm", "de"]), Lang::En);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
        assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("xx"), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }
}
