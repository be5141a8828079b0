//! SR206 `cron-weekday-zero`: the day-of-week field of a Quartz expression has no `0`.

use super::expression::{Dialect, Fields, Token};
use super::weekday_names::weekday_names;
use super::Expression;
use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

/// The index of the day-of-week field in the Quartz form.
const DAY_OF_WEEK: usize = 5;

pub(crate) static RULE: Rule = Rule {
    code: "SR206",
    name: "cron-weekday-zero",
    severity: Severity::Error,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Quartz CronExpression documentation: day-of-week values are 1-7 or SUN-SAT",
    what: "Reports `0` in the day-of-week field of a 6- or 7-field expression, alone or in \
           a list, range, `0L` or `0#2`. The help writes the field with day names read \
           with Unix numbering (0 = SUN), since a `0` shows the author counted that way: \
           `0,6` becomes `SUN,SAT`, and the fix applies it.",
    why: "Quartz numbers the days from 1 = SUN to 7 = SAT and rejects `0` (\"Day-of-Week \
          values must be between 1 and 7\"), as does croner's Quartz mode. The evidence is \
          inferred, because the dialect is, but the severity is error rather than the \
          usual warning for inferred facts: every Quartz parser rejects the expression.",
    invalid: r#"{"rule": "0 0 8 ? * 0"}"#,
    fixed: r#"{"rule": "0 0 8 ? * SUN"}"#,
    known_problems: "Only the first `0` of the field is underlined. The other numbers of \
                     the field are also read with Unix numbering in the fix, which is wrong \
                     if the author mixed the two numberings.",
};

/// Reports the first `0` of the day-of-week field, at `zero`.
pub(crate) fn report(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    fields: &Fields,
    zero: Token,
) {
    let text = expression.text;
    let field = fields.get(DAY_OF_WEEK);
    let names = field.and_then(|token| weekday_names(text, token, Dialect::Unix));
    let reported = checker.report(
        &RULE,
        path,
        expression.span(zero),
        Message::new("cron-weekday-zero"),
    );
    match (field, names) {
        (Some(field), Some(names)) => {
            let help = Message::new("cron-weekday-zero.help")
                .with("field", field.text(text))
                .with("suggestion", &names);
            expression.fix_field(reported.help(help), fields, DAY_OF_WEEK, &names);
        }
        _ => {
            reported.help(Message::new("cron-weekday-zero.help-sunday"));
        }
    }
}
