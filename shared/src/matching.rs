//! Datasets compared: which events of the other open datasets are the same
//! attack as an incident. Two events match when they come from different
//! datasets, their dates overlap within their date precisions, and their
//! points lie within the sum of their location radii.
//!
//! Example from the real files: Sokolo, 27 July 2022 is our curated
//! incident (the army's 48 assailants and 6 soldiers), ACLED's MLI7017 (27 in
//! all) and UCDP GED's 443712 (best 36, high 54, placed at the commune's
//! centroid 16 km away).

use chrono::{Datelike, Duration, NaiveDate};

use crate::incident::{DatePrecision, LocationPrecision};
use crate::provenance::DatasetKind;
use crate::Incident;

/// How far from its point an event may lie, in km, when its dataset gives no
/// radius: different geocoders put the same town a few km apart; a district
/// or region is placed at a centroid. UCDP's "part of a country" (`Area`) is
/// wider than a region; "country" matches anywhere.
pub fn reach_km(inc: &Incident) -> f64 {
    let by_precision = match inc.location_precision {
        LocationPrecision::Exact => 5.0,
        LocationPrecision::Near => 25.0,
        LocationPrecision::Admin2 => 75.0,
        LocationPrecision::Admin1 => 200.0,
        LocationPrecision::Area => 300.0,
        LocationPrecision::Country => f64::INFINITY,
    };
    inc.location_radius_km.map_or(by_precision, |r| r.max(5.0))
}

/// The days the event may have happened on (inclusive): its date to its end
/// date, or to the end of its week or month when only those are known.
pub fn day_span(inc: &Incident) -> (NaiveDate, NaiveDate) {
    let start = inc.date;
    let end = match (inc.date_end, inc.date_precision) {
        (Some(end), _) => end,
        (None, DatePrecision::Day) => start,
        (None, DatePrecision::Days) => start + Duration::days(2),
        (None, DatePrecision::Week) => start + Duration::days(6),
        (None, DatePrecision::Month | DatePrecision::Longer) => {
            let next = if start.month() == 12 {
                NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(start.year(), start.month() + 1, 1)
            };
            next.map_or(start, |n| n - Duration::days(1))
        }
    };
    (start, end.max(start))
}

/// How sure a match is, from its [`Evidence`] ([`Confidence::of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// Unlikely to be the same attack: far apart, or disagreeing on what
    /// happened; listed as possible, never counted as a double.
    Low,
    /// Probably the same attack.
    Medium,
    /// Almost certainly the same attack: near, same day, same kind and sides.
    High,
}

impl Confidence {
    /// Every level, surest first.
    pub const ALL: [Confidence; 3] = [Confidence::High, Confidence::Medium, Confidence::Low];

