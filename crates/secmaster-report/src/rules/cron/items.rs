//! The grammar of one cron field: a comma-separated list of items such as `*/15`, `MON-FRI`,
//! `L-3`, `15W`, `6L` or `2#1`, following Quartz's `CronExpression`.
//!
//! The parser reads a field without allocating and hands each item to a visitor. It accepts
//! what Quartz accepts, including what croner's Quartz mode rejects: ranges that wrap, such as
//! `22-2` and `FRI-MON`, `L-3`, `*` in a list and `MONDAY`. It rejects what Quartz rejects,
//! including what croner accepts: `L` in a list, two `#` items and a month name in the
//! day-of-week field. Where Quartz silently ignores the rest of an item (`5W8`, `6LL`,
//! `MONDAY-FRIDAY`), this parser rejects it.

use super::expression::{Dialect, FieldKind, Token};

/// A number or a name in a field. Names are stored as their number in the expression's dialect
/// (`SUN` is 1 in the Quartz form and 0 in the Unix form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Number {
    pub(crate) value: u32,
    pub(crate) token: Token,
    pub(crate) is_name: bool,
}

/// A step such as `/15`. Its token covers the slash and the digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Step {
    pub(crate) value: u32,
    pub(crate) token: Token,
}

/// One item of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Item {
    /// `*`, `*/n`, or `/n`, which Quartz reads as `*/n`.
    All { step: Option<Step> },
    /// `?`: no specific value, in day-of-month or day-of-week.
    NoSpecificValue,
    /// `a`, `a-b`, `a/n` (from `a` to the field's maximum) or `a-b/n`.
    Values {
        start: Number,
        end: Option<Number>,
        step: Option<Step>,
    },
    /// Day-of-month `L`, `L-n`, `LW` or `L-nW`: the last day of the month, `n` days before it, or
    /// the weekday nearest to it.
    LastDayOfMonth {
        offset: Option<Number>,
        nearest_weekday: bool,
    },
    /// Day-of-month `nW`: the weekday nearest to day `n`.
    NearestWeekday(Number),
    /// Day-of-week `L` alone, which Quartz reads as Saturday.
    Saturday,
    /// Day-of-week `nL`: the last such weekday of the month.
    LastWeekday(Number),
    /// Day-of-week `n#k`: the k-th such weekday of the month.
    NthWeekday { weekday: Number, nth: Number },
}

/// A field that does not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldError {
    /// The offending characters.
    pub(crate) token: Token,
    /// The field the error is in.
    pub(crate) field: FieldKind,
    pub(crate) kind: FieldErrorKind,
    /// The rule is Quartz's own: croner's Quartz mode accepts the field, so it must not be asked
    /// to confirm the error.
    pub(crate) quartz_only: bool,
}

/// The reason a field does not parse. The message built from it quotes the error's token,
/// unless the variant names another token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldErrorKind {
    /// The field has only commas, such as `,`.
    Empty,
    /// `?` next to other items, such as `?,1`.
    NoSpecificValueInList,
    /// `?` outside the day-of-month and day-of-week fields.
    NoSpecificValueMisplaced,
    /// `L` next to other items (Quartz only).
    LastInList,
    /// A second `n#k` item in the day-of-week field (Quartz only).
    SecondNthWeekday,
    /// `L-n` with `n` larger than 30.
    LastDayOffsetTooLarge,
    /// A written-out name followed by more of the item, such as `MONDAY-FRIDAY`, which Quartz
    /// reads as its first three letters alone. The token covers the whole item.
    SpelledOutName,
    /// A range whose end is before its start where ranges cannot wrap (years, the Unix form).
    ReversedRange,
    /// `#` followed by anything but a number from 1 to 5.
    NthOutOfRange,
    /// `/` without a number after it.
    MissingStep,
    /// A step larger than the field allows (Quartz only). The token covers the slash and the
    /// number, and `number` the number alone.
    StepTooLarge { number: Token, max: u32 },
    /// Letters that are neither a month nor a day name, such as `FOO`.
    UnknownName,
    /// A month name in the day-of-week field (Quartz only). `name` is its first three letters.
    MonthNameInWeekday { name: Token },
    /// A day name in the month field (Quartz only). `name` is its first three letters.
    WeekdayNameInMonth { name: Token },
    /// A month or day name in a field that takes only numbers (Quartz only). `name` is its first
    /// three letters.
    NameInNumericField { name: Token },
    /// A value outside the field's range, given as the messages show it.
    OutOfRange { min: u32, max: u32 },
    /// The item ends right after the token, such as `1-`.
    UnexpectedEnd,
    /// The token is a character that cannot appear there.
    UnexpectedCharacter,
}

