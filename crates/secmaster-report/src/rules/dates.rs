//! Dates and times written by hand: RFC 3339 and plain dates, read into epoch milliseconds and
//! written back as UTC. chrono's parsers and formatters would triple the size of this code in
//! the WebAssembly build, and the checker needs only these fixed forms.

const DAY_MILLIS: i64 = 86_400_000;

/// Returns true for a real calendar date.
pub(crate) fn is_valid_date(year: i64, month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Returns the number of days from 1970-01-01 to a date of the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_index + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Returns the date of a day counted from 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Reads digits at a fixed position.
fn number(bytes: &[u8], range: std::ops::Range<usize>) -> Option<u32> {
    let digits = bytes.get(range)?;
    digits.iter().all(u8::is_ascii_digit).then(|| {
        digits
            .iter()
            .fold(0, |value, digit| value * 10 + u32::from(digit - b'0'))
    })
}

/// Reads `YYYY-MM-DD` into the epoch milliseconds of its midnight, UTC.
pub(crate) fn parse_date(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let (year, month, day) = (
        i64::from(number(bytes, 0..4)?),
        number(bytes, 5..7)?,
        number(bytes, 8..10)?,
    );
    is_valid_date(year, month, day).then(|| days_from_civil(year, month, day) * DAY_MILLIS)
}

/// Reads `YYYY-MM-DDTHH:MM:SS` into epoch milliseconds, taken as UTC, and returns the rest of
/// the text after the seconds.
pub(crate) fn parse_local(text: &str) -> Option<(i64, &str)> {
    let bytes = text.as_bytes();
    let separators = bytes.get(13) == Some(&b':') && bytes.get(16) == Some(&b':');
    if !separators || !matches!(bytes.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let date = parse_date(text.get(..10)?)?;
    let (hour, minute, second) = (
        number(bytes, 11..13)?,
        number(bytes, 14..16)?,
        number(bytes, 17..19)?,
    );
    // RFC 3339 allows a leap second, 60.
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let millis = date + i64::from(hour * 3600 + minute * 60 + second) * 1000;
    Some((millis, &text[19..]))
}

/// Reads a fraction of a second, `.` and 1 to 9 digits, and returns its milliseconds and the
/// rest of the text. Text without a fraction is returned whole.
pub(crate) fn parse_fraction(text: &str) -> Option<(i64, &str)> {
    let Some(digits) = text.strip_prefix('.') else {
        return Some((0, text));
    };
    let length = digits.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=9).contains(&length) {
        return None;
    }
    let millis = digits[..length.min(3)]
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0, |value, digit| value * 10 + i64::from(digit - b'0'));
    Some((millis, &digits[length..]))
}

/// Reads an RFC 3339 offset, `Z` or `±HH:MM`, into minutes east of UTC.
fn parse_offset(text: &str) -> Option<i64> {
    if text.eq_ignore_ascii_case("z") {
        return Some(0);
    }
    let bytes = text.as_bytes();
    let sign = match bytes.first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    if bytes.len() != 6 || bytes[3] != b':' {
        return None;
    }
    let (hours, minutes) = (number(bytes, 1..3)?, number(bytes, 4..6)?);
    (hours <= 23 && minutes <= 59).then(|| sign * i64::from(hours * 60 + minutes))
}

/// Reads an RFC 3339 date and time, such as `2024-06-01T08:00:00+08:00`, into epoch milliseconds.
pub(crate) fn parse_rfc3339(text: &str) -> Option<i64> {
    let (local, rest) = parse_local(text)?;
    let (fraction, offset) = parse_fraction(rest)?;
    Some(local + fraction - parse_offset(offset)? * 60_000)
}

/// Formats epoch milliseconds as `2026-06-25 00:00:00 UTC`.
pub(crate) fn format_utc(millis: i64) -> String {
    let days = millis.div_euclid(DAY_MILLIS);
    let seconds = millis.rem_euclid(DAY_MILLIS) / 1000;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC",
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_days() {
        for days in [-719_468, -1, 0, 1, 10_957, 19_000, 2_932_896] {
            let (year, month, day) = civil_from_days(days);
            assert!(is_valid_date(year, month, day));
            assert_eq!(
                days_from_civil(year, month, day),
                days,
                "{year}-{month}-{day}"
            );
        }
    }

    #[test]
    fn rfc3339_matches_known_instants() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_rfc3339("2022-09-11T12:46:46.226Z"),
            Some(1_662_900_406_226)
        );
        assert_eq!(
            parse_rfc3339("2022-09-11T20:46:46.226+08:00"),
            Some(1_662_900_406_226)
        );
        assert_eq!(
            parse_rfc3339("2024-02-29t00:00:00z"),
            Some(1_709_164_800_000)
        );
        assert_eq!(parse_rfc3339("2023-02-29T00:00:00Z"), None);
        assert_eq!(parse_rfc3339("2024-06-01T24:00:00Z"), None);
        assert_eq!(parse_rfc3339("2024-06-01T08:00:00+0800"), None);
        assert_eq!(parse_date("2024-06-01"), Some(1_717_200_000_000));
    }

    #[test]
    fn utc_format() {
        assert_eq!(format_utc(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(format_utc(1_782_349_200_000), "2026-06-25 01:00:00 UTC");
        assert_eq!(format_utc(-1), "1969-12-31 23:59:59 UTC");
    }
}
