//! What the page and its Web Worker say to each other while a file is read.
//!
//! The worker runs the one import pipeline ([`crate::pipeline`], as
//! `sahel-data` does) off the page's main thread and replies with
//! [`Reply`] messages in postcard, a compact binary serde format: the page
//! decodes a slice of incidents per message instead of parsing the file.
//! Both ends are the same build of this crate, so the format needs no
//! versioning; a message that does not decode is reported as
//! [`Error::Wire`], never guessed at.

use serde::{Deserialize, Serialize};

use crate::pipeline::{Context, Importer, Progress};
use crate::{Error, ImportReport, Incident, Result};

/// Rows read between two progress messages.
pub const ROWS_PER_PROGRESS: usize = 10_000;

/// Incidents per [`Reply::Incidents`] message (a few ms to decode on the
/// page; the page yields between messages once a slice of time is spent).
pub const INCIDENTS_PER_MESSAGE: usize = 2_000;

/// One message from the worker. A job's replies are `Progress`* then either
/// `Incidents`* `Done`, or `Failed`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker has started and waits for its job.
    Ready,
    /// How far the reading has got.
    Progress(Progress),
    /// The next incidents kept, in the file's order.
    Incidents(Vec<Incident>),
    /// The report on the whole file: the job's last message.
    Done(ImportReport),
    /// The file could not be read at all.
    Failed(Error),
}

impl Reply {
    /// The message's bytes.
    pub fn encode(&self) -> Vec<u8> {
        // Serialising to a growable buffer fails only on a type postcard
        // cannot represent; every type here is plain data (a test encodes
        // every fixture), so that would be a bug, sent as a failure.
        postcard::to_allocvec(self).unwrap_or_else(|e| {
            let failed = Reply::Failed(Error::Wire {
                file: String::new(),
                message: e.to_string(),
            });
            postcard::to_allocvec(&failed).unwrap_or_default()
        })
    }

    /// Reads a message of the job reading `file`.
    pub fn decode(file: &str, bytes: &[u8]) -> Result<Reply> {
        postcard::from_bytes(bytes).map_err(|e| Error::Wire {
            file: file.to_owned(),
            message: e.to_string(),
        })
    }
}

/// Reads `bytes` (the file `file`) through the import pipeline and sends
/// each reply to `send`, in order: the worker's whole job.
pub fn read_file(file: &str, bytes: &[u8], ctx: Context<'_>, mut send: impl FnMut(Reply)) {
    let mut importer = match Importer::new(file, bytes, ctx) {
        Ok(i) => i,
        Err(e) => return send(Reply::Failed(e)),
    };
    loop {
        match importer.step(ROWS_PER_PROGRESS) {
            Ok(p) => {
                send(Reply::Progress(p));
                if p.done {
                    break;
                }
            }
            Err(e) => return send(Reply::Failed(e)),
        }
    }
    let imported = importer.finish();
    // Taken from the front in order, each incident moved once.
    let mut incidents = imported.incidents.into_iter();
    loop {
        let slice: Vec<Incident> = incidents.by_ref().take(INCIDENTS_PER_MESSAGE).collect();
        if slice.is_empty() {
            break;
        }
        send(Reply::Incidents(slice));
    }
    send(Reply::Done(imported.report));
}

/// Puts a job's replies back together on the page's side.
#[derive(Debug, Default)]
pub struct Assembly {
    incidents: Vec<Incident>,
}

/// What a reply means for the page.
#[derive(Debug)]
pub enum Step {
    /// Keep listening (`Some`: progress to show).
    Going(Option<Progress>),
    /// The file is read: its incidents and report.
    Done(Vec<Incident>, ImportReport),
}

impl Assembly {
    /// Takes the next reply of the job reading `file`; `Err` when the file
    /// could not be read or the reply makes no sense at this point.
    pub fn accept(&mut self, file: &str, reply: Reply) -> Result<Step> {
        match reply {
            Reply::Ready => Ok(Step::Going(None)),
            Reply::Progress(p) => Ok(Step::Going(Some(p))),
            Reply::Incidents(mut list) => {
                self.incidents.append(&mut list);
                Ok(Step::Going(None))
            }
            Reply::Done(report) if report.kept == self.incidents.len() => {
                Ok(Step::Done(std::mem::take(&mut self.incidents), report))
            }
            Reply::Done(report) => Err(Error::Wire {
                file: file.to_owned(),
                message: format!(
                    "the report counts {} incidents kept but {} arrived",
                    report.kept,
                    self.incidents.len()
                ),
            }),
            Reply::Failed(e) => Err(e),
        }
    }
}

