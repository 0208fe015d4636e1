import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/**
 * A stored link: a link that opens in a new tab when it is an http(s) address, else its text
 * (older rows may hold "example.com/x" or worse), so a detail page never silently drops one.
 */
@Component({
  selector: 'app-web-link',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (href(); as h) {
      <a [href]="h" target="_blank" rel="noopener noreferrer">{{ label() }} <mat-icon inline aria-hidden="true">open_in_new</mat-icon></a>
    } @else {
      <span>{{ label() }}: <span class="address">{{ url() }}</span></span>
    }
  `,
  styles: `
    .address { overflow-wrap: anywhere; }
  `,
})
export class WebLink {
  readonly url = input.required<string>();
  readonly label = input.required<string>();
  protected readonly href = computed(() => (/^https?:\/\//i.test(this.url()) ? this.url() : null));
}
