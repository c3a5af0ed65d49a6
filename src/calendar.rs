//! The calendar's numbers, in one place. Two conventions are used on purpose, and each
//! is named:
//! - **average lengths**: a Julian year of 365.25 days and a month of a twelfth of it
//!   (1461/48 = 30.4375 days) turn continuous numbers of years or months (term
//!   medians, processing months, the timeline's flows) into days;
//! - **whole-day lengths**: a year of 365 days and a month of 30 are how a draft's
//!   written durations (`1y`, `6m`) and whole years of age read in days, so that "one
//!   year" in a clause is a whole number of days a lawyer can check.
//!
//! Unifying the two would move every figure by a fraction of a percent and make `1y`
//! a fractional number of days; they stay apart, and nothing else in the code writes
//! 365 or 30.

/// Days in an average (Julian) year.
pub const DAYS_PER_YEAR: f64 = 365.25;

/// Days in an average month: a Julian year over twelve (30.4375).
pub const DAYS_PER_MONTH: f64 = DAYS_PER_YEAR / 12.0;

/// Days in a year as a draft writes it (`1y`) and as whole years of age count.
pub const WHOLE_YEAR_DAYS: u32 = 365;

/// Days in a month as a draft writes it (`6m`).
pub const WHOLE_MONTH_DAYS: u32 = 30;

/// Days in a week as a draft writes it (`2w`).
pub const WEEK_DAYS: u32 = 7;

/// Days in `months` whole months as a draft or the page writes them: a multiple of
/// twelve is that many whole years ([`WHOLE_YEAR_DAYS`] each), so `12m` and `1y` are the
/// same 365 days and the page's "12 months" means what a draft's `12m` means; other
/// counts are thirty days a month (`6m` is 180 days). `None` on overflow.
pub fn whole_months_days(months: u64) -> Option<u64> {
    if months > 0 && months.is_multiple_of(12) { (months / 12).checked_mul(WHOLE_YEAR_DAYS as u64) } else { months.checked_mul(WHOLE_MONTH_DAYS as u64) }
}
