//! Text measured as the charts draw it: the embedded DejaVu Sans at plotters' scale, so
//! a label is wrapped or shrunk to the room it gets instead of being cut with "…" or
//! clipped at the image's edge; and axis ticks at round steps, written with as many
//! decimals as the step needs, so no two ticks read the same.

use plotters::style::{FontStyle, IntoFont, register_font};

/// The embedded font: the bytes plotters draws every chart with.
pub(super) static FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// Registers the embedded font with plotters as "sans-serif", once.
pub(super) fn ensure_font() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        for style in [FontStyle::Normal, FontStyle::Bold] {
            let _ = register_font("sans-serif", style, FONT);
        }
    });
}

/// Width in pixels of `text` drawn at `font_px` (plotters' font size), measured by
/// plotters' own layout of the embedded font (advances plus kerning), rounded up.
pub fn width(text: &str, font_px: f64) -> f64 {
    if text.is_empty() {
        return 0.0;
    }
    ensure_font();
    let font = ("sans-serif", font_px).into_font();
    match font.layout_box(text) {
        Ok(((x0, _), (x1, _))) => (x1 - x0 + 1) as f64,
        // No font (it is embedded, so never): a wide estimate rather than a panic.
        Err(_) => 0.7 * font_px * text.chars().count() as f64,
    }
}

/// Height in pixels of one line of text at `font_px`, as plotters lays it out.
pub fn height(font_px: f64) -> f64 {
    (font_px / 1.24).ceil()
}

/// The distance between the baselines of wrapped lines at `font_px`.
pub fn line_height(font_px: f64) -> f64 {
    (font_px * 1.1).ceil()
}

/// `text` broken into lines no wider than `max_px` at `font_px`: at spaces where it can,
/// inside a word only when that word alone is wider than the room (never with "…": the
/// reader gets every character).
pub fn wrap(text: &str, max_px: f64, font_px: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if width(&joined, font_px) <= max_px {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if width(word, font_px) <= max_px {
            line = word.to_string();
            continue;
        }
        // A word wider than the room: broken at characters.
        for c in word.chars() {
            let mut longer = line.clone();
            longer.push(c);
            if !line.is_empty() && width(&longer, font_px) > max_px {
                lines.push(std::mem::replace(&mut line, c.to_string()));
            } else {
                line = longer;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The least font size [`fit`] shrinks to, as a share of the size asked for.
const SMALLEST: f64 = 0.7;

/// `text` in at most `max_lines` lines of at most `max_px`: on one line at `font_px` or
/// the largest smaller size (down to 70 %) at which it fits; else wrapped at the largest
/// size at which it takes at most `max_lines`; if even that does not, the lines the
/// smallest size needs. Returns the lines and the size to draw them at.
pub fn fit(text: &str, max_px: f64, font_px: f64, max_lines: usize) -> (Vec<String>, f64) {
    let smallest = (font_px * SMALLEST).floor().max(8.0);
    // One line a little smaller reads better than two: shrink first, then wrap.
    let mut px = font_px;
    while px >= smallest {
        if width(text, px) <= max_px {
            return (vec![text.to_string()], px);
        }
        px -= 1.0;
    }
    wrap_to(text, max_px, font_px, max_lines)
}

/// `text` wrapped in at most `max_lines` lines of at most `max_px` at `font_px`, or at
/// the largest smaller size (down to 70 %) at which it takes no more; if even that does
/// not, the lines the smallest size needs. For names beside bars: two lines at full
/// size read better than one small one.
pub fn wrap_to(text: &str, max_px: f64, font_px: f64, max_lines: usize) -> (Vec<String>, f64) {
    let smallest = (font_px * SMALLEST).floor().max(8.0);
    let mut px = font_px;
    loop {
        let lines = wrap(text, max_px, px);
        if lines.len() <= max_lines.max(1) || px <= smallest {
            return (lines, px);
        }
        px -= 1.0;
    }
}

/// The widest of `lines` at `font_px`.
pub fn widest(lines: &[String], font_px: f64) -> f64 {
    lines.iter().map(|l| width(l, font_px)).fold(0.0, f64::max)
}

/// Axis ticks: round values (1, 2 or 5 times a power of ten apart) in `lo..=hi`, about
/// `target` of them, and the decimals that write each step apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    /// The tick values, ascending.
    pub values: Vec<f64>,
    /// Decimals to write them with.
    pub decimals: usize,
}

/// Round ticks over `lo..=hi`, at most about `target` of them.
pub fn ticks(lo: f64, hi: f64, target: usize) -> Ticks {
    let (lo, hi) = if lo.is_finite() && hi.is_finite() && hi > lo { (lo, hi) } else { (lo.min(0.0) - 1.0, lo.max(0.0) + 1.0) };
    let rough = (hi - lo) / target.max(1) as f64;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * power).find(|s| *s >= rough * 0.999).unwrap_or(10.0 * power);
    let decimals = (-step.log10().floor()).max(0.0) as usize;
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    // Multiples of the step, so 0.1 + 0.2 does not print as 0.30000000000000004.
    let values = (first..=last).map(|k| k as f64 * step).map(|v| if v.abs() < step * 1e-9 { 0.0 } else { v }).collect();
    Ticks { values, decimals }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_character_and_each_line_fits() {
        let text = "осуждённые, освобождённые в результате сокращения срока наказания";
        let lines = wrap(text, 200.0, 15.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines.iter().all(|l| width(l, 15.0) <= 200.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| !l.contains('…')));
        // A word wider than the room is broken at characters, none lost.
        let long = "қылмыстықпроцестіккодекстіңбабы";
        let parts = wrap(long, 60.0, 15.0);
        assert!(parts.len() > 1 && parts.concat() == long && parts.iter().all(|l| width(l, 15.0) <= 60.0), "{parts:?}");
        assert_eq!(wrap("", 100.0, 15.0), vec![String::new()]);
    }

    #[test]
    fn widths_grow_with_the_text_and_the_size() {
        assert!(width("abc", 15.0) < width("abcd", 15.0));
        assert!(width("абв", 15.0) < width("абв", 20.0));
        assert_eq!(width("", 15.0), 0.0);
    }

    #[test]
    fn fitting_shrinks_before_it_adds_lines() {
        let text = "What each clause buys";
        let full = width(text, 26.0);
        let (lines, px) = fit(text, full - 5.0, 26.0, 1);
        assert_eq!(lines.len(), 1);
        assert!(px < 26.0 && width(&lines[0], px) <= full - 5.0);
        let (lines, px) = fit(text, full / 3.0, 26.0, 1);
        assert!(lines.len() > 1 && px >= (26.0 * SMALLEST).floor(), "{lines:?} at {px}");
        assert_eq!(fit(text, 2.0 * full, 26.0, 1), (vec![text.to_string()], 26.0));
    }

    #[test]
    fn ticks_are_round_and_read_apart() {
        let t = ticks(0.1, 0.5, 10);
        let written: Vec<String> = t.values.iter().map(|v| format!("{v:.*}", t.decimals)).collect();
        let mut unique = written.clone();
        unique.dedup();
        assert_eq!(written, unique, "{written:?}");
        assert_eq!(written.first().map(String::as_str), Some("0.10"));
        assert_eq!(written.last().map(String::as_str), Some("0.50"));
        let t = ticks(0.0, 36.0, 8);
        assert_eq!(t.decimals, 0);
        assert_eq!(t.values, vec![0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0]);
        let t = ticks(-0.5, 1.0, 6);
        assert!(t.values.contains(&0.0) && t.values.len() <= 9);
        assert!(!ticks(3.0, 3.0, 5).values.is_empty());
    }
}
