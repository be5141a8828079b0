//! Message catalogues. Every diagnostic message exists in English and Simplified Chinese, as a
//! template with `{name}` placeholders filled from the diagnostic's parameters.

mod en;
mod zh_cn;

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Param;

/// The language of rendered messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::ZhCn];

    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
        }
    }

    /// Returns the catalogue of the locale: pairs of message key and template.
    pub fn catalogue(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Locale::En => en::CATALOGUE,
            Locale::ZhCn => zh_cn::CATALOGUE,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The error for a locale name that has no catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown locale `{0}`: expected `en` or `zh-CN`")]
pub struct UnknownLocale(pub String);

impl FromStr for Locale {
    type Err = UnknownLocale;

    /// Parses `en` or `zh-CN`, ignoring case and accepting `_` for `-` (`zh_cn`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.to_ascii_lowercase().replace('_', "-").as_str() {
            "en" | "en-us" | "en-gb" => Ok(Locale::En),
            "zh-cn" | "zh" | "zh-hans" | "zh-hans-cn" => Ok(Locale::ZhCn),
            _ => Err(UnknownLocale(text.to_owned())),
        }
    }
}

/// Returns the template of a message key, falling back to English and then to the key itself.
pub fn template(locale: Locale, id: &str) -> &'static str {
    lookup(locale, id)
        .or_else(|| lookup(Locale::En, id))
        .unwrap_or("{id}")
}

/// The catalogues sorted by key length, then key, built on first use, so a lookup is a binary
/// search whose steps mostly compare two lengths instead of two strings.
type SortedCatalogue = Vec<(&'static str, &'static str)>;
static SORTED: OnceLock<[SortedCatalogue; 2]> = OnceLock::new();

fn lookup(locale: Locale, id: &str) -> Option<&'static str> {
    let sorted = SORTED.get_or_init(|| {
        Locale::ALL.map(|locale| {
            let mut entries = locale.catalogue().to_vec();
            entries.sort_unstable_by_key(|(key, _)| (key.len(), *key));
            entries
        })
    });
    let catalogue = &sorted[locale as usize];
    catalogue
        .binary_search_by_key(&(id.len(), id), |(key, _)| (key.len(), *key))
        .ok()
        .map(|index| catalogue[index].1)
}

/// Renders a message: each `{name}` in the template becomes the parameter's value.
pub fn render(locale: Locale, id: &str, params: &[Param]) -> String {
    let text = template(locale, id);
    let mut rendered = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rendered.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            rendered.push_str(&rest[open..]);
            return rendered;
        };
        let name = &after[..close];
        match params.iter().find(|param| param.name == name) {
            Some(param) if param.term => rendered.push_str(template(locale, &param.value)),
            Some(param) => push_visible(&mut rendered, &param.value),
            None if name == "id" => rendered.push_str(id),
            None => {
                rendered.push('{');
                rendered.push_str(name);
                rendered.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    rendered.push_str(rest);
    rendered
}

/// Appends text from the input with control characters written as escapes (`\u{1b}`), so a
/// value cannot move the cursor, change colours or break a line of the output.
fn push_visible(rendered: &mut String, value: &str) {
    if !value.chars().any(char::is_control) {
        rendered.push_str(value);
        return;
    }
    for character in value.chars() {
        if character.is_control() {
            rendered.push_str(&character.escape_unicode().to_string());
        } else {
            rendered.push(character);
        }
    }
}

/// Returns the placeholder names of a template, sorted and without repeats.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn keyed(locale: Locale) -> BTreeMap<&'static str, Vec<&'static str>> {
        let mut map = BTreeMap::new();
        for (key, template) in locale.catalogue() {
            let previous = map.insert(*key, placeholders(template));
            assert!(previous.is_none(), "{locale}: key `{key}` appears twice");
        }
        map
    }

    #[test]
    fn catalogues_have_same_keys_and_parameters() {
        let english = keyed(Locale::En);
        let chinese = keyed(Locale::ZhCn);
        let only_english: Vec<_> = english
            .keys()
            .filter(|k| !chinese.contains_key(*k))
            .collect();
        let only_chinese: Vec<_> = chinese
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(
            only_english.is_empty(),
            "missing in zh-CN: {only_english:?}"
        );
        assert!(only_chinese.is_empty(), "missing in en: {only_chinese:?}");
        for (key, parameters) in &english {
            assert_eq!(
                parameters, &chinese[key],
                "message `{key}` has different parameters in en and zh-CN"
            );
        }
    }

    #[test]
    fn render_fills_parameters() {
        let params = [Param {
            name: "field",
            value: "report_name".into(),
            term: false,
        }];
        let english = render(Locale::En, "required-field", &params);
        assert!(english.contains("`report_name`"), "{english}");
        let chinese = render(Locale::ZhCn, "required-field", &params);
        assert!(chinese.contains("`report_name`"), "{chinese}");
        assert_ne!(english, chinese);
    }

    #[test]
    fn render_escapes_control_characters() {
        let params = [Param {
            name: "value",
            value: "\u{1b}[31mred\nline".into(),
            term: false,
        }];
        let rendered = render(Locale::En, "report-period", &params);
        assert!(!rendered.contains('\u{1b}'), "{rendered}");
        assert!(!rendered.contains('\n'), "{rendered}");
        assert!(rendered.contains("\\u{1b}[31mred\\u{a}line"), "{rendered}");
    }

    #[test]
    fn render_translates_terms() {
        let params = [Param {
            name: "expected",
            value: "type.string".into(),
            term: true,
        }];
        assert!(render(Locale::ZhCn, "field-type", &params).contains("字符串"));
        assert!(render(Locale::En, "field-type", &params).contains("a string"));
    }

    #[test]
    fn locale_parses_common_spellings() {
        assert_eq!("zh-CN".parse::<Locale>().unwrap(), Locale::ZhCn);
        assert_eq!("zh_cn".parse::<Locale>().unwrap(), Locale::ZhCn);
        assert_eq!("EN".parse::<Locale>().unwrap(), Locale::En);
        assert!("fr".parse::<Locale>().is_err());
    }
}
