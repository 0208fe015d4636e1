import { ChangeDetectionStrategy, Component } from '@angular/core';
import { StageLabels } from './stage-labels';

/** /settings: the signed-in user's own settings. */
@Component({
  selector: 'app-settings-page',
  imports: [StageLabels],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <header class="page-header"><h1>Settings</h1></header>
      <app-stage-labels />
    </div>
  `,
})
export class SettingsPage {}
