// Dropped files become paste text. A .txt is read as it is; an .eml (a saved e-mail) is turned
// into what Outlook would have put on the clipboard: a Fra/Sendt/Til/Emne header and the plain
// text of the body. Only as much MIME as saved replies use: one level of multipart, the first
// text/plain part (else text/html with the tags stripped), quoted-printable or base64.

export function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === 'string' ? r.result : '');
    r.onerror = () => reject(r.error ?? new Error(file.name));
    // .eml is 7-bit text with its own charsets; latin1 keeps every byte for decoding later.
    r.readAsText(file, /\.eml$/i.test(file.name) ? 'latin1' : 'utf-8');
  });
}

export function isSupportedFile(name: string): boolean {
  return /\.(txt|eml)$/i.test(name);
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const cut = text.indexOf('\n\n');
  const head = cut < 0 ? text : text.slice(0, cut);
  const body = cut < 0 ? '' : text.slice(cut + 2);
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (m?.[1] && !headers.has(m[1].toLowerCase())) headers.set(m[1].toLowerCase(), m[2] ?? '');
  }
  return { headers, body };
}

function bytesToText(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function decodeQuotedPrintable(s: string): Uint8Array {
  const joined = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i];
    const hex = joined.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

function decodeBase64(s: string): Uint8Array {
  try {
    return latin1Bytes(atob(s.replace(/[^A-Za-z0-9+/=]/g, '')));
  } catch {
    return new Uint8Array();
  }
}

function param(header: string | undefined, name: string): string {
  const m = new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(header ?? '');
  return m?.[1]?.trim() ?? '';
}

/** =?utf-8?Q?S=C3=B8rli?= and =?iso-8859-1?B?...?= in headers. */
function decodeWords(s: string): string {
  return s.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_all, charset: string, enc: string, text: string) => {
    const bytes = enc.toUpperCase() === 'B' ? decodeBase64(text) : decodeQuotedPrintable(text.replace(/_/g, ' '));
    return bytesToText(bytes, charset);
  });
}

function partText(p: Part): string {
  const enc = (p.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = param(p.headers.get('content-type'), 'charset') || 'utf-8';
  const bytes = enc.includes('base64') ? decodeBase64(p.body) : enc.includes('quoted-printable') ? decodeQuotedPrintable(p.body) : latin1Bytes(p.body);
  return bytesToText(bytes, charset);
}

function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n\n'), 'text/html');
  return doc.body.textContent ?? '';
}

function bodyText(p: Part): string {
  const type = (p.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(p.headers.get('content-type'), 'boundary');
    if (!boundary) return p.body;
    const parts = p.body.split(`--${boundary}`).slice(1).filter((x) => !x.startsWith('--')).map((x) => splitPart(x.replace(/^\r?\n/, '')));
    const plain = parts.find((x) => (x.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith('text/plain'));
    if (plain) return partText(plain);
    const nested = parts.find((x) => (x.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/'));
    if (nested) return bodyText(nested);
    const html = parts.find((x) => (x.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html'));
    return html ? htmlToText(partText(html)) : '';
  }
  const text = partText(p);
  return type.startsWith('text/html') ? htmlToText(text) : text;
}

/** A saved e-mail as the text a user would have copied out of Outlook. */
export function emlToText(raw: string): string {
  const p = splitPart(raw);
  const h = (k: string) => decodeWords(p.headers.get(k) ?? '');
  const head = [`Fra: ${h('from')}`, `Sendt: ${h('date')}`, `Til: ${h('to')}`, ...(h('cc') ? [`Kopi: ${h('cc')}`] : []), `Emne: ${h('subject')}`];
  return `${head.join('\n')}\n\n${bodyText(p).replace(/\r\n/g, '\n').trim()}\n`;
}
