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

/// A string folded to ASCII lowercase into a fixed array, bytes for ASCII text and characters
/// for other text, so that comparisons work on the stack: rules compare every unknown key and
/// enumeration slip against each candidate.
enum Folded {
    Ascii([u8; MAX_COMPARED_CHARS], usize),
    Chars([char; MAX_COMPARED_CHARS], usize),
}

impl Folded {
    /// Folds a string, or returns `None` when it is over 64 characters.
    fn new(text: &str) -> Option<Self> {
        if text.is_ascii() {
            let mut bytes = [0; MAX_COMPARED_CHARS];
            let target = bytes.get_mut(..text.len())?;
            for (slot, byte) in target.iter_mut().zip(text.bytes()) {
                *slot = byte.to_ascii_lowercase();
            }
            return Some(Folded::Ascii(bytes, text.len()));
        }
        let mut chars = ['\0'; MAX_COMPARED_CHARS];
        let mut len = 0;
        // ASCII case folding only: Unicode case tables would add kilobytes to the WebAssembly
        // build for keys and values that are ASCII in every real request.
        for character in text.chars() {
            *chars.get_mut(len)? = character.to_ascii_lowercase();
            len += 1;
        }
        Some(Folded::Chars(chars, len))
    }

    /// Returns the edit distance to another folded string, or `None` when it is over `limit`.
    fn distance(&self, other: &Folded, limit: usize) -> Option<usize> {
        match (self, other) {
            (Folded::Ascii(left, left_len), Folded::Ascii(right, right_len)) => {
                bounded_distance(&left[..*left_len], &right[..*right_len], limit)
            }
            _ => {
                let (left, left_len) = self.chars();
                let (right, right_len) = other.chars();
                bounded_distance(&left[..left_len], &right[..right_len], limit)
            }
        }
    }

    fn chars(&self) -> ([char; MAX_COMPARED_CHARS], usize) {
        match self {
            Folded::Ascii(bytes, len) => (bytes.map(char::from), *len),
            Folded::Chars(chars, len) => (*chars, *len),
        }
    }
}

