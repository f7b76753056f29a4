// The widget's stylesheet: theming through the --as-* custom properties, light and dark, and a
// root that stops the host page's inherited styles.
const STYLE = `
:host { --as-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; --as-bg: #fff; --as-fg: #1d1d1f; --as-muted: #5f6368;
  --as-accent: #0b57d0; --as-border: #d9d6ce; --as-radius: 10px; --as-mark: #fff1a8; --as-shadow: 0 8px 24px rgb(0 0 0 / .12);
  display: block; position: relative; max-width: 40rem; }
.root { font: 16px/1.5 var(--as-font); color: var(--as-fg); text-align: left; letter-spacing: normal; text-transform: none; }
@media (prefers-color-scheme: dark) { :host(:not([theme=light])) { --as-bg: #1b1d20; --as-fg: #ececec; --as-muted: #a9adb3; --as-accent: #8ab4f8; --as-border: #3a3d42; --as-mark: #5c4b00; } }
:host([theme=dark]) { --as-bg: #1b1d20; --as-fg: #ececec; --as-muted: #a9adb3; --as-accent: #8ab4f8; --as-border: #3a3d42; --as-mark: #5c4b00; }
* { box-sizing: border-box; }
.root * { font: inherit; }
/* The host page's inherited styles stop at .root, which sets its own. */
label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.bar { display: flex; gap: 6px; }
input { flex: 1; min-width: 0; padding: 10px 12px; border: 1px solid var(--as-border); border-radius: var(--as-radius); background: var(--as-bg); color: var(--as-fg); }
input:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid var(--as-accent); outline-offset: 1px; }
button { padding: 10px 14px; border: 0; border-radius: var(--as-radius); background: var(--as-accent); color: var(--as-bg); cursor: pointer; }
[role=listbox] { list-style: none; margin: 6px 0 0; padding: 6px; position: absolute; left: 0; right: 0; z-index: 2147483000; max-height: 24rem; overflow: auto;
  background: var(--as-bg); border: 1px solid var(--as-border); border-radius: var(--as-radius); box-shadow: var(--as-shadow); }
[role=listbox][hidden], .answer[hidden] { display: none; }
.group { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--as-muted); padding: 8px 8px 2px; }
[role=option] { display: block; padding: 8px; border-radius: calc(var(--as-radius) - 4px); cursor: pointer; text-decoration: none; }
[role=option][aria-selected=true] { background: color-mix(in srgb, var(--as-accent) 14%, transparent); }
[role=option] .id { font-size: 12px; color: var(--as-muted); display: block; }
mark { background: var(--as-mark); color: inherit; border-radius: 2px; }
.status { font-size: 14px; color: var(--as-muted); padding: 4px 8px; }
.status:empty { display: none; }
.answer { margin-top: 10px; padding: 12px; border: 1px solid var(--as-border); border-radius: var(--as-radius); background: var(--as-bg); }
.answer ol { margin: 8px 0 0; padding-left: 20px; font-size: 14px; }
.answer a { color: var(--as-accent); }
.answer .abstained { color: var(--as-muted); font-style: italic; }
.answer .computation { font-family: ui-monospace, Menlo, monospace; font-size: 13px; color: var(--as-muted); }
`
