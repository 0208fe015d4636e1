import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ChipsInput } from '../../shared/chips-input/chips-input';
import { formSubmit } from '../../shared/forms/form-submit';
import { blankToNull, changedValues, errorText } from '../../shared/forms/form-utils';
import { WebAddressInput, webAddress, withWebAddresses } from '../../shared/forms/web-address';
import { toNumber } from '../../shared/numbers';
import type { CatalogConfig, CatalogField, Row } from './catalog-config';

export interface CatalogFormData {
  config: CatalogConfig;
  /** The row to edit; absent to create one. */
  row?: Row;
}

function validators(field: CatalogField): ValidatorFn[] {
  const out: ValidatorFn[] = [];
  if (field.required) out.push(Validators.required);
  if (field.maxLength) out.push(Validators.maxLength(field.maxLength));
  if (field.min !== undefined) out.push(Validators.min(field.min));
  if (field.max !== undefined) out.push(Validators.max(field.max));
  if (field.kind === 'url') out.push(webAddress);
  return out;
}

/** Create or edit one company, role or skill; API errors land under the field they name. */
@Component({
  selector: 'app-catalog-form-dialog',
  imports: [
    ChipsInput,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    WebAddressInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit' : 'New' }} {{ data.config.singular }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <div class="form-grid">
          @for (field of data.config.fields; track field.key) {
            @switch (field.kind) {
              @case ('chips') {
                <app-chips-input
                  class="wide"
                  [formControlName]="field.key"
                  [label]="field.label"
                  [hint]="field.hint"
                  [errorText]="errorOf(field.key)"
                />
              }
              @case ('toggle') {
                <mat-slide-toggle class="toggle" [formControlName]="field.key">{{ field.label }}</mat-slide-toggle>
              }
              @case ('textarea') {
                <mat-form-field class="wide">
                  <mat-label>{{ field.label }}</mat-label>
                  <textarea matInput [formControlName]="field.key" rows="3" cdkTextareaAutosize></textarea>
                  <mat-error>{{ errorOf(field.key) }}</mat-error>
                </mat-form-field>
              }
              @case ('url') {
                <mat-form-field [class.wide]="field.wide">
                  <mat-label>{{ field.label }}</mat-label>
                  <input
                    matInput
                    type="url"
                    appWebAddress
                    [formControlName]="field.key"
                    [attr.data-testid]="'field-' + field.key"
                  />
                  @if (field.hint) {
                    <mat-hint>{{ field.hint }}</mat-hint>
                  }
                  <mat-error>{{ errorOf(field.key) }}</mat-error>
                </mat-form-field>
              }
              @default {
                <mat-form-field [class.wide]="field.wide">
                  <mat-label>{{ field.label }}</mat-label>
                  <input
                    matInput
                    [formControlName]="field.key"
                    [type]="field.kind === 'number' ? 'number' : 'text'"
                    [required]="!!field.required"
                    [attr.data-testid]="'field-' + field.key"
                  />
                  @if (field.hint) {
                    <mat-hint>{{ field.hint }}</mat-hint>
                  }
                  <mat-error>{{ errorOf(field.key) }}</mat-error>
                </mat-form-field>
              }
            }
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (submit.error()) {
          <span class="api-error" role="alert">{{ submit.error() }}</span>
        }
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submit.saving()" data-testid="save">
          @if (submit.saving()) {
            <mat-spinner diameter="18" aria-label="Saving" />
          } @else {
            Save
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .toggle { align-self: center; margin-bottom: 16px; }
    mat-dialog-actions .api-error { margin-right: auto; }
  `,
})
export class CatalogFormDialog {
  protected readonly data = inject<CatalogFormData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CatalogFormDialog, Row>>(MatDialogRef);
  protected readonly editing = !!this.data.row;

  protected readonly form = new FormGroup(
    Object.fromEntries(
      this.data.config.fields.map((field) => {
        const initial = this.data.row?.[field.key] ?? (field.kind === 'toggle' ? false : null);
        return [field.key, new FormControl<unknown>(initial, validators(field))];
      }),
    ),
  );
  protected readonly submit = formSubmit(this.form, {
    conflictField: this.data.config.nameKey,
    host: inject(ElementRef),
  });

  protected errorOf(key: string): string {
    return errorText(this.form.get(key));
  }

  protected save(): Promise<void> {
    return this.submit.run(async () => {
      const { config, row } = this.data;
      const links = config.fields.filter((f) => f.kind === 'url').map((f) => f.key);
      const value = withWebAddresses(blankToNull(this.form.getRawValue() as Row), links);
      // The input's type is bound, so Angular's number accessor does not apply: it gives text.
      for (const field of config.fields) {
        if (field.kind === 'number') value[field.key] = toNumber(value[field.key]);
      }
      const saved = row
        ? await config.update(row[config.idKey] as number, changedValues(this.form, value))
        : await config.create(value);
      this.ref.close(saved);
    });
  }
}
