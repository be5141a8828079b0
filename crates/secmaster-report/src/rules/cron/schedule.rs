//! The days, months and years a Quartz expression selects, and whether any date matches them
//! all.
//!
//! The check is static and bounded: it compares day numbers with month lengths and, when the
//! year field is restricted, walks at most the 230 years Quartz allows times 12 months. It does
//! not search fire times, so it never depends on the hour, minute or second fields, which always
//! select at least one value in a valid expression.

use chrono::{Datelike, NaiveDate};

use super::expression::{FieldKind, MAX_YEAR, MIN_YEAR};
use super::items::Item;

/// The form of a day field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayField {
    /// `?`.
    NoSpecificValue,
    /// `*` alone.
    Every,
    /// Anything else: specific days.
    Specific,
}

/// The years of a restricted year field, one bit per year from [`MIN_YEAR`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct YearSet([u64; 4]);

impl YearSet {
    fn insert(&mut self, year: u32) {
        if (MIN_YEAR..=MAX_YEAR).contains(&year) {
            let bit = (year - MIN_YEAR) as usize;
            self.0[bit / 64] |= 1 << (bit % 64);
        }
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        (MIN_YEAR..=MAX_YEAR).filter(|year| {
            let bit = (year - MIN_YEAR) as usize;
            self.0[bit / 64] & (1 << (bit % 64)) != 0
        })
    }

    fn last(&self) -> Option<u32> {
        self.iter().last()
    }
}

/// The reason an expression never fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NeverFires {
    /// No selected day of the month occurs in any selected month (`30` in February).
    DayNotInMonth,
    /// Only February 29 matches, and the year field has no leap year.
    NoLeapYear,
    /// No date of the selected years matches the day and month fields.
    NoMatchingDate,
    /// Dates match only in years before the current one.
    Past,
}

/// The date fields of a Quartz expression, built item by item.
#[derive(Debug, Clone)]
pub(crate) struct Schedule {
    pub(crate) day_of_month: DayField,
    pub(crate) day_of_week: DayField,
    /// Plain days of the month, bit `d` for day `d`.
    month_days: u32,
    /// The day-of-month field uses `L` or `W`, whose dates this check does not model.
    month_days_special: bool,
    /// Weekdays that occur in every month, bit 0 for Sunday.
    weekdays: u8,
    /// Weekdays selected only as the fifth of the month (`n#5`), bit 0 for Sunday.
    fifth_weekdays: u8,
    /// Months, bit `m` for month `m`.
    months: u16,
    /// The years the year field lists, or `None` when it is absent.
    years: Option<YearSet>,
    /// The year field has a `*` item, so it selects every year whatever else it lists.
    every_year: bool,
}

impl Default for Schedule {
    fn default() -> Self {
        Self {
            day_of_month: DayField::Every,
            day_of_week: DayField::NoSpecificValue,
            month_days: 0,
            month_days_special: false,
            weekdays: 0,
            fifth_weekdays: 0,
            months: 0,
            years: None,
            every_year: false,
        }
    }
}

impl Schedule {
    /// Records the shape of a day field from its text.
    pub(crate) fn set_day_field(&mut self, kind: FieldKind, text: &str) {
        let shape = match text {
            "?" => DayField::NoSpecificValue,
            "*" => DayField::Every,
            _ => DayField::Specific,
        };
        match kind {
            FieldKind::DayOfMonth => self.day_of_month = shape,
            FieldKind::DayOfWeek => self.day_of_week = shape,
            _ => {}
        }
    }

    /// Adds one parsed item of a Quartz field. Items of the time fields are ignored.
    pub(crate) fn add(&mut self, kind: FieldKind, item: &Item) {
        match kind {
            FieldKind::DayOfMonth => self.add_month_day(item),
            FieldKind::Month => {
                let months = &mut self.months;
                for_each_value(kind, item, |month| *months |= 1 << month);
            }
            FieldKind::DayOfWeek => self.add_weekday(item),
            FieldKind::Year => {
                if matches!(item, Item::All { step: None }) {
                    self.every_year = true;
                    return;
                }
                let years = self.years.get_or_insert_with(YearSet::default);
                for_each_value(kind, item, |year| years.insert(year));
            }
            FieldKind::Second | FieldKind::Minute | FieldKind::Hour => {}
        }
    }

