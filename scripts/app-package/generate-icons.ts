/**
 * `npm run icons`: draws appPackage/color.png and appPackage/outline.png (see ./icons).
 * The colour icon's background is the manifest's `accentColor`, so the two never drift apart.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderColorIcon, renderOutlineIcon } from "./icons";

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "..", "..", "appPackage");
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as { accentColor?: string };
  const accent = manifest.accentColor ?? "#235E8C";
  fs.writeFileSync(path.join(dir, "color.png"), await renderColorIcon(accent));
  fs.writeFileSync(path.join(dir, "outline.png"), await renderOutlineIcon());
  console.log(`Wrote appPackage/color.png (192×192, background ${accent}) and appPackage/outline.png (32×32, white on transparent).`);
}

main().catch((err: unknown) => {
  console.error(`icons: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
