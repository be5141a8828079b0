//! Every cron diagnostic renders in Simplified Chinese without English outside backticks. The
//! diagnostics come from the conformance corpus, from a table that reaches every cron message
//! and help key, and from generated expressions.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use secmaster_report::{validate, Diagnostic, Locale, Options, RuleLevel};
use serde_json::Value;

const CRON_CODES: [&str; 7] = [
    "SR203", "SR204", "SR205", "SR206", "SR207", "SR208", "SR209",
];

/// ASCII words that may stay in Chinese text: product and standard names, and the day and
/// month names of cron syntax.
const ALLOWED_WORDS: &[&str] = &[
    "Quartz", "Unix", "cron", "UTC", "ASCII", "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT",
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];

/// 2025-12-01T00:00:00Z, the current time of the corpus's time-dependent cases.
const NOW_MS: i64 = 1_764_547_200_000;

/// Expressions that reach every cron message and help key, and every field name.
const TABLE: &[&str] = &[
    // One error of each kind in the Quartz form.
    "0 0 8 ? * ,",
    "0 0 8 ?,1 * MON",
    "0 ? 8 ? * MON",
    "0 0 8 L,15 * ?",
    "0 0 8 ? * 2#1,6#3",
    "0 0 8 L-MON * ?",
    "0 0 8 L-31 * ?",
    "0 0 8 ? * MONDAY-FRIDAY",
    "0 0 8 * * ? 2031-2030",
    "0 0 8 ? * MON#9",
    "0 0/ 8 * * ?",
    "0 0/60 8 ? * MON",
    "0 0 8 ? FOO *",
    "0 0 8 ? * MONX",
    "0 0 FOO * * ?",
    "0 0 8 ? * MAR",
    "0 0 8 ? MON *",
    "0 0 JAN * * ?",
    "0 0 8 ? * 1-",
    "0 0 8 ? * 1x",
    // Out of range in each field.
    "60 0 8 * * ?",
    "0 60 8 * * ?",
    "0 0 25 ? * MON",
    "0 0 8 32 * ?",
    "0 0 8 ? 13 *",
    "0 0 8 ? * 8",
    "0 0 8 ? * MON 1969",
    // The expression as a whole.
    "   ",
    "0 8 *",
    "0 0 8 ? * MON 2030 x y",
    "0\u{3000}0 8 * * ?",
    "0 0 8 ? * \u{ff2d}\u{ff2f}\u{ff2e}",
    "0 0 8 ? * \u{feff}",
    "@reboot",
    "@sometimes",
    // The Unix form, valid and invalid.
    "0 8 * * 1-5",
    "0 8 1 * 1",
    "@daily",
    "99 8 * * *",
    "0 8 * * FOO",
    "0 8 5-1 * *",
    "0 8 * * 1#9",
    "0 8 * FOO *",
    // The other rules.
    "0 */0 8 ? * MON",
    "0 0 8 ? * 0,6",
    "0 0 8 ? * 1-0",
    "0 0 8 ? * 2-6",
    "0 0 8 15 * MON",
    "0 0 8 * * MON",
    "0 0 8 ? * ?",
    "0 0 8 30 2 ?",
    "0 0 8 29 FEB ? 2027",
    "0 0 8 ? 2 MON#5 2027",
    "0 0 8 * * ? 2020",
];

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

fn case_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            case_files(&path, files);
        } else if path
            .extension()
            .is_some_and(|extension| extension == "json")
        {
            files.push(path);
        }
    }
}

/// Returns the body text of a case as `tests/corpus.rs` builds it: `input_text` as is, or
/// `input` serialised with indentation.
fn case_input(case: &Value) -> String {
    match (&case["input_text"], &case["input"]) {
        (Value::String(text), _) => text.clone(),
        (_, input) => serde_json::to_string_pretty(input).unwrap(),
    }
}

fn case_options(case: &Value) -> Options {
    let mut options = Options::default();
    let settings = &case["options"];
    options.workspace_id = settings["workspace_id"].as_str().map(str::to_owned);
    options.project_id = settings["project_id"].as_str().map(str::to_owned);
    options.now_ms = settings["now_ms"].as_i64();
    if let Some(rules) = settings["rules"].as_object() {
        for (rule, level) in rules {
            let level: RuleLevel = level.as_str().unwrap().parse().unwrap();
            options.set_rule_level(rule, level).unwrap();
        }
    }
    options
}

/// Returns the cron diagnostics of the corpus cases in the cron rule folders and the cron
/// adversarial cases, with the case file of each.
fn corpus_diagnostics() -> Vec<(String, Diagnostic)> {
    let dir = cases_dir();
    let mut files = Vec::new();
    for folder in ["rules", "adversarial"] {
        case_files(&dir.join(folder), &mut files);
    }
    files.retain(|file| {
        let name = file
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        name.starts_with("rules/cron-") || name.starts_with("adversarial/cron-")
    });
    assert!(files.len() > 50, "found only {} cron cases", files.len());

    let mut diagnostics = Vec::new();
    for file in files {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let report = validate(&case_input(&case), &case_options(&case));
        let name = file.strip_prefix(&dir).unwrap().display().to_string();
        for diagnostic in report.diagnostics {
            if CRON_CODES.contains(&diagnostic.code) {
                diagnostics.push((name.clone(), diagnostic));
            }
        }
    }
    diagnostics
}

