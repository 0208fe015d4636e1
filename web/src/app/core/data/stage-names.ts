import { Injectable, inject, signal } from '@angular/core';
import { optionsOf, STAGE_LABELS } from '../../shared/labels';
import { Api } from '../api/api-client';
import type { Stage, StageLabel } from '../api/api-types';
import { Session } from '../auth/session';

/**
 * The signed-in user's names for the stages, loaded once and shared by every screen that shows
 * a stage; the defaults until they arrive (or if they cannot).
 */
@Injectable({ providedIn: 'root' })
export class StageNames {
  private readonly api = inject(Api);
  private readonly names = signal<Record<Stage, string>>({ ...STAGE_LABELS });
  private readonly session = inject(Session);
  /** The user whose names are loaded (or loading): another user signing in loads theirs. */
  private loadedFor: number | null | undefined;

  /** The stages in order with the user's names; starts loading them on first use. */
  options() {
    this.load();
    const names = this.names();
    return optionsOf(STAGE_LABELS).map((o) => ({ ...o, label: names[o.value] }));
  }

  label(stage: Stage): string {
    this.load();
    return this.names()[stage];
  }

  /** After a rename, so every screen shows the new names at once. */
  set(labels: StageLabel[]): void {
    this.names.set(
      Object.fromEntries(labels.map((l) => [l.stage, l.label])) as Record<Stage, string>,
    );
  }

  private load(): void {
    const user = this.session.user()?.user_id ?? null;
    if (this.loadedFor === user) return;
    this.loadedFor = user;
    // Called from templates and computed signals: the names change only once they arrive.
    this.api
      .call(this.api.client.GET('/api/settings/stage-labels'))
      .then((labels) => {
        if (this.loadedFor === user) this.set(labels);
      })
      .catch(() => undefined);
  }
}
