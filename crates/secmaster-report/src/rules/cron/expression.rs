//! Splitting a cron expression into fields, and what each field position means.

/// The form an expression is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// `sec min hour day-of-month month day-of-week [year]`, Sunday = 1.
    Quartz,
    /// `min hour day-of-month month day-of-week`, Sunday = 0 or 7.
    Unix,
}

/// The meaning of a field position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    Second,
    Minute,
    Hour,
    DayOfMonth,
    Month,
    DayOfWeek,
    Year,
}

/// The earliest year the Quartz documentation allows.
pub(crate) const MIN_YEAR: u32 = 1970;
/// The latest year the Quartz documentation allows.
pub(crate) const MAX_YEAR: u32 = 2199;

impl FieldKind {
    pub(crate) const QUARTZ: [FieldKind; 7] = [
        FieldKind::Second,
        FieldKind::Minute,
        FieldKind::Hour,
        FieldKind::DayOfMonth,
        FieldKind::Month,
        FieldKind::DayOfWeek,
        FieldKind::Year,
    ];

    pub(crate) const UNIX: [FieldKind; 5] = [
        FieldKind::Minute,
        FieldKind::Hour,
        FieldKind::DayOfMonth,
        FieldKind::Month,
        FieldKind::DayOfWeek,
    ];

    /// Returns the catalogue key of the field's name, for [`Message::with_term`].
    ///
    /// [`Message::with_term`]: crate::diagnostic::Message::with_term
    pub(crate) fn term(self) -> &'static str {
        match self {
            FieldKind::Second => "cron.field.second",
            FieldKind::Minute => "cron.field.minute",
            FieldKind::Hour => "cron.field.hour",
            FieldKind::DayOfMonth => "cron.field.day-of-month",
            FieldKind::Month => "cron.field.month",
            FieldKind::DayOfWeek => "cron.field.day-of-week",
            FieldKind::Year => "cron.field.year",
        }
    }

    /// Returns the smallest and largest value the field accepts. Day-of-week `0` is accepted in
    /// both dialects so that the `cron-weekday-zero` rule, not a syntax error, reports it in the
    /// Quartz form.
    pub(crate) fn bounds(self) -> (u32, u32) {
        match self {
            FieldKind::Second | FieldKind::Minute => (0, 59),
            FieldKind::Hour => (0, 23),
            FieldKind::DayOfMonth => (1, 31),
            FieldKind::Month => (1, 12),
            FieldKind::DayOfWeek => (0, 7),
            FieldKind::Year => (MIN_YEAR, MAX_YEAR),
        }
    }

    /// Returns the largest step Quartz accepts after `*/`, `/` or a single start value. Quartz's
    /// `CronExpression` rejects a larger one ("Increment > 60") and checks no step of a year.
    pub(crate) fn max_step(self) -> Option<u32> {
        match self {
            FieldKind::Second | FieldKind::Minute => Some(59),
            FieldKind::Hour => Some(23),
            FieldKind::DayOfMonth => Some(31),
            FieldKind::Month => Some(12),
            FieldKind::DayOfWeek => Some(7),
            FieldKind::Year => None,
        }
    }
}

/// A byte range in the expression text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Token {
    pub(crate) fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub(crate) fn text(self, expression: &str) -> &str {
        &expression[self.start..self.end]
    }
}

/// The maximum number of fields, that of the Quartz form with a year.
pub(crate) const MAX_FIELDS: usize = 7;

/// The fields of an expression: the ranges of its first [`MAX_FIELDS`] fields and the count of
/// all of them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    tokens: [Token; MAX_FIELDS],
    count: usize,
    /// The start of the first field past [`MAX_FIELDS`], when there is one.
    extra_start: Option<usize>,
}

impl Fields {
    /// Splits an expression on ASCII whitespace. Quartz itself splits only on spaces and tabs,
    /// but line breaks count as separators here so that a stray trailing newline is not an error.
    pub(crate) fn split(expression: &str) -> Self {
        let mut fields = Fields {
            tokens: [Token::default(); MAX_FIELDS],
            count: 0,
            extra_start: None,
        };
        let bytes = expression.as_bytes();
        let mut index = 0;
        while index < bytes.len() {
            if bytes[index].is_ascii_whitespace() {
                index += 1;
                continue;
            }
            let start = index;
            while index < bytes.len() && !bytes[index].is_ascii_whitespace() {
                index += 1;
            }
            if fields.count < MAX_FIELDS {
                fields.tokens[fields.count] = Token::new(start, index);
            } else if fields.extra_start.is_none() {
                fields.extra_start = Some(start);
            }
            fields.count += 1;
        }
        fields
    }

    pub(crate) fn count(&self) -> usize {
        self.count
    }

    /// Returns the fields, at most [`MAX_FIELDS`] of them.
    pub(crate) fn tokens(&self) -> &[Token] {
        &self.tokens[..self.count.min(MAX_FIELDS)]
    }

    pub(crate) fn get(&self, index: usize) -> Option<Token> {
        self.tokens().get(index).copied()
    }

    pub(crate) fn extra_start(&self) -> Option<usize> {
        self.extra_start
    }

    /// Returns the expression with the fields at the given indexes replaced, fields joined by
    /// single spaces.
    pub(crate) fn replaced(&self, expression: &str, replacements: &[(usize, &str)]) -> String {
        let mut text = String::with_capacity(expression.len() + 8);
        for (index, token) in self.tokens().iter().enumerate() {
            if index > 0 {
                text.push(' ');
            }
            match replacements.iter().find(|(position, _)| *position == index) {
                Some((_, replacement)) => text.push_str(replacement),
                None => text.push_str(token.text(expression)),
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_records_field_ranges() {
        let fields = Fields::split("  0 0/15\t8 ? * MON ");
        assert_eq!(fields.count(), 6);
        assert_eq!(fields.get(0), Some(Token::new(2, 3)));
        assert_eq!(fields.get(1), Some(Token::new(4, 8)));
        assert_eq!(fields.get(5), Some(Token::new(15, 18)));
        assert_eq!(fields.extra_start(), None);
    }

    #[test]
    fn split_counts_fields_past_seven() {
        let fields = Fields::split("0 0 8 ? * MON 2030 x y");
        assert_eq!(fields.count(), 9);
        assert_eq!(fields.tokens().len(), 7);
        assert_eq!(fields.extra_start(), Some(19));
    }

    #[test]
    fn split_of_blank_text_is_empty() {
        assert_eq!(Fields::split(" \t ").count(), 0);
    }

    #[test]
    fn replaced_joins_fields_with_one_space() {
        let expression = "0  0 8 15 *  MON";
        let fields = Fields::split(expression);
        assert_eq!(fields.replaced(expression, &[(5, "?")]), "0 0 8 15 * ?");
    }
}
