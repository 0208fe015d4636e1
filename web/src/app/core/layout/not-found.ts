import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EmptyState } from '../../shared/empty-state/empty-state';

@Component({
  selector: 'app-not-found',
  imports: [EmptyState, MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <app-empty-state icon="explore_off" title="Page not found" message="There is nothing at this address.">
        <a mat-flat-button routerLink="/dashboard">Go to the dashboard</a>
      </app-empty-state>
    </div>
  `,
})
export class NotFound {}
