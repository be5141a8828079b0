//! Property tests on generated request bodies. A valid body, built as the typed model and
//! serialised, has no diagnostic and converts back into the same model. One mutation of such a
//! body (a value of the wrong type, a value out of range, a required key dropped, a bad cron
//! expression) gives a diagnostic at the pointer of what it changed.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use secmaster_report::{
    parse_request, validate, BindingWizard, CreateReportRequestBody, Frequency, Options,
    ReportPeriod, ReportRange, ReportRuleRequest, ReportRuleTime,
};
use serde_json::{json, Value};

/// The current time of the checks: 2025-12-01T00:00:00Z.
const NOW_MS: i64 = 1_764_547_200_000;
const WORKSPACE_ID: &str = "75645d0a-93b8-4a7f-a77c-e97009389445";
const DAY_MS: i64 = 86_400_000;

fn options() -> Options {
    let mut options = Options::default();
    options.now_ms = Some(NOW_MS);
    options.workspace_id = Some(WORKSPACE_ID.to_owned());
    options
}

/// Free text of 1 to `max` characters, with quotes, backslashes, control characters and
/// characters outside the BMP, so that serialisation writes escapes.
fn text(max: usize) -> impl Strategy<Value = String> {
    let character = prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => select(vec![' ', '"', '\\', '/', '\n', '\t', '\u{1}', 'é', '中', '报', '😀']),
    ];
    vec(character, 1..=max).prop_map(|characters| characters.into_iter().collect())
}

fn hex(length: usize) -> impl Strategy<Value = String> {
    vec(select(b"0123456789abcdef".to_vec()), length)
        .prop_map(|digits| digits.into_iter().map(char::from).collect())
}

fn uuid() -> impl Strategy<Value = String> {
    (hex(8), hex(4), hex(4), hex(4), hex(12))
        .prop_map(|(a, b, c, d, e)| format!("{a}-{b}-{c}-{d}-{e}"))
}

fn email_list() -> impl Strategy<Value = String> {
    let address = ("[a-z]{1,8}", "[a-z]{1,8}", select(vec!["com", "cn", "org"]))
        .prop_map(|(local, domain, tld)| format!("{local}@{domain}.{tld}"));
    vec(address, 1..=5).prop_map(|addresses| addresses.join(";"))
}

/// A range whose length suits the period: the checker expects between half the shortest and
/// twice the longest calendar length of one period, and an end no later than `NOW_MS`.
fn period_and_range() -> impl Strategy<Value = (ReportPeriod, ReportRange)> {
    let period = select(vec![
        ReportPeriod::Daily,
        ReportPeriod::Weekly,
        ReportPeriod::Monthly,
        ReportPeriod::Annual,
    ]);
    period.prop_flat_map(|period| {
        let (shortest, longest) = match period {
            ReportPeriod::Daily => (1, 1),
            ReportPeriod::Weekly => (7, 7),
            ReportPeriod::Monthly => (28, 31),
            ReportPeriod::Annual => (365, 366),
        };
        let length = (shortest * DAY_MS / 2)..=(2 * longest * DAY_MS);
        let start = 1_500_000_000_000i64..=1_690_000_000_000;
        (Just(period), start, length).prop_map(|(period, start, length)| {
            let range = ReportRange {
                start: start.to_string(),
                end: (start + length).to_string(),
            };
            (period, range)
        })
    })
}

/// Small JSON values for `binding_buttons`, floats among them.
fn button() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |number| number.is_finite())
            .prop_map(Value::from),
        text(12).prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            vec(("[a-z_]{1,6}", inner), 0..4)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

fn binding_wizard() -> impl Strategy<Value = BindingWizard> {
    (
        proptest::option::of(vec(button(), 0..4)),
        proptest::option::of("v[0-9]{1,2}"),
        proptest::option::of(select(vec![
            "2025-11-20T10:51:40Z+0800",
            "2025-11-20T10:51:40+08:00",
        ])),
        proptest::option::of(hex(32)),
        proptest::option::of(text(20)),
    )
        .prop_map(
            |(binding_buttons, boa_version, create_time, creator_id, creator_name)| BindingWizard {
                binding_buttons,
                boa_version,
                create_time: create_time.map(str::to_owned),
                creator_id,
                creator_name,
                workspace_id: Some(WORKSPACE_ID.to_owned()),
                other: serde_json::Map::new(),
            },
        )
}

fn cron() -> impl Strategy<Value = String> {
    let weekdays = select(vec!["?", "MON", "MON-FRI", "SAT,SUN", "FRI"]);
    (0..60u32, 0..60u32, 0..24u32, weekdays).prop_map(|(second, minute, hour, weekday)| {
        let day_of_month = if weekday == "?" { "*" } else { "?" };
        format!("{second} {minute} {hour} {day_of_month} * {weekday}")
    })
}

