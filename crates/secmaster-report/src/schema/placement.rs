//! The placement of each rule of the registry in the request, so that every description of the
//! schema can name the checks that only the checker runs on that field.

use crate::rules::{self, Rule};

/// An object of the request, named after the field table that lists its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Object {
    /// The body (`BODY_FIELDS`).
    Body,
    /// `report_range` (`RANGE_FIELDS`).
    ReportRange,
    /// An element of `report_rule_infos` (`SEND_RULE_FIELDS`).
    SendRule,
    /// A send rule's `start_time` or `end_time` (`OFFSET_FIELDS`).
    SendWindow,
    /// The JSON document inside the `binding_wizard` string (`BINDING_WIZARD_FIELDS`).
    BindingWizard,
    /// The request line and headers, which the schema of the body does not describe.
    Request,
}

/// The rules that check one field, or one object as a whole when `field` is `None`.
#[derive(Debug, Clone, Copy)]
pub struct Placement {
    pub object: Object,
    pub field: Option<&'static str>,
    /// Rule codes, as in the registry.
    pub rules: &'static [&'static str],
}

const fn on_object(object: Object, rules: &'static [&'static str]) -> Placement {
    Placement {
        object,
        field: None,
        rules,
    }
}

const fn on_field(
    object: Object,
    field: &'static str,
    rules: &'static [&'static str],
) -> Placement {
    Placement {
        object,
        field: Some(field),
        rules,
    }
}

/// Every rule of the registry, placed where it reports. The rules placed on the body as a whole
/// apply to the document or to every field: syntax, limits, duplicate keys, the body's type,
/// required and unknown fields, field types and string lengths, and the path parameters. The
/// other rules on the request line and headers are placed on `Request`, which has no schema.
/// A test checks that each rule of the registry is placed and that each code exists.
pub static PLACEMENTS: &[Placement] = &[
    on_object(
        Object::Body,
        &[
            "SR001", "SR002", "SR003", "SR004", "SR101", "SR102", "SR103", "SR104", "SR501",
            "SR502",
        ],
    ),
    on_field(Object::Body, "report_period", &["SR105"]),
    on_field(Object::Body, "report_range", &["SR109", "SR401", "SR403"]),
    on_field(Object::ReportRange, "start", &["SR107", "SR108"]),
    on_field(Object::ReportRange, "end", &["SR107", "SR108"]),
    on_field(Object::Body, "language", &["SR110"]),
    on_field(Object::Body, "notification_task", &["SR106"]),
    on_field(Object::Body, "layout_id", &["SR111"]),
    on_field(Object::Body, "to", &["SR115", "SR116"]),
    on_field(Object::Body, "cc", &["SR115", "SR116"]),
    on_field(Object::Body, "report_file_type", &["SR113"]),
    on_field(Object::Body, "frequency", &["SR112", "SR402"]),
    on_field(Object::Body, "binding_wizard", &["SR301"]),
    on_field(Object::Body, "timezone", &["SR114"]),
    on_field(Object::Body, "report_rule_infos", &["SR201"]),
    on_object(Object::SendRule, &["SR211"]),
    on_field(
        Object::SendRule,
        "rule",
        &[
            "SR203", "SR204", "SR205", "SR206", "SR207", "SR208", "SR209",
        ],
    ),
    on_field(Object::SendRule, "rule_end", &["SR210", "SR108", "SR404"]),
    on_field(Object::SendWindow, "day", &["SR117"]),
    on_field(Object::SendWindow, "week", &["SR117"]),
    on_field(Object::SendWindow, "month", &["SR117"]),
    on_field(Object::SendWindow, "time", &["SR202"]),
    on_object(Object::BindingWizard, &["SR302", "SR307"]),
    on_field(Object::BindingWizard, "boa_version", &["SR308"]),
    on_field(Object::BindingWizard, "create_time", &["SR303"]),
    on_field(Object::BindingWizard, "creator_id", &["SR304"]),
    on_field(Object::BindingWizard, "workspace_id", &["SR305", "SR306"]),
    on_object(
        Object::Request,
        &[
            "SR503", "SR600", "SR601", "SR602", "SR603", "SR604", "SR605", "SR606", "SR607",
            "SR608", "SR609", "SR610", "SR611",
        ],
    ),
];

/// Returns the rules placed on a field, or on the object as a whole when `field` is `None`.
/// Codes that name no rule are skipped, and a test reports them.
pub fn rules_at(object: Object, field: Option<&str>) -> impl Iterator<Item = &'static Rule> + '_ {
    PLACEMENTS
        .iter()
        .filter(move |placement| placement.object == object && placement.field == field)
        .flat_map(|placement| placement.rules.iter())
        .filter_map(|code| rules::find(code))
}