impl FieldError {
    fn new(token: Token, field: FieldKind, kind: FieldErrorKind) -> Self {
        Self {
            token,
            field,
            kind,
            quartz_only: false,
        }
    }

    fn quartz_only(token: Token, field: FieldKind, kind: FieldErrorKind) -> Self {
        Self {
            token,
            field,
            kind,
            quartz_only: true,
        }
    }
}

const MONTHS: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
pub(crate) const WEEKDAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/// Names written out that Quartz reads by their first three letters, as it reads `MONDAY` as
/// `MON`. Quartz ignores any letters after the third, but only real names are accepted here.
const SPELLED_OUT: [&str; 23] = [
    "SUNDAY",
    "MONDAY",
    "TUESDAY",
    "TUES",
    "WEDNESDAY",
    "THURSDAY",
    "THUR",
    "THURS",
    "FRIDAY",
    "SATURDAY",
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "SEPT",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
    "MAY",
];

/// Numbers with more digits than this are out of range in every field. Reading stops growing
/// the value there, so `99999999999999999999` cannot overflow.
const MAX_DIGITS: usize = 9;

/// Parses field `field` of `expression` and calls `visit` with each item and its token, in
/// order. Empty items (`1,,2`, a trailing comma) are skipped, as Quartz skips them. The
/// expression must be ASCII.
pub(crate) fn parse_field(
    expression: &str,
    field: Token,
    kind: FieldKind,
    dialect: Dialect,
    mut visit: impl FnMut(Token, Item),
) -> Result<(), FieldError> {
    let bytes = expression.as_bytes();
    let mut items = 0usize;
    let mut has_last = false;
    let mut first_nth: Option<Token> = None;
    let mut no_specific: Option<Token> = None;
    let mut start = field.start;

    while start <= field.end {
        let end = bytes[start..field.end]
            .iter()
            .position(|&byte| byte == b',')
            .map_or(field.end, |offset| start + offset);
        let token = Token::new(start, end);
        start = end + 1;
        if token.start == token.end {
            continue;
        }

        let item = parse_item(expression, token, kind, dialect)?;
        items += 1;
        match item {
            Item::NoSpecificValue => no_specific = Some(token),
            Item::LastDayOfMonth { .. } | Item::Saturday | Item::LastWeekday(_) => has_last = true,
            Item::NthWeekday { .. } => {
                if first_nth.is_some() && dialect == Dialect::Quartz {
                    return Err(FieldError::quartz_only(
                        token,
                        kind,
                        FieldErrorKind::SecondNthWeekday,
                    ));
                }
                first_nth = Some(token);
            }
            _ => {}
        }
        visit(token, item);
    }

    if items == 0 {
        return Err(FieldError::quartz_only(field, kind, FieldErrorKind::Empty));
    }
    if let Some(token) = no_specific.filter(|_| items > 1) {
        return Err(FieldError::new(
            token,
            kind,
            FieldErrorKind::NoSpecificValueInList,
        ));
    }
    if has_last && items > 1 && dialect == Dialect::Quartz {
        return Err(FieldError::quartz_only(
            field,
            kind,
            FieldErrorKind::LastInList,
        ));
    }
    Ok(())
}

/// A position in one item.
struct Cursor<'a> {
    bytes: &'a [u8],
    position: usize,
    end: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        (self.position < self.end).then(|| self.bytes[self.position].to_ascii_uppercase())
    }

    fn at_end(&self) -> bool {
        self.position >= self.end
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.position += 1;
            true
        } else {
            false
        }
    }
}

