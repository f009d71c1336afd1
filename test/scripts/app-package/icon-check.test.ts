import * as fs from "node:fs";
import * as path from "node:path";
import sharp from "sharp";
import { checkIcon, countNonWhitePixels } from "../../../scripts/app-package/icon-check";
import { APP_PACKAGE_DIR, where } from "./helpers";

const committed = (file: string) => fs.readFileSync(path.join(APP_PACKAGE_DIR, file));
const solid = (size: number, background: string | { r: number; g: number; b: number; alpha: number }) =>
  sharp({ create: { width: size, height: size, channels: 4, background } });

/** A transparent 32×32 PNG with one pixel of the given colour at (x, y). */
async function outlineWithPixel(rgba: [number, number, number, number], x = 5, y = 7): Promise<Buffer> {
  const raw = Buffer.alloc(32 * 32 * 4);
  raw.set(rgba, (y * 32 + x) * 4);
  return sharp(raw, { raw: { width: 32, height: 32, channels: 4 } }).png().toBuffer();
}

describe("the committed icons", () => {
  it("pass: color 192×192 PNG, outline 32×32 PNG white on transparent", async () => {
    expect(await checkIcon("color", "color.png", committed("color.png"))).toEqual([]);
    expect(await checkIcon("outline", "outline.png", committed("outline.png"))).toEqual([]);
  });

  it("draw something: the outline has visible white pixels and transparent ones", async () => {
    const { data } = await sharp(committed("outline.png")).ensureAlpha().extractChannel("alpha").raw().toBuffer({ resolveWithObject: true });
    const visible = [...data].filter((a) => a > 0).length;
    expect(visible).toBeGreaterThan(100);
    expect(visible).toBeLessThan(32 * 32 - 100);
  });

  it("the color icon is opaque and uses more than two colours", async () => {
    const stats = await sharp(committed("color.png")).stats();
    expect(stats.isOpaque).toBe(true);
    const { data } = await sharp(committed("color.png")).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 3) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    expect(colours.size).toBeGreaterThan(2);
  });
});

describe("checkIcon", () => {
  it("rejects a file that is not PNG", async () => {
    const jpeg = await solid(192, "#235E8C").jpeg().toBuffer();
    const problems = await checkIcon("color", "color.png", jpeg);
    expect(where(problems)).toEqual(["color.png"]);
    expect(problems[0].message).toBe("is not a PNG file.");
  });

  it.each([
    ["color", "color.png", 96],
    ["outline", "outline.png", 64],
  ] as const)("rejects a %s icon of the wrong size", async (kind, file, size) => {
    const png = await solid(size, { r: 255, g: 255, b: 255, alpha: 0 }).png().toBuffer();
    const problems = await checkIcon(kind, file, png);
    expect(where(problems)).toEqual([file]);
    expect(problems[0].message).toMatch(new RegExp(`is ${size}×${size} pixels`));
  });

  it("rejects an outline pixel that is coloured", async () => {
    const problems = await checkIcon("outline", "outline.png", await outlineWithPixel([35, 94, 140, 255], 5, 7));
    expect(where(problems)).toEqual(["outline.png"]);
    expect(problems[0].message).toBe("has 1 pixels that are neither white nor fully transparent (first at x=5, y=7).");
  });

  it("rejects a half-transparent grey outline pixel but accepts half-transparent white", async () => {
    expect(await checkIcon("outline", "outline.png", await outlineWithPixel([128, 128, 128, 128]))).toHaveLength(1);
    expect(await checkIcon("outline", "outline.png", await outlineWithPixel([255, 255, 255, 128]))).toEqual([]);
  });

  it("ignores the colour of fully transparent pixels", async () => {
    expect(await checkIcon("outline", "outline.png", await outlineWithPixel([200, 0, 0, 0]))).toEqual([]);
  });

  it("reports an icon file that does not exist on the manifest field", async () => {
    expect(where(await checkIcon("outline", "outline.png", undefined))).toEqual(["manifest.json icons.outline"]);
  });

  it("counts every bad pixel", async () => {
    const red = await solid(32, "#ff0000").png().toBuffer();
    expect(await countNonWhitePixels(red)).toEqual({ bad: 1024, total: 1024, first: [0, 0] });
  });
});
