//! Cron expressions of send rules (`report_rule_infos[].rule`), read in the Quartz form
//! `sec min hour day-of-month month day-of-week [year]`.
//!
//! No source names SecMaster's cron dialect. The Quartz form is inferred from the seconds field
//! of its other schedulers. The fields are parsed by [`items`], which follows Quartz's
//! `CronExpression`, because neither cron crate matches Quartz on its own. The `cron` crate
//! (0.17) rejects `L`, `W` and `#`. croner 4 in its Quartz mode rejects what Quartz accepts
//! (ranges that wrap such as `22-2` and `FRI-MON`, `L-3`, `*` in a list, `MONDAY`) and
//! accepts what Quartz rejects (`L,15`, two `#` items, a month name in the day-of-week field).
//! The test at the end of this file lists the differences.
//!
//! This parser alone decides validity. croner is a dev-dependency only: the differential test
//! compares the two parsers, and every difference must fall into a known category. Running
//! croner as a second opinion would also cost time and size: without a year field it fills one
//! bit per year up to 5000 (about 16 µs a parse in a release build on the 2-core development
//! machine), and it adds tens of kilobytes to the WebAssembly build.
//!
//! One expression can produce several findings. After a syntax error, only the step and weekday
//! findings of the fields that parsed are reported.

use crate::check::{Checker, Path, Reported};
use crate::syntax::{Span, Value};

pub(crate) mod day_conflict;
mod expression;
mod items;
pub(crate) mod never_fires;
pub(crate) mod numeric_weekday;
mod schedule;
pub(crate) mod step_zero;
pub(crate) mod syntax;
pub(crate) mod unix_form;
mod weekday_names;
pub(crate) mod weekday_zero;

use expression::{Dialect, FieldKind, Fields, Token};
use items::{parse_field, FieldError};
use schedule::Schedule;

/// Expressions longer than this are not checked. The `rule` field allows 256 characters, and the
/// string-length rule reports a longer value. The margin keeps findings for values a little
/// over the limit and still bounds the work on a 100 KB string.
const MAX_EXPRESSION_BYTES: usize = 1024;

/// The expression being checked and where it sits in the source.
pub(crate) struct Expression<'t> {
    /// The decoded string.
    pub(crate) text: &'t str,
    /// The source range between the quotes.
    content: Span,
    /// The string has no escapes, so offsets in `text` are offsets in the source.
    exact: bool,
}

impl Expression<'_> {
    /// Returns the source span of a range of the text, or of the whole string when escapes
    /// make the two differ.
    pub(crate) fn span(&self, token: Token) -> Span {
        if self.exact {
            Span::new(
                self.content.start + token.start as u32,
                self.content.start + token.end as u32,
            )
        } else {
            self.content
        }
    }

    /// Returns the source span between the quotes.
    pub(crate) fn whole(&self) -> Span {
        self.content
    }

    /// Adds a fix that replaces field `index`, or the whole string when escapes hide the
    /// field's source range.
    pub(crate) fn fix_field(
        &self,
        reported: Reported<'_>,
        fields: &Fields,
        index: usize,
        replacement: &str,
    ) {
        match fields.get(index) {
            Some(token) if self.exact => {
                reported.fix(self.span(token), replacement);
            }
            _ => {
                reported.fix_string_content(
                    self.content,
                    &fields.replaced(self.text, &[(index, replacement)]),
                );
            }
        }
    }
}

/// Checks the cron expression of a send rule. `value` is a JSON string.
pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else {
        return;
    };
    // An empty or over-long value is the string-length rule's finding.
    if text.is_empty() || text.len() > MAX_EXPRESSION_BYTES {
        return;
    }
    let expression = Expression {
        text: &text,
        content: value.string_content_span(),
        exact: !value.string_raw().contains('\\'),
    };
    check_expression(checker, path, &expression);
}

