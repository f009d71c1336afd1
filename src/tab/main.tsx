/**
 * Entry of the tab bundle. The server's HTML shell names the page in `<body data-page>` and gives the
 * CSP nonce in `<meta name="csp-nonce">`; Griffel (Fluent UI's styling engine) puts that nonce on the
 * `<style>` elements it creates, so the page's Content-Security-Policy needs no 'unsafe-inline'.
 */
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";

const nonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute("content") ?? undefined;
const renderer = createDOMRenderer(document, nonce ? { styleElementAttributes: { nonce } } : undefined);
const container = document.getElementById("root");

if (container) {
  createRoot(container).render(
    <StrictMode>
      <RendererProvider renderer={renderer} targetDocument={document}>
        <App page={document.body.dataset.page ?? "courses"} />
      </RendererProvider>
    </StrictMode>,
  );
}
