// Times the npm ports of talon and github's email_reply_parser on the same fixture emails as
// tests/OutreachAssistant.Benchmarks (same list, same order). Usage:
//   node peers.mjs <fixtures folder> <node_modules folder> [--quick]
// Prints one line per peer: "peer <name> <µs per email> <emails> <errors>".
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [fixtures, modules, mode] = process.argv.slice(2);
const quick = mode === '--quick';
const warmupMs = quick ? 1000 : 3000;
const measureMs = quick ? 3000 : 10000;

const readSorted = (folder, suffix) =>
  readdirSync(folder).filter((name) => name.endsWith(suffix)).sort().map((name) => readFileSync(join(folder, name), 'utf8'));

function corpus() {
  const talon = join(fixtures, 'mailgun-talon');
  const expected = JSON.parse(readFileSync(join(talon, 'expected.json'), 'utf8'));
  return [
    ...readSorted(join(fixtures, 'crisp-oss-email-reply-parser', 'test', 'fixtures'), '.txt'),
    ...readSorted(join(talon, 'derived', 'standard_replies_text_plain'), '.txt'),
    ...expected.inline_cases.map((c) => c.msg_body).filter((body) => body.length > 0),
    ...readSorted(join(talon, 'tests', 'fixtures', 'signature', 'emails', 'stripped'), '_body'),
  ];
}

async function peers() {
  const require = createRequire(join(modules, 'resolve-here.js'));
  const planer = require('planer');
  const talon = require('talonjs');
  const { default: EmailReplyParser } = await import(pathToFileURL(join(modules, 'email-reply-parser', 'dist', 'emailreplyparser.js')).href);
  const crisp = new EmailReplyParser();
  return {
    'planer.extractFromPlain': (body) => planer.extractFromPlain(body),
    'talonjs.quotations.extractFromPlain': (body) => talon.quotations.extractFromPlain(body),
    'email-reply-parser.parseReply': (body) => crisp.parseReply(body),
  };
}

// One pass over the corpus; a peer that throws on an email is counted, not stopped.
function pass(extract, emails) {
  let errors = 0;
  for (const body of emails) {
    try {
      extract(body);
    } catch {
      errors++;
    }
  }
  return errors;
}

function time(extract, emails) {
  for (const end = performance.now() + warmupMs; performance.now() < end; ) pass(extract, emails);
  let passes = 0;
  let errors = 0;
  const start = performance.now();
  while (performance.now() - start < measureMs) {
    errors = pass(extract, emails);
    passes++;
  }
  const elapsedMs = performance.now() - start;
  return { microsPerEmail: (elapsedMs * 1000) / (passes * emails.length), errors };
}

const emails = corpus();
for (const [name, extract] of Object.entries(await peers())) {
  const { microsPerEmail, errors } = time(extract, emails);
  console.log(`peer ${name} ${microsPerEmail.toFixed(2)} ${emails.length} ${errors}`);
}
