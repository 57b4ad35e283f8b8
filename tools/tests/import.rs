//! `sahel-data check FILE...` and `convert` on our own import fixtures: one per
//! kind of problem, exact reports and exit statuses.

use std::process::Command;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// Runs `sahel-data` with `args` from the repository root; returns (status, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sahel-data"))
        .current_dir(ROOT)
        .args(args)
        .output()
        .expect("run sahel-data");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn check(file: &str) -> (i32, String, String) {
    run(&[
        "check",
        &format!("tests/fixtures/import/{file}"),
        "--basemap",
        "data/basemap.geojson",
    ])
}

#[test]
fn acled_problems_are_grouped_by_column_with_line_id_and_value() {
    let (code, out, _) = check("acled-problems.csv");
    assert_eq!(code, 1);
    let f = "tests/fixtures/import/acled-problems.csv";
    let expected = format!(
        "{f}: ACLED CSV export; 8 rows read: 3 kept, 0 merged, 5 rejected; 3 warnings
  1 rejected, column or field `event_date`:
    error: {f}, line 3 (id \"FIX2\"), column `event_date`: \"31 Juli 2022\" is not a date (expected 2022-07-27 or 27 July 2022)
  1 rejected, column or field `event_id_cnty`:
    error: {f}, line 7 (id \"FIX1\"), column `event_id_cnty`: duplicate event id \"FIX1\" (first on line 2)
  1 rejected, column or field `event_type`:
    error: {f}, line 4 (id \"FIX3\"), column `event_type`: \"Skirmish\" is not one of ACLED's event types
  1 rejected, column or field `fatalities`:
    error: {f}, line 6 (id \"FIX5\"), column `fatalities`: \"a dozen\" is not a count of people
  1 rejected, column or field `latitude`:
    error: {f}, line 5 (id \"FIX4\"), column `latitude`: 94.7, -6.1 is not a latitude and longitude in degrees
  1 kept with a warning, column or field `latitude, longitude`:
    warning: {f}, line 9 (id \"FIX7\"), column `latitude, longitude`: point [-3, 40] (lon, lat) lies outside the basemap (Mali and its neighbours); kept
  1 kept with a warning, column or field `notes`:
    warning: {f}, line 8 (id \"FIX6\"), column `notes`: the text holds mojibake (characters decoded with the wrong encoding upstream, e.g. \"¬∞\" for \"°\"); kept as written
  1 kept with a warning, column or field `sub_event_type`:
    warning: {f}, line 8 (id \"FIX6\"), column `sub_event_type`: \"Suicide bomb\" is not a sub-event type of \"Battles\" in ACLED's codebook; kept as written
"
    );
    assert_eq!(out, expected);
}

/// Issue 22: a row of Mali with latitude and longitude swapped (in the Congo
/// basin) was kept without a word; a point far outside the country its row
/// names is now said, and a swap that would put it inside refuses the row.
#[test]
fn swapped_coordinates_are_refused_and_points_outside_their_country_said() {
    let (code, out, _) = check("swapped-coordinates.csv");
    assert_eq!(code, 1);
    let f = "tests/fixtures/import/swapped-coordinates.csv";
    let expected = format!(
        "{f}: ACLED CSV export; 5 rows read: 4 kept, 0 merged, 1 rejected; 2 warnings
  1 rejected, column or field `latitude, longitude`:
    error: {f}, line 3 (id \"FIX2\"), column `latitude, longitude`: latitude -6.1219 and longitude 14.7328 put the point outside Mali, the country the row names; swapped, they fall inside it: the two columns look swapped. Not kept: correct the row
  2 kept with a warning, column or field `latitude, longitude`:
    warning: {f}, line 5 (id \"FIX4\"), column `latitude, longitude`: point [-0.04, 16.27] (lon, lat) lies 136 km outside Burkina Faso, the country the row names; kept
    warning: {f}, line 6 (id \"FIX5\"), column `latitude, longitude`: point [13.16, 11.85] (lon, lat) lies outside the basemap (Mali and its neighbours); kept
"
    );
    assert_eq!(out, expected);
}

/// Issue 22: a NUL byte inside a value (`Kolo\0kani`) was kept silently.
#[test]
fn control_characters_are_removed_and_said_with_line_and_column() {
    let (code, out, _) = check("control-characters.csv");
    assert_eq!(code, 1);
    let f = "tests/fixtures/import/control-characters.csv";
    let expected = format!(
        "{f}: ACLED CSV export; 2 rows read: 2 kept, 0 merged, 0 rejected; 2 warnings
  1 kept with a warning, column or field `location`:
    warning: {f}, line 2 (id \"FIX1\"), column `location`: the text held control characters (U+0000), which no text should: they were removed, and it reads \"FIXTURE Kolokani\"; kept
  1 kept with a warning, column or field `notes`:
    warning: {f}, line 3 (id \"FIX2\"), column `notes`: the text held control characters (U+0007, U+001B), which no text should: they were removed, and it reads \"FIXTURE: a bell and an escape in the notes, a tab\tkept\"; kept
"
    );
    assert_eq!(out, expected);
}

#[test]
fn ucdp_problems_and_its_trailing_commas() {
    let (code, out, _) = check("ucdp-problems.csv");
    assert_eq!(code, 1);
    let f = "tests/fixtures/import/ucdp-problems.csv";
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        format!("{f}: UCDP GED CSV; 6 rows read: 3 kept, 0 merged, 3 rejected; 2 warnings")
    );
    assert_eq!(
        lines[1],
        "  note: 6 rows have more values than the header (a trailing comma); the extra values were empty"
    );
    for expected in [
        format!("    error: {f}, line 4 (id \"9003\"), column `date_end`: 2022-07-27 is before date_start 2022-07-29"),
        format!("    error: {f}, line 3 (id \"9002\"), column `date_start`: \"27/07/2022 00:00:00\" is not a date (expected 2022-07-27 or 07/27/2022 00:00:00)"),
        format!("    error: {f}, line 5 (id \"9004\"), column `type_of_violence`: \"4\" is not 1, 2 or 3"),
        format!("    warning: {f}, line 7 (id \"9006\"), column `best`: best estimate 3 differs from deaths_a + deaths_b + deaths_civilians + deaths_unknown = 2; both kept"),
        format!("    warning: {f}, line 6 (id \"9005\"), column `high`: low 5 / best 5 / high 4 are not in order; kept as written"),
    ] {
        assert!(lines.contains(&expected.as_str()), "{expected}\n---\n{out}");
    }
}

#[test]
fn a_latin1_file_is_read_and_said() {
    let (code, out, _) = check("latin1.csv");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(
        "  note: the file is not UTF-8; it was read as Windows-1252 (Latin-1): check accented names"
    ));
}

#[test]
fn unreadable_inputs_exit_two_with_the_reason() {
    let (code, _, err) = check("unknown.csv");
    assert_eq!(code, 2);
    assert_eq!(
        err.trim(),
        "error: could not read the input: tests/fixtures/import/unknown.csv: not a format this app reads: the CSV header (first columns: name, when, where) is neither ACLED's (event_id_cnty, event_date, ...) nor UCDP GED's (id, relid, side_a, date_start, ...)"
    );
    let (code, _, err) = check("no-dates.geojson");
    assert_eq!(code, 2);
    assert!(err.contains("none of the 1 features has a date (looked for the properties date, event_date, date_start)"), "{err}");
}

#[test]
fn convert_writes_our_format_and_the_data_file_comes_back_byte_for_byte() {
    let out_path =
        std::env::temp_dir().join(format!("sahel-convert-{}.geojson", std::process::id()));
    let out = out_path.display().to_string();
    let (code, stdout, _) = run(&[
        "convert",
        "data/incidents.geojson",
        "-o",
        &out,
        "--gazetteer",
        "data/gazetteer.geojson",
        "--basemap",
        "data/basemap.geojson",
    ]);
    assert_eq!(code, 0, "{stdout}");
    let written = std::fs::read_to_string(&out_path).unwrap();
    let original = std::fs::read_to_string(format!("{ROOT}/data/incidents.geojson")).unwrap();
    assert!(
        written == original,
        "convert changed data/incidents.geojson"
    );
    // An imported CSV converts with its provenance, and reads back clean.
    let (code, _, _) = run(&[
        "convert",
        "tests/fixtures/import/ucdp-problems.csv",
        "-o",
        &out,
    ]);
    assert_eq!(code, 1, "the input had problems");
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert!(written.contains("\"dataset\": \"ucdp\""));
    let (code, stdout, _) = run(&["check", &out]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("3 rows read: 3 kept, 0 merged, 0 rejected; 0 warnings"),
        "{stdout}"
    );
    let _ = std::fs::remove_file(&out_path);
}
