//! Turns the arguments that the JavaScript wrapper passes into the core's [`Options`] and
//! [`Locale`]. The wrapper has already checked the JavaScript types of the options, so the
//! errors here are about values: an unknown locale, rule or level, or a time that is not an
//! integer.

use std::str::FromStr;

use secmaster_report::{rules, Locale, Options, RuleLevel};

/// The largest integer that a JavaScript number represents exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// An invalid option value. The message names the option, because it becomes the message of the
/// JavaScript `Error` that the call throws.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SettingsError {
    #[error(
        "invalid option `locale`: `{0}` is not a supported locale; expected \"en\" or \"zh-CN\""
    )]
    Locale(String),
    #[error("invalid option `rules`: unknown rule `{0}`; rules() lists every rule code and name")]
    UnknownRule(String),
    #[error(
        "invalid option `rules.{rule}`: `{level}` is not a rule level; expected \"off\", \"info\", \
         \"warning\" or \"error\""
    )]
    RuleLevel { rule: String, level: String },
    #[error(
        "invalid option `rules`: expected pairs of rule and level, found an odd number of strings"
    )]
    UnpairedRule,
    // The value is left out of the message: formatting an f64 would add the float formatter
    // to the .wasm.
    #[error("invalid option `now`: expected an integer number of epoch milliseconds")]
    Now,
}

/// Parses a locale name: `en` or `zh-CN`, with the spellings that [`Locale::from_str`] accepts.
pub fn parse_locale(name: &str) -> Result<Locale, SettingsError> {
    Locale::from_str(name).map_err(|_| SettingsError::Locale(name.to_owned()))
}

/// Builds the options of one validation.
///
/// `rule_levels` alternates rule and level: `["SR401", "off", "report-period", "warning"]`. A
/// later entry for the same rule replaces an earlier one, as [`Options::set_rule_level`] does.
pub fn build_options(
    workspace_id: Option<String>,
    project_id: Option<String>,
    now: Option<f64>,
    rule_levels: &[String],
) -> Result<Options, SettingsError> {
    let mut options = Options::default();
    options.workspace_id = workspace_id;
    options.project_id = project_id;
    options.now_ms = now.map(epoch_millis).transpose()?;

    if rule_levels.len() % 2 != 0 {
        return Err(SettingsError::UnpairedRule);
    }
    for pair in rule_levels.chunks_exact(2) {
        set_rule_level(&mut options, &pair[0], &pair[1])?;
    }

    Ok(options)
}

fn set_rule_level(options: &mut Options, rule: &str, level: &str) -> Result<(), SettingsError> {
    if rules::find(rule).is_none() {
        return Err(SettingsError::UnknownRule(rule.to_owned()));
    }
    let level = RuleLevel::from_str(level).map_err(|_| SettingsError::RuleLevel {
        rule: rule.to_owned(),
        level: level.to_owned(),
    })?;
    options
        .set_rule_level(rule, level)
        .map_err(|_| SettingsError::UnknownRule(rule.to_owned()))
}

/// Converts a JavaScript time value to epoch milliseconds. Fractions, infinities, NaN and values
/// beyond the safe integer range are rejected rather than rounded.
fn epoch_millis(now: f64) -> Result<i64, SettingsError> {
    let is_integer = now.is_finite() && now.fract() == 0.0 && now.abs() <= MAX_SAFE_INTEGER;
    if !is_integer {
        return Err(SettingsError::Now);
    }
    // The check above keeps the value within ±2^53, which i64 represents exactly.
    Ok(now as i64)
}

#[cfg(test)]
mod tests {
    use secmaster_report::{Severity, RULES};

    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|item| item.to_string()).collect()
    }

    fn rule(code: &str) -> &'static secmaster_report::Rule {
        RULES
            .iter()
            .copied()
            .find(|rule| rule.code == code)
            .unwrap()
    }

    #[test]
    fn locale_accepts_both_catalogues() {
        assert_eq!(parse_locale("en"), Ok(Locale::En));
        assert_eq!(parse_locale("zh-CN"), Ok(Locale::ZhCn));
    }

    #[test]
    fn locale_rejects_unknown_name() {
        let error = parse_locale("fr").unwrap_err();
        assert_eq!(error, SettingsError::Locale("fr".into()));
        assert!(error.to_string().contains("`fr`"), "{error}");
    }

    #[test]
    fn rule_levels_by_code_and_name() {
        let levels = strings(&["SR401", "off", "report-period", "warning"]);
        let options = build_options(None, None, None, &levels).unwrap();
        assert_eq!(options.severity_of(rule("SR401")), None);
        assert_eq!(options.severity_of(rule("SR105")), Some(Severity::Warning));
    }

    #[test]
    fn later_level_replaces_earlier() {
        let levels = strings(&["SR105", "off", "report-period", "info"]);
        let options = build_options(None, None, None, &levels).unwrap();
        assert_eq!(options.severity_of(rule("SR105")), Some(Severity::Info));
    }

    #[test]
    fn unknown_rule_is_rejected() {
        let levels = strings(&["SR999", "off"]);
        let error = build_options(None, None, None, &levels).unwrap_err();
        assert_eq!(error, SettingsError::UnknownRule("SR999".into()));
    }

    #[test]
    fn invalid_level_is_rejected() {
        let levels = strings(&["SR401", "loud"]);
        let error = build_options(None, None, None, &levels).unwrap_err();
        assert!(error.to_string().contains("`rules.SR401`"), "{error}");
        assert!(error.to_string().contains("`loud`"), "{error}");
    }

    #[test]
    fn unpaired_rule_is_rejected() {
        let levels = strings(&["SR401"]);
        let error = build_options(None, None, None, &levels).unwrap_err();
        assert_eq!(error, SettingsError::UnpairedRule);
    }

    #[test]
    fn now_must_be_integer_millis() {
        let options = build_options(None, None, Some(1_700_000_000_000.0), &[]).unwrap();
        assert_eq!(options.now_ms, Some(1_700_000_000_000));

        for invalid in [1.5, f64::NAN, f64::INFINITY, 1e300] {
            let error = build_options(None, None, Some(invalid), &[]).unwrap_err();
            assert!(matches!(error, SettingsError::Now), "{invalid}: {error}");
        }
    }

    #[test]
    fn path_parameters_are_passed_through() {
        let options = build_options(Some("w".into()), Some("p".into()), None, &[]).unwrap();
        assert_eq!(options.workspace_id.as_deref(), Some("w"));
        assert_eq!(options.project_id.as_deref(), Some("p"));
        assert_eq!(options.now_ms, None);
    }
}