fn parse_item(
    expression: &str,
    token: Token,
    kind: FieldKind,
    dialect: Dialect,
) -> Result<Item, FieldError> {
    let mut cursor = Cursor {
        bytes: expression.as_bytes(),
        position: token.start,
        end: token.end,
    };
    let first = cursor.peek().unwrap_or(b',');

    let item = match first {
        b'?' => {
            cursor.position += 1;
            if !cursor.at_end() {
                // croner reads `?` as `*`, so it accepts `?/2`, which Quartz rejects.
                let mut error = unexpected(&cursor, kind);
                error.quartz_only = true;
                return Err(error);
            }
            if !matches!(kind, FieldKind::DayOfMonth | FieldKind::DayOfWeek) {
                return Err(FieldError::new(
                    Token::new(token.start, token.start + 1),
                    kind,
                    FieldErrorKind::NoSpecificValueMisplaced,
                ));
            }
            Item::NoSpecificValue
        }
        b'*' | b'/' => {
            if first == b'*' {
                cursor.position += 1;
            }
            let step = parse_step(expression, &mut cursor, kind, dialect, true)?;
            Item::All { step }
        }
        b'L' if kind == FieldKind::DayOfMonth => {
            cursor.position += 1;
            let offset = if cursor.eat(b'-') {
                // `parse_number` rejects every name in the day-of-month field, so the offset is
                // a number.
                let offset = parse_number(expression, &mut cursor, kind, dialect)?;
                if offset.value > 30 {
                    return Err(FieldError::quartz_only(
                        offset.token,
                        kind,
                        FieldErrorKind::LastDayOffsetTooLarge,
                    ));
                }
                Some(offset)
            } else {
                None
            };
            let nearest_weekday = cursor.eat(b'W');
            Item::LastDayOfMonth {
                offset,
                nearest_weekday,
            }
        }
        b'L' if kind == FieldKind::DayOfWeek && token.end - token.start == 1 => {
            cursor.position += 1;
            Item::Saturday
        }
        _ => parse_values(expression, &mut cursor, kind, dialect)?,
    };

    if !cursor.at_end() {
        return Err(unexpected(&cursor, kind));
    }
    Ok(item)
}

/// Parses an item that starts with a number or a name: `a`, `a-b`, `a/n`, `a-b/n`, `nW`, `nL`
/// or `n#k`.
fn parse_values(
    expression: &str,
    cursor: &mut Cursor<'_>,
    kind: FieldKind,
    dialect: Dialect,
) -> Result<Item, FieldError> {
    let start = parse_number(expression, cursor, kind, dialect)?;
    if is_spelled_out(start) && !cursor.at_end() {
        return Err(FieldError::new(
            Token::new(start.token.start, cursor.end),
            kind,
            FieldErrorKind::SpelledOutName,
        ));
    }
    match cursor.peek() {
        Some(b'-') => {
            cursor.position += 1;
            let end = parse_number(expression, cursor, kind, dialect)?;
            check_value(start, kind, dialect)?;
            check_value(end, kind, dialect)?;
            let wraps = start.value > end.value;
            if wraps && (kind == FieldKind::Year || dialect == Dialect::Unix) {
                return Err(FieldError::new(
                    Token::new(start.token.start, end.token.end),
                    kind,
                    FieldErrorKind::ReversedRange,
                ));
            }
            let step = parse_step(expression, cursor, kind, dialect, false)?;
            Ok(Item::Values {
                start,
                end: Some(end),
                step,
            })
        }
        Some(b'/') => {
            check_value(start, kind, dialect)?;
            let step = parse_step(expression, cursor, kind, dialect, true)?;
            Ok(Item::Values {
                start,
                end: None,
                step,
            })
        }
        Some(b'W') if kind == FieldKind::DayOfMonth => {
            cursor.position += 1;
            check_value(start, kind, dialect)?;
            Ok(Item::NearestWeekday(start))
        }
        Some(b'L') if kind == FieldKind::DayOfWeek => {
            cursor.position += 1;
            check_weekday(start, dialect)?;
            Ok(Item::LastWeekday(start))
        }
        Some(b'#') if kind == FieldKind::DayOfWeek => {
            cursor.position += 1;
            check_weekday(start, dialect)?;
            let nth = parse_number(expression, cursor, kind, dialect)?;
            if nth.is_name || !(1..=5).contains(&nth.value) {
                return Err(FieldError::new(
                    nth.token,
                    kind,
                    FieldErrorKind::NthOutOfRange,
                ));
            }
            Ok(Item::NthWeekday {
                weekday: start,
                nth,
            })
        }
        _ => {
            check_value(start, kind, dialect)?;
            Ok(Item::Values {
                start,
                end: None,
                step: None,
            })
        }
    }
}

