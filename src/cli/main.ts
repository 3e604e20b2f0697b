#!/usr/bin/env node
// The only file that touches process.argv and process.exit.
import { nodeIo } from './io.js';
import { run } from './run.js';

const code = await run(process.argv.slice(2), nodeIo());
process.exitCode = code;
