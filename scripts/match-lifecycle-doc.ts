import { MatchAction, matchStepStatuses, matchTransitions, MatchStatus } from '@app/domain';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const lifecycleDocPath = join(__dirname, '..', 'docs', 'match-lifecycle.md');

const list = (statuses: readonly string[]) => statuses.map((status) => `\`${status}\``).join(', ');

/** `docs/match-lifecycle.md`, rendered from `matchTransitions`: run `npm run docs:lifecycle`. */
export function renderMatchLifecycle(): string {
  const rows = Object.values(MatchAction).map((action) => {
    const { from, to, by, announces } = matchTransitions[action];
    const notices = Object.entries(announces)
      .map(([status, event]) => (to.length > 1 ? `${event} (to \`${status}\`)` : event))
      .join(', ');
    return `| \`${action}\` | ${list(from)} | ${list(to)} | ${by} | ${notices || '—'} |`;
  });
  return [
    '# Match lifecycle',
    '',
    '<!-- Rendered from libs/domain/src/matches/match-transitions.ts by `npm run docs:lifecycle`; a test fails when it is stale. -->',
    '',
    `Statuses: ${list(Object.values(MatchStatus))}. The engine proposes new pairs as \`PROPOSED\` (no event; announced to the coordinators after the settle window) and rescores proposals in place; a side's request for a pair not matched yet starts it as \`PROPOSED\` under \`INTEREST_EXPRESSED\`.`,
    '',
    'Each step is recorded in `match_events` under its action, and written only by `MatchLedger` (`libs/ledger`).',
    '',
    '| Step (event recorded) | From | To | Taken by | Announces |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `A step with a deadline (\`due_at\`, set by the \`match_step_started\` trigger, whose list a test compares with this table): ${list(matchStepStatuses)}. Those asked to act are reminded three days before it ends; at the end the clock takes \`EXPIRED\`.`,
    '',
  ].join('\n');
}

if (require.main === module) writeFileSync(lifecycleDocPath, renderMatchLifecycle());
