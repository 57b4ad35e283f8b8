//! The check command on fixtures: one per kind of problem, exact messages and
//! exit statuses (0 clean, 1 problems, 2 unreadable input).

use std::process::Command;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/check");

/// Runs `sahel-data check` on fixture `case` with the fixture gazetteer and
/// basemap; returns (exit status, stdout with the fixture folder shortened, stderr).
fn check(case: &str) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sahel-data"))
        .args(["check", "--incidents"])
        .arg(format!("{DIR}/{case}.geojson"))
        .arg("--gazetteer")
        .arg(format!("{DIR}/gazetteer.geojson"))
        .arg("--basemap")
        .arg(format!("{DIR}/basemap.geojson"))
        .output()
        .expect("run sahel-data");
    let short = |b: &[u8]| String::from_utf8_lossy(b).replace(&format!("{DIR}/"), "");
    (
        out.status.code().unwrap_or(-1),
        short(&out.stdout),
        short(&out.stderr),
    )
}

/// Asserts a case finds exactly one error with this text after "error: ".
fn one_error(case: &str, expected: &str, warnings: usize) {
    let (code, out, _) = check(case);
    assert_eq!(code, 1, "{out}");
    let errors: Vec<&str> = out
        .lines()
        .filter_map(|l| l.strip_prefix("error: "))
        .collect();
    assert_eq!(errors, [expected], "{out}");
    let plural = if warnings == 1 { "" } else { "s" };
    assert_eq!(
        out.lines().last(),
        Some(
            format!("2 incidents, 2 places, 3 basemap shapes: 1 error, {warnings} warning{plural}")
                .as_str()
        )
    );
}

#[test]
fn clean_data_exits_zero_with_a_summary() {
    let (code, out, _) = check("clean");
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "2 incidents, 2 places, 3 basemap shapes: 0 errors, 0 warnings\n"
    );
}

#[test]
fn schema_error_names_the_field() {
    one_error(
        "schema",
        "schema.geojson, feature 1 (id \"mopti\"), field `killed.military`: invalid type: string \"six\", expected u32",
        1,
    );
    let (_, out, _) = check("schema");
    assert!(out.contains(
        "warning: schema.geojson, feature 0 (id \"sokolo\"), field `coordinated_with`: links to \"mopti\", which was rejected"
    ));
}

#[test]
fn duplicate_id() {
    one_error(
        "duplicate-id",
        "duplicate-id.geojson, feature 1 (id \"sokolo\"), field `id`: duplicate id \"sokolo\"",
        1,
    );
}

#[test]
fn impossible_date() {
    one_error(
        "impossible-date",
        "impossible-date.geojson, feature 1 (id \"mopti\"), field `date`: \"2022-02-30\" is not a real date in YYYY-MM-DD form",
        1,
    );
}

#[test]
fn unknown_place() {
    one_error(
        "unknown-place",
        "unknown-place.geojson, feature 1 (id \"mopti\"), field `place_id`: no place with id \"geonames:1\" in the gazetteer",
        1,
    );
}

#[test]
fn point_outside_the_region_it_names_is_a_warning_that_fails_the_check() {
    // Kept on the map (where the point is) and reported, in the app and here.
    let (code, out, _) = check("outside-region");
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        "warning: outside-region.geojson, feature 0 (id \"sokolo\"), field `admin1`: the point lies in Ségou, not in Mopti as the field says\n2 incidents, 2 places, 3 basemap shapes: 0 errors, 1 warning\n"
    );
}

#[test]
fn point_too_far_from_its_place() {
    one_error(
        "too-far",
        "too-far.geojson, feature 0 (id \"sokolo\"), field `geometry`: point is 51.4 km from its place \"Sokolo\", more than its precision allows (5 km)",
        1,
    );
}

#[test]
fn contradictory_figures() {
    one_error(
        "contradictory-figures",
        "contradictory-figures.geojson, feature 0 (id \"sokolo\"), field `seriously_injured`: 30 seriously injured but only 25 injured in all",
        1,
    );
}

#[test]
fn one_way_link_is_a_warning_and_fails_the_check() {
    let (code, out, _) = check("one-way-link");
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "warning: one-way-link.geojson, feature 0 (id \"sokolo\"), field `coordinated_with`: links to \"mopti\", which does not link back\n\
         2 incidents, 2 places, 3 basemap shapes: 0 errors, 1 warning\n"
    );
}

#[test]
fn source_without_outlet_or_date() {
    one_error(
        "source-without-outlet",
        "source-without-outlet.geojson, feature 0 (id \"sokolo\"), field `sources`: source 0 has no outlet",
        1,
    );
    one_error(
        "source-without-date",
        "source-without-date.geojson, feature 0 (id \"sokolo\"), field `sources[0]`: missing field `date`",
        1,
    );
}

#[test]
fn unreadable_input_exits_two() {
    let (code, out, err) = check("not-json");
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "error: could not read the input: not-json.geojson: not valid JSON at line 2, column 0: EOF while parsing a list\n"
    );
    let (code, _, err) = check("no-such-file");
    assert_eq!(code, 2);
    assert!(err.starts_with("error: no-such-file.geojson: "), "{err}");
}

#[test]
fn the_real_data_is_clean() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../data");
    let out = Command::new(env!("CARGO_BIN_EXE_sahel-data"))
        .args(["check", data])
        .output()
        .expect("run sahel-data");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.ends_with(": 0 errors, 0 warnings\n"), "{stdout}");
}