    /// The level of a score from [`Evidence::score`].
    pub fn of(score: f64) -> Confidence {
        if score >= HIGH {
            Confidence::High
        } else if score >= MEDIUM {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    }

    /// A short key ("high", "medium", "low"): the catalogue words it
    /// (`confidence-high`, …), tests and CSS read it.
    pub fn key(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

/// Scores from here up are [`Confidence::High`].
const HIGH: f64 = 0.75;
/// Scores from here up are [`Confidence::Medium`].
const MEDIUM: f64 = 0.55;
/// Below this a pair that passes the dates and the reach is not offered.
const FLOOR: f64 = 0.35;
/// Beyond this distance, in km, nearness falls off with the distance
/// itself, whatever the two records' reach: two region-wide records may
/// "reach" each other across half the country, but an attack is one place.
const FAR_KM: f64 = 50.0;

/// What two records of different datasets share, each from 0 (against the
/// same attack) to 1 (for it). Only records whose dates overlap and whose
/// points lie within the sum of their reach are compared at all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence {
    /// Nearness: 1 on the same point, falling with the distance relative to
    /// the two reaches, and beyond [`FAR_KM`] with the distance itself.
    pub place: f64,
    /// 1 when both give the same day; less when a date is only a week, a
    /// month or a range.
    pub date: f64,
    /// What happened: the same ACLED type, or an ACLED type and UCDP type
    /// that describe the same violence (battles and state-based or non-state
    /// conflict, violence against civilians and one-sided violence).
    pub kind: f64,
    /// Who: a side named by both (JNIM and "JNIM: Group for Support of Islam
    /// and Muslims"; a state's forces and its government).
    pub actors: f64,
    /// How many killed: near counts agree, far ones disagree.
    pub figures: f64,
}

impl Evidence {
    /// The evidence of `a` and `b` being one attack, `km` apart.
    pub fn of(a: &Incident, b: &Incident, km: f64) -> Evidence {
        let reach = (reach_km(a) + reach_km(b)).max(f64::EPSILON);
        let mut place = (1.0 - km / reach).clamp(0.0, 1.0);
        if km > FAR_KM {
            place *= FAR_KM / km;
        }
        let exact = |i: &Incident| i.date_precision == DatePrecision::Day && i.date_end.is_none();
        let widest = day_span(a).1 - day_span(a).0;
        let widest = widest.max(day_span(b).1 - day_span(b).0).num_days();
        let date = if exact(a) && exact(b) && a.date == b.date {
            1.0
        } else if widest <= 2 {
            0.85
        } else if widest <= 7 {
            0.65
        } else {
            0.45
        };
        Evidence {
            place,
            date,
            kind: kind_agreement(a, b),
            actors: actor_agreement(a, b),
            figures: figure_agreement(a.killed_total(), b.killed_total()),
        }
    }

    /// One score from 0 to 1: a weighted geometric mean, so that one strong
    /// disagreement (far apart) is not made up by the rest.
    pub fn score(&self) -> f64 {
        let parts = [
            (self.place, 0.4),
            (self.date, 0.15),
            (self.kind, 0.15),
            (self.actors, 0.15),
            (self.figures, 0.15),
        ];
        parts.iter().map(|(x, w)| x.max(1e-6).powf(*w)).product()
    }
}

/// How well two classifications agree (see [`Evidence::kind`]).
fn kind_agreement(a: &Incident, b: &Incident) -> f64 {
    use crate::category::UcdpViolence as U;
    use crate::Category as C;
    use crate::EventType as E;
    let fits = |t: E, v: U| match (t, v) {
        (E::Battles, U::StateBased | U::NonState) => 1.0,
        (E::ExplosionsRemoteViolence, U::StateBased | U::NonState) => 0.9,
        (E::ViolenceAgainstCivilians, U::OneSided) => 1.0,
        (E::ExplosionsRemoteViolence, U::OneSided) => 0.7,
        (E::ViolenceAgainstCivilians, _) | (E::Battles, U::OneSided) => 0.6,
        // Protests, riots and strategic developments are not what UCDP records.
        _ => 0.25,
    };
    match (a.category(), b.category()) {
        (C::Acled(x), C::Acled(y)) if x == y => 1.0,
        (C::Acled(x), C::Acled(y)) => {
            let violent = |t: E| {
                matches!(
                    t,
                    E::Battles | E::ExplosionsRemoteViolence | E::ViolenceAgainstCivilians
                )
            };
            if violent(x) && violent(y) {
                0.6
            } else {
                0.3
            }
        }
        (C::Ucdp(x), C::Ucdp(y)) => {
            if x == y {
                1.0
            } else {
                0.4
            }
        }
        (C::Acled(t), C::Ucdp(v)) | (C::Ucdp(v), C::Acled(t)) => fits(t, v),
        _ => 0.6,
    }
}

/// How well the sides agree (see [`Evidence::actors`]).
fn actor_agreement(a: &Incident, b: &Incident) -> f64 {
    let sides = |i: &Incident| -> Vec<String> {
        [&i.actor1, &i.actor2]
            .into_iter()
            .chain(i.actor1_associates.iter())
            .chain(i.actor2_associates.iter())
            .flat_map(|n| crate::actors::actor_words(n))
            // "Civilians" and a country's name are on too many sides to tell.
            .filter(|w| w != "civilians" && w != "mali" && w != "malian")
            .collect()
    };
    let (x, y) = (sides(a), sides(b));
    if x.is_empty() || y.is_empty() {
        0.6
    } else if x.iter().any(|w| y.contains(w)) {
        1.0
    } else {
        0.4
    }
}

/// How well two counts of people killed agree (see [`Evidence::figures`]).
fn figure_agreement(a: Option<u32>, b: Option<u32>) -> f64 {
    match (a, b) {
        (Some(x), Some(y)) => {
            let (lo, hi) = (f64::from(x.min(y)), f64::from(x.max(y)));
            0.3 + 0.7 * (lo + 1.0) / (hi + 1.0)
        }
        _ => 0.6,
    }
}

/// An event of another dataset that may be the same attack.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// Its index in the incidents.
    pub index: usize,
    /// Distance between the two points, in km.
    pub km: f64,
    /// [`Evidence::score`].
    pub score: f64,
}

impl Match {
    pub fn confidence(&self) -> Confidence {
        Confidence::of(self.score)
    }
}

/// A pair of records of two datasets that may be one attack: `a`'s dataset
/// comes before `b`'s in [`DatasetKind::ALL`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub km: f64,
    pub score: f64,
}

