import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { AgentInfo } from '../../core/api/api-types';
import { Markdown } from '../../shared/markdown/markdown';
import type { Turn } from './conversation';

const AGENT_ICONS: Record<string, string> = {
  product_manager: 'inventory_2',
  technical: 'memory',
  architect: 'account_tree',
  coding: 'code',
  behavioral: 'groups',
  system_design: 'hub',
};

const CLOSE_CALL = /Close call between (\w+) \(([\d.]+)\) and (\w+) \(([\d.]+)\)/;

/** One question and its answer: routed agent, streamed markdown, follow-ups and actions. */
@Component({
  selector: 'app-turn-view',
  imports: [Markdown, MatButtonModule, MatIconModule, MatProgressSpinnerModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './turn-view.html',
  styleUrl: './turn-view.scss',
})
export class TurnView {
  readonly turn = input.required<Turn>();
  readonly agents = input<AgentInfo[]>([]);
  readonly busy = input(false);
  readonly ask = output<string>();
  readonly retry = output();
  readonly save = output();

  protected readonly agentName = computed(() => {
    const id = this.turn().routing?.selected_agent;
    return id ? this.nameOf(id) : null;
  });
  protected readonly agentIcon = computed(
    () => AGENT_ICONS[this.turn().routing?.selected_agent ?? ''] ?? 'smart_toy',
  );
  protected readonly confidence = computed(() =>
    Math.round((this.turn().routing?.confidence ?? 0) * 100),
  );
  /** The agent was chosen by the user, so there is no confidence to show. */
  protected readonly forced = computed(() => this.turn().routing?.router === 'forced');
  /**
   * The router's "Close call between a (0.50) and b (0.41)", as the label of a chip: the pick is
   * barely ahead of the runner-up, so it is not shown as a confident choice.
   */
  protected readonly closeCall = computed(() => {
    const reasoning = this.turn().routing?.reasoning ?? '';
    if (!/\bClose call\b/.test(reasoning)) return null;
    const [, , , runnerUp, odds] = CLOSE_CALL.exec(reasoning) ?? [];
    if (!runnerUp || !odds) return 'Close call';
    return `Close call with ${this.nameOf(runnerUp)} (${Math.round(Number(odds) * 100)}%)`;
  });

  private nameOf(id: string): string {
    return this.agents().find((a) => a.id === id)?.name ?? id.replace(/_/g, ' ');
  }
}
