//! Numbers on the page as a reader writes them, not as the draft file stores them: a
//! cut's fraction as the law writes it (`1/4`, `1/3`, `2/3`) or in the language's
//! decimals (`0,3` in Russian and Kazakh, `0.3` in English), never
//! `0.3333333333333333`; a time-left threshold in months (`12 мес.`, `12 ай`,
//! `12 months`), never `365d`. Each kind is parsed back from what it shows and from
//! the other ways people type it (`0,25`, `0.25`, `1/4`; `12`, `12 мес.`, `1y`, `90d`),
//! so a value shown on the page and sent back unchanged is the value the draft has.

use crate::calendar::{WHOLE_MONTH_DAYS, WHOLE_YEAR_DAYS};
use crate::i18n::{Lang, Texts};

/// A value the page could not read: the message id (in the `-page.ftl` files) and the
/// text as typed, so the message is given in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bad {
    /// The Fluent id of the message.
    pub id: &'static str,
    /// What was typed.
    pub value: String,
}

impl Bad {
    /// The message in the reader's language, quoting what was typed.
    pub fn message(&self, tx: &Texts) -> String {
        tx.f(self.id, &[("value", self.value.as_str().into())])
    }
}

/// Largest denominator shown as a fraction: the laws write halves to sixths.
const MAX_DENOMINATOR: u32 = 6;

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// `x` as a law writes a share: `k/n` (in lowest terms, `n` up to six) when it is one
/// to within rounding, `1` for the whole, else the language's decimals (at most four
/// places, trailing zeros dropped).
pub fn format_fraction(x: f64, lang: Lang) -> String {
    if (x - 1.0).abs() < 1e-9 {
        return "1".into();
    }
    for n in 2..=MAX_DENOMINATOR {
        for k in 1..n {
            if gcd(k, n) == 1 && (x - k as f64 / n as f64).abs() < 1e-9 {
                return format!("{k}/{n}");
            }
        }
    }
    format_decimal(x, lang)
}

/// `x` in the language's decimals, at most four places, trailing zeros dropped
/// (`0,35`, `0.35`, `6`).
pub fn format_decimal(x: f64, lang: Lang) -> String {
    let text = lang.number(x, 4);
    let point = if lang == Lang::En { '.' } else { ',' };
    if text.contains(point) { text.trim_end_matches('0').trim_end_matches(point).to_string() } else { text }
}

/// A number typed with a decimal point or comma (`0.25`, `0,25`), digits grouped by
/// spaces or `_` (`1 000`), or as a fraction (`1/4`, `2/3`).
pub fn parse_number(text: &str) -> Result<f64, Bad> {
    let bad = || Bad { id: "page-bad-number", value: text.trim().to_string() };
    let t: String = text.chars().filter(|c| !(c.is_whitespace() || *c == '_')).collect();
    if t.is_empty() {
        return Err(bad());
    }
    let decimal = |s: &str| -> Option<f64> {
        let s = if s.matches(',').count() == 1 && !s.contains('.') { s.replace(',', ".") } else { s.to_string() };
        // Only digits, one point and a leading sign: `1e3`, `inf` and `NaN` are no
        // one's way of writing a share.
        let ok = s.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+')));
        if !ok {
            return None;
        }
        s.parse::<f64>().ok().filter(|x| x.is_finite())
    };
    match t.split_once('/') {
        Some((a, b)) => match (decimal(a), decimal(b)) {
            (Some(a), Some(b)) if b != 0.0 => Ok(a / b),
            _ => Err(bad()),
        },
        None => decimal(&t).ok_or_else(bad),
    }
}

/// A share of the term (a cut's fraction) as typed: [`parse_number`]; its range is the
/// compiler's to check, as for a file.
pub fn parse_fraction(text: &str) -> Result<f64, Bad> {
    parse_number(text)
}

/// Days as months: whole years are twelve months each (365 days), other whole months
/// thirty days; anything else is months to one decimal.
pub fn months_of(days: u32) -> f64 {
    if days > 0 && days.is_multiple_of(WHOLE_YEAR_DAYS) {
        (days / WHOLE_YEAR_DAYS * 12) as f64
    } else if days.is_multiple_of(WHOLE_MONTH_DAYS) {
        (days / WHOLE_MONTH_DAYS) as f64
    } else {
        (days as f64 / WHOLE_MONTH_DAYS as f64 * 10.0).round() / 10.0
    }
}

/// Months as days, the inverse of [`months_of`]: whole months as a draft's `Nm` reads
/// them ([`crate::calendar::whole_months_days`]: a multiple of twelve is that many years
/// of 365 days), fractions of a month thirty days a month (rounded to a whole day).
pub fn days_of(months: f64) -> f64 {
    let whole = (months > 0.0 && months.fract() == 0.0 && months <= u32::MAX as f64).then(|| crate::calendar::whole_months_days(months as u64)).flatten();
    whole.map_or_else(|| (months * WHOLE_MONTH_DAYS as f64).round(), |d| d as f64)
}

/// A duration in months in the reader's words: "12 months", "12 мес.", "12 ай".
pub fn format_months(days: u32, tx: &Texts) -> String {
    let m = months_of(days);
    tx.f("page-months", &[("n", format_decimal(m, tx.lang()).into()), ("count", m.into())])
}