fn check_expression(checker: &mut Checker<'_, '_>, path: Path<'_>, expression: &Expression<'_>) {
    let text = expression.text;
    if let Some((offset, character)) = text.char_indices().find(|(_, c)| !c.is_ascii()) {
        let token = Token::new(offset, offset + character.len_utf8());
        syntax::report_character(checker, path, expression, token, character);
        return;
    }

    let fields = Fields::split(text);
    match fields.count() {
        5 => unix_form::check(checker, path, expression, &fields),
        6 | 7 => check_quartz(checker, path, expression, &fields),
        1 if text.trim_start().starts_with('@') => {
            unix_form::check_macro(checker, path, expression)
        }
        _ => syntax::report_field_count(checker, path, expression, &fields),
    }
}

/// Findings in the day-of-week field for the weekday rules.
#[derive(Default)]
struct WeekdayFindings {
    first_zero: Option<Token>,
    has_number: bool,
}

fn check_quartz(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    fields: &Fields,
) {
    let text = expression.text;
    let mut schedule = Schedule::default();
    let mut weekdays = WeekdayFindings::default();
    let mut first_error: Option<FieldError> = None;

    for (index, &token) in fields.tokens().iter().enumerate() {
        let kind = FieldKind::QUARTZ[index];
        schedule.set_day_field(kind, token.text(text));
        let parsed = parse_field(text, token, kind, Dialect::Quartz, |item_token, item| {
            step_zero::check_item(checker, path, expression, item_token, &item);
            if kind == FieldKind::DayOfWeek {
                weekdays.first_zero = weekdays.first_zero.or(weekday_names::weekday_zero(&item));
                weekdays.has_number |= weekday_names::has_weekday_number(&item);
            }
            schedule.add(kind, &item);
        });
        if let Err(error) = parsed {
            first_error.get_or_insert(error);
        }
    }

    if let Some(zero) = weekdays.first_zero {
        weekday_zero::report(checker, path, expression, fields, zero);
    }
    if let Some(error) = first_error {
        syntax::report_field_error(checker, path, expression, error);
        return;
    }
    if weekdays.first_zero.is_none() && weekdays.has_number {
        numeric_weekday::report(checker, path, expression, fields);
    }
    day_conflict::check(checker, path, expression, fields, &schedule);
    never_fires::check(checker, path, expression, fields, &schedule);
}

#[cfg(test)]
mod tests {
    use super::expression::FieldKind;
    use crate::diagnostic::Diagnostic;
    use crate::messages::Locale;
    use crate::options::Options;

    const CRON_CODES: [&str; 7] = [
        "SR203", "SR204", "SR205", "SR206", "SR207", "SR208", "SR209",
    ];

    /// Returns the body `{"report_rule_infos":[{"rule": <rule>}]}` as text, and the offset of
    /// the rule's first character.
    fn body(rule: &str) -> (String, usize) {
        let quoted = serde_json::to_string(rule).unwrap();
        let text = format!(r#"{{"report_rule_infos":[{{"rule":{quoted}}}]}}"#);
        let offset = text.find(&quoted).unwrap() + 1;
        (text, offset)
    }

    fn findings_with(rule: &str, options: &Options) -> Vec<Diagnostic> {
        let (text, _) = body(rule);
        crate::validate(&text, options)
            .diagnostics
            .into_iter()
            .filter(|diagnostic| CRON_CODES.contains(&diagnostic.code))
            .collect()
    }

    fn findings(rule: &str) -> Vec<Diagnostic> {
        findings_with(rule, &Options::default())
    }

    fn codes(rule: &str) -> Vec<&'static str> {
        findings(rule)
            .iter()
            .map(|diagnostic| diagnostic.code)
            .collect()
    }

    /// Returns the text a diagnostic's span covers in the rule.
    fn underlined(rule: &str, diagnostic: &Diagnostic) -> String {
        let (text, _) = body(rule);
        text[diagnostic.span.range()].to_owned()
    }

