/**
 * PSPLIB solution tables: `j30opt.sm` (proven optima) and `j*hrs.sm` (best known upper bounds).
 * Both have one row per instance starting `parameter instance makespan`; everything else (the
 * header block, column titles, rules) is skipped. Decoding (j120hrs.sm is Latin-1) is the
 * caller's job at the file edge; only ASCII digits matter here.
 */

/** `param_inst`, e.g. '12_7' for j3012_7.sm: the key every solution table shares. */
export type InstanceKey = `${number}_${number}`;

function instanceKey(parameter: number, instance: number): InstanceKey {
  return `${parameter}_${instance}`;
}

/** Reads a solution table into makespans by instance key. */
export function parseSolutionTable(text: string): Map<InstanceKey, number> {
  const makespans = new Map<InstanceKey, number>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\d+)(?:\s|$)/.exec(line);
    if (match) makespans.set(instanceKey(Number(match[1]), Number(match[2])), Number(match[3]));
  }
  return makespans;
}

export interface InstanceFileName {
  /** 30, 60, 90 or 120 real jobs. */
  readonly set: number;
  readonly parameter: number;
  readonly instance: number;
  readonly key: InstanceKey;
}

/** Splits `j3012_7.sm` into set 30, parameter 12, instance 7; undefined for other names. */
export function parseInstanceFileName(fileName: string): InstanceFileName | undefined {
  const match = /^j(30|60|90|120)(\d+)_(\d+)\.sm$/.exec(fileName);
  if (!match) return undefined;
  const parameter = Number(match[2]);
  const instance = Number(match[3]);
  return { set: Number(match[1]), parameter, instance, key: instanceKey(parameter, instance) };
}
