import { readFileSync } from 'node:fs';
import { lifecycleDocPath, renderMatchLifecycle } from './match-lifecycle-doc';

it('docs/match-lifecycle.md is rendered from the transitions table (npm run docs:lifecycle)', () => {
  expect(readFileSync(lifecycleDocPath, 'utf8')).toBe(renderMatchLifecycle());
});
