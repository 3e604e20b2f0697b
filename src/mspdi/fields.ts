/** Custom field values by alias: the file's own ExtendedAttributes say which FieldID has which alias. */
import { RESOURCE_FIELDS, TASK_FIELDS } from '../interop/index.js';
import { childOf, childrenOf, textOf, type XmlElement } from './xml-tree.js';

/** The value of the custom field with that alias on a task or resource, when it has one. */
export type CustomFields = (el: XmlElement, alias: string) => string | undefined;

export function customFields(project: XmlElement): CustomFields {
  const aliasOf = new Map<string, string>();
  for (const def of childrenOf(childOf(project, 'ExtendedAttributes'), 'ExtendedAttribute')) {
    const id = textOf(def, 'FieldID');
    const alias = textOf(def, 'Alias');
    if (id !== undefined && alias !== undefined) aliasOf.set(id, alias);
  }
  // A file that lost the definitions still carries the values under execplan's own FieldIDs.
  for (const f of [...Object.values(TASK_FIELDS), ...Object.values(RESOURCE_FIELDS)]) {
    if (!aliasOf.has(String(f.fieldId))) aliasOf.set(String(f.fieldId), f.alias);
  }
  return (el, alias) => {
    const value = childrenOf(el, 'ExtendedAttribute').find((x) => aliasOf.get(textOf(x, 'FieldID') ?? '') === alias);
    return value === undefined ? undefined : textOf(value, 'Value');
  };
}
