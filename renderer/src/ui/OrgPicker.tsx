import { Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { OrgKind, Organisation } from '../../../main/api/types';
import { collator } from '../format';
import { nb } from '../i18n/nb';
import { useQuery } from './data';

const KIND_ORDER: OrgKind[] = ['county', 'region', 'municipality', 'other'];

export interface OrgPickerProps {
  label: string;
  value: number | null;
  onChange: (id: number | null, org: Organisation | null) => void;
  /** Which kinds to offer (default: all, counties first). */
  kinds?: OrgKind[];
  description?: string;
  error?: string;
  placeholder?: string;
  /** Hide ids already taken (e.g. a region's members). */
  exclude?: ReadonlySet<number>;
  /** Clear the text after a choice (for "add" pickers that act at once). */
  clearOnSelect?: boolean;
  onBlur?: () => void;
}

function fold(s: string): string {
  return s.toLocaleLowerCase('nb').normalize('NFC');
}

function matches(org: Organisation, q: string): boolean {
  if (!q) return true;
  const hay = fold(`${org.name} ${org.shortName ?? ''} ${org.administration ?? ''} ${org.number ?? ''}`);
  return q.split(/\s+/).every((w) => hay.includes(w));
}

/**
 * A searchable choice of organisation, grouped by kind (counties first, then regions,
 * municipalities, others), following the ARIA combobox pattern: type to filter, arrows to move,
 * Enter to choose, Esc to close. Our own, because the registry has ~470 rows in four groups.
 */
export function OrgPicker({ label, value, onChange, kinds = KIND_ORDER, description, error, placeholder, exclude, clearOnSelect, onBlur }: OrgPickerProps) {
  const orgs = useQuery('orgs:list', {});
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);

  const all = useMemo(() => orgs.value ?? [], [orgs.value]);
  const selected = useMemo(() => all.find((o) => o.id === value) ?? null, [all, value]);

  const groups = useMemo(() => {
    const q = fold((text ?? '').trim());
    return kinds
      .map((kind) => ({
        kind,
        items: all
          .filter((o) => o.kind === kind && !exclude?.has(o.id) && matches(o, q))
          .sort((a, b) => (kind === 'county' ? (a.number ?? '').localeCompare(b.number ?? '') : collator.compare(a.name, b.name))),
      }))
      .filter((g) => g.items.length > 0);
  }, [all, kinds, text, exclude]);
  const flat = useMemo(() => groups.flatMap((g) => g.items), [groups]);

  const choose = (org: Organisation | null) => {
    onChange(org?.id ?? null, org);
    setText(clearOnSelect ? '' : null);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setActive((a) => Math.min(a + 1, flat.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Enter':
        if (open && flat[active]) {
          e.preventDefault();
          choose(flat[active]);
        }
        break;
      case 'Escape':
        // Close the list without closing the dialog around it.
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          setText(null);
        }
        break;
      default:
        break;
    }
  };

  const shown = text ?? (clearOnSelect ? '' : (selected?.name ?? ''));
  const activeId = open && flat[active] ? `${id}-o-${flat[active].id}` : undefined;
  const descId = description ? `${id}-desc` : undefined;
  const errId = error ? `${id}-err` : undefined;
  let index = -1;

  return (
    <div className="picker">
      <Label htmlFor={`${id}-input`}>{label}</Label>
      {description && (
        <div id={descId} className="picker__hint">
          {description}
        </div>
      )}
      <div style={{ position: 'relative' }}>
        <Input
          id={`${id}-input`}
          ref={inputRef}
          role="combobox"
          autoComplete="off"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={[descId, errId].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          placeholder={placeholder}
          value={shown}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
            if (e.target.value === '' && !clearOnSelect) onChange(null, null);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setText(null);
            onBlur?.();
          }}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul id={listId} role="listbox" aria-label={label} className="picker__list">
            {flat.length === 0 && <li className="picker__empty">{nb.signupForm.noMatch}</li>}
            {groups.map((g) => (
              <li key={g.kind} role="presentation">
                <div className="picker__group" role="presentation">
                  {nb.kindsPlural[g.kind]}
                </div>
                <ul role="group" aria-label={nb.kindsPlural[g.kind]} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {g.items.map((o) => {
                    index += 1;
                    const i = index;
                    return (
                      <li
                        key={o.id}
                        id={`${id}-o-${o.id}`}
                        role="option"
                        aria-selected={o.id === value}
                        className={i === active ? 'picker__option picker__option--active' : 'picker__option'}
                        // mousedown, not click: the input's blur would close the list first.
                        onMouseDown={(e) => {
                          e.preventDefault();
                          choose(o);
                        }}
                        onMouseMove={() => setActive(i)}
                      >
                        <span>{o.name}</span>
                        <span className="muted tnum">{o.kind === 'municipality' ? o.countyName : o.number}</span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <ValidationMessage id={errId} data-size="sm">
          {error}
        </ValidationMessage>
      )}
    </div>
  );
}
