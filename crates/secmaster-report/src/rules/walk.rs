//! Visits the body once and calls each rule's check where it applies.

use crate::check::{Checker, Path};
use crate::model::fields::{
    self, Field, BODY_FIELDS, OFFSET_FIELDS, RANGE_FIELDS, SEND_RULE_FIELDS,
};
use crate::model::ReportPeriod;
use crate::syntax::{Document, Kind, Span, Value};

use super::{
    binding_wizard, body_type, cron, duplicate_key, email_address, email_count, field_type,
    frequency_period_mismatch, frequency_value, integer_range, language_tag, layout_id_format,
    notification_task, range_in_future, range_period_mismatch, report_file_type, report_period,
    report_range_order, required_field, rule_end_format, rule_end_past, send_rule_count,
    send_time_format, send_window_order, string_length, timestamp_format, timestamp_seconds,
    timezone_format, unknown_field,
};

/// A timestamp that parsed as epoch milliseconds, with where it was written.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timestamp {
    pub(crate) millis: i64,
    pub(crate) span: Span,
}

/// The parsed `report_range`, for the checks that compare it with other fields.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Range {
    pub(crate) start: Option<Timestamp>,
    pub(crate) end: Option<Timestamp>,
    pub(crate) span: Span,
}

pub(crate) fn check_document<'src>(checker: &mut Checker<'_, 'src>, document: &Document<'src>) {
    duplicate_key::check(checker, Path::Root, document);

    let root = document.root();
    if root.kind() != Kind::Object {
        body_type::report(checker, root);
        return;
    }
    check_body(checker, root);
}

/// Looks up each member of an object in a field table. Unknown keys go to `on_unknown`; a
/// duplicate key keeps its first value here, and the duplicate rule reports the others.
pub(crate) fn collect_fields<'doc, 'src, const N: usize>(
    object: Value<'doc, 'src>,
    table: &'static [Field; N],
    mut on_unknown: impl FnMut(Value<'doc, 'src>, &str),
) -> [Option<Value<'doc, 'src>>; N] {
    let mut slots = [None; N];
    for member in object.members() {
        match table.iter().position(|field| field.name == member.key) {
            Some(index) => {
                if slots[index].is_none() {
                    slots[index] = Some(member.value);
                }
            }
            None => on_unknown(member.value, &member.key),
        }
    }
    slots
}

/// Checks that each present field has its type, and a string its length. Returns the fields
/// whose type is right.
fn check_types<'doc, 'src, const N: usize>(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    object: Value<'doc, 'src>,
    table: &'static [Field; N],
    slots: &[Option<Value<'doc, 'src>>; N],
) -> [Option<Value<'doc, 'src>>; N] {
    required_field::check(checker, path, object, table, slots);
    let mut typed = [None; N];
    for ((field, slot), typed_slot) in table.iter().zip(slots).zip(&mut typed) {
        let Some(value) = slot else { continue };
        let field_path = path.key(field.name);
        if field_type::check(checker, field_path, field, *value)
            && string_length::check(checker, field_path, field, *value)
        {
            *typed_slot = Some(*value);
        }
    }
    typed
}

fn check_body<'src>(checker: &mut Checker<'_, 'src>, body: Value<'_, 'src>) {
    let path = Path::Root;
    let slots = collect_fields(body, &BODY_FIELDS, |value, key| {
        unknown_field::report(checker, path, body, value, key, &BODY_FIELDS)
    });
    let [report_name, period, range, language, notification, layout_id, title, to, cc, content, file_type, frequency, wizard, timezone, send_rules] =
        check_types(checker, path, body, &BODY_FIELDS, &slots);
    let _ = (report_name, title, content);

    let period =
        period.and_then(|value| report_period::check(checker, path.key("report_period"), value));
    let range = range.map(|value| check_range(checker, path.key("report_range"), value));
    if let Some(value) = language {
        language_tag::check(checker, path.key("language"), value);
    }
    if let Some(value) = notification {
        notification_task::check(checker, path.key("notification_task"), value);
    }
    if let Some(value) = layout_id {
        layout_id_format::check(checker, path.key("layout_id"), value);
    }
    for (name, value) in [("to", to), ("cc", cc)] {
        if let Some(value) = value {
            let count = email_address::check(checker, path.key(name), value);
            email_count::check(checker, path.key(name), value, count);
        }
    }
    if let Some(value) = file_type {
        report_file_type::check(checker, path.key("report_file_type"), value);
    }
    let frequency =
        frequency.and_then(|value| frequency_value::check(checker, path.key("frequency"), value));
    if let Some(value) = wizard {
        binding_wizard::check(checker, path.key("binding_wizard"), value);
    }
    if let Some(value) = timezone {
        timezone_format::check(checker, path.key("timezone"), value);
    }
    if let Some(value) = send_rules {
        check_send_rules(checker, path.key("report_rule_infos"), value);
    }

    if let (Some(period), Some(range)) = (period, range) {
        range_period_mismatch::check(checker, path.key("report_range"), period, range);
    }
    if let (Some(period), Some((frequency, value))) = (period, frequency) {
        frequency_period_mismatch::check(checker, path.key("frequency"), period, frequency, value);
    }
    if let Some(range) = range {
        range_in_future::check(checker, path.key("report_range"), range);
    }
}

