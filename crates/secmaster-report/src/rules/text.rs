//! Small text checks shared by rules. None of them allocates.

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

/// Returns the Damerau-Levenshtein distance (optimal string alignment) between two short
/// strings, compared without case. Inputs over 64 characters compare as far apart.
pub(crate) fn edit_distance(left: &str, right: &str) -> usize {
    const MAX: usize = 64;
    let left: Vec<char> = left
        .chars()
        .flat_map(char::to_lowercase)
        .take(MAX + 1)
        .collect();
    let right: Vec<char> = right
        .chars()
        .flat_map(char::to_lowercase)
        .take(MAX + 1)
        .collect();
    if left.len() > MAX || right.len() > MAX {
        return usize::MAX;
    }
    let width = right.len() + 1;
    let mut table = vec![0usize; (left.len() + 1) * width];
    for i in 0..=left.len() {
        table[i * width] = i;
    }
    for (j, cell) in table.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=left.len() {
        for j in 1..=right.len() {
            let cost = usize::from(left[i - 1] != right[j - 1]);
            let mut best = (table[(i - 1) * width + j] + 1)
                .min(table[i * width + j - 1] + 1)
                .min(table[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1] {
                best = best.min(table[(i - 2) * width + j - 2] + 1);
            }
            table[i * width + j] = best;
        }
    }
    table[left.len() * width + right.len()]
}

/// Returns the candidate closest to `text`, when it is close enough to be a likely typo: the
/// same word in another case, or at most a third of its characters away (at least one, at most
/// three edits).
pub(crate) fn closest<'c>(
    text: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let allowed = (char_count(text) / 3).clamp(1, 3);
    candidates
        .into_iter()
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