/// [`crate::Provenance`] as an externally tagged enum with every field
/// written: the file format's form (tagged inside, empty fields left out)
/// needs a self-describing format. The compiler checks it matches.
pub mod provenance {
    use crate::Provenance;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    #[serde(remote = "Provenance")]
    enum Def {
        Curated,
        Acled {
            event_id_cnty: String,
            source: String,
            source_scale: String,
            disorder_type: Vec<crate::category::DisorderType>,
            civilian_targeting: Option<bool>,
            inter1: Option<crate::actors::ActorType>,
            inter2: Option<crate::actors::ActorType>,
        },
        Ucdp {
            id: String,
            relid: String,
            sources: String,
        },
        Geojson {
            feature_id: Option<String>,
        },
    }

    pub fn serialize<S: serde::Serializer>(p: &Provenance, s: S) -> Result<S::Ok, S::Error> {
        Def::serialize(p, s)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Provenance, D::Error> {
        Def::deserialize(d)
    }
}

/// [`crate::Source`]s with every field written (the file format leaves an
/// absent note out).
pub mod sources {
    use crate::Source;
    use chrono::NaiveDate;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    #[serde(remote = "Source")]
    struct Def {
        outlet: String,
        title: String,
        language: Option<String>,
        #[serde(with = "super::day")]
        date: NaiveDate,
        url: String,
        note: Option<String>,
    }

    #[derive(Serialize)]
    struct Out<'a>(#[serde(with = "Def")] &'a Source);

    #[derive(Deserialize)]
    struct In(#[serde(with = "Def")] Source);

    pub fn serialize<S: serde::Serializer>(v: &[Source], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter().map(Out))
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Source>, D::Error> {
        Ok(Vec::<In>::deserialize(d)?
            .into_iter()
            .map(|s| s.0)
            .collect())
    }
}

/// An incident's alternative figures with every field written (the file
/// format writes `"source": n` or `"record": n`, which a binary format
/// cannot tell apart).
pub mod alternatives {
    use crate::incident::{AlternativeFigures, Cited, SideCounts};
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    #[serde(remote = "Cited")]
    enum CitedDef {
        Source(usize),
        Record(usize),
    }

    #[derive(Serialize, Deserialize)]
    #[serde(remote = "AlternativeFigures")]
    struct Def {
        according_to: String,
        killed: SideCounts,
        injured: SideCounts,
        #[serde(with = "CitedDef")]
        cited: Cited,
    }

    #[derive(Serialize)]
    struct Out<'a>(#[serde(with = "Def")] &'a AlternativeFigures);

    #[derive(Deserialize)]
    struct In(#[serde(with = "Def")] AlternativeFigures);

    pub fn serialize<S: serde::Serializer>(
        v: &[AlternativeFigures],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter().map(Out))
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<AlternativeFigures>, D::Error> {
        Ok(Vec::<In>::deserialize(d)?
            .into_iter()
            .map(|a| a.0)
            .collect())
    }
}

/// An incident's [`crate::incident::French`] text with every field written
/// (the file format leaves absent fields out, which a binary format cannot).
pub mod french {
    use crate::incident::French;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    #[serde(remote = "French")]
    struct Def {
        time_of_day: Option<String>,
        actor1: Option<String>,
        attributed_by: Option<String>,
        actor2: Option<String>,
        figures_source: Option<String>,
        according_to: Vec<String>,
        meanings: Vec<String>,
        source_notes: Vec<String>,
        notes: Option<String>,
    }

    #[derive(Serialize)]
    struct Out<'a>(#[serde(with = "Def")] &'a French);

    #[derive(Deserialize)]
    struct In(#[serde(with = "Def")] French);

    pub fn serialize<S: serde::Serializer>(
        v: &Option<Box<French>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        v.as_deref().map(Out).serialize(s)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Box<French>>, D::Error> {
        Ok(Option::<In>::deserialize(d)?.map(|f| Box::new(f.0)))
    }
}

/// A date as its day number (days since 1 January of year 1, day 1): a few
/// bytes, and no text to parse on the page.
pub mod day {
    use chrono::{Datelike, NaiveDate};
    use serde::{de::Error as _, Deserialize};

    pub fn serialize<S: serde::Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i32(d.num_days_from_ce())
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let n = i32::deserialize(d)?;
        NaiveDate::from_num_days_from_ce_opt(n)
            .ok_or_else(|| D::Error::custom(format!("day number {n} is not a date")))
    }
}

/// An optional date as its day number (see [`day`]).
pub mod optional_day {
    use chrono::NaiveDate;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    struct Day(#[serde(with = "super::day")] NaiveDate);

    pub fn serialize<S: serde::Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        d.map(Day).serialize(s)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Day>::deserialize(d)?.map(|d| d.0))
    }
}

