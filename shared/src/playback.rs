//! Playback of the dates: the slider's range moves a step at a time, either
//! as a window of fixed width or growing from a fixed start (cumulative).
//! Ranges are inclusive day offsets from the first date, as the slider's.

/// How the range moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Both ends move: a window of fixed width.
    #[default]
    Window,
    /// The start stays, the end moves: everything up to the current day.
    Cumulative,
}

/// Days per step for a bar of the histogram's unit (a month counts 30).
pub fn step_days(unit: crate::histogram::BinUnit) -> u32 {
    match unit {
        crate::histogram::BinUnit::Day => 1,
        crate::histogram::BinUnit::Week => 7,
        crate::histogram::BinUnit::Month => 30,
    }
}

/// Where playing starts from `range`: the range itself, unless it already
/// reaches the last day (`last`), in which case from the first day (a window
/// as wide as the range, or one step when the range is everything; the
/// first step for a cumulative play).
pub fn start(range: (u32, u32), last: u32, mode: Mode, step: u32) -> (u32, u32) {
    let (a, z) = range;
    if z < last {
        return range;
    }
    let step = step.max(1);
    match mode {
        Mode::Window => {
            let width = if a == 0 { step } else { z - a + 1 };
            (0, (width - 1).min(last))
        }
        Mode::Cumulative => (0, (step - 1).min(last)),
    }
}

/// The range one step forward (`forward`) or back, or `None` when it cannot
/// move (playing stops at the last day; going back stops at the first).
pub fn step(
    range: (u32, u32),
    last: u32,
    mode: Mode,
    step: u32,
    forward: bool,
) -> Option<(u32, u32)> {
    let (a, z) = range;
    let step = step.max(1);
    let next = match (mode, forward) {
        (_, true) if z >= last => return None,
        (Mode::Window, true) => {
            let move_by = step.min(last - z);
            (a + move_by, z + move_by)
        }
        (Mode::Cumulative, true) => (a, (z + step).min(last)),
        (Mode::Window, false) if a == 0 => return None,
        (Mode::Window, false) => {
            let move_by = step.min(a);
            (a - move_by, z - move_by)
        }
        (Mode::Cumulative, false) if z == a => return None,
        (Mode::Cumulative, false) => (a, z.saturating_sub(step).max(a)),
    };
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_keeps_its_width_and_stops_at_the_last_day() {
        let mut r = start((0, 100), 100, Mode::Window, 7);
        assert_eq!(r, (0, 6), "the whole span starts a one-step window");
        let mut seen = vec![r];
        while let Some(n) = step(r, 100, Mode::Window, 7, true) {
            r = n;
            seen.push(r);
        }
        assert!(seen.iter().all(|(a, z)| z - a == 6));
        assert_eq!(
            r,
            (94, 100),
            "the last step is shortened to end on the last day"
        );
        assert_eq!(step((10, 16), 100, Mode::Window, 7, false), Some((3, 9)));
        assert_eq!(step((3, 9), 100, Mode::Window, 7, false), Some((0, 6)));
        assert_eq!(step((0, 6), 100, Mode::Window, 7, false), None);
        // A narrower range keeps its own width when played from the end.
        assert_eq!(start((90, 100), 100, Mode::Window, 7), (0, 10));
        assert_eq!(
            start((20, 40), 100, Mode::Window, 7),
            (20, 40),
            "mid-span: from there"
        );
    }

    #[test]
    fn cumulative_grows_from_the_start() {
        let r = start((0, 100), 100, Mode::Cumulative, 30);
        assert_eq!(r, (0, 29));
        assert_eq!(step(r, 100, Mode::Cumulative, 30, true), Some((0, 59)));
        assert_eq!(
            step((0, 89), 100, Mode::Cumulative, 30, true),
            Some((0, 100))
        );
        assert_eq!(step((0, 100), 100, Mode::Cumulative, 30, true), None);
        assert_eq!(
            step((0, 59), 100, Mode::Cumulative, 30, false),
            Some((0, 29))
        );
        assert_eq!(
            step((5, 20), 100, Mode::Cumulative, 30, false),
            Some((5, 5))
        );
        assert_eq!(step((5, 5), 100, Mode::Cumulative, 30, false), None);
    }
}