impl Pair {
    pub fn confidence(&self) -> Confidence {
        Confidence::of(self.score)
    }
}

/// The distance in km and the score when `a` and `b` may be one attack:
/// different datasets, dates that overlap within their precision, points
/// within the sum of their reach, and a score of [`FLOOR`] or more.
pub fn compare(a: &Incident, b: &Incident) -> Option<(f64, f64)> {
    if a.provenance.kind() == b.provenance.kind() {
        return None;
    }
    let ((a0, a1), (b0, b1)) = (day_span(a), day_span(b));
    if a1 < b0 || b1 < a0 {
        return None;
    }
    let km = a.location.distance_km(b.location);
    if km > reach_km(a) + reach_km(b) {
        return None;
    }
    let score = Evidence::of(a, b, km).score();
    (score >= FLOOR).then_some((km, score))
}

/// The events of the other datasets that may be incident `i`'s attack, the
/// likeliest first.
pub fn matches(incidents: &[Incident], i: usize) -> Vec<Match> {
    let Some(a) = incidents.get(i) else {
        return Vec::new();
    };
    let mut out: Vec<Match> = incidents
        .iter()
        .enumerate()
        .filter_map(|(j, b)| {
            compare(a, b).map(|(km, score)| Match {
                index: j,
                km,
                score,
            })
        })
        .collect();
    out.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.km.total_cmp(&y.km)));
    out
}

/// Every pair that may be one attack, in date order: the review table.
pub fn all_pairs(incidents: &[Incident]) -> Vec<Pair> {
    pairs_among(incidents, 0..incidents.len())
}

/// The same among the incidents `among` (indices into `incidents`, e.g. those
/// shown): only pairs of two of them.
pub fn pairs_among(incidents: &[Incident], among: impl IntoIterator<Item = usize>) -> Vec<Pair> {
    let mut order: Vec<usize> = among.into_iter().filter(|&i| i < incidents.len()).collect();
    order.sort_by_key(|&i| incidents[i].date);
    // In start order, two events overlap when the later one starts before
    // the earlier one ends: the sweep from each event stops at the first
    // that starts after its end.
    let mut out = Vec::new();
    for (p, &i) in order.iter().enumerate() {
        let end = day_span(&incidents[i]).1;
        for &j in &order[p + 1..] {
            if incidents[j].date > end {
                break;
            }
            if let Some((km, score)) = compare(&incidents[i], &incidents[j]) {
                let (a, b) = if kind_rank(&incidents[i]) <= kind_rank(&incidents[j]) {
                    (i, j)
                } else {
                    (j, i)
                };
                out.push(Pair { a, b, km, score });
            }
        }
    }
    out
}

/// Of `pairs`, one match per record in each other dataset: the likeliest
/// pairs first, a pair kept when neither record is already paired with a
/// record of the other's dataset. A region-wide record then pairs with one
/// event, not with every event of its region; when one dataset splits an
/// attack in two records (UCDP's two records of Sokolo, 27 July 2022), the
/// likelier is kept. In date order.
pub fn one_to_one(incidents: &[Incident], pairs: &[Pair]) -> Vec<Pair> {
    use std::collections::HashSet;
    let kind = |i: usize| kind_rank(&incidents[i]);
    let mut by_score: Vec<&Pair> = pairs.iter().collect();
    by_score.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.km.total_cmp(&y.km)));
    let mut taken: HashSet<(usize, usize)> = HashSet::new();
    let mut kept: HashSet<(usize, usize)> = HashSet::new();
    for p in by_score {
        if taken.contains(&(p.a, kind(p.b))) || taken.contains(&(p.b, kind(p.a))) {
            continue;
        }
        taken.insert((p.a, kind(p.b)));
        taken.insert((p.b, kind(p.a)));
        kept.insert((p.a, p.b));
    }
    pairs
        .iter()
        .filter(|p| kept.contains(&(p.a, p.b)))
        .copied()
        .collect()
}

