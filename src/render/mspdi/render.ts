/**
 * The plan as MS Project XML (MSPDI, the MS Project 2007 schema mspdi_pj12.xsd), which MS Project,
 * ProjectLibre, GanttProject and most Gantt tools open. Every element follows the schema's
 * sequence order: MS Project drops elements it meets out of order.
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import { FORMAT_DAYS, FORMAT_HOURS, MSPDI_NAMESPACE, RESOURCE_FIELDS, TASK_FIELDS } from '../../interop/index.js';
import { BASE_CALENDAR_UID, calendarsElement } from './calendars.js';
import { assignmentsElement, resourcesElement } from './resources.js';
import { taskUids, tasksElement } from './tasks.js';
import { clockTime, mspdiDateTime, slotClock } from './time.js';
import { xmlDocument, type XmlNode } from './xml.js';

/** The custom fields' names, so MS Project shows `execplan id` rather than `Text1`. */
function extendedAttributes(): XmlNode {
  const fields = [...Object.values(TASK_FIELDS), ...Object.values(RESOURCE_FIELDS)];
  return ['ExtendedAttributes', fields.map((f): XmlNode => ['ExtendedAttribute', [['FieldID', f.fieldId], ['FieldName', f.fieldName], ['Alias', f.alias]]])];
}

export function renderMspdi(a: PlanAnalysis): string {
  const model = a.result.model;
  const clock = slotClock(a);
  const uids = taskUids(a);
  const start = mspdiDateTime(model.start, clock.dayStart);
  const finish = mspdiDateTime(a.outlook.plannedFinish.date, clock.dayEnd);
  const workdays = model.calendar.workweek.length;
  const root: XmlNode = [
    'Project',
    [
      ['SaveVersion', 12],
      ['Name', model.name],
      ['Title', model.name],
      ['ScheduleFromStart', 1],
      ['StartDate', start],
      ['FinishDate', finish],
      ['CalendarUID', BASE_CALENDAR_UID],
      ['DefaultStartTime', clockTime(clock.dayStart)],
      ['DefaultFinishTime', clock.dayEnd >= 24 ? '00:00:00' : clockTime(clock.dayEnd)],
      ['MinutesPerDay', Math.round((model.calendar.hours[1] - model.calendar.hours[0]) * 60)],
      ['MinutesPerWeek', Math.round((model.calendar.hours[1] - model.calendar.hours[0]) * 60 * workdays)],
      ['DaysPerMonth', 20],
      ['DurationFormat', clock.unit === 'day' ? FORMAT_DAYS : FORMAT_HOURS],
      ['WorkFormat', clock.unit === 'day' ? 3 : 2],
      ['HonorConstraints', 1],
      ['NewTasksEffortDriven', 0],
      ['WeekStartDay', 1],
      extendedAttributes(),
      calendarsElement(a),
      tasksElement(a, uids, clock),
      resourcesElement(a),
      assignmentsElement(a, uids, clock),
    ],
  ];
  return xmlDocument(root, MSPDI_NAMESPACE);
}