fn check_range(checker: &mut Checker<'_, '_>, path: Path<'_>, object: Value<'_, '_>) -> Range {
    let slots = collect_fields(object, &RANGE_FIELDS, |value, key| {
        unknown_field::report(checker, path, object, value, key, &RANGE_FIELDS)
    });
    let [start, end] = check_types(checker, path, object, &RANGE_FIELDS, &slots);
    let mut parse = |name: &'static str, value: Option<Value<'_, '_>>| {
        let value = value?;
        let millis = timestamp_format::check(checker, path.key(name), value)?;
        timestamp_seconds::check(checker, path.key(name), value, millis);
        Some(Timestamp {
            millis,
            span: value.span(),
        })
    };
    let range = Range {
        start: parse("start", start),
        end: parse("end", end),
        span: object.span(),
    };
    report_range_order::check(checker, path, range);
    range
}

fn check_send_rules(checker: &mut Checker<'_, '_>, path: Path<'_>, array: Value<'_, '_>) {
    send_rule_count::check(checker, path, array);
    for (index, rule) in array.children().enumerate() {
        let rule_path = path.index(index);
        if !field_type::check_object(checker, rule_path, rule) {
            continue;
        }
        let slots = collect_fields(rule, &SEND_RULE_FIELDS, |value, key| {
            unknown_field::report(checker, rule_path, rule, value, key, &SEND_RULE_FIELDS)
        });
        let [expression, rule_end, start_time, end_time] =
            check_types(checker, rule_path, rule, &SEND_RULE_FIELDS, &slots);
        if let Some(value) = expression {
            cron::check(checker, rule_path.key("rule"), value);
        }
        if let Some(value) = rule_end {
            if let Some(millis) = rule_end_format::check(checker, rule_path.key("rule_end"), value)
            {
                rule_end_past::check(checker, rule_path.key("rule_end"), value, millis);
            }
        }
        let start =
            start_time.map(|value| check_offsets(checker, rule_path.key("start_time"), value));
        let end = end_time.map(|value| check_offsets(checker, rule_path.key("end_time"), value));
        if let (Some(start), Some(end)) = (start, end) {
            send_window_order::check(checker, rule_path, start, end);
        }
    }
}

/// The offsets of a send rule's `start_time` or `end_time` that passed their checks.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Offsets {
    pub(crate) day: Option<i64>,
    pub(crate) week: Option<i64>,
    pub(crate) month: Option<i64>,
    /// Seconds since midnight.
    pub(crate) time: Option<u32>,
    pub(crate) span: Span,
}

fn check_offsets(checker: &mut Checker<'_, '_>, path: Path<'_>, object: Value<'_, '_>) -> Offsets {
    let slots = collect_fields(object, &OFFSET_FIELDS, |value, key| {
        unknown_field::report(checker, path, object, value, key, &OFFSET_FIELDS)
    });
    let [day, week, month, time] = check_types(checker, path, object, &OFFSET_FIELDS, &slots);
    let mut integer = |name: &'static str, value: Option<Value<'_, '_>>| {
        let field = fields::find(&OFFSET_FIELDS, name)?;
        integer_range::check(checker, path.key(name), field, value?)
    };
    Offsets {
        day: integer("day", day),
        week: integer("week", week),
        month: integer("month", month),
        time: time.and_then(|value| send_time_format::check(checker, path.key("time"), value)),
        span: object.span(),
    }
}

/// Returns the period for the cross-field checks.
pub(crate) fn period_days(period: ReportPeriod) -> (i64, i64) {
    // The shortest and longest calendar length of one period, in days.
    match period {
        ReportPeriod::Daily => (1, 1),
        ReportPeriod::Weekly => (7, 7),
        ReportPeriod::Monthly => (28, 31),
        ReportPeriod::Annual => (365, 366),
    }
}
