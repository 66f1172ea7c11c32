import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { PreviewMessage } from '../../../../main/api/ops/imports';
import type { Span } from '../../../../main/core/email/types';
import { nb } from '../../i18n/nb';

/** What the organiser is pointing at in the preview. */
export interface Pointer {
  message: number;
  span: Span | null;
}

interface Segment {
  start: number;
  end: number;
  quoted: boolean;
  current: boolean;
  marked: boolean;
}

/**
 * Cuts the text at every boundary that changes how it looks: quoted parts (grey), the message
 * pointed at (tinted), the field pointed at (<mark>). A few hundred cuts even for a big paste.
 */
function segments(length: number, messages: PreviewMessage[], pointer: Pointer | null): Segment[] {
  const quoted = messages.flatMap((m) => m.quotedSpans);
  const current = pointer ? messages.find((m) => m.index === pointer.message)?.span : undefined;
  const mark = pointer?.span && pointer.span.end > pointer.span.start ? pointer.span : undefined;
  const cuts = new Set<number>([0, length]);
  for (const s of [...quoted, ...(current ? [current] : []), ...(mark ? [mark] : [])]) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (s: Span | undefined, a: number, b: number) => s !== undefined && a >= s.start && b <= s.end;
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    out.push({
      start,
      end,
      quoted: quoted.some((q) => inside(q, start, end)),
      current: inside(current, start, end),
      marked: inside(mark, start, end),
    });
  }
  return out;
}

/**
 * The pasted text, read-only, showing where each field of the preview was read. The first
 * <mark> is scrolled to the middle of the panel — inside the panel only, so the page itself
 * does not jump while the organiser moves along the fields.
 */
export function SourceView({ text, messages, pointer }: { text: string; messages: PreviewMessage[]; pointer: Pointer | null }) {
  const box = useRef<HTMLDivElement>(null);
  const segs = useMemo(() => segments(text.length, messages, pointer), [text, messages, pointer]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !pointer) return;
    const target = el.querySelector<HTMLElement>('mark') ?? el.querySelector<HTMLElement>('.source__current');
    if (!target) return;
    const top = target.offsetTop - el.clientHeight / 2 + target.offsetHeight / 2;
    el.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, [pointer]);

  const nodes: ReactNode[] = segs.map((s) => {
    const cls = [s.quoted ? 'source__quoted' : '', s.current ? 'source__current' : ''].filter(Boolean).join(' ') || undefined;
    const piece = text.slice(s.start, s.end);
    const inner = s.marked ? <mark className="source__mark">{piece}</mark> : piece;
    return cls || s.marked ? (
      <span key={s.start} className={cls}>
        {inner}
      </span>
    ) : (
      piece
    );
  });

  return (
    <div ref={box} className="source" role="region" aria-label={nb.import.sourceLabel} tabIndex={0} data-testid="import-source">
      <pre className="source__text">{nodes}</pre>
    </div>
  );
}
