/**
 * One copy of strings that repeat from one annotation to the next: a document's annotations come
 * parsed from JSON, where every reviewer's name, time, note and verdict is a string of its own,
 * and for ten thousand annotations made together the copies take megabytes.
 */
export class RepeatedStrings {
  private readonly last = new Map<string, string>();

  /** `value`, or the equal copy last seen under `name`. */
  shared<T extends string>(name: string, value: T): T {
    const last = this.last.get(name);
    if (last === value) return last as T;
    this.last.set(name, value);
    return value;
  }

  /** The attributes with their string values shared, changed in place: they were parsed for this. */
  sharedIn(attributes: Record<string, unknown>): void {
    for (const name in attributes) {
      const value = attributes[name];
      if (typeof value === 'string') attributes[name] = this.shared(name, value);
    }
  }
}

