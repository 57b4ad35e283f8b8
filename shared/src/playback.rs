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

/// Where playing starts from `range`, and the day it ends on (inclusive).
/// A chosen range wider than a step is played through: a one-step window (or
/// the first step, cumulative) from its start to its end (2022 chosen, a week
/// a step: week by week through 2022). A range of a step or less moves on to
/// the last day (`last`) from where it is, or from the first day when it
/// already reaches the last (a window as wide as the range, or one step when
/// the range is everything; the first step for a cumulative play).
pub fn start(range: (u32, u32), last: u32, mode: Mode, step: u32) -> ((u32, u32), u32) {
    let (a, z) = range;
    let step = step.max(1);
    let everything = a == 0 && z >= last;
    if z.saturating_sub(a) + 1 > step && !everything {
        return ((a, (a + step - 1).min(z)), z);
    }
    if z < last {
        return (range, last);
    }
    let first = match mode {
        Mode::Window => {
            let width = if a == 0 { step } else { z - a + 1 };
            (0, (width - 1).min(last))
        }
        Mode::Cumulative => (0, (step - 1).min(last)),
    };
    (first, last)
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
        let (mut r, end) = start((0, 100), 100, Mode::Window, 7);
        assert_eq!(
            (r, end),
            ((0, 6), 100),
            "the whole span starts a one-step window"
        );
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
        // A range of a step keeps its width: on from there, or from the
        // first day when it is at the end.
        assert_eq!(start((94, 100), 100, Mode::Window, 7), ((0, 6), 100));
        assert_eq!(start((20, 24), 100, Mode::Window, 7), ((20, 24), 100));
        // A wider range is played through, a step at a time.
        let (mut r, end) = start((20, 40), 100, Mode::Window, 7);
        assert_eq!(
            (r, end),
            ((20, 26), 40),
            "a week at a time through the range"
        );
        while let Some(n) = step(r, end, Mode::Window, 7, true) {
            r = n;
        }
        assert_eq!(r, (34, 40), "it stops on the range's last day");
        assert_eq!(start((90, 100), 100, Mode::Window, 7), ((90, 96), 100));
    }

    #[test]
    fn cumulative_grows_from_the_start() {
        let (r, _) = start((0, 100), 100, Mode::Cumulative, 30);
        assert_eq!(r, (0, 29));
        assert_eq!(
            start((10, 70), 100, Mode::Cumulative, 30),
            ((10, 39), 70),
            "a chosen range grows from its start to its end"
        );
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
