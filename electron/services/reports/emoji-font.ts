/**
 * The colour emoji font a printed report carries when it has emoji: the machine that prints (a
 * server, the command line on Linux) may have no emoji font, and the PDF would show empty boxes.
 * It is the font the app shows emoji with where the system has none.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Characters shown as emoji: those that are by default, others asked to be by the variation
 * selector after them (a dove "🕊️"; a lone "©" stays text), and keycaps.
 */
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[#*0-9]\uFE0F?\u20E3/u;

let font: Promise<string> | undefined;

export function hasEmoji(text: string): boolean {
  return EMOJI.test(text);
}

/** The font as base64 WOFF2, read once. */
export function emojiFontBase64(): Promise<string> {
  font ??= readFile(createRequire(import.meta.url).resolve('twemoji-colr-font/twemoji.woff2')).then((bytes) => bytes.toString('base64'));
  return font;
}
