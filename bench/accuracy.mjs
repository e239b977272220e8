// Scores the npm ports of talon and github's email_reply_parser on the two fixture suites our own-text
// tests use, with the same cases and comparison rules as tests/OutreachAssistant.Core.Tests/Text:
//   crisp:  every own_text_asserted assertion (inline cases skipped); ".trim()" targets compare both
//           sides trimmed, the others compare both sides without trailing whitespace.
//   talon:  the 12 standard replies (derived_input) and the inline extract_from_plain cases that do not
//           patch talon's settings (no config_dependent); exact equality.
// Usage: node accuracy.mjs <fixtures folder> <node_modules folder> [file with our test output]
// Prints a table, suite x {ours, peers}, then the failing case ids of each peer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [fixtures, modules, oursFile] = process.argv.slice(2);
const readJson = (...path) => JSON.parse(readFileSync(join(...path), 'utf8'));

// .NET's string.Trim()/TrimEnd() whitespace (char.IsWhiteSpace), which differs from JS's trim (U+FEFF, U+0085).
const ws = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const trimEnd = (s) => s.replace(new RegExp(`${ws}+$`), '');
const trim = (s) => trimEnd(s).replace(new RegExp(`^${ws}+`), '');

// Each suite is a list of { id, input, passes(output) }.
function crispCases() {
  const suite = join(fixtures, 'crisp-oss-email-reply-parser');
  const cases = [];
  for (const [path, fixture] of Object.entries(readJson(suite, 'expected.json').cases)) {
    if (!fixture.own_text_asserted || path.startsWith('inline:')) continue;
    const input = readFileSync(join(suite, path), 'utf8');
    for (const { target, expected } of fixture.own_text_asserted) {
      const passes = target.endsWith('.trim()')
        ? (text) => trim(expected) === trim(text)
        : (text) => trimEnd(expected) === trimEnd(text);
      cases.push({ id: `${basename(path)}[${target}]`, input, passes });
    }
  }
  return cases;
}

function talonCases() {
  const suite = join(fixtures, 'mailgun-talon');
  const { cases, inline_cases } = readJson(suite, 'expected.json');
  const exact = (id, input, expected) => ({ id, input, expected, passes: (text) => text === expected });
  return [
    ...Object.entries(cases)
      .filter(([, c]) => c.derived_input)
      .map(([path, c]) => exact(basename(path), readFileSync(join(suite, c.derived_input), 'utf8'), c.expected)),
    ...inline_cases
      .filter((c) => c.call.includes('extract_from_plain') && !('config_dependent' in c))
      .map((c) => exact(c.id.split('::').pop(), c.msg_body, c.expected)),
  ];
}

async function peers() {
  const require = createRequire(join(modules, 'resolve-here.js'));
  const version = (name) => readJson(modules, name, 'package.json').version;
  const planer = require('planer');
  const talon = require('talonjs');
  const { default: EmailReplyParser } = await import(pathToFileURL(join(modules, 'email-reply-parser', 'dist', 'emailreplyparser.js')).href);
  const crisp = new EmailReplyParser();
  return {
    [`planer ${version('planer')}`]: (body) => planer.extractFromPlain(body),
    [`talonjs ${version('talonjs')}`]: (body) => talon.quotations.extractFromPlain(body).body,
    [`email-reply-parser ${version('email-reply-parser')}`]: (body) => crisp.parseReply(body),
  };
}

// A port that throws (or returns a non-string) fails that case.
function score(extract, cases) {
  const failing = cases.filter(({ input, passes }) => {
    try {
      const text = extract(input);
      return typeof text !== 'string' || !passes(text);
    } catch {
      return true;
    }
  });
  return { passed: cases.length - failing.length, total: cases.length, failing: failing.map((c) => c.id) };
}

// Our counts, from the lines our fixture tests print ("<suite name>: passed/total; failing: ...").
function ours(label) {
  const text = oursFile ? readFileSync(oursFile, 'utf8') : '';
  const match = text.match(new RegExp(`${label.replace(/[()]/g, '\\$&')}: (\\d+)/(\\d+)`));
  return match ? `${match[1]}/${match[2]}` : 'n/a';
}

const suites = [
  { name: 'crisp own text (asserted)', cases: crispCases() },
  { name: 'talon quotation removal (plain text)', cases: talonCases() },
];
const ports = Object.entries(await peers());
const results = suites.map((suite) => ports.map(([, extract]) => score(extract, suite.cases)));

const row = (cells) => `| ${cells.join(' | ')} |`;
console.log(row(['suite', 'ours', ...ports.map(([name]) => name)]));
console.log(row(['---', '---', ...ports.map(() => '---')]));
suites.forEach((suite, i) =>
  console.log(row([suite.name, ours(suite.name), ...results[i].map((r) => `${r.passed}/${r.total}`)])));
// Not our rule, information only: talon's cases with trailing whitespace ignored (crisp's port keeps a final newline).
const loose = suites[1].cases.map((c) => ({ ...c, passes: (text) => trimEnd(text) === trimEnd(c.expected) }));
console.log(`\n${suites[1].name}, trailing whitespace ignored (info): ${ports.map(([name, extract]) => {
  const { passed, total } = score(extract, loose);
  return `${name} ${passed}/${total}`;
}).join(', ')}\n`);
suites.forEach((suite, i) =>
  ports.forEach(([name], j) => {
    const { failing } = results[i][j];
    if (failing.length) console.log(`${suite.name}, ${name} fails: ${failing.join(', ')}`);
  }));