    fn only(rule: &str, code: &str) -> Diagnostic {
        let found = findings(rule);
        assert_eq!(found.len(), 1, "{rule}: {found:#?}");
        assert_eq!(found[0].code, code, "{rule}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    /// Applies a diagnostic's fix to the body and returns the fixed rule.
    fn fixed(rule: &str, diagnostic: &Diagnostic) -> String {
        let (mut text, offset) = body(rule);
        let fix = diagnostic.fix.as_ref().expect("a fix");
        text.replace_range(fix.span.range(), &fix.replacement);
        let end = text[offset..].find('"').unwrap() + offset;
        text[offset..end].to_owned()
    }

    #[test]
    fn valid_quartz_expressions_have_no_findings() {
        for rule in [
            "0 0 8 L * ?",
            "0 0 8 LW * ?",
            "0 0 8 L-3 * ?",
            "0 0 8 15W * ?",
            "0 0 8 ? * MON#1",
            "0 0 12 ? * FRIL",
            "0 0/15 * * * *",
            "0 */5 * * * ?",
            "/30 * * * * ?",
            "0 0 8 ? * MON-FRI",
            "0 0 8 * * ? 2030",
            "0 0 22-2 * * ?",
            "0 0 8 ? * FRI-MON",
            "0 0 8 ? NOV-FEB SAT,SUN",
            "0 15 10 ? * mon-fri",
            "0 0 8 1,15 * ?",
            "0 0 8 ? * L",
            "0 0 8 29 2 ?",
            "  0 0 8 * * ?  ",
            "0 0 8 ? * MON,,",
            "0 0 8 ? * MONDAY",
        ] {
            assert_eq!(findings(rule), [], "{rule}");
        }
    }

    #[test]
    fn numeric_weekdays_are_only_warned() {
        for rule in [
            "0 0 8 ? * 2#1",
            "0 0 12 ? * 6L",
            "0 0 8 ? * 2-6",
            "0 0 8 ? * 7",
        ] {
            assert_eq!(codes(rule), ["SR207"], "{rule}");
        }
    }

    #[test]
    fn syntax_error_spans_the_offending_value() {
        let rule = "0 0 25 ? * MON";
        let diagnostic = only(rule, "SR203");
        assert_eq!(underlined(rule, &diagnostic), "25");
        assert_eq!(diagnostic.pointer, "/report_rule_infos/0/rule");
        assert_eq!(diagnostic.message.id, "cron-field.out-of-range");
        assert_eq!(diagnostic.message.param("field"), Some("cron.field.hour"));
        assert_eq!(diagnostic.message.param("value"), Some("25"));
        assert_eq!(
            diagnostic.render_message(Locale::En),
            "invalid Quartz cron expression `0 0 25 ? * MON`: hour value `25` is out of range 0-23"
        );
        assert_eq!(
            diagnostic.render_message(Locale::ZhCn),
            "Quartz cron 表达式 `0 0 25 ? * MON` 无效：小时字段的值 `25` 超出范围 0-23"
        );
        let help = diagnostic.help.as_ref().unwrap();
        assert_eq!(help.id, "cron-field.help-range");
        assert_eq!(
            help.render(Locale::En),
            "use a value from 0 to 23 in the hour field"
        );
    }

    #[test]
    fn field_names_are_in_both_catalogues() {
        let terms = FieldKind::QUARTZ.map(FieldKind::term);
        for term in terms.iter().chain(&["cron.form.quartz", "cron.form.unix"]) {
            for locale in Locale::ALL {
                assert!(
                    locale.catalogue().iter().any(|(key, _)| key == term),
                    "`{term}` missing in {locale}"
                );
            }
        }
    }

    #[test]
    fn syntax_help_fits_the_error() {
        for (rule, help) in [
            ("0 60 8 ? * *", "cron-field.help-range"),
            ("0 0 8 ? * MON#9", "cron-field.help-nth-weekday"),
            ("0 0 8 ? * MONX", "cron-field.help-weekdays"),
            ("0 0 8 ? * 8", "cron-field.help-weekdays"),
            ("0 0 8 ? FOO *", "cron-field.help-months"),
            ("0 0 8 ? * MAR", "cron-field.help-weekdays"),
            ("0 0 8 ? * 2#1,6#3", "cron-field.help-one-nth-weekday"),
            ("0 0 8 L,15 * ?", "cron-field.help-last-alone"),
            ("0 0/60 8 ? * MON", "cron-field.help-step-range"),
            (
                "0 0 8 ? * MONDAY-FRIDAY",
                "cron-field.help-three-letter-names",
            ),
            ("0 0 8 * * ? 2031-2030", "cron-field.help-reversed-range"),
            ("0\u{3000}0 8 * * ?", "cron-syntax.help-ascii-space"),
            ("0 0 8 ? * ＭＯＮ", "cron-syntax.help-ascii"),
            ("0 0 8 ? * MON 2030 1", "cron-syntax.help"),
            ("0 0 8 ? * 1-", "cron-syntax.help"),
        ] {
            let diagnostic = only(rule, "SR203");
            assert_eq!(diagnostic.help.as_ref().unwrap().id, help, "{rule}");
        }
    }

    #[test]
    fn syntax_errors_cover_quartz_restrictions() {
        for (rule, span) in [
            ("0 0 8 L,15 * ?", "L,15"),
            ("0 0 8 ? * 2#1,6#3", "6#3"),
            ("0 0 8 ? * MAR", "MAR"),
            ("0/60 * * * * ?", "/60"),
            ("0 0 8 ? * +MON", "+"),
            ("0 0 8 ?/2 * MON", "/"),
            ("0 0 8 * * ? 2300", "2300"),
            ("0 0 8 ? * MONDAY-FRIDAY", "MONDAY-FRIDAY"),
            ("0 0 8 ? * 8", "8"),
            ("0 0 8 ? * 99999999999999999999", "99999999999999999999"),
        ] {
            let diagnostic = only(rule, "SR203");
            assert_eq!(underlined(rule, &diagnostic), span, "{rule}");
        }
    }

    #[test]
    fn field_count_errors() {
        assert_eq!(codes("0 0 8 * *  ? 2030 extra"), ["SR203"]);
        let rule = "0 0 8 * * ? 2030 x y";
        let diagnostic = only(rule, "SR203");
        assert_eq!(underlined(rule, &diagnostic), "x y");
        assert_eq!(codes("0 8 *"), ["SR203"]);
        assert_eq!(codes("   "), ["SR203"]);
    }

    #[test]
    fn full_width_space_is_a_syntax_error() {
        let rule = "0\u{3000}0 8 * * ?";
        let diagnostic = only(rule, "SR203");
        assert_eq!(underlined(rule, &diagnostic), "\u{3000}");
        assert_eq!(diagnostic.message.id, "cron-syntax.non-ascii-space");
        assert_eq!(diagnostic.message.param("code"), Some("3000"));
    }

    #[test]
    fn unix_form_suggests_quartz_equivalent() {
        let rule = "0 8 * * 1-5";
        let diagnostic = only(rule, "SR204");
        assert_eq!(diagnostic.severity, crate::Severity::Warning);
        assert_eq!(underlined(rule, &diagnostic), rule);
        let help = diagnostic.help.as_ref().unwrap();
        assert_eq!(help.param("suggestion"), Some("0 0 8 ? * MON-FRI"));
        assert_eq!(fixed(rule, &diagnostic), "0 0 8 ? * MON-FRI");
    }

    #[test]
    fn unix_form_with_both_days_suggests_two_rules() {
        let diagnostic = only("0 8 1 * 1", "SR204");
        let help = diagnostic.help.as_ref().unwrap();
        assert_eq!(help.id, "cron-unix-form.help-both-days");
        assert_eq!(help.param("suggestion"), Some("0 0 8 1 * ?"));
        assert_eq!(help.param("alternative"), Some("0 0 8 ? * MON"));
        assert!(diagnostic.fix.is_none());
    }

    #[test]
    fn invalid_unix_form_is_not_a_syntax_error() {
        let rule = "99 8 * * *";
        let diagnostic = only(rule, "SR204");
        assert_eq!(diagnostic.message.id, "cron-field.out-of-range");
        assert_eq!(diagnostic.message.param("form"), Some("cron.form.unix"));
        assert_eq!(
            diagnostic.render_message(Locale::ZhCn),
            "5 字段的 Unix cron 表达式 `99 8 * * *` 无效：分钟字段的值 `99` 超出范围 0-59"
        );
        assert_eq!(underlined(rule, &diagnostic), "99");
        // Unix day-of-week numbers run from 0 to 7, so the message shows that range.
        let diagnostic = only("0 8 * * 9", "SR204");
        assert_eq!(diagnostic.message.param("max"), Some("7"));
        assert_eq!(diagnostic.message.param("min"), Some("0"));
    }

    #[test]
    fn macros_are_unix_form() {
        let diagnostic = only("@daily", "SR204");
        assert_eq!(diagnostic.message.id, "cron-unix-form.macro");
        assert_eq!(fixed("@daily", &diagnostic), "0 0 0 * * ?");
        assert_eq!(codes("@reboot"), ["SR203"]);
        assert_eq!(codes("@sometimes"), ["SR203"]);
    }

    #[test]
    fn step_zero_spans_the_step() {
        let rule = "0 */0 8 ? * MON";
        let diagnostic = only(rule, "SR205");
        assert_eq!(underlined(rule, &diagnostic), "/0");
        assert_eq!(diagnostic.message.param("item"), Some("*/0"));

        let found = findings("0/0 0 8 ? * 0");
        let found: Vec<_> = found.iter().map(|d| d.code).collect();
        assert_eq!(found, ["SR205", "SR206"]);
        // Diagnostics are in source order, and the Unix-form warning spans the whole rule.
        assert_eq!(codes("*/0 8 * * *"), ["SR204", "SR205"]);
    }

    #[test]
    fn weekday_zero_reads_unix_numbering() {
        let rule = "0 0 8 ? * 0,6";
        let diagnostic = only(rule, "SR206");
        assert_eq!(underlined(rule, &diagnostic), "0");
        let help = diagnostic.help.as_ref().unwrap();
        assert_eq!(help.param("suggestion"), Some("SUN,SAT"));
        assert_eq!(fixed(rule, &diagnostic), "0 0 8 ? * SUN,SAT");

        let rule = "0 0 8 ? * 1-0";
        let diagnostic = only(rule, "SR206");
        assert_eq!(
            diagnostic.help.as_ref().unwrap().id,
            "cron-weekday-zero.help-sunday"
        );
    }

    #[test]
    fn numeric_weekday_fix_keeps_quartz_meaning() {
        let rule = "0 0 8 ? * 2-6";
        let diagnostic = only(rule, "SR207");
        assert_eq!(underlined(rule, &diagnostic), "2-6");
        assert_eq!(fixed(rule, &diagnostic), "0 0 8 ? * MON-FRI");
        assert_eq!(
            fixed("0 0 8 ? * 2-6/2", &only("0 0 8 ? * 2-6/2", "SR207")),
            "0 0 8 ? * MON,WED,FRI"
        );
    }

    #[test]
    fn day_conflict_shows_both_choices() {
        let rule = "0 0 8 15 * MON";
        let diagnostic = only(rule, "SR208");
        assert_eq!(underlined(rule, &diagnostic), "15 * MON");
        let help = diagnostic.help.as_ref().unwrap();
        assert_eq!(help.param("day_of_month_only"), Some("0 0 8 15 * ?"));
        assert_eq!(help.param("day_of_week_only"), Some("0 0 8 ? * MON"));
        assert!(diagnostic.fix.is_none());

        assert_eq!(codes("0 0 8 * * *"), Vec::<&str>::new());
    }

    #[test]
    fn day_conflict_with_star_fixes_the_star() {
        let rule = "0 0 8 * * MON";
        let diagnostic = only(rule, "SR208");
        assert_eq!(
            diagnostic.help.as_ref().unwrap().id,
            "cron-day-conflict.replace-star"
        );
        assert_eq!(fixed(rule, &diagnostic), "0 0 8 ? * MON");
        let rule = "0 0 8 15 * *";
        assert_eq!(fixed(rule, &only(rule, "SR208")), "0 0 8 15 * ?");
    }

    #[test]
    fn two_question_marks_fix_to_every_day() {
        let rule = "0 0 8 ? * ?";
        let diagnostic = only(rule, "SR208");
        assert_eq!(diagnostic.message.id, "cron-day-conflict.no-specific-value");
        assert_eq!(fixed(rule, &diagnostic), "0 0 8 ? * *");
    }

    #[test]
    fn never_fires_on_missing_days() {
        let rule = "0 0 8 30 2 ?";
        let diagnostic = only(rule, "SR209");
        assert_eq!(underlined(rule, &diagnostic), "30 2");
        assert_eq!(diagnostic.message.param("month"), Some("2"));
        assert_eq!(codes("0 0 8 31 4,6,9,11 ?"), ["SR209"]);
        assert_eq!(
            only("0 0 8 29 FEB ? 2027", "SR209").message.id,
            "cron-never-fires.leap-year"
        );
        assert_eq!(
            only("0 0 8 ? 2 MON#5 2027", "SR209").message.id,
            "cron-never-fires.no-date"
        );
    }

    #[test]
    fn past_years_need_now() {
        let rule = "0 0 8 * * ? 2020";
        assert_eq!(codes(rule), Vec::<&str>::new());
        let mut options = Options::default();
        // 2026-03-01T00:00:00Z
        options.now_ms = Some(1_772_323_200_000);
        let found = findings_with(rule, &options);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].message.id, "cron-never-fires.past");
        assert_eq!(found[0].message.param("current_year"), Some("2026"));
        assert_eq!(findings_with("0 0 8 * * ? 2026", &options), []);
    }

