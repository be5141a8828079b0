//! `binding_wizard`: a JSON object serialised into a string. The nested document is parsed on its
//! own, its pointers continue the outer `/binding_wizard`, and its spans are mapped back through
//! the escapes of the outer string.

pub(crate) mod boa_version;
pub(crate) mod create_time;
pub(crate) mod creator_id;
pub(crate) mod json;
pub(crate) mod unknown_key;
pub(crate) mod value_type;
pub(crate) mod workspace_id_format;
pub(crate) mod workspace_id_mismatch;

use crate::check::{Checker, NestedSource, Path};
use crate::model::fields::{FieldType, BINDING_WIZARD_FIELDS};
use crate::rules::{duplicate_key, walk::collect_fields};
use crate::syntax::{self, Kind, Value};

pub(crate) fn check<'src>(checker: &mut Checker<'_, 'src>, path: Path<'_>, value: Value<'_, 'src>) {
    let Some(text) = value.as_str() else { return };
    if text.is_empty() {
        // string-length reports the empty string.
        return;
    }
    let previous = checker.nested.replace(NestedSource::new(
        value.string_raw(),
        value.string_content_span().start,
    ));
    if text.starts_with('\u{feff}') {
        json::report_byte_order_mark(checker, path);
    }
    match syntax::parse(&text, &checker.options.limits) {
        Err(error) => json::report_syntax(checker, path, error),
        Ok(document) => check_document(checker, path, &document),
    }
    checker.nested = previous;
}

fn check_document(checker: &mut Checker<'_, '_>, path: Path<'_>, document: &syntax::Document<'_>) {
    duplicate_key::check(checker, path, document);
    let root = document.root();
    if root.kind() != Kind::Object {
        json::report_not_object(checker, path, root);
        return;
    }
    let slots = collect_fields(root, &BINDING_WIZARD_FIELDS, |value, key| {
        unknown_key::report(checker, path, root, value, key)
    });
    for (field, slot) in BINDING_WIZARD_FIELDS.iter().zip(slots) {
        let Some(value) = slot else { continue };
        let field_path = path.key(field.name);
        let typed = match field.field_type {
            FieldType::String => value.kind() == Kind::String,
            FieldType::Array => value.kind() == Kind::Array,
            FieldType::Object => value.kind() == Kind::Object,
            FieldType::Integer => value.kind() == Kind::Number,
        };
        if !typed {
            value_type::report(checker, field_path, field, value);
            continue;
        }
        match field.name {
            "boa_version" => boa_version::check(checker, field_path, value),
            "create_time" => create_time::check(checker, field_path, value),
            "creator_id" => creator_id::check(checker, field_path, value),
            "workspace_id" if workspace_id_format::check(checker, field_path, value) => {
                workspace_id_mismatch::check(checker, field_path, value);
            }
            _ => {}
        }
    }
}
