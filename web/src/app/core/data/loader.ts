import { effect, inject, PendingTasks, type Signal, signal, untracked } from '@angular/core';
import { type ApiError, isAbort, toApiError } from '../api/api-error';

export interface Loader<T> {
  readonly value: Signal<T | undefined>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<ApiError | null>;
  /** Loads again with the current parameters. */
  reload(): void;
  /** Replaces the loaded value locally, e.g. after a successful save. */
  set(value: T): void;
}

/**
 * Loads `load(params)` whenever `params()` changes (and on `reload()`), cancelling the
 * previous request, and exposes the outcome as signals. `params()` returning undefined means
 * "nothing to load yet". Angular's own `resource()` does the same but is still experimental
 * in v21, so this small, stable equivalent is used instead. Call in an injection context.
 */
export function loader<P, T>(
  params: () => P | undefined,
  load: (params: P, signal: AbortSignal) => Promise<T>,
): Loader<T> {
  const value = signal<T | undefined>(undefined);
  const loading = signal(false);
  const error = signal<ApiError | null>(null);
  const generation = signal(0);
  const pendingTasks = inject(PendingTasks);
  let controller: AbortController | undefined;

  effect((onCleanup) => {
    generation();
    const current = params();
    if (current === undefined) return;
    const abort = new AbortController();
    controller = abort;
    onCleanup(() => abort.abort());
    untracked(() => {
      loading.set(true);
      error.set(null);
    });
    const done = pendingTasks.add();
    untracked(() => load(current, abort.signal))
      .then((result) => {
        if (abort.signal.aborted) return;
        value.set(result);
        loading.set(false);
      })
      .catch((cause: unknown) => {
        if (abort.signal.aborted || isAbort(cause)) return;
        error.set(toApiError(cause));
        loading.set(false);
      })
      .finally(done);
  });

  return {
    value: value.asReadonly(),
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    reload: () => generation.update((n) => n + 1),
    set: (next: T) => {
      controller?.abort();
      loading.set(false);
      value.set(next);
    },
  };
}
