/**
 * Brings the first field with an error (in page order) into view and focuses it, so a refused
 * submission shows why where the person is looking, and a screen reader reads it.
 */
export function focusFirstError(errors: Record<string, unknown>): void {
  const paths = new Set(Object.keys(errors).filter((path) => errors[path]));
  if (paths.size === 0) return;
  const fields = [...document.querySelectorAll<HTMLElement>('[data-path]')];
  const field =
    fields.find((element) => paths.has(element.dataset.path ?? '')) ??
    document.querySelector<HTMLElement>('[aria-invalid="true"]');
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}
