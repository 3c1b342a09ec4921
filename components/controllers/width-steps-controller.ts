import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Which of a few widths the host is below, followed with a ResizeObserver: for layouts that
 * would otherwise use container queries, whose evaluation makes the browser style and lay out
 * every changed element again (the list's rows, each frame of a scroll). The host re-renders
 * when the step changes; the observer's answer comes before the next paint.
 */
export class WidthStepsController<Step extends string> implements ReactiveController {
  /** The first step whose width the host is below, or `widest`. */
  step: Step;
  private readonly observer = new ResizeObserver((entries) => this.measured(entries[entries.length - 1]));

  /**
   * @param steps `[maximum width (exclusive, px), step]`, narrowest first.
   * @param changed called once the host has rendered a new step.
   */
  constructor(
    private readonly host: Host,
    private readonly steps: ReadonlyArray<readonly [number, Step]>,
    private readonly widest: Step,
    private readonly changed?: () => void,
  ) {
    this.step = widest;
    host.addController(this);
  }

  /** True when the host is below the width of `step` (the step or a narrower one). */
  below(step: Step): boolean {
    const at = this.steps.findIndex(([, name]) => name === this.step);
    const of = this.steps.findIndex(([, name]) => name === step);
    return at !== -1 && at <= of;
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private measured(entry: ResizeObserverEntry | undefined): void {
    const width = entry?.contentBoxSize?.[0]?.inlineSize ?? entry?.contentRect.width ?? 0;
    // Hidden (width 0): keep the last step rather than squeeze the columns.
    if (!width) return;
    const next = this.steps.find(([maximum]) => width < maximum)?.[1] ?? this.widest;
    if (next === this.step) return;
    this.step = next;
    this.host.requestUpdate();
    if (this.changed) void this.host.updateComplete.then(this.changed);
  }
}
