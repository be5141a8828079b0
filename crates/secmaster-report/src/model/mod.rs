//! The typed request model, with serde. A body without errors converts into
//! [`CreateReportRequestBody`], and serialising the model gives the wire format back, with
//! `binding_wizard` as a string of JSON text.

pub mod fields;

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::syntax::{self, Limits};

/// The body of `POST /v1/{project_id}/workspaces/{workspace_id}/sa/reports`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateReportRequestBody {
    pub report_name: String,
    pub report_period: ReportPeriod,
    pub report_range: ReportRange,
    pub language: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_task: Option<String>,
    pub layout_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// `pdf`, `html` or `image` in any case; see [`FileType::from_wire`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_file_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// Sent as a string of JSON text.
    #[serde(with = "binding_wizard_text")]
    pub binding_wizard: BindingWizard,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_rule_infos: Option<Vec<ReportRuleRequest>>,
}

/// The period of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportPeriod {
    Daily,
    Weekly,
    Monthly,
    Annual,
}

impl ReportPeriod {
    /// Parses the exact wire value (`weekly`; `Weekly` is not one).
    pub fn from_wire(text: &str) -> Option<Self> {
        match text {
            "daily" => Some(ReportPeriod::Daily),
            "weekly" => Some(ReportPeriod::Weekly),
            "monthly" => Some(ReportPeriod::Monthly),
            "annual" => Some(ReportPeriod::Annual),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ReportPeriod::Daily => "daily",
            ReportPeriod::Weekly => "weekly",
            ReportPeriod::Monthly => "monthly",
            ReportPeriod::Annual => "annual",
        }
    }
}

impl fmt::Display for ReportPeriod {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The sending frequency. No SDK declares it as an enumeration, so a value other than the
/// documented three is kept as written (when its rule is turned off).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Frequency {
    Daily,
    Weekly,
    Monthly,
    Other(String),
}

impl Frequency {
    /// Parses a documented value, exactly as written.
    pub fn from_wire(text: &str) -> Option<Self> {
        match text {
            "daily" => Some(Frequency::Daily),
            "weekly" => Some(Frequency::Weekly),
            "monthly" => Some(Frequency::Monthly),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
            Frequency::Monthly => "monthly",
            Frequency::Other(text) => text,
        }
    }
}

impl Serialize for Frequency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Frequency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Frequency::from_wire(&text).unwrap_or(Frequency::Other(text)))
    }
}

/// The documented kinds of `report_file_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileType {
    Pdf,
    Html,
    Image,
}

impl FileType {
    /// Parses a documented kind in any case (`PDF`, `pdf`): the wire spelling is undocumented.
    pub fn from_wire(text: &str) -> Option<Self> {
        [FileType::Pdf, FileType::Html, FileType::Image]
            .into_iter()
            .find(|kind| kind.as_str().eq_ignore_ascii_case(text))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FileType::Pdf => "pdf",
            FileType::Html => "html",
            FileType::Image => "image",
        }
    }
}

impl CreateReportRequestBody {
    /// Returns the documented kind of `report_file_type`, when it names one.
    pub fn file_type(&self) -> Option<FileType> {
        self.report_file_type
            .as_deref()
            .and_then(FileType::from_wire)
    }
}

/// The time range a report covers, as strings of epoch milliseconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRange {
    pub start: String,
    pub end: String,
}

impl ReportRange {
    /// Returns `start` in epoch milliseconds, when it is decimal digits.
    pub fn start_millis(&self) -> Option<i64> {
        self.start.parse().ok()
    }

    /// Returns `end` in epoch milliseconds, when it is decimal digits.
    pub fn end_millis(&self) -> Option<i64> {
        self.end.parse().ok()
    }
}

/// A send rule (`ReportRuleRequest`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReportRuleRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_end: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<ReportRuleTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<ReportRuleTime>,
}

/// The start or end of a send rule's statistical window, as offsets from the sending time.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReportRuleTime {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "integral"
    )]
    pub day: Option<i32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "integral"
    )]
    pub week: Option<i32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "integral"
    )]
    pub month: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
}