/// Parses an optional `/n`. `single_start` is true after `*`, nothing or one value, where Quartz
/// checks the step against the field's maximum.
fn parse_step(
    expression: &str,
    cursor: &mut Cursor<'_>,
    kind: FieldKind,
    dialect: Dialect,
    single_start: bool,
) -> Result<Option<Step>, FieldError> {
    let slash = cursor.position;
    if !cursor.eat(b'/') {
        return Ok(None);
    }
    if !cursor.peek().is_some_and(|byte| byte.is_ascii_digit()) {
        return Err(FieldError::new(
            Token::new(slash, (cursor.position + 1).min(cursor.end)),
            kind,
            FieldErrorKind::MissingStep,
        ));
    }
    let number = parse_number(expression, cursor, kind, dialect)?;
    let step = Step {
        value: number.value,
        token: Token::new(slash, number.token.end),
    };
    if let Some(max) = kind
        .max_step()
        .filter(|_| single_start && dialect == Dialect::Quartz)
    {
        if step.value > max {
            return Err(FieldError::quartz_only(
                step.token,
                kind,
                FieldErrorKind::StepTooLarge {
                    number: number.token,
                    max,
                },
            ));
        }
    }
    Ok(Some(step))
}

/// Parses digits or a three-letter name. The value is not range-checked here.
fn parse_number(
    expression: &str,
    cursor: &mut Cursor<'_>,
    kind: FieldKind,
    dialect: Dialect,
) -> Result<Number, FieldError> {
    let start = cursor.position;
    match cursor.peek() {
        Some(byte) if byte.is_ascii_digit() => {
            let mut value: u32 = 0;
            let mut digits = 0;
            while let Some(digit) = cursor.peek().filter(u8::is_ascii_digit) {
                if digits < MAX_DIGITS {
                    value = value * 10 + u32::from(digit - b'0');
                } else {
                    value = u32::MAX;
                }
                digits += 1;
                cursor.position += 1;
            }
            Ok(Number {
                value,
                token: Token::new(start, cursor.position),
                is_name: false,
            })
        }
        Some(byte) if byte.is_ascii_alphabetic() => parse_name(expression, cursor, kind, dialect),
        _ => Err(unexpected(cursor, kind)),
    }
}