/// The start and end of a send rule's window, the start no later than the end.
fn window() -> impl Strategy<Value = (ReportRuleTime, ReportRuleTime)> {
    let time = (0..24u32, 0..60u32, 0..60u32)
        .prop_map(|(hour, minute, second)| format!("{hour:02}:{minute:02}:{second:02}"));
    // The end is a day after the start, so any two times of day keep the order.
    (-1..=0i32, proptest::option::of(time.clone()), time).prop_map(
        |(start_day, start_time, end_time)| {
            let start = ReportRuleTime {
                day: Some(start_day),
                week: None,
                month: None,
                time: start_time,
            };
            let end = ReportRuleTime {
                day: Some(start_day + 1),
                week: None,
                month: None,
                time: Some(end_time),
            };
            (start, end)
        },
    )
}

fn send_rule() -> impl Strategy<Value = ReportRuleRequest> {
    let rule_end = (NOW_MS..NOW_MS + 400 * DAY_MS).prop_map(|millis| millis.to_string());
    (
        proptest::option::of(cron()),
        proptest::option::of(rule_end),
        proptest::option::of(window()),
    )
        .prop_map(|(rule, rule_end, window)| {
            let (start_time, end_time) = match window {
                Some((start, end)) => (Some(start), Some(end)),
                None => (None, None),
            };
            ReportRuleRequest {
                rule,
                rule_end,
                start_time,
                end_time,
            }
        })
}

prop_compose! {
    fn valid_body()(
        report_name in text(64),
        (report_period, report_range) in period_and_range(),
        language in select(vec!["zh-CN", "en-US", "zh-cn", "en"]),
        notification_task in proptest::option::of(hex(32)),
        layout_id in uuid(),
        title in proptest::option::of(text(64)),
        to in proptest::option::of(email_list()),
        cc in proptest::option::of(email_list()),
        content in proptest::option::of(text(200)),
        report_file_type in proptest::option::of(select(vec!["pdf", "html", "image", "PDF"])),
        with_frequency in any::<bool>(),
        binding_wizard in binding_wizard(),
        timezone in proptest::option::of(select(vec!["Asia/Shanghai", "GMT+08:00", "UTC", "UTC+8"])),
        report_rule_infos in proptest::option::of(vec(send_rule(), 0..=5)),
    ) -> CreateReportRequestBody {
        let frequency = match report_period {
            _ if !with_frequency => None,
            ReportPeriod::Daily => Some(Frequency::Daily),
            ReportPeriod::Weekly => Some(Frequency::Weekly),
            ReportPeriod::Monthly | ReportPeriod::Annual => Some(Frequency::Monthly),
        };
        CreateReportRequestBody {
            report_name,
            report_period,
            report_range,
            language: language.to_owned(),
            notification_task,
            layout_id,
            title,
            to,
            cc,
            content,
            report_file_type: report_file_type.map(str::to_owned),
            frequency,
            binding_wizard,
            timezone: timezone.map(str::to_owned),
            report_rule_infos,
        }
    }
}

