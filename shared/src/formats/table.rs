//! Reading CSV exports (through the `csv` crate): text decoding, the header,
//! an HXL tag row, columns found by name with their known aliases.

use crate::{Error, Result};

/// What decoding the bytes found, reported to the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextNotes {
    /// The file started with a UTF-8 byte-order mark (removed).
    pub bom: bool,
    /// The file was not UTF-8 and was read as Windows-1252/Latin-1.
    pub latin1: bool,
    /// Byte sequences that are not UTF-8 in a file that otherwise is, each
    /// replaced by U+FFFD.
    pub invalid_utf8: usize,
}

/// Decodes `bytes` as UTF-8 (dropping a BOM). A file with no valid multi-byte
/// UTF-8 sequence and some bytes that are not UTF-8 is read as Windows-1252
/// (every byte is a character there); a UTF-8 file with a few broken
/// sequences (a cut download) keeps its UTF-8 and has those replaced. Either
/// way the notes say so.
pub fn decode(bytes: &[u8]) -> (String, TextNotes) {
    let mut notes = TextNotes::default();
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => {
            notes.bom = true;
            rest
        }
        None => bytes,
    };
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_owned(), notes);
    }
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    if multibyte > 0 {
        notes.invalid_utf8 = invalid;
        (String::from_utf8_lossy(bytes).into_owned(), notes)
    } else {
        notes.latin1 = true;
        (bytes.iter().map(|&b| windows_1252(b)).collect(), notes)
    }
}

/// Windows-1252 (the superset of Latin-1 that Excel writes) to Unicode.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Signs of text that was decoded with the wrong encoding somewhere upstream
/// (UTF-8 read as Latin-1 or Mac-Roman, then saved again), e.g. "Ã©" for "é",
/// "¬∞" for "°".
pub fn looks_like_mojibake(s: &str) -> bool {
    const MARKS: [&str; 6] = ["Ã©", "Ã¨", "Ã¢", "Ã´", "Ã§", "¬∞"];
    MARKS.iter().any(|m| s.contains(m))
}

/// Removes zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and trims.
pub fn clean(s: &str) -> (String, usize) {
    let mut removed = 0;
    let out: String = s
        .chars()
        .filter(|c| {
            let zero = matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}');
            removed += usize::from(zero);
            !zero
        })
        .collect();
    (out.trim().to_owned(), removed)
}

/// One data row: its index among the data rows, the line it starts on, its values.
#[derive(Debug, Clone)]
pub struct Row {
    pub index: usize,
    pub line: u64,
    pub values: csv::StringRecord,
}

/// A CSV file read whole: header, rows, and what was noticed on the way.
#[derive(Debug, Clone)]
pub struct Table {
    /// Header names, cleaned and lower-cased.
    pub header: Vec<String>,
    pub rows: Vec<Row>,
    /// The line of an HXL hashtag row that was skipped, if any.
    pub hxl_line: Option<u64>,
    /// Rows with more values than the header (a trailing comma on every row is
    /// the usual cause): how many, and whether the extras were all empty.
    pub ragged_rows: usize,
    pub ragged_nonempty: usize,
    /// A quoted value that opens and never closes: the line it opens on and
    /// the file's last line. The reader takes the rest of the file as that one
    /// value; that row is left out of `rows` and reported.
    pub unclosed_quote: Option<(u64, u64)>,
}

/// True when every non-empty cell starts with `#` (an HXL tag row) and at
/// least one cell is non-empty.
fn is_hxl(record: &csv::StringRecord) -> bool {
    let mut any = false;
    for v in record.iter().map(str::trim).filter(|v| !v.is_empty()) {
        if !v.starts_with('#') {
            return false;
        }
        any = true;
    }
    any
}

/// Reads a CSV file a slice of rows at a time (for progress and for a
/// responsive page): the header first, then [`TableReader::next_rows`].
pub struct TableReader {
    reader: csv::Reader<std::io::Cursor<Vec<u8>>>,
    /// Header names, cleaned and lower-cased.
    pub header: Vec<String>,
    /// The line of an HXL hashtag row that was skipped, if any.
    pub hxl_line: Option<u64>,
    /// Rows with more values than the header, and of those with non-empty extras.
    pub ragged_rows: usize,
    pub ragged_nonempty: usize,
    /// See [`Table::unclosed_quote`]; known once the file is read.
    pub unclosed_quote: Option<(u64, u64)>,
    /// Data rows read so far (including a held-back one).
    rows_read: usize,
    /// The last row read, held back until it is known not to be a runaway
    /// quoted value (only when the file's quotes are unbalanced).
    held: Option<Row>,
    quotes_odd: bool,
    last_line: u64,
    done: bool,
}

