import { parseHtmlBlocks } from "../../src/privacy/parse-html";

const summary = (html: string) => parseHtmlBlocks(html).blocks.map((b) => `${b.kind}${b.level || ""}:${b.text}`);

describe("parseHtmlBlocks", () => {
  it("reads h1–h6 as headings of their level, paragraphs and list items", () => {
    expect(summary("<h1>Policy</h1><h2>Cookies</h2><p>We use:</p><ul><li>a session cookie</li><li>a <b>language</b> cookie</li></ul>"))
      .toEqual(["heading1:Policy", "heading2:Cookies", "paragraph:We use:", "item:a session cookie", "item:a language cookie"]);
  });

  it("decodes entities and collapses no-break spaces", () => {
    expect(summary("<h2>Qui sommes-nous&nbsp;?</h2><p>Caf&eacute; &amp; th&eacute;</p>")).toEqual([
      "heading2:Qui sommes-nous ?", "paragraph:Café & thé",
    ]);
  });

  it("skips scripts, styles, navigation and hidden elements", () => {
    const html = `<nav><a>Home</a></nav><script>var cookies = 1;</script><style>p{}</style>
      <div role="navigation">Menu</div><p hidden>secret</p><h2>Cookies</h2><p>Two.</p>`;
    expect(summary(html)).toEqual(["heading2:Cookies", "paragraph:Two."]);
  });

  it("reads only <main> when the page has one, but finds dates in the footer", () => {
    const html = `<body><header><h1>Site</h1></header><main><h2>Cookies</h2><p>Two.</p></main>
      <footer><p>Last updated: 1 May 2024</p></footer></body>`;
    const parsed = parseHtmlBlocks(html);
    expect(parsed.blocks.map((b) => b.text)).toEqual(["Cookies", "Two."]);
    expect(parsed.fullText).toContain("Last updated: 1 May 2024");
  });

  it("reads FAQ structures (<dt>, <summary>, bold-only paragraphs) as headings", () => {
    expect(summary("<dl><dt>Do you sell data?</dt><dd>No.</dd></dl><details><summary>Cookies</summary><p>Two.</p></details><p><strong>Contact</strong></p><p>Write to us.</p>"))
      .toEqual(["heading7:Do you sell data?", "paragraph:No.", "heading7:Cookies", "paragraph:Two.", "heading7:Contact", "paragraph:Write to us."]);
  });

  it("turns table rows into items with cells joined", () => {
    expect(summary("<h2>Providers</h2><table><tr><th>Name</th><th>Country</th></tr><tr><td>Host</td><td>Ireland</td></tr></table>"))
      .toEqual(["heading2:Providers", "item:Name | Country", "item:Host | Ireland"]);
  });

  it("returns the page title", () => {
    expect(parseHtmlBlocks("<title>Privacy – Acme</title><h1>X</h1>").title).toBe("Privacy – Acme");
  });

  it("tolerates malformed markup", () => {
    expect(summary("<h2>Cookies<p>Two <b>only</p></h2><p>End")).toEqual(expect.arrayContaining(["paragraph:End"]));
  });
});