/// Serialises a body compactly or with indentation.
fn serialise(body: &CreateReportRequestBody, pretty: bool) -> String {
    if pretty {
        serde_json::to_string_pretty(body).unwrap()
    } else {
        serde_json::to_string(body).unwrap()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn valid_body_has_no_diagnostic(body in valid_body(), pretty in any::<bool>()) {
        let text = serialise(&body, pretty);
        let report = validate(&text, &options());
        prop_assert!(report.diagnostics.is_empty(), "{:#?}\n{}", report.diagnostics, text);
    }

    #[test]
    fn valid_body_round_trips_through_model(body in valid_body(), pretty in any::<bool>()) {
        let text = serialise(&body, pretty);
        let (parsed, warnings) = parse_request(&text, &options()).unwrap();
        prop_assert!(warnings.diagnostics.is_empty());
        prop_assert_eq!(&parsed, &body);

        let wire = serde_json::to_string(&parsed).unwrap();
        let (again, _) = parse_request(&wire, &options()).unwrap();
        prop_assert_eq!(again, body);
    }

    #[test]
    fn mutation_is_reported_at_its_pointer(
        body in valid_body(),
        mutation in mutation(),
        choice in any::<prop::sample::Index>(),
    ) {
        let mut value = serde_json::to_value(&body).unwrap();
        let Some(pointer) = mutation.apply(&mut value, choice) else {
            return Ok(());
        };
        let text = serde_json::to_string_pretty(&value).unwrap();
        let report = validate(&text, &options());
        prop_assert!(
            report.diagnostics.iter().any(|d| d.pointer == pointer),
            "{:?} gave nothing at {}: {:#?}\n{}", mutation, pointer, report.diagnostics, text
        );
        for diagnostic in &report.diagnostics {
            prop_assert!(
                related(&diagnostic.pointer, &pointer),
                "{:?} at {} gave {} at {}\n{}",
                mutation, pointer, diagnostic.code, diagnostic.pointer, text
            );
        }
    }
}

/// Returns true when one pointer is the other or contains it.
fn related(found: &str, mutated: &str) -> bool {
    let within = |inner: &str, outer: &str| {
        inner == outer || inner.starts_with(&format!("{outer}/")) || outer.is_empty()
    };
    within(found, mutated) || within(mutated, found)
}

/// One change to a valid body.
#[derive(Debug, Clone)]
enum Mutation {
    /// A field of the body or of `report_range` gets a value of another JSON type.
    WrongType(Value),
    /// A string field gets a value longer than its maximum.
    TooLong,
    /// An offset of a send rule's window gets a value outside its range.
    OutOfRange(i64),
    /// A required key of the body or of `report_range` is removed.
    DropRequired,
    /// A send rule's `rule` gets an expression that the cron rules report.
    BadCron(&'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let other_type = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        Just(json!([])),
        Just(json!({"a": 1})),
    ];
    prop_oneof![
        other_type.prop_map(Mutation::WrongType),
        Just(Mutation::TooLong),
        prop_oneof![-1000..=-7i64, 33..=1000i64].prop_map(Mutation::OutOfRange),
        Just(Mutation::DropRequired),
        select(vec![
            "0 0 25 ? * MON",
            "*/0 * * * * ?",
            "0 0/0 8 ? * MON",
            "0 8 * * 1-5",
            "0 0 8 30 2 ?",
            "0 0 8 ? * 0",
            "0 0 8 15 * MON",
            "0 0 8 ? * 2-6",
            "0 0 8",
            "0 0 8 ? * MON 2020",
        ])
        .prop_map(Mutation::BadCron),
    ]
}

const STRING_FIELDS: [&str; 11] = [
    "report_name",
    "report_period",
    "language",
    "layout_id",
    "title",
    "to",
    "cc",
    "content",
    "report_file_type",
    "timezone",
    "binding_wizard",
];
const REQUIRED_FIELDS: [&str; 6] = [
    "report_name",
    "report_period",
    "report_range",
    "language",
    "layout_id",
    "binding_wizard",
];

impl Mutation {
    /// Applies the mutation to a place that `choice` picks, and returns the pointer of that
    /// place. Returns `None` when the body has no place for it, such as a cron expression in a
    /// body without send rules.
    fn apply(&self, body: &mut Value, choice: prop::sample::Index) -> Option<String> {
        match self {
            Mutation::WrongType(replacement) => {
                let mut places: Vec<String> = STRING_FIELDS
                    .iter()
                    .filter(|name| body.get(**name).is_some())
                    .map(|name| format!("/{name}"))
                    .collect();
                places.extend(["/report_range/start".into(), "/report_range/end".into()]);
                let pointer = choice.get(&places).clone();
                *body.pointer_mut(&pointer)? = replacement.clone();
                Some(pointer)
            }
            Mutation::TooLong => {
                let limited = ["report_name", "title", "content", "timezone"];
                let present: Vec<&str> = limited
                    .iter()
                    .copied()
                    .filter(|name| body.get(*name).is_some())
                    .collect();
                let name = *choice.get(&present);
                body[name] = Value::String("x".repeat(257));
                Some(format!("/{name}"))
            }
            Mutation::OutOfRange(number) => {
                let places = offset_places(body);
                if places.is_empty() {
                    return None;
                }
                let pointer = choice.get(&places).clone();
                let (parent, key) = pointer.rsplit_once('/')?;
                body.pointer_mut(parent)?
                    .as_object_mut()?
                    .insert(key.to_owned(), Value::from(*number));
                Some(pointer)
            }
            Mutation::DropRequired => {
                let mut places: Vec<String> = REQUIRED_FIELDS
                    .iter()
                    .map(|name| format!("/{name}"))
                    .collect();
                places.extend(["/report_range/start".into(), "/report_range/end".into()]);
                let pointer = choice.get(&places).clone();
                let (parent, key) = pointer.rsplit_once('/')?;
                let parent = if parent.is_empty() {
                    &mut *body
                } else {
                    body.pointer_mut(parent)?
                };
                parent.as_object_mut()?.remove(key);
                Some(pointer)
            }
            Mutation::BadCron(expression) => {
                let count = body["report_rule_infos"].as_array().map_or(0, Vec::len);
                if count == 0 {
                    return None;
                }
                let index = choice.index(count);
                body["report_rule_infos"][index]["rule"] = Value::from(*expression);
                Some(format!("/report_rule_infos/{index}/rule"))
            }
        }
    }
}

/// Returns the pointers of the `day`, `week` and `month` offsets of every send rule, present
/// or not: an offset added where there was none is a mutation too.
fn offset_places(body: &Value) -> Vec<String> {
    let count = body["report_rule_infos"].as_array().map_or(0, Vec::len);
    let mut places = Vec::new();
    for index in 0..count {
        for side in ["start_time", "end_time"] {
            if body["report_rule_infos"][index].get(side).is_none() {
                continue;
            }
            for unit in ["day", "week", "month"] {
                places.push(format!("/report_rule_infos/{index}/{side}/{unit}"));
            }
        }
    }
    places
}
