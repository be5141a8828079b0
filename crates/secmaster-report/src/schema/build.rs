//! Builds the subschemas of the request's objects and fields from the field tables.

use serde_json::{json, Map, Value};

use crate::messages::Locale;
use crate::model::fields::{
    Field, FieldType, BINDING_WIZARD_FIELDS, BODY_FIELDS, MAX_SEND_RULES, OFFSET_FIELDS,
    RANGE_FIELDS, SEND_RULE_FIELDS,
};

use super::hints::{self, Localized};
use super::placement::{rules_at, Object};
use super::text::{self, RuleNotes};

/// Returns the field table of an object.
fn fields_of(object: Object) -> &'static [Field] {
    match object {
        Object::Body => &BODY_FIELDS,
        Object::ReportRange => &RANGE_FIELDS,
        Object::SendRule => &SEND_RULE_FIELDS,
        Object::SendWindow => &OFFSET_FIELDS,
        Object::BindingWizard => &BINDING_WIZARD_FIELDS,
        Object::Request => &[],
    }
}

/// Inserts `description` and `markdownDescription`: the text, then the notes on the rules placed
/// at `object` and `field`, then `extra` as a last paragraph.
pub(super) fn describe(
    schema: &mut Map<String, Value>,
    text: &str,
    object: Object,
    field: Option<&str>,
    extra: Option<Localized>,
    locale: Locale,
) {
    let notes = RuleNotes::new(rules_at(object, field));
    let mut plain = format!("{text}{}", notes.plain(locale));
    let mut markdown = format!("{text}{}", notes.markdown(locale));
    if let Some(extra) = extra {
        plain.push_str(text::sentence_gap(locale));
        plain.push_str(extra.get(locale));
        markdown.push_str("\n\n");
        markdown.push_str(extra.get(locale));
    }
    schema.insert("description".into(), plain.into());
    schema.insert("markdownDescription".into(), markdown.into());
}

/// Inserts the keywords of an object with the fields of `object`'s table: `type`, `required`,
/// `properties` and, when `closed`, `additionalProperties: false`.
pub(super) fn insert_object(
    schema: &mut Map<String, Value>,
    object: Object,
    closed: bool,
    locale: Locale,
) {
    let fields = fields_of(object);
    schema.insert("type".into(), "object".into());

    let required: Vec<&str> = fields
        .iter()
        .filter(|field| field.required)
        .map(|field| field.name)
        .collect();
    if !required.is_empty() {
        schema.insert("required".into(), required.into());
    }

    let properties: Map<String, Value> = fields
        .iter()
        .map(|field| {
            (
                field.name.to_owned(),
                Value::Object(field_schema(object, field, locale)),
            )
        })
        .collect();
    schema.insert("properties".into(), properties.into());

    if closed {
        schema.insert("additionalProperties".into(), false.into());
    }
}

/// Returns the subschema of one field.
fn field_schema(object: Object, field: &Field, locale: Locale) -> Map<String, Value> {
    let mut schema = Map::new();
    let description = match locale {
        Locale::En => field.description,
        Locale::ZhCn => field.description_zh,
    };
    let extra = (object, field.name) == (Object::Body, "binding_wizard");
    describe(
        &mut schema,
        description,
        object,
        Some(field.name),
        extra.then_some(text::CONTENT_NOTE),
        locale,
    );

    match (object, field.name) {
        (Object::Body, "report_range") => {
            insert_object(&mut schema, Object::ReportRange, true, locale)
        }
        (Object::SendRule, "start_time" | "end_time") => {
            insert_object(&mut schema, Object::SendWindow, true, locale)
        }
        _ => {
            schema.insert("type".into(), field.field_type.name().into());
        }
    }
    insert_enum(&mut schema, object, field, locale);
    insert_string_limits(&mut schema, object, field, locale);
    if let Some((min, max)) = field.range {
        schema.insert("minimum".into(), min.into());
        schema.insert("maximum".into(), max.into());
    }

    match (object, field.name) {
        (Object::Body, "report_rule_infos") => {
            schema.insert("maxItems".into(), MAX_SEND_RULES.into());
            schema.insert("items".into(), send_rule_schema(locale).into());
        }
        (Object::Body, "binding_wizard") => {
            schema.insert("contentMediaType".into(), "application/json".into());
            schema.insert("contentSchema".into(), binding_wizard_schema(locale).into());
        }
        _ => {}
    }

    let examples = hints::examples(object, field.name);
    if !examples.is_empty() {
        schema.insert("examples".into(), examples.into());
    }
    schema
}