/// Returns the cron diagnostics of a body whose only send rule is `rule`.
fn rule_diagnostics(rule: &str, options: &Options) -> Vec<Diagnostic> {
    let body = serde_json::json!({ "report_rule_infos": [{ "rule": rule }] }).to_string();
    validate(&body, options)
        .diagnostics
        .into_iter()
        .filter(|diagnostic| CRON_CODES.contains(&diagnostic.code))
        .collect()
}

/// Returns the text outside backtick-quoted spans, or `None` when a backtick is not closed.
fn outside_backticks(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() % 2 == 0 {
        return None;
    }
    Some(parts.iter().step_by(2).copied().collect())
}

/// Returns the problems of a Chinese text: ASCII words of three or more letters outside
/// backticks that are not in [`ALLOWED_WORDS`], unfilled `{placeholders}` and unclosed
/// backticks. A code point such as `U+FEFF` is not a word.
fn english_leaks(text: &str) -> Vec<String> {
    let Some(outside) = outside_backticks(text) else {
        return vec!["unclosed backtick".to_owned()];
    };
    let mut problems = Vec::new();
    if outside.contains(['{', '}']) {
        problems.push("unfilled placeholder".to_owned());
    }
    let mut position = 0;
    while let Some(offset) = outside[position..].find(|c: char| c.is_ascii_alphanumeric()) {
        let start = position + offset;
        let end = outside[start..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .map_or(outside.len(), |length| start + length);
        let word = &outside[start..end];
        let code_point = outside[..start].ends_with("U+");
        let letters = word.chars().filter(char::is_ascii_alphabetic).count();
        if !code_point && letters >= 3 && !ALLOWED_WORDS.contains(&word) {
            problems.push(format!("English word `{word}`"));
        }
        position = end;
    }
    problems
}

/// Renders the message and the help of a diagnostic in zh-CN and returns a line for each leak.
fn leaks_of(source: &str, diagnostic: &Diagnostic) -> Vec<String> {
    let mut texts = vec![diagnostic.render_message(Locale::ZhCn)];
    texts.extend(diagnostic.render_help(Locale::ZhCn));
    let mut leaks = Vec::new();
    for text in texts {
        for problem in english_leaks(&text) {
            leaks.push(format!(
                "{source} {}: {problem} in: {text}",
                diagnostic.code
            ));
        }
    }
    leaks
}

#[test]
fn leak_check_finds_english() {
    assert_eq!(
        english_leaks("Quartz cron 表达式 `0 0 25 ? * MON` 无效：hour value `25` is out of range"),
        [
            "English word `hour`",
            "English word `value`",
            "English word `out`",
            "English word `range`"
        ]
    );
    assert_eq!(
        english_leaks("意外的字符 U+1FEFF，不是 SUN"),
        Vec::<String>::new()
    );
    assert_eq!(english_leaks("`a"), ["unclosed backtick"]);
    assert_eq!(
        english_leaks("{field}字段"),
        ["unfilled placeholder", "English word `field`"]
    );
}

#[test]
fn corpus_cron_messages_are_chinese() {
    let diagnostics = corpus_diagnostics();
    assert!(
        diagnostics.len() > 30,
        "found only {} cron diagnostics in the corpus",
        diagnostics.len()
    );
    let leaks: Vec<String> = diagnostics
        .iter()
        .flat_map(|(file, diagnostic)| leaks_of(file, diagnostic))
        .collect();
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}

#[test]
fn every_cron_message_key_is_chinese() {
    let mut options = Options::default();
    options.now_ms = Some(NOW_MS);
    let mut leaks = Vec::new();
    let mut used = BTreeSet::new();
    for rule in TABLE {
        let diagnostics = rule_diagnostics(rule, &options);
        assert!(!diagnostics.is_empty(), "`{rule}` has no cron diagnostic");
        for diagnostic in &diagnostics {
            leaks.extend(leaks_of(&format!("`{rule}`"), diagnostic));
            let messages = std::iter::once(&diagnostic.message).chain(&diagnostic.help);
            for message in messages {
                used.insert(message.id.to_owned());
                for param in message.params.iter().filter(|param| param.term) {
                    used.insert(param.value.clone());
                }
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));

    let unused: Vec<&str> = Locale::En
        .catalogue()
        .iter()
        .map(|(key, _)| *key)
        .filter(|key| key.starts_with("cron-") || key.starts_with("cron."))
        .filter(|key| !used.contains(*key))
        .collect();
    assert!(
        unused.is_empty(),
        "no expression of the table renders these keys: {unused:?}"
    );
}

#[test]
fn generated_cron_messages_are_chinese() {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet: Vec<char> = "0123456789*/,-?LW# \tJANMONFRIDAYxyz+@\u{3000}\u{e9}"
        .chars()
        .collect();
    let options = Options::default();
    let mut leaks = Vec::new();
    for _ in 0..2000 {
        let length = 1 + (next() % 30) as usize;
        let rule: String = (0..length)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        for diagnostic in rule_diagnostics(&rule, &options) {
            leaks.extend(leaks_of(&format!("{rule:?}"), &diagnostic));
        }
    }
    leaks.sort();
    leaks.dedup();
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}