impl TableReader {
    /// Reads the header of `text`.
    pub fn new(file: &str, text: String) -> Result<TableReader> {
        // Quotes come in pairs in any well-formed CSV (a quote inside a value
        // is doubled): an odd count means the last value that opened one runs
        // to the end of the file.
        let quotes_odd = text.bytes().filter(|&b| b == b'"').count() % 2 == 1;
        let last_line = 1 + text.trim_end().matches('\n').count() as u64;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(std::io::Cursor::new(text.into_bytes()));
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| csv_error(file, &e))?
            .iter()
            .map(|h| clean(h).0.to_lowercase())
            .collect();
        Ok(TableReader {
            reader,
            header,
            hxl_line: None,
            ragged_rows: 0,
            ragged_nonempty: 0,
            unclosed_quote: None,
            rows_read: 0,
            held: None,
            quotes_odd,
            last_line,
            done: false,
        })
    }

    /// Bytes of the file read so far.
    pub fn bytes_read(&self) -> u64 {
        self.reader.position().byte()
    }

    /// True once every row has been read.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The next data rows, at most `max` of them (fewer at the end).
    pub fn next_rows(&mut self, file: &str, max: usize) -> Result<Vec<Row>> {
        let mut out = Vec::new();
        let mut record = csv::StringRecord::new();
        while out.len() < max && !self.done {
            match self.reader.read_record(&mut record) {
                Ok(false) => {
                    self.done = true;
                    if let Some(row) = self.held.take() {
                        if self.quotes_odd {
                            self.unclosed_quote = Some((row.line, self.last_line));
                        } else {
                            out.push(row);
                        }
                    }
                    break;
                }
                Ok(true) => {}
                Err(e) => return Err(csv_error(file, &e)),
            }
            let text = self.reader.get_ref().get_ref();
            let line = record.position().map_or(0, |p| line_of(text, p));
            if self.rows_read == 0 && self.hxl_line.is_none() && is_hxl(&record) {
                self.hxl_line = Some(line);
                continue;
            }
            if record.len() > self.header.len() {
                self.ragged_rows += 1;
                if record
                    .iter()
                    .skip(self.header.len())
                    .any(|v| !v.trim().is_empty())
                {
                    self.ragged_nonempty += 1;
                }
            }
            let row = Row {
                index: self.rows_read,
                line,
                values: record.clone(),
            };
            self.rows_read += 1;
            if self.quotes_odd {
                out.extend(self.held.replace(row));
            } else {
                out.push(row);
            }
        }
        Ok(out)
    }
}

/// Reads `text` as CSV with a header row, whole. Quoted newlines, CRLF and
/// rows of uneven length are accepted; an HXL tag row right after the header
/// is skipped.
pub fn read(file: &str, text: &str) -> Result<Table> {
    let mut r = TableReader::new(file, text.to_owned())?;
    let mut rows = Vec::new();
    while !r.is_done() {
        rows.extend(r.next_rows(file, usize::MAX)?);
    }
    Ok(Table {
        header: r.header,
        rows,
        hxl_line: r.hxl_line,
        ragged_rows: r.ragged_rows,
        ragged_nonempty: r.ragged_nonempty,
        unclosed_quote: r.unclosed_quote,
    })
}

/// The line a record starts on. The reader's position is where it resumed
/// after the previous record: on its line end (a CRLF's "\n") or on blank
/// lines, which the record does not start on.
fn line_of(text: &[u8], p: &csv::Position) -> u64 {
    let mut line = p.line();
    let start = usize::try_from(p.byte()).unwrap_or(usize::MAX);
    for &b in text.iter().skip(start) {
        match b {
            b'\n' => line += 1,
            b'\r' => {}
            _ => break,
        }
    }
    line
}

fn csv_error(file: &str, e: &csv::Error) -> Error {
    let line = e.position().map_or(0, csv::Position::line);
    Error::Csv {
        file: file.to_owned(),
        line,
        message: e.to_string(),
    }
}

/// Where each wanted column sits in a header.
#[derive(Debug, Clone)]
pub struct Columns {
    found: Vec<Option<usize>>,
}

/// A column a format reads: its name in our messages and the header names it
/// goes by.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
}

