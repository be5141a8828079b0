//! Cron expressions of send rules (`report_rule_infos[].rule`), read in the Quartz form.
//! PLACEHOLDER: the cron analysis is being written; this stub reports nothing.

use crate::check::{Checker, Path};
use crate::syntax::Value;

pub(crate) mod day_conflict;
pub(crate) mod never_fires;
pub(crate) mod numeric_weekday;
pub(crate) mod step_zero;
pub(crate) mod syntax;
pub(crate) mod unix_form;
pub(crate) mod weekday_zero;

/// Checks the cron expression of a send rule. `value` is a JSON string.
pub(crate) fn check(_checker: &mut Checker<'_, '_>, _path: Path<'_>, _value: Value<'_, '_>) {}