/// A report's attributions, as their places in
/// [`crate::provenance::attribution::ALL`] (the texts are written once, there).
pub mod attributions {
    use crate::provenance::attribution::ALL;
    use serde::{de::Error as _, ser::Error as _, Deserialize};

    pub fn serialize<S: serde::Serializer>(v: &[&'static str], s: S) -> Result<S::Ok, S::Error> {
        let places = v
            .iter()
            .map(|a| ALL.iter().position(|b| b == a).map(|i| i as u8))
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(|| S::Error::custom("an attribution that is not in the table"))?;
        s.collect_seq(places)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<&'static str>, D::Error> {
        Vec::<u8>::deserialize(d)?
            .into_iter()
            .map(|i| {
                ALL.get(usize::from(i))
                    .copied()
                    .ok_or_else(|| D::Error::custom(format!("no attribution number {i}")))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import;

    fn fixtures() -> Vec<(String, Vec<u8>)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures");
        let mut out = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(dir)];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else if matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("geojson" | "csv" | "json")
                ) {
                    out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
                }
            }
        }
        out.sort();
        out
    }

    /// Runs a job, every reply through bytes, and assembles it as the page does.
    fn through_the_wire(
        name: &str,
        bytes: &[u8],
        ctx: Context<'_>,
    ) -> Result<(Vec<Incident>, ImportReport)> {
        let mut replies = Vec::new();
        read_file(name, bytes, ctx, |r| replies.push(r.encode()));
        let mut assembly = Assembly::default();
        for r in replies {
            if let Step::Done(i, report) = assembly.accept(name, Reply::decode(name, &r)?)? {
                return Ok((i, report));
            }
        }
        panic!("{name}: the job ended without a report");
    }

    #[test]
    fn every_fixture_reads_the_same_through_the_worker_messages() {
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../data");
        let (gazetteer, basemap, _) = crate::bundle::base(
            &std::fs::read_to_string(format!("{data}/gazetteer.geojson")).unwrap(),
            &std::fs::read_to_string(format!("{data}/basemap.geojson")).unwrap(),
        )
        .unwrap();
        let ctx = Context {
            gazetteer: Some(&gazetteer),
            basemap: Some(&basemap),
        };
        let mut files = fixtures();
        files.push((
            "incidents.geojson".to_owned(),
            std::fs::read(format!("{data}/incidents.geojson")).unwrap(),
        ));
        let mut read = 0;
        for (name, bytes) in &files {
            let direct = import(name, bytes, &ctx);
            let wired = through_the_wire(name, bytes, ctx);
            match (direct, wired) {
                (Ok(d), Ok((incidents, report))) => {
                    assert_eq!(d.incidents, incidents, "{name}");
                    assert_eq!(d.report, report, "{name}");
                    read += 1;
                }
                (Err(d), Err(w)) => assert_eq!(d, w, "{name}"),
                (d, w) => panic!("{name}: directly {d:?}, through the messages {w:?}"),
            }
        }
        assert!(read >= 18, "only {read} fixtures were read");
    }

    #[test]
    fn a_job_sends_its_incidents_in_slices_then_the_report() {
        let mut csv = String::from(
            "event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,fatalities\n",
        );
        let n = INCIDENTS_PER_MESSAGE + 10;
        for i in 0..n {
            csv.push_str(&format!("X{i},2022-07-27,Battles,A,Segou,13.4,-6.2,1\n"));
        }
        let mut replies = Vec::new();
        read_file("x.csv", csv.as_bytes(), Context::default(), |r| {
            replies.push(r)
        });
        let sizes: Vec<usize> = replies
            .iter()
            .filter_map(|r| match r {
                Reply::Incidents(l) => Some(l.len()),
                _ => None,
            })
            .collect();
        assert_eq!(sizes, [INCIDENTS_PER_MESSAGE, 10]);
        assert!(matches!(replies.first(), Some(Reply::Progress(_))));
        assert!(matches!(replies.last(), Some(Reply::Done(r)) if r.kept == n));
    }

    #[test]
    fn a_reply_that_does_not_decode_is_an_error_naming_the_file() {
        let err = Reply::decode("a.csv", &[250, 1, 2]).unwrap_err();
        assert!(err
            .to_string()
            .starts_with("a.csv: the reader's reply could not be decoded"));
        let mut assembly = Assembly::default();
        let report = crate::import("x.csv", b"event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,fatalities\nX,2022-07-27,Battles,A,S,13.4,-6.2,1\n", &Context::default()).unwrap().report;
        let err = assembly.accept("x.csv", Reply::Done(report)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.csv: the reader's reply could not be decoded: the report counts 1 incidents kept but 0 arrived"
        );
    }
}
