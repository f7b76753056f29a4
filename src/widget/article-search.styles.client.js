// The widget's stylesheet: theming through the --as-* custom properties and a root that stops the host
// page's inherited styles. Light or dark follows the host page's color-scheme (inherited through the
// shadow boundary, and resolved by light-dark()), so a host that stays light keeps a light widget on a
// dark OS, as its own form controls do; the theme attribute forces one. On a phone the widget opens as a
// full-screen sheet (.sheet) rather than a dropdown that would run off the screen.
const STYLE = `
:host { --as-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; --as-radius: 10px; --as-shadow: 0 8px 24px rgb(0 0 0 / .12);
  --as-bg: #fff; --as-fg: #1d1d1f; --as-muted: #5f6368; --as-accent: #0b57d0; --as-border: #d9d6ce; --as-mark: #fff1a8;
  display: block; position: relative; max-width: 40rem; }
@supports (color: light-dark(red, red)) { :host { --as-bg: light-dark(#fff, #1b1d20); --as-fg: light-dark(#1d1d1f, #ececec);
  --as-muted: light-dark(#5f6368, #a9adb3); --as-accent: light-dark(#0b57d0, #8ab4f8); --as-border: light-dark(#d9d6ce, #3a3d42); --as-mark: light-dark(#fff1a8, #5c4b00); } }
@supports not (color: light-dark(red, red)) { :host([theme=dark]) { --as-bg: #1b1d20; --as-fg: #ececec; --as-muted: #a9adb3; --as-accent: #8ab4f8; --as-border: #3a3d42; --as-mark: #5c4b00; } }
:host([theme=light]) { color-scheme: light; } :host([theme=dark]) { color-scheme: dark; }
* { box-sizing: border-box; }
.root { font: 16px/1.5 var(--as-font); color: var(--as-fg); text-align: left; letter-spacing: normal; text-transform: none; }
.root * { font: inherit; }
[hidden] { display: none !important; }
label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.bar { display: flex; gap: 6px; }
input { flex: 1; min-width: 0; padding: 10px 12px; border: 1px solid var(--as-border); border-radius: var(--as-radius); background: var(--as-bg); color: var(--as-fg); }
input::placeholder { color: var(--as-muted); }
input:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid var(--as-accent); outline-offset: 1px; }
button { padding: 10px 14px; border: 0; border-radius: var(--as-radius); background: var(--as-accent); color: var(--as-bg); cursor: pointer; }
.close { display: none; background: none; color: var(--as-accent); padding: 10px 4px; }
.panel { position: absolute; left: 0; right: 0; z-index: 2147483000; margin-top: 6px; padding: 6px; color: var(--as-fg);
  background: var(--as-bg); border: 1px solid var(--as-border); border-radius: var(--as-radius); box-shadow: var(--as-shadow); }
[role=listbox] { max-height: 24rem; overflow: auto; }
.group { font-size: 13px; font-weight: 600; color: var(--as-muted); padding: 8px 8px 2px; }
[role=option] { display: block; padding: 8px; border-radius: calc(var(--as-radius) - 4px); color: var(--as-fg); text-decoration: none; cursor: pointer; }
[role=option][aria-selected=true], [role=option]:hover { background: color-mix(in srgb, var(--as-accent) 14%, var(--as-bg)); }
.sub { margin-left: 14px; padding: 4px 8px; font-size: 14px; border-left: 2px solid var(--as-border); border-radius: 0;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.action { color: var(--as-accent); }
.meta { display: block; font-size: 13px; color: var(--as-muted); }
mark { background: var(--as-mark); color: inherit; border-radius: 2px; }
.status { font-size: 14px; color: var(--as-muted); padding: 4px 8px; }
.status:empty { display: none; }
.hints { margin-top: 6px; padding: 6px 8px 0; border-top: 1px solid var(--as-border); text-align: right; font-size: 12px; color: var(--as-muted); }
kbd { padding: 0 5px; border: 1px solid var(--as-border); border-bottom-width: 2px; border-radius: 4px; font-size: 11px; }
kbd.gap { margin-left: 10px; }
.answer { margin-top: 10px; padding: 12px; border: 1px solid var(--as-border); border-radius: var(--as-radius); background: var(--as-bg); color: var(--as-fg); }
.answer p { margin: 0; }
.answer ul, .answer ol { margin: 8px 0 0; padding-left: 20px; }
.answer ol { font-size: 14px; }
.answer a { color: var(--as-accent); }
.answer .marker { font-size: .8em; vertical-align: super; text-decoration: none; }
.answer .abstained { color: var(--as-muted); font-style: italic; }
.answer .computation { margin-top: 6px; font-family: ui-monospace, Menlo, monospace; font-size: 13px; color: var(--as-muted); }
.sheet { position: fixed; inset: 0; z-index: 2147483000; overflow: auto; padding: 12px; background: var(--as-bg); }
.sheet .close { display: block; }
.sheet .panel { position: static; padding: 0; border: 0; box-shadow: none; }
.sheet [role=listbox] { max-height: none; }
@media (hover: none) { .hints { display: none; } }
`