/// Records counted more than once when the datasets shown are summed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Doubles {
    /// Attacks recorded by more than one dataset shown.
    pub attacks: usize,
    /// Records beyond the first of each such attack: what the sum of the
    /// datasets counts twice.
    pub extra_records: usize,
    /// People killed in those extra records: how much the sum may count twice
    /// (each attack's largest count is kept as its one).
    pub extra_killed: u64,
}

/// The attacks that the incidents `among` record more than once: across
/// datasets, one-to-one pairs ([`one_to_one`]) of medium confidence or more;
/// within a dataset, one event id in two open files; joined into attacks (a
/// record of ours, ACLED's and UCDP's of one attack are one).
pub fn doubles(incidents: &[Incident], among: impl IntoIterator<Item = usize>) -> Doubles {
    use std::collections::HashMap;
    let among: Vec<usize> = among.into_iter().filter(|&i| i < incidents.len()).collect();
    let mut pairs = one_to_one(incidents, &pairs_among(incidents, among.iter().copied()));
    // One dataset's event in two open files (the same export opened twice,
    // or two exports of overlapping periods) is the same record twice: its
    // id says so.
    let mut by_id: HashMap<(DatasetKind, &str), usize> = HashMap::new();
    for &i in &among {
        let inc = &incidents[i];
        let Some(id) = inc.provenance.dataset_id() else {
            continue;
        };
        match by_id.get(&(inc.provenance.kind(), id)) {
            Some(&first) => pairs.push(Pair {
                a: first,
                b: i,
                km: 0.0,
                score: 1.0,
            }),
            None => {
                by_id.insert((inc.provenance.kind(), id), i);
            }
        }
    }
    // Union-find over the records paired.
    let mut parent: HashMap<usize, usize> = HashMap::new();
    fn root(parent: &mut HashMap<usize, usize>, x: usize) -> usize {
        let mut r = x;
        while let Some(&p) = parent.get(&r) {
            if p == r {
                break;
            }
            r = p;
        }
        parent.insert(x, r);
        r
    }
    for p in pairs
        .iter()
        .filter(|p| p.confidence() >= Confidence::Medium)
    {
        parent.entry(p.a).or_insert(p.a);
        parent.entry(p.b).or_insert(p.b);
        let (ra, rb) = (root(&mut parent, p.a), root(&mut parent, p.b));
        if ra != rb {
            parent.insert(ra, rb);
        }
    }
    let records: Vec<usize> = parent.keys().copied().collect();
    let mut attacks: HashMap<usize, Vec<usize>> = HashMap::new();
    for r in records {
        let top = root(&mut parent, r);
        attacks.entry(top).or_default().push(r);
    }
    let mut d = Doubles::default();
    for members in attacks.values() {
        d.attacks += 1;
        d.extra_records += members.len() - 1;
        let killed: Vec<u64> = members
            .iter()
            .filter_map(|&i| incidents[i].killed_total().map(u64::from))
            .collect();
        d.extra_killed += killed.iter().sum::<u64>() - killed.iter().max().copied().unwrap_or(0);
    }
    d
}

fn kind_rank(i: &Incident) -> usize {
    DatasetKind::ALL
        .iter()
        .position(|k| *k == i.provenance.kind())
        .unwrap_or(0)
}

/// One dataset's figures for one event, side by side with the others'.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFigures {
    /// e.g. "ACLED MLI7017".
    pub dataset: String,
    /// Place and date as that dataset gives them.
    pub place: String,
    pub date: String,
    /// People killed in all, or "—".
    pub killed: String,
    /// How that dataset breaks it down: by side, by party, or its range.
    pub breakdown: String,
}