    #[test]
    fn escaped_strings_report_whole_content() {
        // `\u0032` is `2`: the decoded rule is `0 0 25 ? * MON`.
        let text = r#"{"report_rule_infos":[{"rule":"0 0 \u00325 ? * MON"}]}"#;
        let report = crate::validate(text, &Options::default());
        let diagnostic = report
            .diagnostics
            .iter()
            .find(|d| d.code == "SR203")
            .unwrap();
        assert_eq!(&text[diagnostic.span.range()], r"0 0 \u00325 ? * MON");
    }

    #[test]
    fn escaped_strings_fix_whole_content() {
        let text = r#"{"report_rule_infos":[{"rule":"0 0 8 ? * \u0032-6"}]}"#;
        let report = crate::validate(text, &Options::default());
        let diagnostic = report
            .diagnostics
            .iter()
            .find(|d| d.code == "SR207")
            .unwrap();
        let fix = diagnostic.fix.as_ref().unwrap();
        assert_eq!(&text[fix.span.range()], r"0 0 8 ? * \u0032-6");
        assert_eq!(fix.replacement, "0 0 8 ? * MON-FRI");
    }

    #[test]
    fn rules_can_be_turned_off() {
        let options = Options::default()
            .with_rule_level("cron-numeric-weekday", crate::RuleLevel::Off)
            .unwrap();
        assert_eq!(findings_with("0 0 8 ? * 2-6", &options), []);
    }

