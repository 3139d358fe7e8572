import { prefixMarker } from '@app/text';

/** Interns index keys as small integers shared by both sides of the engine. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly backoff: boolean[] = [];

  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.backoff.push(key.startsWith(prefixMarker));
    }
    return id;
  }

  find(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** Whether the key is a prefix back-off key rather than a concept. */
  isBackoff(id: number): boolean {
    return this.backoff[id]!;
  }

  keyOf(id: number): string {
    return this.keys[id]!;
  }

  /** Every key, by id: interning them in this order gives each the same id again. */
  get allKeys(): readonly string[] {
    return this.keys;
  }

  get size(): number {
    return this.keys.length;
  }
}