/// The figures of `inc` for the comparison table.
pub fn figures(inc: &Incident, w: &crate::i18n::Words) -> SourceFigures {
    use crate::i18n::arg;
    let c = &inc.casualties;
    let mut parts: Vec<String> = c
        .killed
        .by_side()
        .iter()
        .filter_map(|(side, n)| n.map(|n| format!("{} {}", w.number(n), w.side(side))))
        .collect();
    parts.extend(
        c.killed_by_party
            .iter()
            .map(|p| format!("{} {}", w.number(p.killed), p.party)),
    );
    if let Some(e) = c.estimates {
        parts.push(w.tf(
            "estimates-short",
            &[
                ("low", arg(e.low)),
                ("best", arg(e.best)),
                ("high", arg(e.high)),
            ],
        ));
    }
    if parts.is_empty() && c.killed_reported_total.is_some() {
        parts.push(w.t("total-only"));
    }
    let dataset = match inc.provenance.dataset_id() {
        Some(id) => format!("{} {id}", w.dataset_kind(inc.provenance.kind())),
        None => w.dataset_kind(inc.provenance.kind()),
    };
    SourceFigures {
        dataset,
        place: inc.place_name.clone(),
        date: w.date(inc.date),
        killed: inc
            .killed_total()
            .map_or_else(|| crate::details::NO_FIGURE.to_owned(), |k| w.number(k)),
        breakdown: parts.join("; "),
    }
}

/// One row of the review table of matches (and of its CSV): one event as
/// two datasets record it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ReviewRow {
    pub dataset_a: String,
    pub date_a: String,
    pub place_a: String,
    /// People killed in all by `a`'s count, or "—".
    pub killed_a: String,
    pub breakdown_a: String,
    pub dataset_b: String,
    pub date_b: String,
    pub place_b: String,
    pub killed_b: String,
    pub breakdown_b: String,
    /// Between the two points, km, to 0.1 km.
    pub distance_km: f64,
    /// How sure the match is, in words ("high", "medium", "low" in the
    /// page's language).
    pub confidence: String,
    /// `b`'s total minus `a`'s, when both give one.
    pub difference: Option<i64>,
    /// The dates and filters the table was cut from (in the CSV).
    pub selection: String,
}

impl ReviewRow {
    /// The row of `pair` of `incidents`.
    pub fn of(incidents: &[Incident], pair: &Pair, w: &crate::i18n::Words) -> ReviewRow {
        let (a, b, km) = (&incidents[pair.a], &incidents[pair.b], pair.km);
        let (fa, fb) = (figures(a, w), figures(b, w));
        ReviewRow {
            dataset_a: fa.dataset,
            date_a: fa.date,
            place_a: fa.place,
            killed_a: fa.killed,
            breakdown_a: fa.breakdown,
            dataset_b: fb.dataset,
            date_b: fb.date,
            place_b: fb.place,
            killed_b: fb.killed,
            breakdown_b: fb.breakdown,
            distance_km: (km * 10.0).round() / 10.0,
            confidence: w.t(&format!("confidence-{}", pair.confidence().key())),
            difference: match (a.killed_total(), b.killed_total()) {
                (Some(x), Some(y)) => Some(i64::from(y) - i64::from(x)),
                _ => None,
            },
            selection: String::new(),
        }
    }
}