/// Returns the Damerau-Levenshtein distance (optimal string alignment) between two sequences of
/// at most 64 items, or `None` as soon as it is sure to be over `limit`.
fn bounded_distance<T: Copy + Eq>(left: &[T], right: &[T], limit: usize) -> Option<usize> {
    if left.len().abs_diff(right.len()) > limit {
        return None;
    }
    // Three rows of the dynamic programming table: two rows back, the previous and the current.
    // Distances stay within the 64-item limit, so each fits in a byte.
    let mut before = [0u8; MAX_COMPARED_CHARS + 1];
    let mut previous = [0u8; MAX_COMPARED_CHARS + 1];
    let mut current = [0u8; MAX_COMPARED_CHARS + 1];
    for (j, cell) in previous.iter_mut().enumerate() {
        *cell = j as u8;
    }
    let width = right.len() + 1;
    let mut previous_min = 0;
    for i in 1..=left.len() {
        current[0] = i as u8;
        for j in 1..width {
            let cost = u8::from(left[i - 1] != right[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        // A row's cells are at least the smaller of the previous row's least cell and one more
        // than the least cell two rows back, so once two rows in a row exceed the limit, every
        // later row does.
        let current_min = usize::from(current[..width].iter().copied().min().unwrap_or(0));
        if current_min > limit && previous_min > limit {
            return None;
        }
        previous_min = current_min;
        before[..width].copy_from_slice(&previous[..width]);
        previous[..width].copy_from_slice(&current[..width]);
    }
    let distance = usize::from(previous[right.len()]);
    (distance <= limit).then_some(distance)
}

/// Returns the Damerau-Levenshtein distance (optimal string alignment) between two short
/// strings, compared without case. Strings over 64 characters compare as far apart.
#[cfg(test)]
fn edit_distance(left: &str, right: &str) -> usize {
    match (Folded::new(left), Folded::new(right)) {
        (Some(left), Some(right)) => left.distance(&right, usize::MAX).unwrap_or(usize::MAX),
        _ => usize::MAX,
    }
}

/// Counts the ASCII characters of a string without case, for bag distances.
fn character_counts(text: &str) -> [i16; 128] {
    let mut counts = [0i16; 128];
    for byte in text.bytes() {
        let count = &mut counts[usize::from(byte.to_ascii_lowercase() & 0x7f)];
        *count = count.saturating_add(1);
    }
    counts
}

/// Returns the bag distance between a string of `counts` and another ASCII string: the larger
/// count of characters that one has and the other lacks, a lower bound of the edit distance.
fn bag_distance_from(counts: &[i16; 128], left: &str, right: &str) -> usize {
    let mut counts = *counts;
    for byte in right.bytes() {
        let count = &mut counts[usize::from(byte.to_ascii_lowercase() & 0x7f)];
        *count = count.saturating_sub(1);
    }
    // Visit only the characters of the two strings, clearing each count once it is added.
    let (mut only_left, mut only_right) = (0usize, 0usize);
    for byte in left.bytes().chain(right.bytes()) {
        let count = &mut counts[usize::from(byte.to_ascii_lowercase() & 0x7f)];
        if *count > 0 {
            only_left += count.unsigned_abs() as usize;
        } else {
            only_right += count.unsigned_abs() as usize;
        }
        *count = 0;
    }
    only_left.max(only_right)
}

/// Returns the bag distance of two ASCII strings without case, or `None` for other text.
#[cfg(test)]
fn bag_distance(left: &str, right: &str) -> Option<usize> {
    (left.is_ascii() && right.is_ascii())
        .then(|| bag_distance_from(&character_counts(left), left, right))
}

/// Returns the candidate closest to `text`, when it is close enough to be a likely typo: the
/// same word in another case, or at most a third of its characters away (at least one, at most
/// three edits). Of equally close candidates, the first wins.
pub(crate) fn closest<'c>(
    text: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let length = char_count(text);
    let allowed = (length / 3).clamp(1, 3);
    let folded = Folded::new(text)?;
    let counts = text.is_ascii().then(|| character_counts(text));
    let mut best: Option<(usize, &'c str)> = None;
    for candidate in candidates {
        // Only a strictly closer candidate can replace the best so far.
        let limit = match best {
            Some((0, _)) => break,
            Some((distance, _)) => distance - 1,
            None => allowed,
        };
        // The distance is at least the difference in length and the bag distance, two cheap
        // bounds that end most comparisons before the quadratic one.
        if char_count(candidate).abs_diff(length) > limit {
            continue;
        }
        if let Some(counts) = &counts {
            if candidate.is_ascii() && bag_distance_from(counts, text, candidate) > limit {
                continue;
            }
        }
        let distance = Folded::new(candidate).and_then(|other| folded.distance(&other, limit));
        if let Some(distance) = distance {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
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
    fn bounded_distance_matches_full() {
        // Every string of up to five letters over "abc": the early exit must never change a
        // distance that is within the limit.
        let mut words = vec![String::new()];
        for length in 1..=5 {
            let shorter: Vec<String> = words
                .iter()
                .filter(|w| w.len() == length - 1)
                .cloned()
                .collect();
            for word in shorter {
                for letter in ['a', 'b', 'c'] {
                    words.push(format!("{word}{letter}"));
                }
            }
        }
        for left in words.iter().step_by(3) {
            for right in &words {
                let full = edit_distance(left, right);
                for limit in 0..=4 {
                    let (left, right) = (left.as_bytes(), right.as_bytes());
                    let expected = (full <= limit).then_some(full);
                    assert_eq!(
                        bounded_distance(left, right, limit),
                        expected,
                        "{left:?} {right:?}"
                    );
                }
            }
        }
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
