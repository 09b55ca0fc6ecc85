/**
 * The web mode's requests to the local host, sent from a worker: starting a request costs the
 * page's thread a millisecond or two, which a tag's frame cannot spare. The page gets each
 * answer's text back and reads it itself.
 */
import type { HttpRequest, HttpAnswer } from './api-http';

self.onmessage = async (event: MessageEvent<HttpRequest>) => {
  const { id, token, body } = event.data;
  let answer: HttpAnswer;
  try {
    const response = await fetch('/api', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Factmark-Token': token }, body });
    answer = { id, status: response.status, contentType: response.headers.get('Content-Type') ?? '', text: await response.text() };
  } catch {
    answer = { id, unreachable: true };
  }
  self.postMessage(answer);
};
