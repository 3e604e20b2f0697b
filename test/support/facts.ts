/**
 * Test helper: the headline facts of a plan read back from each output (JSON, Markdown, HTML) in
 * one shape, so a test can hold the three outputs to the same answer. The readers parse what a
 * person sees (the Markdown lines, the HTML cards' text), not hidden attributes.
 */
import { JSDOM } from 'jsdom';

export interface ShownFacts {
  readonly verdict: string;
  readonly plannedFinish: string;
  /** "P90 2024-12-31" or, without a forecast, the planned finish's date. */
  readonly forecastFinish: string;
  readonly deadline: string | null;
  /** The date the plan is measured against: the effective delivery date, or the deadline. */
  readonly delivery: string | null;
  /** "1% by 2024-12-12", or null without a forecast or a deadline. */
  readonly pOnTime: string | null;
  /** The buffer to the delivery date in slots, negative when late. */
  readonly buffer: number | null;
  /** When the summary says whether the must-haves fit: null if they do, else the slots they miss by. */
  readonly mustsLateBy?: number | null;
}

const LABELS: Record<string, string> = { 'On track': 'on-track', 'At risk': 'at-risk', Late: 'late', 'No deadline': 'no-deadline' };

/** "Tue 2024-10-15 14:00" → "2024-10-15T14:00"; "Tue 2024-10-15" → "2024-10-15". */
function isoOf(shown: string): string {
  const m = /(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/.exec(shown);
  if (!m) throw new Error(`no date in '${shown}'`);
  return m[2] ? `${m[1]}T${m[2]}` : m[1];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function factsFromJson(doc: any): ShownFacts {
  const s = doc.summary;
  const f = s.forecastFinish;
  return {
    verdict: s.verdict.status,
    plannedFinish: s.finish,
    forecastFinish: f.basis === 'forecast' ? `P${Math.round(f.p * 100)} ${f.date}` : f.date,
    deadline: s.deadline?.date ?? null,
    delivery: s.delivery?.date ?? null,
    pOnTime: s.pOnTime ? `${percent(s.pOnTime.probability)} by ${s.pOnTime.by}` : null,
    buffer: s.slotsToDelivery,
    ...(s.verdict.status === 'late' ? { mustsLateBy: s.musts.fit ? null : s.musts.lateBy } : {}),
  };
}

function mdField(summary: string, name: string): string | undefined {
  return new RegExp(`^- \\*\\*${name}\\*\\*: (.*)$`, 'm').exec(summary)?.[1];
}

function slotsIn(text: string): number {
  const n = /(-?\d+) (?:working )?(?:days?|hours?)/.exec(text);
  if (!n) throw new Error(`no slot count in '${text}'`);
  return Number(n[1]);
}

export function factsFromMarkdown(md: string): ShownFacts {
  const summary = md.slice(md.indexOf('## 1. Summary'), md.indexOf('\n## ', md.indexOf('## 1. Summary') + 5));
  const verdict = /^\*\*([^*]+)\*\*:/m.exec(summary)?.[1] ?? '';
  const finish = mdField(summary, 'Forecast finish') ?? '';
  const deadline = mdField(summary, 'Deadline');
  const effective = mdField(summary, 'Effective delivery');
  const confidence = mdField(summary, 'Confidence');
  const chance = confidence ? /^(\d+%) chance of delivering by (.+?) \(target/.exec(confidence) : null;
  const buffer = mdField(summary, 'Buffer');
  return {
    verdict: LABELS[verdict] ?? verdict,
    plannedFinish: isoOf(mdField(summary, 'Planned finish') ?? ''),
    forecastFinish: /^P\d+ /.test(finish) ? `${finish.slice(0, finish.indexOf(' '))} ${isoOf(finish)}` : isoOf(finish),
    deadline: deadline ? isoOf(deadline) : null,
    delivery: effective ? isoOf(effective) : deadline ? isoOf(deadline) : null,
    pOnTime: chance ? `${chance[1]} by ${isoOf(chance[2])}` : null,
    buffer: buffer === undefined ? null : buffer.startsWith('none') ? -slotsIn(buffer) : slotsIn(buffer),
    ...mustsIn(summary),
  };
}

/** The late verdict's word on the must-haves: "the must-haves fit" or "do not fit either: … N working days after it". */
function mustsIn(summary: string): { mustsLateBy?: number | null } {
  if (/; the must-haves fit\b/.test(summary)) return { mustsLateBy: null };
  const late = /the must-haves do not fit either: on likely estimates they finish (.+?) after it/.exec(summary);
  return late ? { mustsLateBy: slotsIn(late[1]) } : {};
}

export function factsFromHtml(html: string): ShownFacts {
  const doc = fragmentOf(html, '<section id="summary"', '</section>');
  const card = (key: string) => doc.querySelector(`[data-card="${key}"]`);
  const value = (key: string) => (card(key)?.querySelector('.value')?.textContent ?? '').replace(/^[\u2714\u26A0\u2716]\s*/, '').trim();
  const sub = (key: string) => card(key)?.querySelector('.sub')?.textContent ?? '';
  const finish = value('finish');
  const deadline = value('deadline');
  const effective = /effective delivery (.+)$/.exec(sub('deadline'));
  const onTime = value('on-time');
  const by = /^By (.+?);/.exec(sub('on-time'));
  const buffer = value('buffer');
  return {
    verdict: LABELS[value('verdict')] ?? value('verdict'),
    plannedFinish: isoOf(/planned finish (.+?) \(/.exec(sub('finish'))?.[1] ?? ''),
    forecastFinish: /^P\d+ /.test(finish) ? `${finish.slice(0, finish.indexOf(' '))} ${isoOf(finish)}` : isoOf(finish),
    deadline: deadline === 'none' ? null : isoOf(deadline),
    delivery: deadline === 'none' ? null : effective ? isoOf(effective[1]) : isoOf(deadline),
    pOnTime: by ? `${onTime} by ${isoOf(by[1])}` : null,
    buffer: buffer === 'n/a' ? null : buffer === 'none' ? -slotsIn(sub('buffer')) : slotsIn(buffer),
    ...mustsIn(sub('verdict')),
  };
}

/** The critical activities and each person's load per period, as one output shows them. */
export interface ShownTables {
  /** Ids of the critical activities, in the order shown. */
  readonly critical: readonly string[];
  /** Per resource (by id), per period: the utilisation in percent (null when the person has no time), and whether it is flagged over-allocated. */
  readonly load: Readonly<Record<string, readonly { readonly percent: number | null; readonly over: boolean }[]>>;
  /** Per dated item (by id): "met", or "<slots> on" / "<slots> due" when it misses its fixed or due date. */
  readonly dates: Readonly<Record<string, string>>;
  /** The planned cost and the P80 cost (null without a forecast) in cents; null when nothing is priced. */
  readonly cost: { readonly planned: number; readonly p80: number | null } | null;
}

/** "USD 1,234.56" (the first amount in the text after `label`) in cents. */
function centsAfter(text: string, label: string): number | null {
  const m = new RegExp(`${label}:? \\S+ (-?[\\d,]+)\\.(\\d{2})`).exec(text);
  return m ? Number(m[1].replace(/,/g, '')) * 100 + Number(m[2]) * (m[1].startsWith('-') ? -1 : 1) : null;
}

/** "met" or "2 working days late (due date)" as the documents print it, in the shape JSON gives. */
function dateStatusOf(text: string): string {
  if (text === 'met') return 'met';
  return `${slotsIn(text)} ${text.includes('(fixed date)') ? 'on' : 'due'}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function tablesFromJson(doc: any): ShownTables {
  const load: Record<string, { percent: number | null; over: boolean }[]> = {};
  for (const r of doc.load.byResource) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    load[r.resource] = r.perWeek.map((w: any) => ({ percent: w.utilisation === null ? null : w.utilisation * 100, over: w.overAllocated }));
  }
  const dates: Record<string, string> = {};
  for (const t of doc.tasks) if (t.dates) dates[t.id] = t.dates.missed === null ? 'met' : `${t.dates.lateBy} ${t.dates.missed}`;
  const cost = doc.cost === null ? null : { planned: doc.cost.planned, p80: doc.cost.forecast?.p80 ?? null };
  return { critical: doc.summary.criticalPath, load, dates, cost };
}

/** A Markdown section's body by its title ("Critical path"), whatever its number. */
function mdSection(md: string, title: string): string {
  const head = new RegExp(`^## \\d+\\. ${title}$`, 'm').exec(md);
  if (!head) throw new Error(`no section '${title}'`);
  const rest = md.slice(head.index + head[0].length);
  const next = rest.search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next);
}

/** The cells of a Markdown table row, unescaped enough for ids and percentages. */
function cells(row: string): string[] {
  return row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

function percentOf(cell: string): { percent: number | null; over: boolean } {
  const n = /(\d+(?:\.\d+)?)%/.exec(cell);
  const none = /^(off|freeze)\b/.test(cell.replace(/^⚠️\s*/, ''));
  return { percent: none || !n ? null : Number(n[1]), over: cell.includes('⚠️') };
}

export function tablesFromMarkdown(md: string, people: Readonly<Record<string, string>>): ShownTables {
  const critical = mdSection(md, 'Critical path')
    .split('\n')
    .filter((l) => /^\| \d+ \|/.test(l))
    .map((l) => cells(l)[2].replace(/^`+\s?|\s?`+$/g, ''));
  // The load table is the section's first table; the tables after it (shifts and rest) also start with names.
  const lines = mdSection(md, 'Resource allocation').split('\n');
  const first = lines.findIndex((l) => l.startsWith('| '));
  const end = lines.findIndex((l, k) => k > first && !l.startsWith('|'));
  const rows = lines.slice(first, end < 0 ? undefined : end).filter((l) => l.startsWith('| ') && !l.startsWith('| **Team**'));
  const load: Record<string, { percent: number | null; over: boolean }[]> = {};
  for (const row of rows.slice(1)) {
    const c = cells(row);
    const id = people[c[0]];
    if (id) load[id] = c.slice(1, -2).map(percentOf);
  }
  const dates: Record<string, string> = {};
  if (/^## \d+\. Dates$/m.test(md)) {
    for (const row of mdSection(md, 'Dates').split('\n').filter((l) => l.startsWith('| ')).slice(1)) {
      const c = cells(row);
      dates[c[1].replace(/^`+\s?|\s?`+$/g, '')] = dateStatusOf(c[4]);
    }
  }
  const costSection = /^## \d+\. Cost$/m.test(md) ? mdSection(md, 'Cost') : undefined;
  const cost = costSection === undefined ? null : { planned: centsAfter(costSection, '\\*\\*Planned cost\\*\\*')!, p80: centsAfter(costSection, 'P80') };
  return { critical, load, dates, cost };
}

/** A part of the report cut out and parsed alone (the whole report is slow to parse hundreds of times). */
function fragmentOf(html: string, start: string, end: string): DocumentFragment {
  const from = html.indexOf(start);
  const to = html.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`no '${start}' in the report`);
  return JSDOM.fragment(html.slice(from, to + end.length));
}

export function tablesFromHtml(html: string): ShownTables {
  const tasks = fragmentOf(html, '<table class="sortable" id="task-table"', '</table>');
  const critical = [...tasks.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('td.crit')?.textContent === 'yes').map((tr) => tr.getAttribute('data-id')!);
  const loadTable = html.includes('<table class="load"') ? fragmentOf(html, '<table class="load"', '</table>') : undefined;
  const load: Record<string, { percent: number | null; over: boolean }[]> = {};
  for (const tr of loadTable ? [...loadTable.querySelectorAll('tbody tr[data-resource]')] : []) {
    load[tr.getAttribute('data-resource')!] = [...tr.querySelectorAll('td:not(.total)')].map((td) => ({ ...percentOf(td.textContent ?? ''), over: td.classList.contains('over') }));
  }
  // The Dates column is the last one, in plans that have it: "due Fri 2025-03-28: met".
  const dates: Record<string, string> = {};
  if (tasks.querySelector('thead')?.textContent?.includes('Dates')) {
    for (const tr of tasks.querySelectorAll('tbody tr')) {
      const text = tr.querySelector('td:last-child')?.textContent ?? '';
      if (text !== '') dates[tr.getAttribute('data-id')!] = dateStatusOf(text.slice(text.lastIndexOf(': ') + 2));
    }
  }
  const card = html.includes('data-card="cost"') ? fragmentOf(html, '<div class="card', '</div></section>').querySelector('[data-card="cost"]') : null;
  const cost = card ? { planned: centsAfter(card.querySelector('.sub')!.textContent!, 'Planned')!, p80: centsAfter(card.querySelector('.value')!.textContent!, 'P80') } : null;
  return { critical, load, dates, cost };
}

/** The slip against the baseline as one output shows it. */
export interface ShownSlip {
  readonly drift: number;
  /** Each term of the drift: the ids it names and its working slots. */
  readonly causes: readonly { readonly ids: readonly string[]; readonly slots: number }[];
  /** The activities whose start or finish moved: [slots, days] of each. */
  readonly moved: Readonly<Record<string, { readonly start: readonly [number, number]; readonly finish: readonly [number, number] }>>;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly reestimated: readonly string[];
  /** "n/a" or the index as printed with two decimals at most. */
  readonly spi: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function slipFromJson(doc: any): ShownSlip {
  const s = doc.slip;
  const moved: Record<string, { start: [number, number]; finish: [number, number] }> = {};
  for (const i of s.items) {
    if (i.start.slots !== 0 || i.finish.slots !== 0 || i.start.days !== 0 || i.finish.days !== 0) moved[i.id] = { start: [i.start.slots, i.start.days], finish: [i.finish.slots, i.finish.days] };
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ids = (list: any[]) => list.map((x) => x.id);
  return {
    drift: s.drift.slots,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    causes: s.drift.causes.map((c: any) => ({ ids: c.ids, slots: c.slots })),
    moved,
    added: ids(s.added),
    removed: ids(s.removed),
    reestimated: ids(s.reestimated),
    spi: s.spi.value === null ? 'n/a' : String(s.spi.value),
  };
}

/** The code spans of a Markdown cell: the ids it names. */
function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`+\s?([^`]+?)\s?`+/g)].map((m) => m[1]);
}

/** The first cells of the table right after a bold heading (`**Work added since the baseline**`). */
function tableAfter(body: string, heading: string): string[][] {
  const rest = body.slice(body.indexOf(`**${heading}**`));
  const lines = rest.split('\n').slice(1);
  const start = lines.findIndex((l) => l.startsWith('| '));
  if (start < 0 || lines.slice(0, start).some((l) => l.startsWith('**'))) return [];
  const rows: string[][] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('| ')) break;
    rows.push(cells(l));
  }
  return rows;
}

export function slipFromMarkdown(md: string): ShownSlip {
  const body = mdSection(md, 'Slip against the baseline');
  const causeRows = tableAfter(body, 'Why the finish moved');
  const total = causeRows.find((c) => c[1] === '**Drift**');
  const moved: Record<string, { start: [number, number]; finish: [number, number] }> = {};
  for (const c of tableAfter(body, 'Moved since the baseline')) {
    const pair = (cell: string): [number, number] => cell.split(' / ').map(Number) as [number, number];
    moved[codeSpans(c[0])[0]] = { start: pair(c[5]), finish: pair(c[8]) };
  }
  const spi = /\*\*Schedule performance index \(SPI\)\*\*: (n\/a|[\d.]+)/.exec(body)?.[1] ?? '';
  return {
    drift: total ? Number(total[3].replace(/\*/g, '')) : 0,
    causes: causeRows.filter((c) => c !== total).map((c) => ({ ids: codeSpans(c[2]), slots: Number(c[3]) })),
    moved,
    added: tableAfter(body, 'Work added since the baseline').map((c) => codeSpans(c[0])[0]),
    removed: tableAfter(body, 'Work removed since the baseline').map((c) => codeSpans(c[0])[0]),
    reestimated: tableAfter(body, 'Re-estimated since the baseline').map((c) => codeSpans(c[0])[0]),
    spi,
  };
}

export function slipFromHtml(html: string): ShownSlip {
  const doc = fragmentOf(html, '<section id="slip"', '</section>');
  const moved: Record<string, { start: [number, number]; finish: [number, number] }> = {};
  for (const tr of doc.querySelectorAll('#slip-table tbody tr')) {
    const td = [...tr.querySelectorAll('td')].map((c) => Number(c.textContent));
    moved[tr.getAttribute('data-id')!] = { start: [td[5], td[6]], finish: [td[9], td[10]] };
  }
  const listed = (key: string) => [...doc.querySelectorAll(`[data-slip="${key}"] li`)].map((li) => li.getAttribute('data-id')!);
  const spi = /\(SPI\): (n\/a|[\d.]+)/.exec(doc.querySelector('[data-slip="spi"]')?.textContent ?? '')?.[1] ?? '';
  return {
    drift: Number(doc.querySelector('[data-slip="drift"]')!.getAttribute('data-slots')),
    causes: [...doc.querySelectorAll('#drift-table tbody tr')].map((tr) => ({ ids: [...tr.querySelectorAll('code')].map((c) => c.textContent!), slots: Number(tr.querySelector('td.num')!.textContent) })),
    moved,
    added: listed('added'),
    removed: listed('removed'),
    reestimated: listed('reestimated'),
    spi,
  };
}

/** Where a re-planned plan stands, as each output shows it: fired breakers, the check-in's lists. */
export interface ShownTracking {
  /** Titles of the gates whose breaker fired. */
  readonly fired: readonly string[];
  readonly completed: number;
  /** The in-progress shares, in order. */
  readonly inProgress: readonly number[];
  readonly blocked: number;
  readonly risks: number;
  readonly asks: number;
  /** People with a learned bias, and the learned P80 date ("2025-01-23"), when the forecast learned. */
  readonly biases: number;
  readonly learnedP80: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function trackingFromJson(doc: any): ShownTracking {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const title = (id: string) => doc.tasks.find((t: any) => t.id === id)?.title ?? id;
  const c = doc.tracking.checkin;
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    fired: doc.summary.breakers.filter((b: any) => b.fired).map((b: any) => title(b.gate)),
    completed: c.completed.length,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    inProgress: c.inProgress.map((i: any) => i.percent),
    blocked: c.blocked.length,
    risks: c.risks.length,
    asks: c.asks.length,
    biases: doc.forecast?.learning?.people.length ?? 0,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    learnedP80: doc.forecast?.learning?.learned.find((p: any) => p.p === 0.8)?.date ?? null,
  };
}

/** The items of a `#### Title` list of the check-in, "- Nothing ..." placeholders left out. */
function checkinItems(md: string, title: string): string[] {
  const at = md.indexOf(`#### ${title}`);
  if (at < 0) return [];
  const body = md.slice(at).split('\n').slice(2);
  const items: string[] = [];
  for (const line of body) {
    if (!line.startsWith('- ')) break;
    items.push(line.slice(2));
  }
  return items.length === 1 && /^(Nothing|None)/.test(items[0]) ? [] : items;
}

export function trackingFromMarkdown(md: string): ShownTracking {
  const fired = [...md.matchAll(/^> ⚠️ \*\*Circuit breaker fired\*\*: (.+?) fired: /gm)].map((m) => m[1]);
  return {
    fired,
    completed: checkinItems(md, 'Completed').length,
    inProgress: checkinItems(md, 'In Progress').map((i) => Number(/ - (\d+)% complete$/.exec(i)![1])),
    blocked: checkinItems(md, 'Blocked').length,
    risks: checkinItems(md, 'Risks').length,
    asks: checkinItems(md, 'Asks/Escalations').length,
    ...learningFromMarkdown(md),
  };
}

export function trackingFromHtml(html: string): ShownTracking {
  const doc = new JSDOM(html).window.document;
  const count = (key: string) => doc.querySelectorAll(`[data-checkin="${key}"] li:not(.empty)`).length;
  return {
    fired: [...doc.querySelectorAll('.breaker')].map((p) => /^Circuit breaker fired: (.+?) fired: /.exec(p.textContent ?? '')![1]),
    completed: count('completed'),
    inProgress: [...doc.querySelectorAll('[data-checkin="in-progress"] li:not(.empty)')].map((li) => Number(/: (\d+)% complete$/.exec(li.textContent ?? '')![1])),
    blocked: count('blocked'),
    risks: count('risks'),
    asks: count('asks'),
    ...learningShown(doc.querySelector('[data-learning="move"]')?.textContent ?? undefined, doc.querySelectorAll('[data-learning="bias"] li').length),
  };
}

/** The learned P80 from "... moves P50 from A to B and P80 from C to D." */
function learningShown(move: string | undefined, biases: number): { biases: number; learnedP80: string | null } {
  const m = move ? / and P80 from .+? to \w+ (\d{4}-\d{2}-\d{2})/.exec(move) : null;
  return { biases, learnedP80: m ? m[1] : null };
}

/** The "Estimates that learn" block: its sentence, then one "- " line per person. */
function learningFromMarkdown(md: string): { biases: number; learnedP80: string | null } {
  const at = md.indexOf('### Estimates that learn');
  if (at < 0) return learningShown(undefined, 0);
  const [, , move, , ...rest] = md.slice(at).split('\n');
  const end = rest.findIndex((line) => !line.startsWith('- '));
  return learningShown(move, end < 0 ? rest.length : end);
}