    fn add_month_day(&mut self, item: &Item) {
        match item {
            Item::LastDayOfMonth { .. } | Item::NearestWeekday(_) => {
                self.month_days_special = true;
            }
            _ => {
                let days = &mut self.month_days;
                for_each_value(FieldKind::DayOfMonth, item, |day| *days |= 1 << day);
            }
        }
    }

    fn add_weekday(&mut self, item: &Item) {
        // Quartz numbers Sunday 1, and the masks number it 0. Day-of-week 0 is reported by its own
        // rule and selects nothing here.
        let bit = |weekday: u32| -> u8 {
            if (1..=7).contains(&weekday) {
                1 << (weekday - 1)
            } else {
                0
            }
        };
        match item {
            Item::Saturday => self.weekdays |= bit(7),
            Item::LastWeekday(weekday) => self.weekdays |= bit(weekday.value),
            Item::NthWeekday { weekday, nth } if nth.value == 5 => {
                self.fifth_weekdays |= bit(weekday.value);
            }
            Item::NthWeekday { weekday, .. } => self.weekdays |= bit(weekday.value),
            _ => {
                let weekdays = &mut self.weekdays;
                for_each_value(FieldKind::DayOfWeek, item, |weekday| {
                    *weekdays |= bit(weekday)
                });
            }
        }
    }

    /// Returns why no date can ever match, or `None` when some date can or the check cannot
    /// tell. `first_year` is the earliest year that is not yet over anywhere on Earth. Without
    /// it, past years count as possible.
    pub(crate) fn never_fires(&self, first_year: Option<u32>) -> Option<NeverFires> {
        if self.months == 0 {
            return None;
        }
        if let (Some(years), Some(first_year)) = (self.restricted_years(), first_year) {
            if years.last().is_none_or(|last| last < first_year) {
                return Some(NeverFires::Past);
            }
        }

        let month_days = self.day_of_month == DayField::Specific;
        let weekdays = self.day_of_week == DayField::Specific;
        match (month_days, weekdays) {
            // Both specific: the day-conflict rule reports it, and Quartz rejects it anyway.
            (true, true) => None,
            (true, false) => self.month_days_never_match(first_year),
            (false, true) => self.weekdays_never_match(first_year),
            (false, false) => None,
        }
    }

    fn month_days_never_match(&self, first_year: Option<u32>) -> Option<NeverFires> {
        if self.month_days_special || self.month_days == 0 {
            return None;
        }
        let first_day = self.month_days.trailing_zeros();
        let fits = |leap: bool| {
            self.selected_months()
                .any(|month| first_day <= month_length(month, leap))
        };
        if !fits(true) {
            return Some(NeverFires::DayNotInMonth);
        }
        if fits(false) {
            return None;
        }

        // Only February 29 matches, so a leap year must be selected.
        let years = self.restricted_years()?;
        if !years.iter().any(is_leap_year) {
            return Some(NeverFires::NoLeapYear);
        }
        match first_year {
            Some(first_year)
                if !years
                    .iter()
                    .any(|year| year >= first_year && is_leap_year(year)) =>
            {
                Some(NeverFires::Past)
            }
            _ => None,
        }
    }

    fn weekdays_never_match(&self, first_year: Option<u32>) -> Option<NeverFires> {
        if self.weekdays != 0 || self.fifth_weekdays == 0 {
            return None;
        }
        // Every weekday is the fifth of its kind in some month of some future year, so only a
        // restricted year field can make `n#5` impossible.
        let years = self.restricted_years()?;
        let matches_in = |year: u32| {
            self.selected_months()
                .any(|month| has_fifth_weekday(year, month, self.fifth_weekdays))
        };
        if !years.iter().any(matches_in) {
            return Some(NeverFires::NoMatchingDate);
        }
        match first_year {
            Some(first_year)
                if !years
                    .iter()
                    .filter(|&year| year >= first_year)
                    .any(matches_in) =>
            {
                Some(NeverFires::Past)
            }
            _ => None,
        }
    }

