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
    if (!id) return null;
    return this.agents().find((a) => a.id === id)?.name ?? id.replace(/_/g, ' ');
  });
  protected readonly agentIcon = computed(
    () => AGENT_ICONS[this.turn().routing?.selected_agent ?? ''] ?? 'smart_toy',
  );
  protected readonly confidence = computed(() =>
    Math.round((this.turn().routing?.confidence ?? 0) * 100),
  );
}