    #[test]
    fn bad_input_does_not_panic() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet: Vec<char> = "0123456789*/,-?LW#@ \tJANMONFRIabcxyz+\u{3000}\u{e9}"
            .chars()
            .collect();
        for _ in 0..3000 {
            let length = (next() % 40) as usize;
            let rule: String = (0..length)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let _ = findings(&rule);
        }
        let _ = findings(&"1,".repeat(50_000));
        let _ = findings(&format!("0 0 8 ? * * {}", "1970-2199/1,".repeat(80)));
        let _ = findings("99999999999999999999 99999999999999999999 * * * ?");
        let _ = findings("0 0 8 ? * 2#99999999999999999999");
        let _ = findings("0 0 8 L-99999999999999999999 * ?");
    }

    #[test]
    fn long_input_is_left_to_string_length() {
        assert_eq!(findings(&"1 ".repeat(600)), []);
    }
}

/// Compares this parser with croner's Quartz mode on generated expressions. Every difference
/// must be one of the known kinds listed in `Features`.
#[cfg(test)]
mod croner_differences {
    use super::expression::{Dialect, FieldKind, Fields};
    use super::items::{parse_field, FieldError, Item, Number};

    const DEFAULTS: [&str; 7] = ["0", "0", "8", "?", "*", "MON", "2030"];

