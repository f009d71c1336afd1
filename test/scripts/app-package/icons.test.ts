import * as fs from "node:fs";
import * as path from "node:path";
import sharp from "sharp";
import { checkIcon } from "../../../scripts/app-package/icon-check";
import { colorIconSvg, renderColorIcon, renderOutlineIcon } from "../../../scripts/app-package/icons";
import { APP_PACKAGE_DIR } from "./helpers";

const accent = (): string => JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, "manifest.json"), "utf8")).accentColor;

describe("icon drawing", () => {
  it("renders icons that pass the icon checks", async () => {
    expect(await checkIcon("color", "color.png", await renderColorIcon(accent()))).toEqual([]);
    expect(await checkIcon("outline", "outline.png", await renderOutlineIcon())).toEqual([]);
  });

  it("paints the colour icon's background with the manifest's accentColor", async () => {
    const { data } = await sharp(await renderColorIcon(accent())).raw().toBuffer({ resolveWithObject: true });
    const hex = `#${[data[0], data[1], data[2]].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
    expect(hex.toUpperCase()).toBe(accent().toUpperCase());
  });

  it("matches the committed PNGs pixel for pixel (run npm run icons after changing the drawing)", async () => {
    const pixels = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();
    expect((await pixels(await renderColorIcon(accent()))).equals(await pixels(fs.readFileSync(path.join(APP_PACKAGE_DIR, "color.png"))))).toBe(true);
    expect((await pixels(await renderOutlineIcon())).equals(await pixels(fs.readFileSync(path.join(APP_PACKAGE_DIR, "outline.png"))))).toBe(true);
  });

  it("rejects an accent colour that is not a 6-digit hex colour", () => {
    expect(() => colorIconSvg("blue")).toThrow(/must be a hex colour/);
    expect(() => colorIconSvg('#fff"/><script>')).toThrow(/must be a hex colour/);
  });
});
