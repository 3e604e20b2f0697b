import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { mcpCommand } from './mcp.js';
import { planCommand } from './plan.js';
import { schemaCommand } from './schema.js';

export const commands: readonly Command[] = [planCommand, checkCommand, schemaCommand, initCommand, importCommand, mcpCommand];