/// The review table as CSV (text cells made safe for a spreadsheet), with
/// the selection it was cut from in a last column.
pub fn review_csv(rows: &[ReviewRow], scope: Option<&crate::pipeline::Scope>) -> String {
    use crate::formats::csv_export::cell;
    let selection = cell(
        &scope
            .map(crate::pipeline::Scope::describe)
            .unwrap_or_default(),
    );
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        let mut row = r.clone();
        for t in [
            &mut row.dataset_a,
            &mut row.place_a,
            &mut row.breakdown_a,
            &mut row.dataset_b,
            &mut row.place_b,
            &mut row.breakdown_b,
        ] {
            *t = cell(t);
        }
        row.selection.clone_from(&selection);
        // Serialising plain rows into memory does not fail.
        if w.serialize(row).is_err() {
            break;
        }
    }
    String::from_utf8_lossy(&w.into_inner().unwrap_or_default()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;
    use crate::{LonLat, Provenance};

    fn acled(id: &str, date: &str, lon: f64, lat: f64) -> Incident {
        let mut i = incident(id, date, None);
        i.provenance = Provenance::acled(id);
        i.location = LonLat::from_lon_lat(lon, lat);
        i
    }

    #[test]
    fn dates_overlap_within_their_precision_and_points_within_their_reach() {
        let mut ours = incident("ours", "2022-07-27", Some(6));
        ours.location = LonLat::from_lon_lat(-6.1219, 14.7328);
        let same = acled("A1", "2022-07-27", -6.1219, 14.7328);
        let next_day = acled("A2", "2022-07-28", -6.1219, 14.7328);
        let far = acled("A3", "2022-07-27", -4.0, 14.7328);
        let mut month = acled("A4", "2022-07-01", -6.12, 14.73);
        month.date_precision = DatePrecision::Month;
        let incs = vec![
            ours,
            same,
            next_day,
            far,
            month,
            incident("own", "2022-07-27", None),
        ];
        let found: Vec<usize> = matches(&incs, 0).into_iter().map(|m| m.index).collect();
        assert_eq!(found, [1, 4], "the same dataset never matches itself");
        assert_eq!(
            day_span(&incs[4]).1,
            NaiveDate::from_ymd_opt(2022, 7, 31).unwrap()
        );
        let pairs = all_pairs(&incs);
        assert_eq!(pairs.len(), 2, "{pairs:?}");
        assert!(pairs.iter().all(|p| p.a == 0), "curated is listed first");
    }

    fn ucdp(id: &str, date: &str, lon: f64, lat: f64) -> Incident {
        let mut i = incident(id, date, None);
        i.provenance = Provenance::Ucdp {
            id: id.into(),
            relid: String::new(),
            sources: String::new(),
        };
        i.event_type = None;
        i.ucdp_violence = Some(crate::UcdpViolence::StateBased);
        i.actor1 = "Government of Mali".into();
        i.actor2 = "JNIM".into();
        i.location = LonLat::from_lon_lat(lon, lat);
        i
    }

    fn battle(id: &str, lon: f64, lat: f64, killed: u32) -> Incident {
        let mut a = acled(id, "2022-07-27", lon, lat);
        a.event_type = Some(crate::EventType::Battles);
        a.actor1 = "JNIM: Group for Support of Islam and Muslims".into();
        a.actor2 = "Military Forces of Mali (2021-)".into();
        a.casualties.killed_reported_total = Some(killed);
        a
    }

    /// Regression (issue 20): UCDP's Sokolo record placed at its commune's
    /// centroid (where_prec 5: a 300 km reach) was "the same attack" as
    /// events 159, 209 and 271 km away on the same day.
    #[test]
    fn a_wide_record_is_surest_with_the_near_event_and_one_to_one_keeps_that_one() {
        let mut commune = ucdp("443712", "2022-07-27", -6.018, 14.837);
        commune.location_precision = LocationPrecision::Area;
        commune.casualties.estimates = Some(crate::DeathEstimates {
            low: 36,
            best: 36,
            high: 54,
        });
        let sokolo = battle("MLI7017", -6.122, 14.733, 27);
        let kalumba = battle("MLI7018", -7.55, 15.05, 12);
        let far = battle("MLI7019", -3.6, 14.2, 0);
        let incs = vec![commune, sokolo, kalumba, far];
        let found = matches(&incs, 0);
        assert_eq!(found[0].index, 1, "Sokolo first: {found:?}");
        assert_eq!(found[0].confidence(), Confidence::High, "{found:?}");
        for m in &found[1..] {
            assert_eq!(m.confidence(), Confidence::Low, "{m:?}");
        }
        let pairs = all_pairs(&incs);
        let kept = one_to_one(&incs, &pairs);
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!((kept[0].a, kept[0].b), (1, 0));
        // Summing the two datasets counts Sokolo twice: 27 of its killed.
        let d = doubles(&incs, 0..incs.len());
        assert_eq!(
            d,
            Doubles {
                attacks: 1,
                extra_records: 1,
                extra_killed: 27
            }
        );
        // The same ACLED export opened twice: each of its events twice.
        let mut twice = incs.clone();
        twice.extend(incs[1..].iter().cloned());
        let d = doubles(&twice, 0..twice.len());
        assert_eq!((d.attacks, d.extra_records), (3, 4), "{d:?}");
    }

    #[test]
    fn kinds_actors_and_figures_weigh_in() {
        let a = battle("A", -6.0, 14.0, 10);
        let same = {
            let mut u = ucdp("U", "2022-07-27", -6.0, 14.0);
            u.casualties.estimates = Some(crate::DeathEstimates {
                low: 9,
                best: 10,
                high: 12,
            });
            u
        };
        let protest = {
            let mut p = ucdp("P", "2022-07-27", -6.0, 14.0);
            p.actor1 = "Protesters (Mali)".into();
            p.actor2 = String::new();
            p.ucdp_violence = Some(crate::UcdpViolence::OneSided);
            p.casualties.estimates = Some(crate::DeathEstimates {
                low: 0,
                best: 0,
                high: 0,
            });
            p
        };
        let s = |b: &Incident| Evidence::of(&a, b, 0.0).score();
        assert!(s(&same) > s(&protest), "{} {}", s(&same), s(&protest));
        assert_eq!(Confidence::of(s(&same)), Confidence::High);
        assert!(
            Evidence::of(&a, &same, 0.0).actors > 0.9,
            "JNIM on both sides"
        );
        assert!(Evidence::of(&a, &protest, 0.0).figures < 0.5);
        // A monthly date weighs less than the same day.
        let mut month = same.clone();
        month.date_precision = DatePrecision::Month;
        month.date = NaiveDate::from_ymd_opt(2022, 7, 1).unwrap();
        assert!(Evidence::of(&a, &month, 0.0).date < 0.5);
    }

    #[test]
    fn one_to_one_pairs_each_record_once_per_other_dataset() {
        let mut ours = incident("ours", "2022-07-27", None);
        ours.location = LonLat::from_lon_lat(-6.0, 14.0);
        // A region-wide record reaches both of ours; the near one is nearer.
        let mut near = incident("near", "2022-07-27", None);
        near.location = LonLat::from_lon_lat(-5.0, 14.0);
        let mut wide = acled("W", "2022-07-27", -5.01, 14.0);
        wide.location_precision = LocationPrecision::Admin1;
        wide.location_radius_km = Some(300.0);
        let point = acled("P", "2022-07-27", -6.0, 14.0);
        let incs = vec![ours, near, wide, point];
        let all = all_pairs(&incs);
        assert_eq!(all.len(), 3, "{all:?}");
        let kept: Vec<(usize, usize)> = one_to_one(&incs, &all)
            .into_iter()
            .map(|p| (p.a, p.b))
            .collect();
        assert_eq!(
            kept,
            [(0, 3), (1, 2)],
            "ours with the point, near with the wide record"
        );
    }

    #[test]
    fn the_review_row_puts_two_counts_side_by_side_and_writes_csv() {
        let mut ours = incident("ours", "2022-07-27", None);
        ours.casualties.killed.military = Some(6);
        ours.casualties.killed.assailants = Some(48);
        ours.location = LonLat::from_lon_lat(-6.1219, 14.7328);
        let mut a = acled("MLI7017", "2022-07-27", -6.1219, 14.7328);
        a.casualties.killed = crate::SideCounts::default();
        a.casualties.killed_reported_total = Some(27);
        a.place_name = "=Sokolo".into();
        let incs = [ours, a];
        let pair = Pair {
            a: 0,
            b: 1,
            km: 0.04,
            score: 0.9,
        };
        let row = ReviewRow::of(&incs, &pair, crate::i18n::words(crate::i18n::Lang::En));
        assert_eq!(row.confidence, "high");
        assert_eq!((row.killed_a.as_str(), row.killed_b.as_str()), ("54", "27"));
        assert_eq!(row.difference, Some(-27));
        assert_eq!(row.breakdown_a, "6 military; 48 assailants");
        assert_eq!(row.dataset_b, "ACLED MLI7017");
        assert_eq!(row.distance_km, 0.0);
        let csv = review_csv(&[row], None);
        let mut lines = csv.lines();
        assert!(lines
            .next()
            .unwrap()
            .starts_with("dataset_a,date_a,place_a,killed_a,"));
        let line = lines.next().unwrap();
        assert!(line.contains(",'=Sokolo,"), "a formula is quoted: {line}");
        assert!(line.ends_with(",0.0,high,-27,"), "{line}");
    }
}
