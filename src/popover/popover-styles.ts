import CARD_CSS from '../ui/card.css?inline';

// Inside the shadow root: WXT resets the host with `all: initial`, so page CSS cannot reach in,
// and these rules cannot reach out.
export const POPOVER_CSS = `${CARD_CSS}
.hgh-popover { position: fixed; z-index: 2147483647; box-sizing: border-box; width: max-content; max-width: min(360px, calc(100vw - 16px));
  overflow: auto; padding: 12px 14px; border-radius: 10px; border: 1px solid #c9ced6; background: #ffffff;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); outline: none; animation: hgh-in 120ms ease-out; }
.hgh-popover .hgh-card { background: transparent; }
.hgh-popover[data-theme="dark"] { background: #1f2329; border-color: #4a5160; }
@media (prefers-color-scheme: dark) { .hgh-popover:not([data-theme="light"]) { background: #1f2329; border-color: #4a5160; } }
@media (prefers-reduced-motion: reduce) { .hgh-popover { animation: none; } }
@keyframes hgh-in { from { opacity: 0; } to { opacity: 1; } }
.hgh-hint { margin: 6px 0 0; font: 12.5px/1.4 system-ui, sans-serif; color: #4a5260; }
.hgh-popover[data-theme="dark"] .hgh-hint { color: #b4bac4; }
@media (prefers-color-scheme: dark) { .hgh-popover:not([data-theme="light"]) .hgh-hint { color: #b4bac4; } }
.hgh-close { float: right; margin: -6px -8px 0 6px; width: 28px; height: 28px; border: 0; border-radius: 6px; background: transparent;
  color: inherit; font: 20px/1 system-ui, sans-serif; cursor: pointer; }
.hgh-close:hover { background: rgba(127,127,127,.18); }
.hgh-close:focus-visible { outline: 2px solid #0b5cad; }
`;
