import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RESULT_LABELS, STATUS_LABELS } from '../labels';

/** A coloured pill for an interview status or result. */
@Component({
  selector: 'app-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [style.--chip-color]="color()">{{ text() }}</span>`,
  styles: `
    .chip {
      display: inline-flex;
      align-items: center;
      padding: 2px 10px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      color: var(--chip-color);
      border: 1px solid color-mix(in srgb, var(--chip-color) 45%, transparent);
      background: color-mix(in srgb, var(--chip-color) 12%, transparent);
    }
  `,
})
export class StatusChip {
  readonly kind = input<'status' | 'result'>('status');
  readonly value = input.required<string>();

  protected readonly text = computed(() => {
    const labels: Record<string, string> = this.kind() === 'status' ? STATUS_LABELS : RESULT_LABELS;
    return labels[this.value()] ?? this.value();
  });
  protected readonly color = computed(() => `var(--${this.kind()}-${this.value()})`);
}