    const ITEMS: &[&str] = &[
        "*", "?", "0", "1", "5", "7", "8", "12", "15", "23", "24", "31", "32", "59", "60", "2030",
        "1969", "L", "LW", "L-3", "L-3W", "15W", "6L", "2#1", "2#6", "MON", "FRI-MON", "MON-FRI",
        "JAN", "NOV-FEB", "*/0", "*/5", "0/15", "/5", "5/0", "22-2", "10-40/10", "1-5/2", "1,2",
        "L,1", "2#1,3#2", "+MON", "?/2", "1-", "-1", "1--2", "#", "W", "1W", "L-31", "0-3",
        "SUN-SAT", "MON#2", "FRIL", "1,", ",1", "3-1/2", "*/60", "MONDAY", "7L", "0L", "0#1",
        "5-5", "L-0", "1-31/32", "2199", "2200", "0-59/59", "*,5", "5-*", "*-5", "1/", "L/2",
    ];

    /// Constructs of one expression that croner treats differently from this parser.
    #[derive(Default)]
    struct Features {
        step_zero: bool,
        weekday_zero: bool,
        wrapping_range: bool,
        last_day_offset: bool,
        wildcard_in_list: bool,
        spelled_out_name: bool,
    }

    fn parse(text: &str) -> (Result<(), FieldError>, Features) {
        let fields = Fields::split(text);
        let mut features = Features::default();
        let mut result = Ok(());
        for (index, &token) in fields.tokens().iter().enumerate() {
            let kind = FieldKind::QUARTZ[index];
            let in_list = token.text(text).contains(',');
            let parsed = parse_field(text, token, kind, Dialect::Quartz, |_, item| match item {
                Item::All { step } => {
                    features.step_zero |= step.is_some_and(|step| step.value == 0);
                    features.wildcard_in_list |= in_list;
                }
                Item::NoSpecificValue => features.wildcard_in_list |= in_list,
                Item::Values { start, end, step } => {
                    features.step_zero |= step.is_some_and(|step| step.value == 0);
                    features.wrapping_range |= end.is_some_and(|end| start.value > end.value);
                    features.weekday_zero |= kind == FieldKind::DayOfWeek
                        && (start.value == 0 || end.is_some_and(|end| end.value == 0));
                    let spelled_out = |number: Number| {
                        number.is_name && number.token.end - number.token.start > 3
                    };
                    features.spelled_out_name |= spelled_out(start) || end.is_some_and(spelled_out);
                }
                Item::LastWeekday(weekday) | Item::NthWeekday { weekday, .. } => {
                    features.weekday_zero |= weekday.value == 0;
                }
                Item::LastDayOfMonth {
                    offset: Some(_), ..
                } => features.last_day_offset = true,
                _ => {}
            });
            if result.is_ok() {
                result = parsed;
            }
        }
        (result, features)
    }

