// Runs the real signature verifiers from npm over requests as they arrived at a receiver.
// Usage: node verify-signatures.mjs NODE_MODULES_PARENT CASES.json
// CASES.json: [{ "name", "scheme": "standard-webhooks"|"github"|"stripe", "secret",
//                "headers": { lower-case name: value }, "body": base64 }]
// Prints a JSON array of { "name", "verifier", "ok", "error" } on stdout.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulesParent, casesFile] = process.argv.slice(2);
const require = createRequire(join(modulesParent, 'package.json'));
const { Webhook: StandardWebhook } = require('standardwebhooks');
const { Webhook: SvixWebhook } = require('svix');
const Stripe = require('stripe');
// @octokit/webhooks-methods is an ES module only.
const octokit = await import(
  pathToFileURL(join(modulesParent, 'node_modules/@octokit/webhooks-methods/dist-node/index.js')).href
);
const stripe = new Stripe('sk_test_hooksmith_not_a_real_key');

const verifiers = {
  'standard-webhooks': [
    ['standardwebhooks', (c, body) => new StandardWebhook(c.secret).verify(body, c.headers)],
    ['svix', (c, body) => new SvixWebhook(c.secret).verify(body, c.headers)],
  ],
  github: [
    ['@octokit/webhooks-methods', async (c, body) => {
      if (!(await octokit.verify(c.secret, body, c.headers['x-hub-signature-256']))) {
        throw new Error('signature does not match');
      }
    }],
  ],
  stripe: [
    ['stripe', (c, body) => stripe.webhooks.constructEvent(body, c.headers['stripe-signature'], c.secret)],
  ],
};

const results = [];
for (const c of JSON.parse(readFileSync(casesFile, 'utf8'))) {
  const body = Buffer.from(c.body, 'base64').toString('utf8');
  for (const [verifier, verify] of verifiers[c.scheme] ?? []) {
    try {
      await verify(c, body);
      results.push({ name: c.name, verifier, ok: true, error: '' });
    } catch (e) {
      results.push({ name: c.name, verifier, ok: false, error: String(e?.message ?? e) });
    }
  }
}
process.stdout.write(JSON.stringify(results) + '\n');
