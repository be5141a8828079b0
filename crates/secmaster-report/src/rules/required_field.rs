//! SR101 `required-field`: every required field is present.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::Field;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::{Span, Value};

pub(crate) static RULE: Rule = Rule {
    code: "SR101",
    name: "required-field",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: report_name, report_period, report_range, language, layout_id and binding_wizard are mandatory; report_range.start and .end are required in the SDK models",
    what: "Reports each required field that is missing: `report_name`, `report_period`, \
           `report_range`, `language`, `layout_id` and `binding_wizard` in the body, and \
           `start` and `end` in `report_range`. The pointer is where the field belongs, so a \
           form can mark that input.",
    why: "The service rejects a request without a mandatory field with 400 \
          (SecMaster.20030001, invalid parameters).",
    invalid: r#"{"report_name": "weekly", "report_period": "weekly", "report_range": {"start": "1662900406226"}}"#,
    fixed: r#"{"report_name": "weekly", "report_period": "weekly", "report_range": {"start": "1662900406226", "end": "1663505206226"}}"#,
    known_problems: "A misspelt key is reported twice: once as an unknown field with a \
                     suggestion, and once here as the missing field.",
};

/// Reports the required fields of `table` that have no value in `slots`. The span is the
/// object's opening brace.
pub(crate) fn check<const N: usize>(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    object: Value<'_, '_>,
    table: &'static [Field; N],
    slots: &[Option<Value<'_, '_>>; N],
) {
    let brace = Span::new(object.span().start, object.span().start + 1);
    for (field, slot) in table.iter().zip(slots) {
        if field.required && slot.is_none() {
            let message = Message::new("required-field").with("field", field.name);
            checker.report(&RULE, path.key(field.name), brace, message);
        }
    }
}
