//! Durations as drafts write them (`1y`, `6m`, `2w`, `30d`): the one parser behind the
//! `when` language and `release_if_remaining_at_most`, in checked arithmetic with a
//! bound, so that no typo wraps around into a plausible number of days.

use crate::calendar::{WEEK_DAYS, WHOLE_MONTH_DAYS, WHOLE_YEAR_DAYS};
use crate::i18n::Msg;

/// The longest duration a draft may name: 100 years. No term reaches it (terms are at
/// most 60 years, checked at load), so anything longer is a mistake.
pub const MAX_DAYS: u64 = 100 * WHOLE_YEAR_DAYS as u64;

/// Days in one unit: `y` 365, `m` 30, `w` 7, `d` 1 ([`crate::calendar`]'s whole-day
/// lengths; [`days`] reads a multiple of twelve months as whole years).
pub fn unit_days(unit: char) -> Option<u64> {
    Some(match unit {
        'y' => WHOLE_YEAR_DAYS,
        'm' => WHOLE_MONTH_DAYS,
        'w' => WEEK_DAYS,
        'd' => 1,
        _ => return None,
    } as u64)
}

/// "longer than any term", naming the duration as `shown`.
fn too_long(shown: String) -> Msg {
    Msg::new("draft-duration-too-long").arg("text", shown).arg("max", MAX_DAYS.to_string())
}

/// `count` units in days, refused past [`MAX_DAYS`] (and never wrapped). Months go
/// through [`crate::calendar::whole_months_days`]: `12m` is `1y`, `24m` is `2y`.
pub fn days(count: u64, unit: char) -> Result<u32, Msg> {
    let per = unit_days(unit).ok_or_else(|| Msg::new("draft-duration-unit").arg("unit", unit.to_string()))?;
    let total = if unit == 'm' { crate::calendar::whole_months_days(count) } else { count.checked_mul(per) };
    match total {
        Some(d) if d <= MAX_DAYS => Ok(d as u32),
        _ => Err(too_long(format!("{count}{unit}"))),
    }
}

/// Parses `"1y"`, `"6m"`, `"2w"`, `"30d"` (digits may be grouped with `_`) into days,
/// with the mistake in words of every language.
pub fn parse_msg(text: &str) -> Result<u32, Msg> {
    let t = text.trim();
    let Some(unit) = t.chars().next_back() else {
        return Err(Msg::new("draft-duration-empty"));
    };
    let number = &t[..t.len() - unit.len_utf8()];
    if unit.is_ascii_digit() {
        return Err(Msg::new("draft-duration-no-unit").arg("text", t));
    }
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == '_') || !number.chars().any(|c| c.is_ascii_digit()) {
        return Err(Msg::new("draft-duration-bad").arg("text", t));
    }
    let count: u64 = number.replace('_', "").parse().map_err(|_| too_long(format!("`{t}`")))?;
    days(count, unit).map_err(|e| if unit_days(unit).is_none() { Msg::new("draft-duration-bad").arg("text", t) } else { e })
}

/// [`parse_msg`] with the mistake in English.
pub fn parse(text: &str) -> Result<u32, String> {
    parse_msg(text).map_err(|m| m.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_in_days() {
        assert_eq!(parse("1y"), Ok(365));
        assert_eq!(parse(" 6m "), Ok(180));
        // Twelve months are a year, as on the page; other months thirty days.
        assert_eq!(parse("12m"), Ok(365));
        assert_eq!(parse("24m"), Ok(730));
        assert_eq!(parse("18m"), Ok(540));
        assert_eq!(parse("1200m"), Ok(36_500));
        assert_eq!(parse("2w"), Ok(14));
        assert_eq!(parse("1_000d"), Ok(1000));
        assert_eq!(parse("100y"), Ok(36_500));
    }

    #[test]
    fn mistakes_are_refused_never_wrapped_or_panicking() {
        for bad in ["", "y", "1", "365", "1 год", "1€", "1год", "год", "11767034y", "50539024859478224y", "99999999999999999999999y", "101y", "1.5y", "-1y", "_y", "1yy", "１y"]
        {
            assert!(parse(bad).is_err(), "{bad:?} parsed as {:?}", parse(bad));
        }
        assert!(parse("11767034y").unwrap_err().contains("up to 100y"));
        assert!(parse("365").unwrap_err().contains("no unit"));
        assert!(parse("1 год").unwrap_err().contains("`1 год`"));
    }
}
