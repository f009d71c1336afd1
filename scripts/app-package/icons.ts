/**
 * The app's icons, drawn as SVG and rendered to PNG with sharp: an open book under a graduation cap.
 *
 * - color: 192 × 192, full-bleed accent-colour background (Teams rounds the corners itself), white book,
 *   warm yellow cap; the symbol stays inside the central 112 px.
 * - outline: 32 × 32, the same symbol in pure white on transparency. The rendered alpha channel is kept and
 *   the colour channels are set to white, so anti-aliased edges stay white with partial alpha, as Teams requires.
 */
import sharp from "sharp";
import { ICON_SIZES } from "./icon-check";

const CAP = "M96 42 L142 60 L96 78 L50 60 Z M70 69 L96 79 L122 69 L122 84 C110 92 82 92 70 84 Z";
const BOOK =
  "M92 100 C80 92 64 90 50 94 L50 146 C64 142 80 144 92 152 Z " +
  "M100 100 C112 92 128 90 142 94 L142 146 C128 142 112 144 100 152 Z";
const TASSEL = '<path d="M138 61 L138 84" stroke="#FFC857" stroke-width="4" stroke-linecap="round"/><circle cx="138" cy="87" r="4" fill="#FFC857"/>';

/** A CSS hex colour such as `#235E8C`. */
const HEX = /^#[0-9a-f]{6}$/i;

/**
 * SVG of the colour icon.
 * @param accent background colour, the manifest's `accentColor` (6-digit hex).
 * @throws Error when `accent` is not a 6-digit hex colour.
 */
export function colorIconSvg(accent: string): string {
  if (!HEX.test(accent)) throw new Error(`icons: accent colour ${JSON.stringify(accent)} must be a hex colour like #235E8C`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">`,
    `<rect width="192" height="192" fill="${accent}"/>`,
    `<path d="${BOOK}" fill="#FFFFFF"/>`,
    `<path d="${CAP}" fill="#FFC857"/>`,
    TASSEL,
    `</svg>`,
  ].join("");
}

/** SVG of the outline icon: the symbol alone, framed to fill 32 × 32 with a 1 px margin. */
export function outlineIconSvg(): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="42 34 108 124">`,
    `<path d="${BOOK} ${CAP}" fill="#FFFFFF"/>`,
    `</svg>`,
  ].join("");
}

/** Renders the colour icon to a 192 × 192 PNG. */
export async function renderColorIcon(accent: string): Promise<Buffer> {
  return sharp(Buffer.from(colorIconSvg(accent)))
    .resize(ICON_SIZES.color, ICON_SIZES.color)
    .png()
    .toBuffer();
}

/** Renders the outline icon to a 32 × 32 PNG whose visible pixels are all pure white. */
export async function renderOutlineIcon(): Promise<Buffer> {
  const size = ICON_SIZES.outline;
  const alpha = await sharp(Buffer.from(outlineIconSvg()))
    .resize(size, size)
    .ensureAlpha()
    .extractChannel("alpha")
    .raw()
    .toBuffer();
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    rgba.writeUInt32BE(alpha[i] === 0 ? 0 : (0xffffff00 | alpha[i]) >>> 0, i * 4);
  }
  return sharp(rgba, { raw: { width: size, height: size, channels: 4 } }).png().toBuffer();
}
