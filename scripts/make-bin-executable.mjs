#!/usr/bin/env node
// tsc writes dist/cli/main.js without the executable bit; `npx execplan` runs the bin directly,
// so it needs one. Part of `npm run build` (and so of `npm ci`, through `prepare`).
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/cli/main.js', import.meta.url), 0o755);
