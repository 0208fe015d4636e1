import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type Params, RouterLink } from '@angular/router';

export interface FunnelStep {
  label: string;
  count: number;
  /** Share of the previous step that reached this one, 0-1; null for the first. */
  conversion: number | null;
  /** Where the step's figure leads: the list behind it. */
  link: string;
  query?: Params;
}

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;

/**
 * A funnel: one band per step, as wide as its count against the first step's and narrowing
 * into the next, with the count and the conversion written on it. Each band is a link to the
 * items behind it; the numbers are text, so screen readers and keyboards get all of it.
 */
@Component({
  selector: 'app-funnel-chart',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="funnel" [attr.aria-label]="label()">
      @for (step of bands(); track step.label) {
        <li>
          <a
            class="band"
            [routerLink]="step.link"
            [queryParams]="step.query"
            [attr.data-testid]="'funnel-' + step.label"
            [attr.aria-label]="step.description"
          >
            <span class="shape" aria-hidden="true" [style.clip-path]="step.clip"></span>
            <span class="text">
              <span class="name">{{ step.label }}</span>
              <strong class="count">{{ step.count }}</strong>
              @if (step.conversion !== null) {
                <span class="conversion">{{ step.conversionText }}</span>
              }
            </span>
          </a>
        </li>
      }
    </ol>
  `,
  styles: `
    .funnel { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
    .band {
      position: relative; display: block; height: 48px; color: inherit; text-decoration: none;
      border-radius: 4px;
    }
    .band:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    .shape {
      position: absolute; inset: 0; background: var(--mat-sys-primary-container);
      transition: background 120ms;
    }
    .band:hover .shape, .band:focus-visible .shape { background: var(--mat-sys-primary-fixed-dim); }
    .text {
      position: relative; display: flex; gap: 12px; justify-content: center; align-items: center;
      height: 100%; color: var(--mat-sys-on-primary-container); font: var(--mat-sys-body-medium);
    }
    .count { font: var(--mat-sys-title-medium); }
    .conversion { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class FunnelChart {
  readonly label = input.required<string>();
  readonly steps = input.required<FunnelStep[]>();

  protected readonly bands = computed(() => {
    const steps = this.steps();
    const top = Math.max(1, ...steps.map((s) => s.count));
    // Every band keeps some width, so an empty step is still a visible target.
    const width = (count: number) => 12 + (88 * count) / top;
    return steps.map((step, i) => {
      const upper = width(step.count);
      const next = steps[i + 1];
      const lower = next ? width(next.count) : upper;
      const edge = (w: number) => (100 - w) / 2;
      return {
        ...step,
        conversionText: step.conversion === null ? '' : `${percent(step.conversion)} of previous`,
        description:
          `${step.label}: ${step.count}` +
          (step.conversion === null ? '' : `, ${percent(step.conversion)} of the previous step`),
        clip: `polygon(${edge(upper)}% 0, ${100 - edge(upper)}% 0, ${100 - edge(lower)}% 100%, ${edge(lower)}% 100%)`,
      };
    });
  });
}
