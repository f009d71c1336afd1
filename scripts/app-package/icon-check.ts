/**
 * App icon rules (Teams "App icons" guidance and manifest schema `icons`):
 * - `color`: PNG, 192 × 192 pixels, full colour;
 * - `outline`: PNG, 32 × 32 pixels, white on a transparent background: every pixel is either fully
 *   transparent or pure white (any alpha; anti-aliased edges are white with partial alpha).
 * Images are decoded with sharp.
 */
import sharp from "sharp";
import { problem, type Problem } from "./problems";

/** Expected size of each icon, in pixels. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** Which icon a file is. */
export type IconKind = keyof typeof ICON_SIZES;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Checks one icon file.
 * @param file name in the package (`color.png`), used in the problems.
 * @param data file content, or `undefined` when the manifest names a file that does not exist.
 */
export async function checkIcon(kind: IconKind, file: string, data: Buffer | undefined): Promise<Problem[]> {
  const field = `icons.${kind}`;
  if (data === undefined) {
    return [problem("manifest.json", field, `names ${file}, which is not in appPackage/.`, "run npm run icons or fix the path.")];
  }
  if (data.length < 8 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return [problem(file, "", "is not a PNG file.", "save the icon as PNG (npm run icons draws both icons).")];
  }
  const size = ICON_SIZES[kind];
  const { width, height } = await sharp(data).metadata();
  if (width !== size || height !== size) {
    return [problem(file, "", `is ${width}×${height} pixels; the ${kind} icon must be ${size}×${size}.`, `resize it to ${size}×${size} pixels.`)];
  }
  return kind === "outline" ? checkOutlinePixels(file, data) : [];
}

/** Counts the pixels of an outline icon that are neither white nor fully transparent. */
export async function countNonWhitePixels(data: Buffer): Promise<{ bad: number; total: number; first?: [number, number] }> {
  const { data: raw, info } = await sharp(data).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let bad = 0;
  let first: [number, number] | undefined;
  for (let i = 0; i < info.width * info.height; i++) {
    const [r, g, b, a] = raw.subarray(i * 4, i * 4 + 4);
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
      bad++;
      first ??= [i % info.width, Math.floor(i / info.width)];
    }
  }
  return { bad, total: info.width * info.height, first };
}

async function checkOutlinePixels(file: string, data: Buffer): Promise<Problem[]> {
  const { bad, first } = await countNonWhitePixels(data);
  if (bad === 0) return [];
  const at = first ? ` (first at x=${first[0]}, y=${first[1]})` : "";
  return [
    problem(
      file,
      "",
      `has ${bad} pixels that are neither white nor fully transparent${at}.`,
      "draw the outline icon in pure white (#FFFFFF) on a transparent background (npm run icons).",
    ),
  ];
}
