//! Rewriting a numeric day-of-week field with day names, read with Quartz numbering (Sunday 1)
//! or Unix numbering (Sunday 0 or 7).

use std::fmt::Write as _;

use super::expression::{Dialect, FieldKind, Token};
use super::items::{parse_field, Item, Number, WEEKDAYS};
use super::schedule::for_each_value;

/// Returns the day-of-week field `field` with every number written as a name, or `None` when
/// the field has no number or does not parse. A range keeps its form when the names select the
/// same days in Quartz. A stepped range becomes a list, because Quartz ignores a step after a
/// name (`MON-FRI/2` selects Monday to Friday).
pub(crate) fn weekday_names(expression: &str, field: Token, dialect: Dialect) -> Option<String> {
    let mut names = String::new();
    let mut has_number = false;
    let mut valid = true;
    let parsed = parse_field(
        expression,
        field,
        FieldKind::DayOfWeek,
        dialect,
        |_, item| {
            if !names.is_empty() {
                names.push(',');
            }
            has_number |= has_weekday_number(&item);
            valid &= write_item(&mut names, expression, &item, dialect);
        },
    );
    (parsed.is_ok() && valid && has_number).then_some(names)
}

/// Returns true when an item writes a weekday as a number. A step is a count, not a weekday.
pub(crate) fn has_weekday_number(item: &Item) -> bool {
    let numeric = |number: &Number| !number.is_name;
    match item {
        Item::Values { start, end, .. } => numeric(start) || end.as_ref().is_some_and(numeric),
        Item::LastWeekday(weekday) | Item::NthWeekday { weekday, .. } => numeric(weekday),
        _ => false,
    }
}

/// Returns the first day-of-week number 0 of an item.
pub(crate) fn weekday_zero(item: &Item) -> Option<Token> {
    let zero = |number: &Number| (!number.is_name && number.value == 0).then_some(number.token);
    match item {
        Item::Values { start, end, .. } => zero(start).or_else(|| end.as_ref().and_then(zero)),
        Item::LastWeekday(weekday) | Item::NthWeekday { weekday, .. } => zero(weekday),
        _ => None,
    }
}

/// Appends an item written with names. Returns false when a number is not a weekday in the
/// dialect.
fn write_item(names: &mut String, expression: &str, item: &Item, dialect: Dialect) -> bool {
    match item {
        Item::All { step: None } => names.push('*'),
        Item::All { step: Some(step) } if step.value > 7 => names.push_str("SUN"),
        // `*/n` selects the same days in both numberings, because both start on Sunday.
        Item::All { step: Some(step) } => {
            names.push('*');
            names.push_str(step.token.text(expression));
        }
        Item::NoSpecificValue => names.push('?'),
        Item::Saturday => names.push('L'),
        Item::LastWeekday(weekday) => {
            let Some(name) = name_of(weekday.value, dialect) else {
                return false;
            };
            names.push_str(name);
            names.push('L');
        }
        Item::NthWeekday { weekday, nth } => {
            let Some(name) = name_of(weekday.value, dialect) else {
                return false;
            };
            let _ = write!(names, "{name}#{}", nth.value);
        }
        Item::Values { start, end, step } => {
            let Some(days) = selected_days(item, dialect) else {
                return false;
            };
            let (Some(first), last) = (
                name_of(start.value, dialect),
                end.map(|end| name_of(end.value, dialect)),
            ) else {
                return false;
            };
            match (last, step) {
                (None, None) => names.push_str(first),
                (Some(Some(last)), None) if quartz_range_days(first, last) == days => {
                    let _ = write!(names, "{first}-{last}");
                }
                _ => write_day_list(names, days),
            }
        }
        Item::LastDayOfMonth { .. } | Item::NearestWeekday(_) => return false,
    }
    true
}

/// Returns the name of a weekday number.
fn name_of(value: u32, dialect: Dialect) -> Option<&'static str> {
    let index = match dialect {
        Dialect::Quartz if (1..=7).contains(&value) => value - 1,
        Dialect::Unix if value <= 7 => value % 7,
        _ => return None,
    };
    Some(WEEKDAYS[index as usize])
}

