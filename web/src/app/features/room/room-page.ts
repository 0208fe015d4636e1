import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  Injector,
  inject,
  input,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { AgentId } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { errorText } from '../../shared/forms/form-utils';
import { AgentsApi } from './agents-api';
import { Conversation } from './conversation';
import { TurnView } from './turn-view';

const EXAMPLES = [
  'How would you design a URL shortening service?',
  'Tell me about a time you disagreed with your manager.',
  'How would you find the longest substring without repeating characters?',
  'How would you prioritise features for a new product launch?',
];

/** /room: ask a question, watch the routed agent answer it, follow up. */
@Component({
  selector: 'app-room-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTooltipModule,
    ReactiveFormsModule,
    RouterLink,
    TurnView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './room-page.html',
  styleUrl: './room-page.scss',
})
export class RoomPage {
  private readonly agentsApi = inject(AgentsApi);
  private readonly injector = inject(Injector);
  protected readonly conversation = inject(Conversation);

  /** ?q= prefills the question (from a question's "Practise" link). */
  readonly q = input<string>();

  protected readonly examples = EXAMPLES;
  protected readonly question = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(5), Validators.maxLength(2000)],
  });
  protected readonly context = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(1000)],
  });
  protected readonly agent = new FormControl<AgentId | ''>('', { nonNullable: true });
  protected readonly composer = new FormGroup({
    question: this.question,
    context: this.context,
    agent: this.agent,
  });
  protected readonly showContext = signal(false);
  /**
   * The question box is empty after every ask, so leaving it (to click Stop or a follow-up)
   * must not flag it: its error shows only once the user tries to ask.
   */
  protected readonly onAsk: ErrorStateMatcher = {
    isErrorState: (control, form) => !!(control?.invalid && form?.submitted),
  };

  protected readonly agents = loader(
    () => true,
    (_, signal) => this.agentsApi.available(signal),
  );
  protected readonly agentList = computed(() => this.agents.value()?.agents ?? []);

  private readonly turnElements = viewChildren('turnEl', { read: ElementRef });
  private readonly formDirective = viewChild.required(FormGroupDirective);

  constructor() {
    afterNextRender(() => {
      const q = this.q();
      if (q && !this.question.value) this.question.setValue(q);
    });
  }

  protected questionError(): string {
    return errorText(this.question);
  }

  protected submit(): void {
    if (this.composer.invalid) return;
    this.send(this.question.value);
    // resetForm also clears the "submitted" state, so the empty box shows no error.
    const { context, agent } = this.composer.getRawValue();
    this.formDirective().resetForm({ question: '', context, agent });
  }

  protected send(text: string): void {
    this.conversation.ask(text, {
      context: this.showContext() ? this.context.value : null,
      agent: this.agent.value || null,
    });
    // Bring the new question into view once it is rendered.
    afterNextRender(
      () => {
        const last = this.turnElements().at(-1)?.nativeElement as HTMLElement | undefined;
        last?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
      },
      { injector: this.injector },
    );
  }

  protected onKeydown(event: KeyboardEvent): void {
    // Enter asks; Shift+Enter starts a new line.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      // Through the form, like the Ask button, so an empty box says why nothing was asked.
      if (!this.conversation.streaming()) this.formDirective().onSubmit(event);
    }
  }

  protected useExample(text: string): void {
    this.question.setValue(text);
  }
}