/// The words after a number that mean months, in the three languages (lower case,
/// with and without the abbreviation's point).
const MONTH_WORDS: &[&str] = &["", "m", "mo", "month", "months", "мес", "мес.", "месяц", "месяца", "месяцев", "ай", "айы"];

/// A duration as typed, in days: months (`12`, `12 мес.`, `12 ай`, `12 months`, `1,5`)
/// or as a draft writes it (`1y`, `6m`, `90d`).
pub fn parse_duration(text: &str) -> Result<f64, Bad> {
    let t = text.trim();
    let bad = || Bad { id: "page-bad-duration", value: t.to_string() };
    let split = t.char_indices().find(|(_, c)| !(c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '_' | '\u{a0}'))).map_or(t.len(), |(i, _)| i);
    let (number, unit) = t.split_at(split);
    let unit = unit.trim().to_lowercase();
    if MONTH_WORDS.contains(&unit.as_str()) && !number.trim().is_empty() {
        let months = parse_number(number).map_err(|_| bad())?;
        let days = days_of(months);
        if !(days >= 0.0) || days > crate::draft::duration::MAX_DAYS as f64 {
            return Err(Bad { id: "page-duration-too-long", value: t.to_string() });
        }
        return Ok(days);
    }
    crate::draft::duration::parse(t).map(f64::from).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_read_as_the_law_writes_them() {
        assert_eq!(format_fraction(0.25, Lang::Ru), "1/4");
        assert_eq!(format_fraction(1.0 / 3.0, Lang::En), "1/3");
        assert_eq!(format_fraction(2.0 / 3.0, Lang::Kk), "2/3");
        assert_eq!(format_fraction(0.5, Lang::En), "1/2");
        assert_eq!(format_fraction(1.0, Lang::En), "1");
        assert_eq!(format_fraction(0.3, Lang::En), "0.3");
        assert_eq!(format_fraction(0.35, Lang::Ru), "0,35");
        assert_eq!(format_fraction(0.35, Lang::En), "0.35");
        assert_eq!(format_fraction(0.123456, Lang::En), "0.1235");
        assert!(!format_fraction(1.0 / 3.0 + 1e-6, Lang::En).contains("333333"));
    }

    #[test]
    fn fractions_are_typed_three_ways() {
        for t in ["1/4", "0,25", "0.25", " 1 / 4 ", "1/4\u{a0}"] {
            assert_eq!(parse_fraction(t), Ok(0.25), "{t:?}");
        }
        assert!((parse_fraction("2/3").unwrap() - 2.0 / 3.0).abs() < 1e-12);
        for t in ["", "abc", "1/0", "1e3", "inf", "NaN", "0,2,5", "1/4/5", "четверть"] {
            let e = parse_fraction(t).unwrap_err();
            assert_eq!(e.id, "page-bad-number", "{t:?}");
        }
        // Shown then read back: the same number.
        for x in [0.25, 1.0 / 3.0, 0.3, 0.35, 1.0, 0.1235] {
            for lang in Lang::ALL {
                let back = parse_fraction(&format_fraction(x, lang)).unwrap();
                assert!((back - x).abs() < 1e-4, "{x} in {lang}: {back}");
            }
        }
    }

    #[test]
    fn durations_read_and_typed_in_months() {
        let en = Texts::new(Lang::En);
        let ru = Texts::new(Lang::Ru);
        let kk = Texts::new(Lang::Kk);
        assert_eq!(format_months(365, &en), "12 months");
        assert_eq!(format_months(30, &en), "1 month");
        assert_eq!(format_months(365, &ru), "12 мес.");
        assert_eq!(format_months(180, &kk), "6 ай");
        assert_eq!(format_months(45, &ru), "1,5 мес.");
        for t in ["12", "12 мес.", "12 мес", "12 ай", "12 months", "1y", "12m", "365d"] {
            assert_eq!(parse_duration(t), Ok(365.0), "{t:?}");
        }
        assert_eq!(parse_duration("6"), Ok(180.0));
        assert_eq!(parse_duration("1,5 мес."), Ok(45.0));
        assert_eq!(parse_duration("90d"), Ok(90.0));
        for days in [30, 90, 180, 365, 540, 730, 45] {
            for tx in [&en, &ru, &kk] {
                assert_eq!(parse_duration(&format_months(days, tx)), Ok(days as f64), "{days} in {}", tx.lang());
            }
        }
        assert_eq!(parse_duration("soon").unwrap_err().id, "page-bad-duration");
        assert_eq!(parse_duration("").unwrap_err().id, "page-bad-duration");
        assert_eq!(parse_duration("99999999999").unwrap_err().id, "page-duration-too-long");
        assert!(Bad { id: "page-bad-duration", value: "soon".into() }.message(&ru).contains("soon"));
    }

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(format_decimal(0.35, Lang::Ru), "0,35");
        assert_eq!(format_decimal(6.0, Lang::Kk), "6");
        assert_eq!(format_decimal(0.7, Lang::En), "0.7");
        assert_eq!(parse_number("1 000,5"), Ok(1000.5));
    }
}