fn parse_name(
    expression: &str,
    cursor: &mut Cursor<'_>,
    kind: FieldKind,
    dialect: Dialect,
) -> Result<Number, FieldError> {
    let start = cursor.position;
    let mut letters_end = start;
    while letters_end < cursor.end && cursor.bytes[letters_end].is_ascii_alphabetic() {
        letters_end += 1;
    }
    let letters = Token::new(start, letters_end);
    let length = letters_end - start;
    let spelled_out = length > 3
        && SPELLED_OUT
            .iter()
            .any(|name| name.eq_ignore_ascii_case(letters.text(expression)));
    // `FRIL` is `FRI` followed by the `L` of "last Friday of the month".
    let last_weekday = length == 4
        && kind == FieldKind::DayOfWeek
        && cursor.bytes[letters_end - 1].eq_ignore_ascii_case(&b'L');
    let name_end = if last_weekday { start + 3 } else { letters_end };
    let name = if spelled_out {
        letters
    } else {
        Token::new(start, name_end)
    };
    // A written-out name is read by its first three letters.
    let prefix = if spelled_out {
        Token::new(start, start + 3)
    } else {
        name
    };
    let text = prefix.text(expression);

    let month = MONTHS
        .iter()
        .position(|month| month.eq_ignore_ascii_case(text));
    let weekday = WEEKDAYS
        .iter()
        .position(|day| day.eq_ignore_ascii_case(text));
    let value = match (kind, month, weekday) {
        (FieldKind::Month, Some(index), _) => index as u32 + 1,
        (FieldKind::DayOfWeek, _, Some(index)) => match dialect {
            Dialect::Quartz => index as u32 + 1,
            Dialect::Unix => index as u32,
        },
        (_, None, None) => {
            return Err(FieldError::new(letters, kind, FieldErrorKind::UnknownName));
        }
        // croner replaces names anywhere in the expression, so only Quartz rejects these.
        (FieldKind::DayOfWeek, Some(_), None) => {
            return Err(FieldError::quartz_only(
                name,
                kind,
                FieldErrorKind::MonthNameInWeekday { name: prefix },
            ));
        }
        (FieldKind::Month, None, Some(_)) => {
            return Err(FieldError::quartz_only(
                name,
                kind,
                FieldErrorKind::WeekdayNameInMonth { name: prefix },
            ));
        }
        _ => {
            return Err(FieldError::quartz_only(
                name,
                kind,
                FieldErrorKind::NameInNumericField { name: prefix },
            ));
        }
    };
    cursor.position = name_end;
    Ok(Number {
        value,
        token: name,
        is_name: true,
    })
}

/// Returns true for a name written out, such as `MONDAY`.
fn is_spelled_out(number: Number) -> bool {
    number.is_name && number.token.end - number.token.start > 3
}

/// Checks that a value is within its field's range.
fn check_value(number: Number, kind: FieldKind, dialect: Dialect) -> Result<(), FieldError> {
    let (min, max) = kind.bounds();
    if (min..=max).contains(&number.value) {
        return Ok(());
    }
    // Day-of-week 0 is accepted only for the weekday-zero rule, so the Quartz range shown is 1-7.
    let (min, max) = match (kind, dialect) {
        (FieldKind::DayOfWeek, Dialect::Quartz) => (1, 7),
        _ => (min, max),
    };
    let error = FieldError::new(number.token, kind, FieldErrorKind::OutOfRange { min, max });
    // croner accepts years from 1 to 5000, and Quartz documents 1970-2199.
    if kind == FieldKind::Year && (1..=5000).contains(&number.value) {
        return Err(FieldError {
            quartz_only: true,
            ..error
        });
    }
    Err(error)
}

fn check_weekday(number: Number, dialect: Dialect) -> Result<(), FieldError> {
    check_value(number, FieldKind::DayOfWeek, dialect)
}

