import { invalidInput } from '@app/domain';
import { SourceFault } from '@app/imports';

/** A source's fault as a bad input on the field that named it, with the fault's code. */
export async function fromSource<T>(field: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof SourceFault) throw invalidInput(field, error.message, error.code);
    throw error;
  }
}
