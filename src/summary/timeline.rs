//! The timeline's rows: per draft, metric, status and month (and, for savings, per
//! calendar year), one value per replicate, summarised like the summary's rows.

use crate::engine::timeline::{Baseline, Horizon, Monthly, Timeline};
use crate::scenario::vocab::Status;

/// What a timeline row measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimelineMetric {
    /// Persons at the end of the month, with the amnesty.
    Stock,
    /// Persons at the end of the month, without it (level: admissions replace
    /// departures).
    StockWithoutAmnesty,
    /// Departures of the stock present on the law's date, with the amnesty.
    Releases,
    /// Persons released (or cases closed) by the amnesty, by month of the decision.
    AmnestyReleases,
    /// Persons let out early who return to custody, by month of the return.
    Returns,
    /// Days of custody not served in the month.
    BedDaysSaved,
    /// Bed-days saved times the cost of a prisoner-day.
    CostSavedKzt,
}

impl TimelineMetric {
    /// Every metric, in file order.
    pub const ALL: [TimelineMetric; 7] = [
        TimelineMetric::Stock,
        TimelineMetric::StockWithoutAmnesty,
        TimelineMetric::Releases,
        TimelineMetric::AmnestyReleases,
        TimelineMetric::Returns,
        TimelineMetric::BedDaysSaved,
        TimelineMetric::CostSavedKzt,
    ];

    /// Spelling in timeline files.
    pub fn name(self) -> &'static str {
        match self {
            TimelineMetric::Stock => "stock",
            TimelineMetric::StockWithoutAmnesty => "stock_without_amnesty",
            TimelineMetric::Releases => "releases",
            TimelineMetric::AmnestyReleases => "amnesty_releases",
            TimelineMetric::Returns => "returns",
            TimelineMetric::BedDaysSaved => "bed_days_saved",
            TimelineMetric::CostSavedKzt => "cost_saved_kzt",
        }
    }
}

/// The period a row covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// Month `m` after the law took effect, from 1.
    Month(u16),
    /// A calendar year (savings only).
    Year(i32),
    /// The whole horizon (amnesty releases, returns and savings in all).
    Horizon,
}

/// Identifies a timeline row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimelineKey {
    /// Metric.
    pub metric: TimelineMetric,
    /// Status, or `None` for all.
    pub status: Option<Status>,
    /// Month or year.
    pub period: Period,
}

/// One summarised timeline row.
pub type TimelineRow = super::Row<TimelineKey>;

/// The rows of one draft's timeline and how each is computed.
#[derive(Debug, Clone)]
pub struct TimelineLayout {
    /// Row keys in output order: every metric x status (three, then all) x month, then
    /// bed-days and cost saved for all statuses per calendar year.
    pub keys: Vec<TimelineKey>,
    months: usize,
    /// Per year row: the months (0-based) it sums.
    years: Vec<std::ops::Range<usize>>,
}

/// The metrics also summed over the whole horizon.
const HORIZON_TOTALS: [TimelineMetric; 4] = [TimelineMetric::AmnestyReleases, TimelineMetric::Returns, TimelineMetric::BedDaysSaved, TimelineMetric::CostSavedKzt];

const STATUSES: [Option<Status>; 4] = [Some(Status::Prisoner), Some(Status::Pretrial), Some(Status::Probationer), None];

impl TimelineLayout {
    /// The layout for `months` months from a law effective on `effective_date`
    /// (`YYYY-MM-DD`, checked when the draft was read).
    pub fn new(months: usize, effective_date: &str) -> Self {
        let mut keys = Vec::new();
        for metric in TimelineMetric::ALL {
            for status in STATUSES {
                keys.extend((1..=months).map(|m| TimelineKey { metric, status, period: Period::Month(m as u16) }));
            }
        }
        let year: i32 = effective_date.get(0..4).and_then(|y| y.parse().ok()).unwrap_or(0);
        let month0: usize = effective_date.get(5..7).and_then(|m| m.parse::<usize>().ok()).map_or(0, |m| m.saturating_sub(1));
        // Month m begins in calendar month month0 + m (counting from January of `year`).
        let mut years: Vec<(i32, std::ops::Range<usize>)> = Vec::new();
        for m in 0..months {
            let y = year + ((month0 + m) / 12) as i32;
            match years.last_mut() {
                Some((last, r)) if *last == y => r.end = m + 1,
                _ => years.push((y, m..m + 1)),
            }
        }
        for metric in [TimelineMetric::BedDaysSaved, TimelineMetric::CostSavedKzt] {
            keys.extend(years.iter().map(|(y, _)| TimelineKey { metric, status: None, period: Period::Year(*y) }));
        }
        for metric in HORIZON_TOTALS {
            keys.extend(STATUSES.map(|status| TimelineKey { metric, status, period: Period::Horizon }));
        }
        TimelineLayout { keys, months, years: years.into_iter().map(|(_, r)| r).collect() }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// One replicate's row values, in key order.
    pub fn values(&self, h: &Horizon, timeline: &Timeline, baseline: &Baseline, cost_per_day: f64, monthly: &mut [Monthly; 3], out: &mut Vec<f64>) {
        timeline.monthly(h, baseline, monthly);
        out.clear();
        let series = |mo: &Monthly, metric: TimelineMetric, m: usize| match metric {
            TimelineMetric::Stock => mo.stock[m],
            TimelineMetric::StockWithoutAmnesty => mo.stock_without[m],
            TimelineMetric::Releases => mo.releases[m],
            TimelineMetric::AmnestyReleases => mo.amnesty_releases[m],
            TimelineMetric::Returns => mo.returns[m],
            TimelineMetric::BedDaysSaved => mo.bed_days_saved[m],
            TimelineMetric::CostSavedKzt => mo.bed_days_saved[m] * cost_per_day,
        };
        for metric in TimelineMetric::ALL {
            for status in STATUSES {
                for m in 0..self.months {
                    out.push(match status {
                        Some(s) => series(&monthly[s.index()], metric, m),
                        None => monthly.iter().map(|mo| series(mo, metric, m)).sum(),
                    });
                }
            }
        }
        for metric in [TimelineMetric::BedDaysSaved, TimelineMetric::CostSavedKzt] {
            for r in &self.years {
                out.push(r.clone().map(|m| monthly.iter().map(|mo| series(mo, metric, m)).sum::<f64>()).sum());
            }
        }
        for metric in HORIZON_TOTALS {
            for status in STATUSES {
                let of = |mo: &Monthly| (0..self.months).map(|m| series(mo, metric, m)).sum::<f64>();
                out.push(match status {
                    Some(s) => of(&monthly[s.index()]),
                    None => monthly.iter().map(of).sum(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_follow_the_calendar_from_the_effective_date() {
        let l = TimelineLayout::new(36, "2025-06-23");
        let years: Vec<Period> = l.keys.iter().filter(|k| matches!(k.period, Period::Year(_)) && k.metric == TimelineMetric::CostSavedKzt).map(|k| k.period).collect();
        assert_eq!(years, [Period::Year(2025), Period::Year(2026), Period::Year(2027), Period::Year(2028)]);
        // June to December 2025 is 7 months; 2028 holds the last 5.
        assert_eq!(l.years.iter().map(|r| r.len()).collect::<Vec<_>>(), [7, 12, 12, 5]);
        assert_eq!(l.len(), 7 * 4 * 36 + 2 * 4 + 4 * 4);
    }
}