fn unexpected(cursor: &Cursor<'_>, kind: FieldKind) -> FieldError {
    let position = cursor.position.min(cursor.end);
    if position >= cursor.end {
        let before = position.saturating_sub(1);
        return FieldError::new(
            Token::new(before, position),
            kind,
            FieldErrorKind::UnexpectedEnd,
        );
    }
    FieldError {
        token: Token::new(position, position + 1),
        field: kind,
        kind: FieldErrorKind::UnexpectedCharacter,
        // croner reads a leading `+` in day-of-week as "match both day fields".
        quartz_only: cursor.bytes[position] == b'+',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(field: &str, kind: FieldKind, dialect: Dialect) -> Result<Vec<Item>, FieldError> {
        let mut items = Vec::new();
        parse_field(
            field,
            Token::new(0, field.len()),
            kind,
            dialect,
            |_, item| items.push(item),
        )?;
        Ok(items)
    }

    fn quartz(field: &str, kind: FieldKind) -> Result<Vec<Item>, FieldError> {
        items(field, kind, Dialect::Quartz)
    }

    fn number(value: u32, start: usize, end: usize) -> Number {
        Number {
            value,
            token: Token::new(start, end),
            is_name: false,
        }
    }

    #[test]
    fn parses_steps() {
        let parsed = quartz("0/15", FieldKind::Minute).unwrap();
        assert_eq!(
            parsed,
            [Item::Values {
                start: number(0, 0, 1),
                end: None,
                step: Some(Step {
                    value: 15,
                    token: Token::new(1, 4)
                }),
            }]
        );
        assert!(matches!(
            quartz("*/5", FieldKind::Minute).unwrap()[..],
            [Item::All {
                step: Some(Step { value: 5, .. })
            }]
        ));
        assert!(matches!(
            quartz("/5", FieldKind::Minute).unwrap()[..],
            [Item::All {
                step: Some(Step { value: 5, .. })
            }]
        ));
    }

    #[test]
    fn parses_names_in_any_case() {
        let parsed = quartz("mon-Fri", FieldKind::DayOfWeek).unwrap();
        let [Item::Values {
            start,
            end: Some(end),
            step: None,
        }] = parsed[..]
        else {
            panic!("{parsed:?}");
        };
        assert_eq!((start.value, end.value), (2, 6));
        assert!(start.is_name);
        assert!(end.is_name);

        let parsed = items("MON-FRI", FieldKind::DayOfWeek, Dialect::Unix).unwrap();
        let [Item::Values {
            start,
            end: Some(end),
            ..
        }] = parsed[..]
        else {
            panic!("{parsed:?}");
        };
        assert_eq!((start.value, end.value), (1, 5));
    }

    #[test]
    fn parses_quartz_day_specials() {
        assert!(matches!(
            quartz("L", FieldKind::DayOfMonth).unwrap()[..],
            [Item::LastDayOfMonth {
                offset: None,
                nearest_weekday: false
            }]
        ));
        assert!(matches!(
            quartz("LW", FieldKind::DayOfMonth).unwrap()[..],
            [Item::LastDayOfMonth {
                offset: None,
                nearest_weekday: true
            }]
        ));
        assert!(matches!(
            quartz("L-3W", FieldKind::DayOfMonth).unwrap()[..],
            [Item::LastDayOfMonth {
                offset: Some(Number { value: 3, .. }),
                nearest_weekday: true
            }]
        ));
        assert!(matches!(
            quartz("15W", FieldKind::DayOfMonth).unwrap()[..],
            [Item::NearestWeekday(Number { value: 15, .. })]
        ));
        assert!(matches!(
            quartz("L", FieldKind::DayOfWeek).unwrap()[..],
            [Item::Saturday]
        ));
        assert!(matches!(
            quartz("6L", FieldKind::DayOfWeek).unwrap()[..],
            [Item::LastWeekday(Number { value: 6, .. })]
        ));
        assert!(matches!(
            quartz("FRIL", FieldKind::DayOfWeek).unwrap()[..],
            [Item::LastWeekday(Number {
                value: 6,
                is_name: true,
                ..
            })]
        ));
        assert!(matches!(
            quartz("MON#2", FieldKind::DayOfWeek).unwrap()[..],
            [Item::NthWeekday {
                weekday: Number { value: 2, .. },
                nth: Number { value: 2, .. }
            }]
        ));
    }

    #[test]
    fn reads_spelled_out_names_by_three_letters() {
        let parsed = quartz("MONDAY", FieldKind::DayOfWeek).unwrap();
        let [Item::Values {
            start,
            end: None,
            step: None,
        }] = parsed[..]
        else {
            panic!("{parsed:?}");
        };
        assert_eq!(start.value, 2);
        assert_eq!(start.token, Token::new(0, 6));
        assert!(quartz("MON-FRIDAY", FieldKind::DayOfWeek).is_ok());
        assert!(quartz("january", FieldKind::Month).is_ok());

        let error = quartz("MONDAY-FRIDAY", FieldKind::DayOfWeek).unwrap_err();
        assert_eq!(error.token, Token::new(0, 13));
        assert_eq!(error.kind, FieldErrorKind::SpelledOutName);
        assert!(quartz("MONX", FieldKind::DayOfWeek).is_err());
        let error = quartz("MONDAY", FieldKind::Month).unwrap_err();
        assert!(error.quartz_only);
        // The message names what Quartz reads: `MON`, the first three letters.
        assert_eq!(
            error.kind,
            FieldErrorKind::WeekdayNameInMonth {
                name: Token::new(0, 3)
            }
        );
    }

    #[test]
    fn accepts_wrapping_ranges_in_quartz_only() {
        assert!(quartz("22-2", FieldKind::Hour).is_ok());
        assert!(quartz("FRI-MON", FieldKind::DayOfWeek).is_ok());
        assert!(quartz("NOV-FEB", FieldKind::Month).is_ok());
        let error = items("22-2", FieldKind::Hour, Dialect::Unix).unwrap_err();
        assert_eq!(error.token, Token::new(0, 4));
        assert!(quartz("2031-2030", FieldKind::Year).is_err());
    }

    #[test]
    fn skips_empty_items() {
        assert_eq!(quartz("1,,2,", FieldKind::Hour).unwrap().len(), 2);
        assert!(quartz(",", FieldKind::Hour).unwrap_err().quartz_only);
    }

    #[test]
    fn rejects_out_of_range_values_at_their_token() {
        let error = quartz("1,24", FieldKind::Hour).unwrap_err();
        assert_eq!(error.token, Token::new(2, 4));
        assert_eq!(error.field, FieldKind::Hour);
        assert_eq!(error.kind, FieldErrorKind::OutOfRange { min: 0, max: 23 });
        assert!(!error.quartz_only);

        let error = quartz("99999999999999999999", FieldKind::DayOfWeek).unwrap_err();
        assert_eq!(error.token, Token::new(0, 20));
        assert_eq!(error.kind, FieldErrorKind::OutOfRange { min: 1, max: 7 });
    }

    #[test]
    fn accepts_weekday_zero_for_its_own_rule() {
        assert!(quartz("0", FieldKind::DayOfWeek).is_ok());
        assert!(quartz("0-4", FieldKind::DayOfWeek).is_ok());
        assert!(quartz("8", FieldKind::DayOfWeek).is_err());
    }

    #[test]
    fn accepts_step_zero_for_its_own_rule() {
        assert!(quartz("*/0", FieldKind::Minute).is_ok());
        assert!(quartz("5/0", FieldKind::Minute).is_ok());
    }

    #[test]
    fn rejects_quartz_only_restrictions() {
        for (field, kind) in [
            ("L,15", FieldKind::DayOfMonth),
            ("6L,2", FieldKind::DayOfWeek),
            ("2#1,6#3", FieldKind::DayOfWeek),
            ("MAR", FieldKind::DayOfWeek),
            ("MON", FieldKind::Month),
            ("JAN", FieldKind::Hour),
            ("0/60", FieldKind::Second),
            ("*/8", FieldKind::DayOfWeek),
            ("L-31", FieldKind::DayOfMonth),
            ("1969", FieldKind::Year),
        ] {
            let error = quartz(field, kind).unwrap_err();
            assert!(error.quartz_only, "{field}: {error:?}");
        }
    }

    #[test]
    fn rejects_malformed_items() {
        for (field, kind) in [
            ("", FieldKind::Hour),
            ("1-", FieldKind::Hour),
            ("*/", FieldKind::Hour),
            ("1/x", FieldKind::Hour),
            ("?", FieldKind::Hour),
            ("?,1", FieldKind::DayOfMonth),
            ("FOO", FieldKind::Month),
            ("W", FieldKind::DayOfMonth),
            ("15W", FieldKind::DayOfWeek),
            ("2#6", FieldKind::DayOfWeek),
            ("2#", FieldKind::DayOfWeek),
            ("+MON", FieldKind::DayOfWeek),
            ("1-2-3", FieldKind::Hour),
            ("L-", FieldKind::DayOfMonth),
        ] {
            assert!(quartz(field, kind).is_err(), "{field} should be rejected");
        }
    }

    #[test]
    fn error_names_unexpected_character() {
        let error = quartz("1-5x", FieldKind::Hour).unwrap_err();
        assert_eq!(error.token, Token::new(3, 4));
        assert_eq!(error.kind, FieldErrorKind::UnexpectedCharacter);
    }
}
