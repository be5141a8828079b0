//! SR207 `cron-numeric-weekday`: the day-of-week field of a Quartz expression uses names, not
//! numbers.

use super::expression::{Dialect, Fields};
use super::weekday_names::weekday_names;
use super::Expression;
use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

/// The index of the day-of-week field in the Quartz form.
const DAY_OF_WEEK: usize = 5;

pub(crate) static RULE: Rule = Rule {
    code: "SR207",
    name: "cron-numeric-weekday",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Quartz CronExpression documentation (SUN = 1); Unix crontab(5) (SUN = 0 or 7)",
    what: "Reports a day-of-week field of a 6- or 7-field expression that writes a weekday \
           as a number, such as `2-6`, `2#1` or `6L`. The help and the fix write the field \
           with names, read with Quartz numbering: `2-6` becomes `MON-FRI`, `2#1` becomes \
           `MON#1`. A stepped range becomes a list (`2-6/2` becomes `MON,WED,FRI`), \
           because Quartz ignores a step after a name. Steps after `*` are not weekdays and \
           are not reported.",
    why: "Quartz numbers Sunday 1 and Monday 2, while Unix cron numbers Sunday 0 and Monday \
          1, so `2-6` is Monday to Friday in one and Tuesday to Saturday in the other. A \
          reader cannot tell which the author meant, and names mean the same in both. The \
          fix keeps the schedule Quartz reads.",
    invalid: r#"{"rule": "0 0 8 ? * 2-6"}"#,
    fixed: r#"{"rule": "0 0 8 ? * MON-FRI"}"#,
    known_problems: "If the author counted with Unix numbering, the Quartz schedule and so \
                     the fix are one day off; the message says so, and the author must \
                     check it. A field with `0` is reported by `cron-weekday-zero` instead.",
};

/// Reports the numeric day-of-week field of a parsed Quartz expression.
pub(crate) fn report(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    fields: &Fields,
) {
    let Some(field) = fields.get(DAY_OF_WEEK) else {
        return;
    };
    let text = expression.text;
    let field_text = field.text(text);
    let message = Message::new("cron-numeric-weekday").with("field", field_text);
    let reported = checker.report(&RULE, path, expression.span(field), message);
    if let Some(names) = weekday_names(text, field, Dialect::Quartz) {
        let help = Message::new("cron-numeric-weekday.help")
            .with("field", field_text)
            .with("suggestion", &names);
        expression.fix_field(reported.help(help), fields, DAY_OF_WEEK, &names);
    }
}
