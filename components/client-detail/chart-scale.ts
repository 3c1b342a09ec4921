/** A value axis starting at zero, with round tick values (0, 2 000, 4 000…). */
export interface ValueScale {
  max: number;
  ticks: number[];
}

/** A round step near `rough`: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The axis of a bar chart whose largest value is `largest`: about `count` intervals of a round
 * step, from zero to just above the largest value. Without positive values: 0 to 1 000.
 */
export function valueScale(largest: number, count = 4): ValueScale {
  const top = Number.isFinite(largest) && largest > 0 ? largest : 1000;
  const step = niceStep(top / count);
  const max = Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= max + step / 2; value += step) ticks.push(Math.round(value * 100) / 100);
  return {max, ticks};
}
