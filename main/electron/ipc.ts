import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { OP_NAMES } from '../api/contract';
import type { Envelope } from '../api/types';
import type { CoreContext } from '../core/context';
import { invoke } from '../core/dispatch';
import { msg, t, withLang, type Lang } from '../core/i18n';
import { senderAllowed } from './policy';

/** The channel of one operation: `samling:<domain:verb>`. preload/index.ts uses the same names. */
export const channelOf = (name: string) => `samling:${name}`;

const forbidden = (): Envelope<never> => ({
  ok: false,
  error: { code: 'forbidden', message: t('Forespørselen kom ikke fra Samlings eget vindu og er avvist.') },
});

/**
 * Whether an IPC call comes from our window's main frame showing our own renderer: not from an
 * iframe, another window or a page that somehow got navigated elsewhere.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  const alive = !!win && !win.isDestroyed();
  const frame = event.senderFrame;
  const main = alive ? win.webContents.mainFrame : null;
  return senderAllowed({
    windowAlive: alive,
    senderId: event.sender.id,
    windowContentsId: alive ? win.webContents.id : -1,
    frame: frame ? { isTopLevel: frame.parent === null, processId: frame.processId, routingId: frame.routingId, url: frame.url } : null,
    mainFrame: main ? { processId: main.processId, routingId: main.routingId } : { processId: -1, routingId: -1 },
  });
}

/**
 * The one wrapper for every IPC channel: checks the sender, then runs `fn` in the UI language
 * (`getLang`, read once per call). Exceptions become an envelope too, so the renderer always
 * gets `{ ok, ... }` and never a rejected promise.
 */
export function handle(
  channel: string,
  getWindow: () => BrowserWindow | null,
  fn: (input: unknown, lang: Lang) => Envelope<unknown>,
  getLang: () => Lang = () => 'nb',
): void {
  ipcMain.handle(channel, (event, input: unknown) => {
    const lang = getLang();
    return withLang(lang, () => {
      if (!isTrustedSender(event, getWindow())) return forbidden();
      try {
        return fn(input, lang);
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: msg`Noe gikk galt: ${(e as Error).message}` } } satisfies Envelope<never>;
      }
    });
  });
}

/**
 * Every operation of the contract as its own channel; invoke() validates and runs it, with every
 * message in the language the organiser chose (read from the settings file at each call).
 */
export function registerOperations(ctx: CoreContext, getWindow: () => BrowserWindow | null, getLang: () => Lang = () => 'nb'): void {
  for (const name of OP_NAMES) handle(channelOf(name), getWindow, (input, lang) => invoke(ctx, name, input, { lang }), getLang);
}