/// Returns the days a plain item selects, bit 0 for Sunday.
fn selected_days(item: &Item, dialect: Dialect) -> Option<u8> {
    let mut days = 0u8;
    let mut valid = true;
    match (dialect, item) {
        (Dialect::Quartz, _) => for_each_value(FieldKind::DayOfWeek, item, |value| match value {
            1..=7 => days |= 1 << (value - 1),
            _ => valid = false,
        }),
        // The Unix form has no wrapping ranges, and `a/n` runs to 7, which is Sunday again.
        (Dialect::Unix, Item::Values { start, end, step }) => {
            let last = match (end, step) {
                (Some(end), _) => end.value,
                (None, Some(_)) => 7,
                (None, None) => start.value,
            };
            let step = step.map_or(1, |step| step.value.max(1)) as usize;
            for value in (start.value..=last).step_by(step) {
                match value {
                    0..=7 => days |= 1 << (value % 7),
                    _ => valid = false,
                }
            }
        }
        (Dialect::Unix, _) => valid = false,
    }
    (valid && days != 0).then_some(days)
}

/// Returns the days Quartz selects for the range `first-last` of two names.
fn quartz_range_days(first: &str, last: &str) -> u8 {
    let position = |name: &str| WEEKDAYS.iter().position(|day| *day == name).unwrap_or(0);
    let (first, last) = (position(first), position(last));
    let mut days = 0u8;
    let mut day = first;
    loop {
        days |= 1 << day;
        if day == last {
            return days;
        }
        day = (day + 1) % 7;
    }
}

fn write_day_list(names: &mut String, days: u8) {
    let mut first = true;
    for (index, name) in WEEKDAYS.iter().enumerate() {
        if days & (1 << index) != 0 {
            if !first {
                names.push(',');
            }
            names.push_str(name);
            first = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(field: &str, dialect: Dialect) -> Option<String> {
        weekday_names(field, Token::new(0, field.len()), dialect)
    }

    #[test]
    fn quartz_numbers_become_names() {
        assert_eq!(names("2-6", Dialect::Quartz).as_deref(), Some("MON-FRI"));
        assert_eq!(names("1,7", Dialect::Quartz).as_deref(), Some("SUN,SAT"));
        assert_eq!(names("2#1", Dialect::Quartz).as_deref(), Some("MON#1"));
        assert_eq!(names("6L", Dialect::Quartz).as_deref(), Some("FRIL"));
        assert_eq!(names("6-2", Dialect::Quartz).as_deref(), Some("FRI-MON"));
        assert_eq!(
            names("2-6/2", Dialect::Quartz).as_deref(),
            Some("MON,WED,FRI")
        );
        assert_eq!(
            names("1/3", Dialect::Quartz).as_deref(),
            Some("SUN,WED,SAT")
        );
        assert_eq!(names("MON,4", Dialect::Quartz).as_deref(), Some("MON,WED"));
    }

    #[test]
    fn unix_numbers_become_names() {
        assert_eq!(names("1-5", Dialect::Unix).as_deref(), Some("MON-FRI"));
        assert_eq!(names("0", Dialect::Unix).as_deref(), Some("SUN"));
        assert_eq!(names("7", Dialect::Unix).as_deref(), Some("SUN"));
        assert_eq!(names("0,6", Dialect::Unix).as_deref(), Some("SUN,SAT"));
        assert_eq!(names("1-7", Dialect::Unix).as_deref(), Some("MON-SUN"));
        assert_eq!(
            names("0-7", Dialect::Unix).as_deref(),
            Some("SUN,MON,TUE,WED,THU,FRI,SAT")
        );
        assert_eq!(
            names("1-5/2", Dialect::Unix).as_deref(),
            Some("MON,WED,FRI")
        );
    }

    #[test]
    fn fields_without_numbers_are_unchanged() {
        assert_eq!(names("MON-FRI", Dialect::Quartz), None);
        assert_eq!(names("*/2", Dialect::Quartz), None);
        assert_eq!(names("?", Dialect::Quartz), None);
        assert_eq!(names("L", Dialect::Quartz), None);
    }

    #[test]
    fn zero_has_no_quartz_name() {
        assert_eq!(names("0", Dialect::Quartz), None);
        assert_eq!(names("0-4", Dialect::Quartz), None);
    }

    #[test]
    fn steps_after_star_are_kept() {
        assert_eq!(names("*/2,3", Dialect::Quartz).as_deref(), Some("*/2,TUE"));
    }
}
