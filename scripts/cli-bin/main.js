#!/usr/bin/env node
// The bin: the command itself is a CommonJS bundle, loaded with its code cache (code-cache.cjs).
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./code-cache.cjs').load('execplan.cjs');
