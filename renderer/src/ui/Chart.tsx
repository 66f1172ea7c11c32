import type { TimelinePoint } from '../../../main/api/ops/overview';
import { formatDate, formatNumber } from '../format';
import { nb } from '../i18n/nb';

// Sign-ups over time as a hand-drawn SVG step chart: one line, two markers. A chart library
// would cost more than these hundred lines. Screen readers get a one-sentence summary
// (role="img") and the same numbers as a visually hidden table.

const W = 640;
const H = 220;
const PAD = { left: 40, right: 16, top: 24, bottom: 28 };

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

export interface SignupChartProps {
  points: TimelinePoint[];
  deadline: string | null;
  eventDay: string;
}

export function SignupChart({ points, deadline, eventDay }: SignupChartProps) {
  const t = nb.chart;
  if (points.length === 0) return <p className="muted">{t.empty}</p>;
  const total = points[points.length - 1]?.total ?? 0;
  const first = dayNumber(points[0]?.day ?? eventDay);
  const marks = [deadline, eventDay].filter((d): d is string => d !== null).map(dayNumber);
  const x0 = Math.min(first, ...marks) - 1;
  const x1 = Math.max(dayNumber(points[points.length - 1]?.day ?? eventDay), ...marks) + 1;
  const yMax = Math.max(1, total);
  const sx = (d: number) => PAD.left + ((d - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (n: number) => H - PAD.bottom - (n / yMax) * (H - PAD.top - PAD.bottom);

  // A step line: flat until the next day with sign-ups, then up.
  let path = `M ${sx(x0)} ${sy(0)}`;
  for (const p of points) {
    const x = sx(dayNumber(p.day));
    path += ` H ${x} V ${sy(p.total)}`;
  }
  path += ` H ${sx(x1)}`;

  const byDeadline = deadline ? points.filter((p) => p.day <= deadline).reduce((n, p) => n + p.count, 0) : total;
  const summary = deadline ? t.summary(total, byDeadline, formatDate(deadline)) : t.summaryNoDeadline(total);
  const vline = (day: string, label: string, cls: string) => {
    const x = sx(dayNumber(day));
    return (
      <g className={cls}>
        <line x1={x} x2={x} y1={PAD.top - 8} y2={H - PAD.bottom} />
        <text x={x} y={PAD.top - 12} textAnchor="middle">
          {label} {formatDate(day).slice(0, 5)}
        </text>
      </g>
    );
  };

  return (
    <figure className="chart">
      <div role="img" aria-label={summary}>
        <svg viewBox={`0 0 ${W} ${H}`} className="chart__svg" aria-hidden="true" focusable="false">
          <line className="chart__axis" x1={PAD.left} x2={W - PAD.right} y1={sy(0)} y2={sy(0)} />
          <line className="chart__grid" x1={PAD.left} x2={W - PAD.right} y1={sy(yMax)} y2={sy(yMax)} />
          <text className="chart__tick" x={PAD.left - 6} y={sy(0) + 4} textAnchor="end">
            0
          </text>
          <text className="chart__tick" x={PAD.left - 6} y={sy(yMax) + 4} textAnchor="end">
            {formatNumber(yMax)}
          </text>
          <text className="chart__tick" x={sx(first)} y={H - 8} textAnchor="start">
            {formatDate(points[0]?.day).slice(0, 5)}
          </text>
          {deadline && vline(deadline, t.deadline, 'chart__mark chart__mark--deadline')}
          {vline(eventDay, t.eventDay, 'chart__mark chart__mark--event')}
          <path className="chart__line" d={path} />
          {points.map((p) => (
            <circle key={p.day} className="chart__dot" cx={sx(dayNumber(p.day))} cy={sy(p.total)} r={3} />
          ))}
        </svg>
      </div>
      <table className="sr-only">
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.day}</th>
            <th scope="col">{t.count}</th>
            <th scope="col">{t.total}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.day}>
              <td>{formatDate(p.day)}</td>
              <td>{p.count}</td>
              <td>{p.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