impl Column {
    /// A column by its name in messages, the header names it goes by, and
    /// whether the format needs it.
    pub const fn new(
        name: &'static str,
        aliases: &'static [&'static str],
        required: bool,
    ) -> Column {
        Column {
            name,
            aliases,
            required,
        }
    }
}

impl Columns {
    /// Finds `wanted` in `header`; a missing required column is an error that
    /// names it and the names looked for.
    pub fn find(file: &str, format: &str, header: &[String], wanted: &[Column]) -> Result<Columns> {
        let mut found = Vec::with_capacity(wanted.len());
        for c in wanted {
            let at = c
                .aliases
                .iter()
                .find_map(|a| header.iter().position(|h| h == a));
            if at.is_none() && c.required {
                return Err(Error::MissingColumn {
                    file: file.to_owned(),
                    format: format.to_owned(),
                    column: c.name.to_owned(),
                    aliases: c.aliases.join(", "),
                });
            }
            found.push(at);
        }
        Ok(Columns { found })
    }

    /// Whether column `i` (index into the `wanted` list) is present.
    pub fn has(&self, i: usize) -> bool {
        self.found.get(i).copied().flatten().is_some()
    }

    /// The cleaned value of column `i` in `row` ("" when absent), and the
    /// number of zero-width characters removed from it.
    pub fn get(&self, row: &csv::StringRecord, i: usize) -> (String, usize) {
        match self.found.get(i).copied().flatten() {
            Some(at) => clean(row.get(at).unwrap_or("")),
            None => (String::new(), 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped_and_latin1_is_decoded_and_said() {
        let (s, n) = decode(b"\xEF\xBB\xBFa,b\n");
        assert_eq!((s.as_str(), n.bom, n.latin1), ("a,b\n", true, false));
        let (s, n) = decode(b"S\xe9gou,\x93x\x94\n");
        assert_eq!(s, "Ségou,“x”\n");
        assert!(n.latin1);
    }

    #[test]
    fn zero_width_spaces_are_removed_and_counted() {
        assert_eq!(
            clean("N'Daki \u{200b}\u{200b}region "),
            ("N'Daki region".to_owned(), 2)
        );
    }

    #[test]
    fn hxl_row_crlf_quoted_newlines_and_trailing_commas() {
        let text =
            "id,notes,best\r\n#event+code,,#affected+killed\r\n1,\"two\r\nlines\",3,\r\n2,x,4,\r\n";
        let t = read("t.csv", text).unwrap();
        assert_eq!(t.hxl_line, Some(2));
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].line, 3);
        assert_eq!(t.rows[1].line, 5);
        assert_eq!(&t.rows[0].values[1], "two\r\nlines");
        assert_eq!((t.ragged_rows, t.ragged_nonempty), (2, 0));
    }

    #[test]
    fn lines_are_right_after_blank_lines_in_lf_and_crlf_files() {
        for text in ["a,b\n\n\n1,2\n\n3,4\n", "a,b\r\n\r\n\r\n1,2\r\n\r\n3,4\r\n"] {
            let t = read("t.csv", text).unwrap();
            let lines: Vec<u64> = t.rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [4, 6], "{text:?}");
        }
    }

    #[test]
    fn an_unclosed_quote_is_found_and_its_row_left_out() {
        let t = read("t.csv", "a,b\n1,2\n3,\"runs on\n5,6\n7,8\n").unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.unclosed_quote, Some((3, 5)));
    }

    #[test]
    fn a_utf8_file_with_one_broken_byte_stays_utf8() {
        let (s, n) = decode(
            "Ségou,"
                .as_bytes()
                .iter()
                .copied()
                .chain([0xff, b'x'])
                .collect::<Vec<u8>>()
                .as_slice(),
        );
        assert_eq!(s, "Ségou,\u{fffd}x");
        assert_eq!((n.latin1, n.invalid_utf8), (false, 1));
    }

    #[test]
    fn a_missing_required_column_names_its_aliases() {
        let header = vec!["id".to_owned()];
        let wanted = [Column {
            name: "best",
            aliases: &["best", "best_est"],
            required: true,
        }];
        let err = Columns::find("u.csv", "UCDP GED", &header, &wanted).unwrap_err();
        assert_eq!(
            err.to_string(),
            "u.csv: the UCDP GED header has no column best (looked for: best, best_est)"
        );
    }

    #[test]
    fn mojibake_is_recognised() {
        assert!(looks_like_mojibake("law N ¬∞ 2018-007"));
        assert!(!looks_like_mojibake("Ségou"));
    }
}