    #[test]
    fn differences_are_documented() {
        let mut state: u64 = 0x7777_1111_2222_3333;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let soup = b"0123456789*/,-?LW#";
        let mut unexplained = Vec::new();
        for _ in 0..30_000 {
            let count = 6 + (next() % 2) as usize;
            let mut parts: Vec<String> = Vec::with_capacity(count);
            for default in &DEFAULTS[..count] {
                let part = match next() % 6 {
                    0 => ITEMS[(next() % ITEMS.len() as u64) as usize].to_owned(),
                    1 => (0..1 + next() % 5)
                        .map(|_| char::from(soup[(next() % soup.len() as u64) as usize]))
                        .collect(),
                    _ => (*default).to_owned(),
                };
                parts.push(part);
            }
            let text = parts.join(" ");
            let (mine, features) = parse(&text);
            let croner = super::syntax::croner_accepts(&text, Dialect::Quartz);
            let explained = match (&mine, croner) {
                (Ok(()), false) => {
                    features.step_zero
                        || features.weekday_zero
                        || features.wrapping_range
                        || features.last_day_offset
                        || features.wildcard_in_list
                        || features.spelled_out_name
                }
                // croner ignores text after `W` (`5W8`) and after a weekday's `L` (`6LL`), as
                // Quartz does, and accepts `#` after a step. Such errors are confirmed with
                // croner and so not reported.
                (Err(error), true) => {
                    let field = Fields::split(&text)
                        .tokens()
                        .iter()
                        .find(|field| {
                            field.start <= error.token.start && error.token.end <= field.end
                        })
                        .map_or("", |field| field.text(&text));
                    error.quartz_only || field.contains(['W', 'L', '#'])
                }
                _ => true,
            };
            if !explained {
                unexplained.push(format!(
                    "{text:40} ours: {mine:?}, croner accepts: {croner}"
                ));
            }
        }
        unexplained.sort();
        unexplained.dedup();
        assert!(unexplained.is_empty(), "{}", unexplained.join("\n"));
    }
}
