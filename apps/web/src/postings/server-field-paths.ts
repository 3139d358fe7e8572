/**
 * The API names a field by its path in the input (`budget.min`, `technologyKeywords[2]`,
 * `trlMin`); the editor's fields are shaped for people. This maps one onto the other.
 */
const aliases: Record<string, string> = {
  trlMin: 'trl',
  trlMax: 'trl',
  'budget.min': 'budgetMin',
  'budget.max': 'budgetMax',
  budget: 'budgetMin',
  'budget.currency': 'currency',
};

export function toFormErrors(errors: Record<string, string>): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.replace(/\[\d+\]$/, '');
    mapped[aliases[field] ?? field] ??= message;
  }
  return mapped;
}
