import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { renderMarkdown } from './render-markdown';

/** Untrusted markdown, rendered and sanitized (see renderMarkdown). */
@Component({
  selector: 'app-markdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="markdown" [innerHTML]="html()"></div>`,
})
export class Markdown {
  readonly text = input<string | null | undefined>('');
  protected readonly html = computed(() => renderMarkdown(this.text()));
}
