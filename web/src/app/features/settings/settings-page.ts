import { ChangeDetectionStrategy, Component } from '@angular/core';
import { CalendarSection } from './calendar-section';
import { DataSection } from './data-section';
import { StageLabels } from './stage-labels';

/**
 * Settings: one card per concern, each its own component (add a section by adding one to the
 * template).
 */
@Component({
  selector: 'app-settings-page',
  imports: [StageLabels, CalendarSection, DataSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <header class="page-header"><h1>Settings</h1></header>
      <div class="sections">
        <app-stage-labels />
        <app-calendar-section />
        <app-data-section />
      </div>
    </div>
  `,
  styles: `
    .sections { display: flex; flex-direction: column; gap: 20px; max-width: 820px; }
  `,
})
export class SettingsPage {}
