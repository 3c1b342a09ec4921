/**
 * Display order for French-Canadian lists. Code-point order puts "École" after "Zinc";
 * users expect "eau Claire, École, Entrepôt, Épicerie, Zinc".
 */

const collators = new Map<string, Intl.Collator>();

/** A shared collator for a locale (numeric, so C-0010 follows C-0009). */
export function collatorFor(locale = 'fr-CA'): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, {numeric: true, sensitivity: 'variant', usage: 'sort'});
    collators.set(locale, collator);
  }
  return collator;
}

/** Compares two texts in French collation; empty values sort last. */
export function compareText(a: string | null | undefined, b: string | null | undefined, locale = 'fr-CA'): number {
  const left = a ?? '';
  const right = b ?? '';
  if (!left || !right) return left ? -1 : right ? 1 : 0;
  return collatorFor(locale).compare(left, right);
}

/** Sorts a copy of the values by a text key in French collation. */
export function sortByText<T>(values: readonly T[], key: (value: T) => string | null | undefined, locale = 'fr-CA'): T[] {
  return [...values].sort((a, b) => compareText(key(a), key(b), locale));
}