    /// Returns the years of a year field that does not select every year.
    fn restricted_years(&self) -> Option<YearSet> {
        self.years.filter(|_| !self.every_year)
    }

    fn selected_months(&self) -> impl Iterator<Item = u32> + '_ {
        (1..=12).filter(|month| self.months & (1 << month) != 0)
    }
}

/// Calls `visit` with each value a plain item selects, as Quartz's `CronExpression` expands
/// it: `*/n` and `a/n` run to the field's maximum, a range whose end is before its start wraps
/// around, and a step of 0 selects the start alone (`*/0` selects every value).
pub(crate) fn for_each_value(kind: FieldKind, item: &Item, mut visit: impl FnMut(u32)) {
    let (min, max) = match kind {
        FieldKind::DayOfWeek => (1, 7),
        _ => kind.bounds(),
    };
    let (start, end, step) = match *item {
        Item::All { step } => (min, max, step.map_or(1, |step| step.value)),
        Item::Values { start, end, step } => {
            let end = match (end, step) {
                (Some(end), _) => end.value,
                (None, Some(_)) => max,
                (None, None) => start.value,
            };
            (start.value, end, step.map_or(1, |step| step.value))
        }
        _ => return,
    };
    if step == 0 {
        if matches!(item, Item::All { .. }) {
            (min..=max).for_each(visit);
        } else {
            visit(start);
        }
        return;
    }
    if start <= end {
        (start..=end).step_by(step as usize).for_each(visit);
        return;
    }
    // Quartz adds the field's size to the end and takes each value modulo that size. The
    // one-based fields map 0 back to their maximum.
    let size = if min == 0 { max + 1 } else { max };
    for value in (start..=end + size).step_by(step as usize) {
        let wrapped = value % size;
        visit(if wrapped == 0 && min == 1 {
            size
        } else {
            wrapped
        });
    }
}

