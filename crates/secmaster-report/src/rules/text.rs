//! Small text checks shared by rules.

/// Formats epoch milliseconds as a UTC time such as `2026-06-25 00:00:00 UTC`, or as the number
/// outside the years 1 to 9999.
pub(crate) fn utc_time(millis: i64) -> String {
    // Years beyond four digits are not dates anyone means; the number reads better.
    const YEAR_10000: i64 = 253_402_300_800_000;
    if (-62_135_596_800_000..YEAR_10000).contains(&millis) {
        super::dates::format_utc(millis)
    } else {
        millis.to_string()
    }
}

/// Returns true when every character is an ASCII digit and there is at least one.
pub(crate) fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit())
}

/// Returns true for `len` lowercase hexadecimal characters.
pub(crate) fn is_lower_hex(text: &str, len: usize) -> bool {
    text.len() == len
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Returns true for `len` hexadecimal characters of any case.
pub(crate) fn is_hex(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|byte| byte.is_ascii_hexdigit())
}

/// Returns true for a UUID in its 8-4-4-4-12 textual form, any case.
pub(crate) fn is_uuid(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(index, byte)| match index {
            8 | 13 | 18 | 23 => *byte == b'-',
            _ => byte.is_ascii_hexdigit(),
        })
}

/// Returns the number of characters, as JSON Schema counts string length.
pub(crate) fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// Strings longer than this many characters are never compared for typos.
const MAX_COMPARED_CHARS: usize = 64;

/// Returns the Damerau-Levenshtein distance (optimal string alignment) between two short
/// strings, compared without case. Strings over 64 characters compare as far apart. The work
/// stays on the stack, because rules call this for every unknown key and enumeration slip.
pub(crate) fn edit_distance(left: &str, right: &str) -> usize {
    let (Some((left, left_len)), Some((right, right_len))) =
        (lowercase_chars(left), lowercase_chars(right))
    else {
        return usize::MAX;
    };
    let (left, right) = (&left[..left_len], &right[..right_len]);

    // Three rows of the dynamic programming table: two rows back, the previous and the current.
    // Distances stay within the 64-character limit, so a byte holds each.
    let mut before = [0u8; MAX_COMPARED_CHARS + 1];
    let mut previous = [0u8; MAX_COMPARED_CHARS + 1];
    let mut current = [0u8; MAX_COMPARED_CHARS + 1];
    for (j, cell) in previous.iter_mut().enumerate() {
        *cell = j as u8;
    }
    for i in 1..=left.len() {
        current[0] = i as u8;
        for j in 1..=right.len() {
            let cost = u8::from(left[i - 1] != right[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        before = previous;
        previous = current;
    }
    usize::from(previous[right.len()])
}

/// Lowercases a string into a fixed array of characters, or returns `None` when it is too long.
fn lowercase_chars(text: &str) -> Option<([char; MAX_COMPARED_CHARS], usize)> {
    let mut chars = ['\0'; MAX_COMPARED_CHARS];
    if text.is_ascii() {
        let target = chars.get_mut(..text.len())?;
        for (slot, byte) in target.iter_mut().zip(text.bytes()) {
            *slot = char::from(byte.to_ascii_lowercase());
        }
        return Some((chars, text.len()));
    }
    let mut len = 0;
    // ASCII case folding only: Unicode case tables would add kilobytes to the WebAssembly build
    // for keys and values that are ASCII in every real request.
    for character in text.chars().map(|character| character.to_ascii_lowercase()) {
        *chars.get_mut(len)? = character;
        len += 1;
    }
    Some((chars, len))
}

/// Returns the bag distance of two ASCII strings without case: the larger count of characters
/// that one has and the other lacks, a lower bound of the edit distance. Returns `None` for
/// other text, which gets no bound.
fn bag_distance(left: &str, right: &str) -> Option<usize> {
    if !left.is_ascii() || !right.is_ascii() {
        return None;
    }
    let mut counts = [0i16; 128];
    for byte in left.bytes() {
        counts[usize::from(byte.to_ascii_lowercase())] += 1;
    }
    for byte in right.bytes() {
        counts[usize::from(byte.to_ascii_lowercase())] -= 1;
    }
    // Visit only the characters of the two strings, clearing each count once it is added.
    let (mut only_left, mut only_right) = (0usize, 0usize);
    for byte in left.bytes().chain(right.bytes()) {
        let count = &mut counts[usize::from(byte.to_ascii_lowercase())];
        if *count > 0 {
            only_left += count.unsigned_abs() as usize;
        } else {
            only_right += count.unsigned_abs() as usize;
        }
        *count = 0;
    }
    Some(only_left.max(only_right))
}

/// Returns the candidate closest to `text`, when it is close enough to be a likely typo: the
/// same word in another case, or at most a third of its characters away (at least one, at most
/// three edits).
pub(crate) fn closest<'c>(
    text: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let length = char_count(text);
    let allowed = (length / 3).clamp(1, 3);
    candidates
        .into_iter()
        // The distance is at least the difference in length and the bag distance, two cheap
        // bounds that end most comparisons before the quadratic one.
        .filter(|candidate| char_count(candidate).abs_diff(length) <= allowed)
        .filter(|candidate| bag_distance(text, candidate).is_none_or(|bound| bound <= allowed))
        .map(|candidate| (edit_distance(text, candidate), candidate))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_transpositions() {
        assert_eq!(edit_distance("weekly", "weekly"), 0);
        assert_eq!(edit_distance("Weekly", "weekly"), 0);
        assert_eq!(edit_distance("wekly", "weekly"), 1);
        assert_eq!(edit_distance("weelky", "weekly"), 1);
        assert_eq!(edit_distance("yearly", "annual"), 6);
    }

    #[test]
    fn bag_distance_bounds_edit_distance() {
        for (left, right) in [
            ("report_nmae", "report_name"),
            ("binding_button", "boa_version"),
            ("Weekly", "weekly"),
            ("abc", ""),
        ] {
            let bound = bag_distance(left, right).unwrap();
            assert!(bound <= edit_distance(left, right), "{left} {right}");
        }
        assert_eq!(bag_distance("binding_button", "binding_buttons"), Some(1));
        assert_eq!(bag_distance("中文", "abc"), None);
    }

    #[test]
    fn closest_finds_likely_typos_only() {
        let periods = ["daily", "weekly", "monthly", "annual"];
        assert_eq!(closest("WEEKLY", periods), Some("weekly"));
        assert_eq!(closest("montly", periods), Some("monthly"));
        assert_eq!(closest("yearly", periods), None);
        assert_eq!(closest("x", periods), None);
    }

    #[test]
    fn uuid_and_hex_forms() {
        assert!(is_uuid("75645d0a-93b8-4a7f-a77c-e97009389445"));
        assert!(!is_uuid("75645d0a93b84a7fa77ce97009389445"));
        assert!(is_lower_hex("b6940c3beee4413381be3f257ab6fb2d", 32));
        assert!(!is_lower_hex("B6940C3BEEE4413381BE3F257AB6FB2D", 32));
        assert!(is_hex("B6940C3BEEE4413381BE3F257AB6FB2D", 32));
    }
}
