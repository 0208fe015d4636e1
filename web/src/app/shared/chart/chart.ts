import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { ThemeService } from '../../core/theme/theme.service';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
);

export interface ChartSeries {
  labels: string[];
  values: number[];
  /** CSS colours, e.g. `var(--status-completed)`; resolved against the current theme. */
  colors: string[];
}

/**
 * A small Chart.js doughnut or bar chart. The canvas has an accessible name and the numbers
 * are repeated as text by the caller, since a canvas says nothing to a screen reader.
 */
@Component({
  selector: 'app-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="box"><canvas #canvas role="img" [attr.aria-label]="label()"></canvas></div>`,
  styles: `
    :host { display: block; color: var(--mat-sys-on-surface-variant); }
    .box { position: relative; height: 240px; }
  `,
})
export class ChartView {
  readonly type = input<'doughnut' | 'bar'>('doughnut');
  readonly label = input.required<string>();
  readonly series = input.required<ChartSeries>();
  readonly horizontal = input(false);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly theme = inject(ThemeService);
  private chart: Chart | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
    // Rebuilt when the data or the theme changes; Chart.js needs resolved colours, not var().
    afterRenderEffect(() => {
      const series = this.series();
      const type = this.type();
      const horizontal = this.horizontal();
      this.theme.isDark();
      const canvas = this.canvas().nativeElement;
      const text = getComputedStyle(canvas).color;
      const grid = resolveColor(canvas, 'var(--mat-sys-outline-variant)');
      const colors = series.colors.map((c) => resolveColor(canvas, c));
      this.chart?.destroy();
      this.chart = new Chart(canvas, {
        type,
        data: {
          labels: series.labels,
          datasets: [
            {
              data: series.values,
              backgroundColor: colors,
              borderColor:
                type === 'doughnut' ? resolveColor(canvas, 'var(--mat-sys-surface)') : colors,
              borderWidth: type === 'doughnut' ? 2 : 0,
              borderRadius: type === 'bar' ? 6 : 0,
              maxBarThickness: 36,
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          color: text,
          indexAxis: horizontal ? 'y' : 'x',
          plugins: {
            legend: {
              display: type === 'doughnut',
              position: 'right',
              labels: { color: text, boxWidth: 12 },
            },
          },
          scales:
            type === 'bar'
              ? {
                  x: { ticks: { color: text, precision: 0 }, grid: { color: grid } },
                  y: { ticks: { color: text, precision: 0 }, grid: { color: grid } },
                }
              : {},
        },
      });
    });
  }
}

/** A CSS colour (possibly a var() holding light-dark()) as the rgb() the browser resolves. */
function resolveColor(host: HTMLElement, css: string): string {
  const probe = host.ownerDocument.createElement('span');
  probe.style.color = css;
  probe.style.display = 'none';
  host.parentElement?.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