fn is_leap_year(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn month_length(month: u32, leap: bool) -> u32 {
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Returns true when some weekday in `weekdays` (bit 0 for Sunday) occurs five times in the
/// month, that is, falls on day 29, 30 or 31.
fn has_fifth_weekday(year: u32, month: u32, weekdays: u8) -> bool {
    let Some(first) = NaiveDate::from_ymd_opt(year as i32, month, 1) else {
        return false;
    };
    let first_weekday = first.weekday().num_days_from_sunday();
    let length = month_length(month, is_leap_year(year));
    (29..=length).any(|day| weekdays & (1 << ((first_weekday + day - 1) % 7)) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cron::expression::{Dialect, Fields};
    use crate::rules::cron::items::parse_field;

    fn schedule(expression: &str) -> Schedule {
        let fields = Fields::split(expression);
        let mut schedule = Schedule::default();
        for (index, token) in fields.tokens().iter().enumerate() {
            let kind = FieldKind::QUARTZ[index];
            schedule.set_day_field(kind, token.text(expression));
            parse_field(expression, *token, kind, Dialect::Quartz, |_, item| {
                schedule.add(kind, &item)
            })
            .unwrap();
        }
        schedule
    }

    fn never_fires(expression: &str) -> Option<NeverFires> {
        schedule(expression).never_fires(None)
    }

    fn values(kind: FieldKind, field: &str) -> Vec<u32> {
        let mut values = Vec::new();
        parse_field(
            field,
            crate::rules::cron::expression::Token::new(0, field.len()),
            kind,
            Dialect::Quartz,
            |_, item| for_each_value(kind, &item, |value| values.push(value)),
        )
        .unwrap();
        values
    }

    #[test]
    fn values_follow_quartz_expansion() {
        assert_eq!(values(FieldKind::Minute, "0/15"), [0, 15, 30, 45]);
        assert_eq!(values(FieldKind::Minute, "10-40/10"), [10, 20, 30, 40]);
        assert_eq!(values(FieldKind::Hour, "22-2"), [22, 23, 0, 1, 2]);
        assert_eq!(values(FieldKind::DayOfWeek, "FRI-MON"), [6, 7, 1, 2]);
        assert_eq!(values(FieldKind::DayOfWeek, "*/2"), [1, 3, 5, 7]);
        assert_eq!(values(FieldKind::Month, "NOV-FEB"), [11, 12, 1, 2]);
        assert_eq!(values(FieldKind::Month, "7/6"), [7]);
        assert_eq!(values(FieldKind::Minute, "5/0"), [5]);
        assert_eq!(values(FieldKind::Hour, "*/0").len(), 24);
    }

    #[test]
    fn day_missing_from_every_month_never_fires() {
        assert_eq!(never_fires("0 0 8 30 2 ?"), Some(NeverFires::DayNotInMonth));
        assert_eq!(
            never_fires("0 0 8 30,31 FEB ?"),
            Some(NeverFires::DayNotInMonth)
        );
        assert_eq!(
            never_fires("0 0 8 31 4,6,9,11 ?"),
            Some(NeverFires::DayNotInMonth)
        );
        assert_eq!(never_fires("0 0 8 31 4,5 ?"), None);
        assert_eq!(never_fires("0 0 8 1,31 4 ?"), None);
    }

    #[test]
    fn february_29_needs_a_leap_year() {
        assert_eq!(never_fires("0 0 8 29 2 ?"), None);
        assert_eq!(never_fires("0 0 8 29 2 ? 2028"), None);
        assert_eq!(
            never_fires("0 0 8 29 2 ? 2027"),
            Some(NeverFires::NoLeapYear)
        );
        assert_eq!(
            never_fires("0 0 8 29 2 ? 2100"),
            Some(NeverFires::NoLeapYear)
        );
        assert_eq!(
            schedule("0 0 8 29 2 ? 2024,2027").never_fires(Some(2025)),
            Some(NeverFires::Past)
        );
    }

    #[test]
    fn special_days_are_not_judged() {
        assert_eq!(never_fires("0 0 8 L 2 ?"), None);
        assert_eq!(never_fires("0 0 8 30W 2 ?"), None);
        assert_eq!(never_fires("0 0 8 L-30 2 ?"), None);
    }

    #[test]
    fn fifth_weekday_depends_on_years() {
        assert_eq!(never_fires("0 0 8 ? 2 MON#5"), None);
        // February 2027 has 28 days, so no weekday occurs five times.
        assert_eq!(
            never_fires("0 0 8 ? 2 MON#5 2027"),
            Some(NeverFires::NoMatchingDate)
        );
        // February 2032 starts on a Sunday and has 29 days.
        assert_eq!(never_fires("0 0 8 ? 2 SUN#5 2032"), None);
        assert_eq!(
            never_fires("0 0 8 ? 2 MON#5 2032"),
            Some(NeverFires::NoMatchingDate)
        );
        assert_eq!(never_fires("0 0 8 ? 2 MON#4 2027"), None);
    }

    #[test]
    fn past_years_need_the_current_year() {
        assert_eq!(never_fires("0 0 8 * * ? 2020"), None);
        assert_eq!(
            schedule("0 0 8 * * ? 2020").never_fires(Some(2026)),
            Some(NeverFires::Past)
        );
        assert_eq!(
            schedule("0 0 8 * * ? 2020-2026").never_fires(Some(2026)),
            None
        );
        assert_eq!(schedule("0 0 8 * * ?").never_fires(Some(2026)), None);
        assert_eq!(schedule("0 0 8 * * ? 2020,*").never_fires(Some(2026)), None);
    }

    #[test]
    fn specific_day_fields_not_judged() {
        assert_eq!(never_fires("0 0 8 30 2 MON"), None);
    }

    #[test]
    fn day_fields_record_their_shape() {
        let schedule = schedule("0 0 8 ? * MON");
        assert_eq!(schedule.day_of_month, DayField::NoSpecificValue);
        assert_eq!(schedule.day_of_week, DayField::Specific);
    }
}
