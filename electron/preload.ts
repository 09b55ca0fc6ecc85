/**
 * The preload script of the window: exposes exactly the API contract's methods on
 * `window.factmark`, each one an `ipcRenderer.invoke` on the method's channel. Nothing else
 * crosses: no raw `ipcRenderer`, no events, no callbacks.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiBridge } from '../shared/api';
import { apiMethodNames, BRIDGE_GLOBAL, ipcChannel } from '../shared/api-methods';

const bridge = Object.fromEntries(
  // Only the one argument is forwarded, whatever the page passes.
  apiMethodNames.map((method) => [method, (args: unknown) => ipcRenderer.invoke(ipcChannel(method), args)]),
) as ApiBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
