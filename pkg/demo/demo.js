// A form that builds a Create Security Report request body and checks it on every keystroke with
// the npm package: messages appear next to their fields and in the diagnostics panel, in the
// chosen language.

import { init, validateFields } from '../src/browser.js';

const DAY_MILLIS = 86_400_000;

const TEXTS = {
  en: {
    title: 'Create a security report',
    locale: 'Language of messages',
    path: 'Path parameters',
    report: 'Report',
    delivery: 'Delivery (optional)',
    diagnostics: 'Diagnostics',
    body: 'Request body',
    noProblems: 'No problems: the request is ready to send.',
    summary: (errors, warnings, infos) => `${errors} error(s), ${warnings} warning(s), ${infos} note(s)`,
    invalidJson: (error) => `not valid JSON, so the field is left out of the body: ${error}`,
  },
  'zh-CN': {
    title: '创建安全报告',
    locale: '提示语言',
    path: '路径参数',
    report: '报告',
    delivery: '发送（可选）',
    diagnostics: '检查结果',
    body: '请求体',
    noProblems: '没有问题：请求可以发送。',
    summary: (errors, warnings, infos) => `${errors} 个错误，${warnings} 个警告，${infos} 个提示`,
    invalidJson: (error) => `不是有效的 JSON，请求体中暂不包含该字段：${error}`,
  },
};

/** Optional text fields: left out of the body while empty. */
const OPTIONAL_TEXT_FIELDS = [
  'notification_task',
  'title',
  'to',
  'cc',
  'content',
  'report_file_type',
  'frequency',
  'timezone',
];

const form = document.getElementById('report-form');
const localeSelect = document.getElementById('locale');

function input(id) {
  return document.getElementById(id);
}

/** Fills the form with a valid request: a weekly report over the last full week (UTC). */
function fillExample() {
  const today = Math.floor(Date.now() / DAY_MILLIS) * DAY_MILLIS;
  const workspaceId = '75645d0a-93b8-4a7f-a77c-e97009389445';
  const values = {
    workspace_id: workspaceId,
    project_id: '0123456789abcdef0123456789abcdef',
    report_name: '每周安全报告',
    report_period: 'weekly',
    range_start: String(today - 7 * DAY_MILLIS),
    range_end: String(today),
    language: 'zh-CN',
    layout_id: 'b240d19f-7bdb-39cd-bfc2-0d4b86d8747f',
    binding_wizard: JSON.stringify({
      binding_buttons: [],
      boa_version: 'v4',
      create_time: '2025-11-20T10:51:40Z+0800',
      creator_id: '5f0e4c1a9b2d4e7f8a6c3b1d0e9f2a4c',
      creator_name: 'report-admin',
      workspace_id: workspaceId,
    }),
    report_file_type: 'pdf',
    timezone: 'Asia/Shanghai',
  };
  for (const [id, value] of Object.entries(values)) {
    input(id).value = value;
  }
}

/** Builds the body from the form. Returns the body and the local problems of JSON fields. */
function readBody(texts) {
  const body = {
    report_name: input('report_name').value,
    report_period: input('report_period').value,
    report_range: { start: input('range_start').value, end: input('range_end').value },
    language: input('language').value,
    layout_id: input('layout_id').value,
    binding_wizard: input('binding_wizard').value,
  };
  for (const field of OPTIONAL_TEXT_FIELDS) {
    const value = input(field).value;
    if (value !== '') {
      body[field] = value;
    }
  }

  const localProblems = {};
  const sendRules = input('report_rule_infos').value.trim();
  if (sendRules !== '') {
    try {
      body.report_rule_infos = JSON.parse(sendRules);
    } catch (error) {
      localProblems.report_rule_infos = texts.invalidJson(error.message);
    }
  }
  return { body, localProblems };
}

function messageItem(severity, message, help, code) {
  const item = document.createElement('li');
  item.className = `diagnostic severity-${severity}`;

  const text = document.createElement('span');
  text.className = 'message';
  text.textContent = message;
  item.append(text);

  if (code) {
    const badge = document.createElement('code');
    badge.className = 'code';
    badge.textContent = code;
    item.append(' ', badge);
  }
  if (help) {
    const hint = document.createElement('div');
    hint.className = 'help';
    hint.textContent = help;
    item.append(hint);
  }
  return item;
}

function showDates() {
  for (const output of document.querySelectorAll('[data-date-of]')) {
    const value = input(output.dataset.dateOf).value;
    const millis = /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
    const date = new Date(millis);
    output.textContent = Number.isNaN(date.getTime()) ? '' : `${date.toISOString()}`;
  }
}

function render() {
  const locale = localeSelect.value;
  const texts = TEXTS[locale];
  const { body, localProblems } = readBody(texts);

  const groups = validateFields(body, {
    locale,
    workspaceId: input('workspace_id').value || undefined,
    projectId: input('project_id').value || undefined,
  });

  // Messages next to their fields.
  for (const list of document.querySelectorAll('[data-messages-for]')) {
    const field = list.dataset.messagesFor;
    const items = (groups[field] ?? []).map((diagnostic) =>
      messageItem(diagnostic.severity, diagnostic.message, diagnostic.help, diagnostic.code),
    );
    if (localProblems[field]) {
      items.push(messageItem('error', localProblems[field]));
    }
    list.replaceChildren(...items);
    list.closest('.field')?.classList.toggle('has-error', items.length > 0);
  }

  // The panel: every diagnostic, with its pointer.
  const all = Object.values(groups).flat();
  const panel = all.map((diagnostic) => {
    const item = messageItem(diagnostic.severity, diagnostic.message, diagnostic.help, diagnostic.code);
    const pointer = document.createElement('div');
    pointer.className = 'pointer';
    pointer.textContent = diagnostic.pointer === '' ? '(document)' : diagnostic.pointer;
    item.prepend(pointer);
    return item;
  });
  document.getElementById('diagnostics').replaceChildren(...panel);

  const count = (severity) => all.filter((diagnostic) => diagnostic.severity === severity).length;
  const errors = count('error') + Object.keys(localProblems).length;
  const summary = document.getElementById('summary');
  summary.textContent =
    all.length === 0 && errors === 0 ? texts.noProblems : texts.summary(errors, count('warning'), count('info'));
  summary.className = errors > 0 ? 'summary has-errors' : 'summary';

  document.getElementById('body').textContent = JSON.stringify(body, null, 2);
  showDates();
}

function applyLocale() {
  const locale = localeSelect.value;
  document.documentElement.lang = locale;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = TEXTS[locale][element.dataset.text];
  }
  document.title = `secmaster-report: ${TEXTS[locale].title}`;
}

async function main() {
  await init();
  fillExample();
  applyLocale();
  render();

  form.addEventListener('input', render);
  localeSelect.addEventListener('change', () => {
    applyLocale();
    render();
  });
  document.body.dataset.ready = 'true';
}

main().catch((error) => {
  document.getElementById('summary').textContent = `The checker failed to load: ${error}`;
  throw error;
});
