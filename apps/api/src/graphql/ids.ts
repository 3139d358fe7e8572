import { isUuid, notFound } from '@app/domain';

/** An id that is not even a UUID names nothing that exists. */
export function assertFoundId(what: string, id: string): string {
  if (!isUuid(id)) throw notFound(what, id);
  return id;
}
