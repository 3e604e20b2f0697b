/**
 * The report's stylesheet. Colours are the Okabe-Ito palette (safe for colour-blind readers),
 * and every colour-coded fact also has a text or shape cue (icons, outlines, markers). Dark mode
 * follows `prefers-color-scheme`; print drops the navigation and scrolling.
 */
export const STYLE = `
:root{--bg:#fff;--fg:#1a1a1a;--muted:#5a5a5a;--line:#d0d0d0;--panel:#f6f6f6;--grid:#e4e4e4;
--task:#0072B2;--crit:#D55E00;--ext:#56B4E9;--gate:#CC79A7;--ok:#009E73;--warn:#E69F00;--bad:#D55E00;
--off:#f0f0f0;--holiday:#e6e0ee;--freeze:#9a9a9a;--deadline:#000;--load:0,114,178;--over:#D55E00;--over-fg:#fff}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e8e8e8;--muted:#a8a8a8;--line:#3a3d42;--panel:#1f2226;--grid:#2c2f34;
--task:#56B4E9;--ext:#0072B2;--off:#1d2024;--holiday:#2a2433;--freeze:#777;--deadline:#fff;--load:86,180,233}}
*{box-sizing:border-box}
body{margin:0;padding:0 24px 48px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
header{padding:20px 0 4px}h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
.meta{color:var(--muted);margin:0}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:14px;padding:0;margin:8px 0}nav a{color:inherit}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:12px}
.card{background:var(--panel);border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;padding:10px 12px}
.breaker{border-left:4px solid var(--bad);padding:8px 12px;margin:0 0 12px}.checkin h3{margin:0 0 4px;font-size:13px}.checkin ul{margin:0;padding-left:18px}.card.ok{border-left-color:var(--ok)}.card.warn{border-left-color:var(--warn)}.card.bad{border-left-color:var(--bad)}
.card h3{margin:0;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.card .value{font-size:18px;font-weight:600;margin:4px 0}.card .sub{margin:0;color:var(--muted);font-size:12.5px}
.scroll{overflow-x:auto;max-width:100%}
svg text{fill:var(--fg);font:11px system-ui,sans-serif}
svg .tick{fill:var(--muted);text-anchor:middle}svg .tick.y{text-anchor:end}svg .grid{stroke:var(--grid)}
.gantt .phase-name{font-weight:600;font-size:12px}.gantt .phase-span{stroke:var(--muted);stroke-width:3}
.gantt .label{font-size:11px}.gantt .who{fill:var(--muted);font-size:10.5px}
.gantt .bar{fill:var(--task)}.gantt .crit .bar{fill:var(--crit);stroke:var(--fg);stroke-width:1.5}
.gantt .external .bar{fill:var(--ext);stroke:var(--task);stroke-dasharray:3 2}.gantt .external.crit .bar{fill:var(--crit)}
.gantt .pause{stroke:var(--muted);stroke-dasharray:2 2}
.gantt .baseline-bar{fill:var(--muted);opacity:.7}.gantt .baseline-point{stroke:var(--muted);stroke-width:3}.legend .baseline-key{background:var(--muted);height:4px;opacity:.7}
.causes tfoot th{text-align:right}
.gantt .diamond{fill:var(--gate);stroke:var(--fg)}.gantt .crit .diamond{fill:var(--crit);stroke-width:1.5}
.gantt .row:hover .label{font-weight:600}.gantt .crit .label{font-weight:600}
.gantt .dep{fill:none;stroke:var(--muted);stroke-width:1;opacity:.7;marker-end:url(#arrow)}
.gantt .dep.crit{stroke:var(--crit);opacity:1;stroke-width:1.4;marker-end:url(#arrow-crit)}
.arrowhead{fill:var(--muted)}.arrowhead.crit{fill:var(--crit)}
.gantt .off{fill:var(--off)}.gantt .holiday{fill:var(--holiday)}.gantt .freeze{fill:url(#hatch);opacity:.55}.hatch{stroke:var(--freeze);stroke-width:3}
.gantt .freeze-name{font-size:10px;fill:var(--muted)}
.deadline path{stroke:var(--deadline);stroke-width:2}.delivery path{stroke:var(--deadline);stroke-width:1.2;stroke-dasharray:5 3}
.marker-label{font-weight:600;font-size:10.5px}
.marker-label,.gantt .freeze-name{paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}
.legend{display:flex;flex-wrap:wrap;gap:10px;font-size:12px}.legend span{display:inline-flex;align-items:center;gap:5px}
.legend i{display:inline-block;width:18px;height:10px;border-radius:2px}
table{border-collapse:collapse;font-size:12.5px}caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid var(--line);padding:3px 6px;vertical-align:top;text-align:left}td.num,th.num{text-align:right}
thead th{background:var(--panel)}th button{all:unset;cursor:pointer;font-weight:600}th button:focus-visible{outline:2px solid var(--task)}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.hint{font-weight:400;color:var(--muted);font-size:11.5px}
td.crit,td.late{color:var(--crit);font-weight:600}code{font-size:12px}
.load td{text-align:center;min-width:44px;font-variant-numeric:tabular-nums}.load td small{display:block;font-weight:400;font-size:11px}.load th[scope=row]{white-space:nowrap;text-align:left;position:sticky;left:0;background:var(--bg)}
.load .l0{background:rgba(var(--load),.08)}.load .l1{background:rgba(var(--load),.25)}.load .l2{background:rgba(var(--load),.45)}
.load .l3{background:rgba(var(--load),.65)}.load .l4{background:rgba(var(--load),.85);color:#fff}
.load .over,.legend .over{background:var(--over);color:var(--over-fg);font-weight:700}.load .off,.load .frozen{color:var(--muted)}.load .frozen,.legend .frozen{background:var(--off)}
.legend span{padding:1px 6px;border-radius:3px}.legend .l0{background:rgba(var(--load),.08)}.legend .l1{background:rgba(var(--load),.25)}
.legend .l2{background:rgba(var(--load),.45)}.legend .l3{background:rgba(var(--load),.65)}.legend .l4{background:rgba(var(--load),.85);color:#fff}
.warn{color:var(--fg)}ul.warn li::marker{content:"\\26A0  "}
.heat tbody td{width:150px;height:72px}.heat ul{margin:4px 0 0;padding-left:16px;font-family:ui-monospace,monospace;font-size:11.5px}.heat .band{font-size:11px;font-weight:600}
.sev-high{background:rgba(213,94,0,.28)}.sev-medium{background:rgba(230,159,0,.28)}.sev-low{background:rgba(0,158,115,.18)}
.tag{font-size:10.5px;border:1px solid var(--line);border-radius:3px;padding:0 4px}
.charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0}figcaption{font-size:12px;color:var(--muted)}
.hist-bar{fill:var(--task)}.curve{fill:none;stroke:var(--task);stroke-width:2}.target{stroke:var(--muted);stroke-dasharray:4 3}
.pmark path{stroke:var(--muted);stroke-dasharray:3 2}.driver-bar{fill:var(--crit)}.driver-mean{fill:var(--fg)}.tornado .label{text-anchor:end}
.note{background:var(--panel);border:1px solid var(--line);padding:8px 10px;border-radius:4px}
@media print{body{padding:0;font-size:11px;background:#fff;color:#000}nav,.hint{display:none}.scroll{overflow:visible}
section{break-inside:auto}.card,figure,.heat{break-inside:avoid}h2{break-after:avoid}details{display:none}}
`;
