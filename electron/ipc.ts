/**
 * Registers every method of the API contract on `ipcMain`. Each call is answered only when it
 * comes from the main frame of the app's window showing the renderer; the dispatcher then
 * validates the arguments against the contract before a service sees them.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ApiResponse } from '../shared/api';
import { apiMethodNames, ipcChannel, type ApiMethodName } from '../shared/api-methods';
import { APP_NAME } from '../shared/app';
import type { Dispatch } from './api/dispatch';

export interface SenderPolicy {
  /** The window whose page may call the API, if it is open. */
  window(): BrowserWindow | null;
  /** Whether a frame at this address is the renderer. */
  isRendererUrl(url: string): boolean;
}

/**
 * Whether an IPC call comes from the main frame of the policy's window, showing the renderer.
 * A frame that navigated away or was destroyed meanwhile is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, policy: SenderPolicy): boolean {
  const window = policy.window();
  if (!window || window.isDestroyed() || event.sender.id !== window.webContents.id) return false;
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && policy.isRendererUrl(frame.url);
  } catch {
    // WebFrameMain's getters throw when its frame is gone by the time they are read.
    return false;
  }
}

function senderDescription(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url ?? 'a closed frame';
  } catch {
    return 'a closed frame';
  }
}

function refusal(method: ApiMethodName): ApiResponse<never> {
  return {
    ok: false,
    error: { code: 'unauthorized', message: `${method} was refused: the call did not come from the ${APP_NAME} window` },
  };
}

/** Registers one handler per contract method; returns a function that removes them again. */
export function registerApiHandlers(dispatch: Dispatch, policy: SenderPolicy): () => void {
  for (const method of apiMethodNames) {
    ipcMain.handle(ipcChannel(method), (event, args: unknown) => {
      if (!isTrustedSender(event, policy)) {
        console.warn(`Refused a call to ${method} from ${senderDescription(event)}`);
        return refusal(method);
      }
      return dispatch(method, args);
    });
  }
  return () => {
    for (const method of apiMethodNames) ipcMain.removeHandler(ipcChannel(method));
  };
}
