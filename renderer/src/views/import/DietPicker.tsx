import { Checkbox, Popover } from '@digdir/designsystemet-react';
import { ChevronDownIcon } from '@navikt/aksel-icons';
import type { DietCode } from '../../../../main/api/types';
import { nb } from '../../i18n/nb';

/** The codes in the order the catalogue lists them (allergies first, then preferences). */
const CODES = Object.keys(nb.diets) as DietCode[];

/** Short text for the button: the chosen labels, or "Ingen". */
export function dietsText(diets: DietCode[]): string {
  return diets.length ? diets.map((d) => nb.diets[d]).join(', ') : nb.import.dietsNone;
}

/**
 * Allergies and food preferences as checkboxes in a popover: nineteen options are too many to
 * show open on every person, and a multi-select list is clumsy with the keyboard.
 */
export function DietPicker({
  id,
  value,
  onChange,
  personName,
  disabled,
}: {
  id: string;
  value: DietCode[];
  onChange: (next: DietCode[]) => void;
  personName: string;
  disabled?: boolean;
}) {
  const toggle = (code: DietCode, on: boolean) => {
    const set = new Set(value);
    if (on) set.add(code);
    else set.delete(code);
    // Keep the catalogue's order, so the same choice always reads the same.
    onChange(CODES.filter((c) => set.has(c)));
  };
  return (
    <Popover.TriggerContext>
      <Popover.Trigger
        id={id}
        variant="secondary"
        data-size="sm"
        className="diet-trigger"
        disabled={disabled}
        aria-label={`${nb.import.diets}: ${dietsText(value)}`}
        title={nb.import.dietsEdit(personName)}
      >
        <span className="diet-trigger__text">{dietsText(value)}</span>
        <ChevronDownIcon aria-hidden />
      </Popover.Trigger>
      <Popover placement="bottom" className="diet-popover" data-size="sm">
        <fieldset className="diet-popover__grid">
          <legend className="diet-popover__legend">{nb.import.dietsEdit(personName)}</legend>
          {CODES.map((code) => (
            <Checkbox key={code} label={nb.diets[code]} checked={value.includes(code)} onChange={(e) => toggle(code, e.target.checked)} data-size="sm" />
          ))}
        </fieldset>
      </Popover>
    </Popover.TriggerContext>
  );
}