/// Inserts `enum` with the table's values, or else the hints' values. When the hints describe
/// every value, also inserts `enumDescriptions` and `markdownEnumDescriptions`.
fn insert_enum(schema: &mut Map<String, Value>, object: Object, field: &Field, locale: Locale) {
    let values = field.values;
    if values.is_empty() {
        return;
    }
    schema.insert("enum".into(), values.into());

    let descriptions: Option<Vec<&str>> = values
        .iter()
        .map(|value| {
            hints::enum_description(object, field.name, value).map(|text| text.get(locale))
        })
        .collect();
    if let Some(descriptions) = descriptions {
        schema.insert("enumDescriptions".into(), descriptions.clone().into());
        schema.insert("markdownEnumDescriptions".into(), descriptions.into());
    }
}

/// Inserts `minLength`, `maxLength`, `pattern` and `patternErrorMessage` of a string field.
fn insert_string_limits(
    schema: &mut Map<String, Value>,
    object: Object,
    field: &Field,
    locale: Locale,
) {
    if field.field_type != FieldType::String {
        return;
    }
    if let Some(min) = field.min_length {
        schema.insert("minLength".into(), min.into());
    }
    if let Some(max) = field.max_length {
        schema.insert("maxLength".into(), max.into());
    }
    let Some(pattern) = field
        .pattern
        .or_else(|| hints::extra_pattern(object, field.name))
    else {
        return;
    };
    schema.insert("pattern".into(), pattern.into());
    if let Some(message) = hints::pattern_error(object, field.name) {
        schema.insert("patternErrorMessage".into(), message.get(locale).into());
    }
}

/// Returns the subschema of one element of `report_rule_infos`.
fn send_rule_schema(locale: Locale) -> Map<String, Value> {
    let mut schema = Map::new();
    describe(
        &mut schema,
        text::SEND_RULE.get(locale),
        Object::SendRule,
        None,
        None,
        locale,
    );
    insert_object(&mut schema, Object::SendRule, true, locale);

    let snippet = hints::send_rule_snippet(locale);
    schema.insert("defaultSnippets".into(), json!([snippet.to_json()]));
    schema
}

/// Returns the `contentSchema` of `binding_wizard`. Its keys are not closed, because the nested
/// document is undocumented and the checker only notes unknown keys there.
fn binding_wizard_schema(locale: Locale) -> Map<String, Value> {
    let mut schema = Map::new();
    describe(
        &mut schema,
        text::BINDING_DOCUMENT.get(locale),
        Object::BindingWizard,
        None,
        None,
        locale,
    );
    insert_object(&mut schema, Object::BindingWizard, false, locale);
    schema
}

/// Returns the snippet that fills the required fields of the body, in the table's order.
pub(super) fn body_snippet(locale: Locale) -> hints::Snippet {
    let mut body = Map::new();
    let mut tab_stop = 1;
    for field in BODY_FIELDS.iter().filter(|field| field.required) {
        let (value, used) = hints::body_snippet_value(field.name, tab_stop, locale);
        body.insert(field.name.to_owned(), value);
        tab_stop += used;
    }
    let (label, description) = hints::body_snippet_text(locale);
    hints::Snippet {
        label,
        description,
        body: body.into(),
    }
}
