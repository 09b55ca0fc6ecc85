import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, externalWebLink, isRendererUrl } from '../../../electron/app-url';

describe('isRendererUrl', () => {
  it('accepts pages on the app://factmark origin', () => {
    expect(isRendererUrl(APP_ENTRY_URL)).toBe(true);
    expect(isRendererUrl('app://factmark/index.html?document=1#top')).toBe(true);
  });

  it('refuses other hosts, schemes and look-alikes of the app origin', () => {
    for (const url of [
      'app://factmark.example/index.html',
      'app://other/index.html',
      'file:///opt/Factmark/resources/app.asar/out/renderer/index.html',
      'https://factmark/index.html',
      'about:blank',
      'data:text/html,hello',
      '',
      'not a url',
    ]) {
      expect(isRendererUrl(url), url).toBe(false);
    }
  });

  it('accepts the development server only when one is given, and only on its exact origin', () => {
    expect(isRendererUrl('http://localhost:5173/index.html')).toBe(false);
    expect(isRendererUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isRendererUrl('http://localhost:5174/index.html', 'http://localhost:5173')).toBe(false);
    expect(isRendererUrl('http://127.0.0.1:5173/', 'http://localhost:5173')).toBe(false);
    expect(isRendererUrl('http://localhost:5173.evil.test/', 'http://localhost:5173')).toBe(false);
  });

  it('ignores a development-server address that is not http(s)', () => {
    expect(isRendererUrl('file:///tmp/index.html', 'file:///tmp/')).toBe(false);
  });
});

describe('externalWebLink', () => {
  it('passes http and https links on, normalised', () => {
    expect(externalWebLink('https://www.un.org/en/situation-reports')).toBe('https://www.un.org/en/situation-reports');
    expect(externalWebLink('HTTP://Example.org')).toBe('http://example.org/');
  });

  it('refuses every other scheme', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://factmark/index.html', 'mailto:desk@example.org', 'smb://server/share', 'nonsense']) {
      expect(externalWebLink(url), url).toBeNull();
    }
  });
});