/// Reads an integer written in any JSON notation of an integer (`-0`, `1.0`, `1e1`), as the
/// checker's `integer-range` rule does.
fn integral<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i32>, D::Error> {
    use serde::de::Error as _;

    let Some(number) = Option::<serde_json::Number>::deserialize(deserializer)? else {
        return Ok(None);
    };
    let value = number.as_i64().or_else(|| {
        number
            .as_f64()
            .filter(|n| n.fract() == 0.0 && n.abs() < 1e10)
            .map(|n| n as i64)
    });
    value
        .and_then(|value| i32::try_from(value).ok())
        .map(Some)
        .ok_or_else(|| D::Error::custom(format!("{number} is not an integer of 32 bits")))
}

/// The document inside `binding_wizard`. A known key whose value has another type than the
/// usual one (which the checker only warns about) is kept in `other`, like unknown keys, so
/// nothing is lost on the way back to the wire.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BindingWizard {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding_buttons: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boa_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

impl<'de> Deserialize<'de> for BindingWizard {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde_json::Value;

        let entries = serde_json::Map::<String, Value>::deserialize(deserializer)?;
        let mut wizard = BindingWizard::default();
        for (key, value) in entries {
            let slot = match key.as_str() {
                "boa_version" => &mut wizard.boa_version,
                "create_time" => &mut wizard.create_time,
                "creator_id" => &mut wizard.creator_id,
                "creator_name" => &mut wizard.creator_name,
                "workspace_id" => &mut wizard.workspace_id,
                "binding_buttons" => {
                    match value {
                        Value::Array(buttons) => wizard.binding_buttons = Some(buttons),
                        other => {
                            wizard.other.insert(key, other);
                        }
                    }
                    continue;
                }
                _ => {
                    wizard.other.insert(key, value);
                    continue;
                }
            };
            match value {
                Value::String(text) => *slot = Some(text),
                other => {
                    wizard.other.insert(key, other);
                }
            }
        }
        Ok(wizard)
    }
}

/// Serialises [`BindingWizard`] as a string of compact JSON text, and reads it back from one.
mod binding_wizard_text {
    use serde::{de::Error as _, ser::Error as _, Deserialize, Deserializer, Serializer};

    use super::BindingWizard;

    pub(super) fn serialize<S: Serializer>(
        value: &BindingWizard,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let text = serde_json::to_string(value).map_err(S::Error::custom)?;
        serializer.serialize_str(&text)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BindingWizard, D::Error> {
        let text = String::deserialize(deserializer)?;
        // The checker's parser reads the text, so its limits apply and not those of serde_json.
        let document =
            crate::syntax::parse(&text, &crate::syntax::Limits::default()).map_err(|error| {
                D::Error::custom(format!("binding_wizard is not JSON: {:?}", error.kind))
            })?;
        BindingWizard::deserialize(document.root().to_json()).map_err(D::Error::custom)
    }
}

/// The deepest nesting the typed model reads, whatever `Limits::max_depth` allows the checker.
/// The conversion through `serde_json::Value` recurses once per level, so a document nested
/// 200,000 levels deep, under an unknown field with its rule off, would overflow the stack.
const MODEL_MAX_DEPTH: usize = 128;

/// Converts source text into the model. Fails when the text does not fit the model, which a
/// body without errors does only when rules that would report the problem are off or lowered,
/// or when it nests deeper than [`MODEL_MAX_DEPTH`].
pub(crate) fn from_source(
    source: &str,
    limits: &Limits,
) -> Result<CreateReportRequestBody, String> {
    let limits = Limits {
        max_depth: limits.max_depth.min(MODEL_MAX_DEPTH),
        ..*limits
    };
    let document = syntax::parse(source, &limits).map_err(|error| format!("{:?}", error.kind))?;
    serde_json::from_value(document.root().to_json()).map_err(|error| error.to_string())
}
