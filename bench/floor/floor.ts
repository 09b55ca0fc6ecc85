/**
 * The floor for the editor benchmarks: a plain ProseMirror view of the same article, with the
 * app's schema and styles and nothing else (no annotations, no panels, no framework).
 */
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { articleDocument } from '../../renderer/editor/schema';
import { afterNextPaint } from '../../renderer/timing';
import '../../renderer/styles/app.css';
import '../../renderer/styles/article.css';

declare global {
  interface Window {
    /** Shows the text in a plain view; resolves with the milliseconds until the frame is painted. */
    renderPlainArticle(text: string): Promise<number>;
  }
}

window.renderPlainArticle = (text) => {
  const started = performance.now();
  const host = document.createElement('main');
  host.className = 'fm-main';
  document.body.append(host);
  new EditorView(host, { state: EditorState.create({ doc: articleDocument(text) }), attributes: { class: 'fm-article' } });
  return new Promise((resolve) => afterNextPaint(() => resolve(performance.now() - started)));
};
