//! JSON Schema export (draft 2020-12) of the request body, generated from the field tables of
//! [`crate::model::fields`] and the rule registry.
//!
//! The schema is a subset of the checker. It expresses what the rules marked
//! [`SchemaSupport::Full`] or [`SchemaSupport::Partial`] check ([`expressed_rules`]): types,
//! required and unknown fields, string lengths, enumerations, patterns, integer ranges and the
//! number of send rules. A schema cannot give a severity, so it rejects everything it expresses,
//! including what the checker reports only as a warning. Each description names those rules, and
//! the rules that only the checker runs on that field ([`placement`]).
//!
//! The files under `schema/` at the repository root are the output of [`FILES`]. A test
//! regenerates them and fails on any difference; `UPDATE_SCHEMA=1 cargo test -p
//! secmaster-report --test schema` rewrites them.
//!
//! # Limitations
//!
//! `binding_wizard` is JSON text inside a string. The schema describes that document with
//! `contentMediaType` and `contentSchema`, which draft 2020-12 defines as annotations: most
//! validators and editors do not check the content unless configured to.

mod build;
mod hints;
pub mod placement;
mod text;

use serde_json::{json, Map, Value};

use crate::messages::Locale;
use crate::rules::{Rule, SchemaSupport, RULES};

use self::placement::Object;

/// The meta-schema the exported schema declares in `$schema`.
pub const META_SCHEMA: &str = "https://json-schema.org/draft/2020-12/schema";

/// The base of the `$id` of every exported file: the file's path is appended.
pub const ID_BASE: &str = "https://secmaster-report.github.io/";

/// The command that rewrites the committed schema files.
pub const REGENERATE_COMMAND: &str = "UPDATE_SCHEMA=1 cargo test -p secmaster-report --test schema";

/// A committed schema file: its path from the repository root and the locale of its texts.
#[derive(Debug, Clone, Copy)]
pub struct SchemaFile {
    pub path: &'static str,
    pub locale: Locale,
}

impl SchemaFile {
    /// Returns the file's `$id`.
    pub fn id(&self) -> String {
        format!("{ID_BASE}{}", self.path)
    }

    /// Renders the file's content.
    pub fn render(&self) -> String {
        to_pretty_string(self.locale)
    }
}

/// Every committed schema file, one per locale.
pub static FILES: [SchemaFile; 2] = [
    SchemaFile {
        path: "schema/create-report.schema.json",
        locale: Locale::En,
    },
    SchemaFile {
        path: "schema/create-report.zh-CN.schema.json",
        locale: Locale::ZhCn,
    },
];

/// Returns the committed file of a locale.
pub fn file_for(locale: Locale) -> &'static SchemaFile {
    FILES
        .iter()
        .find(|file| file.locale == locale)
        .unwrap_or(&FILES[0])
}

/// The example request body of the API reference, with personal details replaced.
const API_REFERENCE_EXAMPLE: &str = include_str!("api-reference-example.json");

/// Generates the JSON Schema of the Create Security Report request body in a locale.
pub fn generate(locale: Locale) -> Value {
    let mut schema = Map::new();
    schema.insert("$schema".into(), META_SCHEMA.into());
    schema.insert("$id".into(), file_for(locale).id().into());
    schema.insert(
        "$comment".into(),
        format!(
            "Generated from the field tables and the rule registry of the secmaster-report crate. \
             Do not edit; regenerate with `{REGENERATE_COMMAND}`."
        )
        .into(),
    );
    schema.insert("title".into(), text::TITLE.get(locale).into());
    build::describe(
        &mut schema,
        text::INTRODUCTION.get(locale),
        Object::Body,
        None,
        None,
        locale,
    );
    build::insert_object(&mut schema, Object::Body, true, locale);

    let example: Value = serde_json::from_str(API_REFERENCE_EXAMPLE)
        .expect("the API reference example is valid JSON");
    schema.insert("examples".into(), json!([example]));
    schema.insert(
        "defaultSnippets".into(),
        json!([build::body_snippet(locale).to_json()]),
    );
    Value::Object(schema)
}

/// Renders the schema of a locale as the committed file: 2-space indentation and a final newline.
pub fn to_pretty_string(locale: Locale) -> String {
    let mut text =
        serde_json::to_string_pretty(&generate(locale)).expect("a JSON value serialises");
    text.push('\n');
    text
}

/// Returns the rules whose problems the schema rejects, in full or in part, in registry order.
pub fn expressed_rules() -> impl Iterator<Item = &'static Rule> {
    RULES
        .iter()
        .copied()
        .filter(|rule| rule.schema != SchemaSupport::None)
}
