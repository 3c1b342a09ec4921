/**
 * What the seed script did to the real data: how many values it fixed, and every row it could
 * not fully clean (kept, never dropped), with the reason.
 */
export interface Issue {
  /** Client id and source row, e.g. `msb-0031 (MsbRegistryPublicDataFile.csv:31)`. */
  ref: string;
  detail: string;
}

export class SeedReport {
  readonly fixes = new Map<string, number>();
  readonly issues = new Map<string, Issue[]>();
  readonly repairs: string[] = [];

  fixed(what: string, count = 1): void {
    this.fixes.set(what, (this.fixes.get(what) ?? 0) + count);
  }

  /** A row kept as it could be cleaned, with why it is not clean. */
  issue(reason: string, ref: string, detail = ''): void {
    let list = this.issues.get(reason);
    if (!list) this.issues.set(reason, (list = []));
    list.push({ref, detail});
  }

  /** One line per repaired row, so that a person can check the repair. */
  repaired(line: string): void {
    this.repairs.push(line);
  }

  get issueCount(): number {
    let count = 0;
    for (const list of this.issues.values()) count += list.length;
    return count;
  }

  /** The rows that have at least one issue. */
  get rowsWithIssues(): number {
    const refs = new Set<string>();
    for (const list of this.issues.values()) for (const issue of list) refs.add(issue.ref);
    return refs.size;
  }
}
