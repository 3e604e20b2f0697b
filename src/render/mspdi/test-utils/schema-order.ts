/**
 * Test helper: the sequence order of the MSPDI elements execplan writes, as mspdi_pj12.xsd (the
 * MS Project 2007 XML schema) lists them, and a check that a document keeps it.
 */
import type { XmlElement as Element } from './xml-dom.js';

const PROJECT = 'SaveVersion UID Name Title Subject Category Company Manager Author CreationDate Revision LastSaved ScheduleFromStart StartDate FinishDate FYStartDate CriticalSlackLimit CurrencyDigits CurrencySymbol CurrencyCode CurrencySymbolPosition CalendarUID DefaultStartTime DefaultFinishTime MinutesPerDay MinutesPerWeek DaysPerMonth DefaultTaskType DefaultFixedCostAccrual DefaultStandardRate DefaultOvertimeRate DurationFormat WorkFormat EditableActualCosts HonorConstraints EarnedValueMethod InsertedProjectsLikeSummary MultipleCriticalPaths NewTasksEffortDriven NewTasksEstimated SplitsInProgressTasks SpreadActualCost SpreadPercentComplete TaskUpdatesResource FiscalYearStart WeekStartDay MoveCompletedEndsBack MoveRemainingStartsBack MoveRemainingStartsForward MoveCompletedEndsForward BaselineForEarnedValue AutoAddNewResourcesAndTasks StatusDate CurrentDate MicrosoftProjectServerURL Autolink NewTaskStartDate DefaultTaskEVMethod ProjectExternallyEdited ExtendedCreationDate ActualsInSync RemoveFileProperties AdminProject OutlineCodes WBSMasks ExtendedAttributes Calendars Tasks Resources Assignments';
const TASK = 'UID ID Name Type IsNull CreateDate Contact WBS WBSLevel OutlineNumber OutlineLevel Priority Start Finish Duration DurationFormat Work Stop Resume ResumeValid EffortDriven Recurring OverAllocated Estimated Milestone Summary Critical IsSubproject IsSubprojectReadOnly SubprojectName ExternalTask ExternalTaskProject EarlyStart EarlyFinish LateStart LateFinish StartVariance FinishVariance WorkVariance FreeSlack TotalSlack FixedCost FixedCostAccrual PercentComplete PercentWorkComplete Cost OvertimeCost OvertimeWork ActualStart ActualFinish ActualDuration ActualCost ActualOvertimeCost ActualWork ActualOvertimeWork RegularWork RemainingDuration RemainingCost RemainingWork RemainingOvertimeCost RemainingOvertimeWork ACWP CV ConstraintType CalendarUID ConstraintDate Deadline LevelAssignments LevelingCanSplit LevelingDelay LevelingDelayFormat PreLeveledStart PreLeveledFinish Hyperlink HyperlinkAddress HyperlinkSubAddress IgnoreResourceCalendar Notes HideBar Rollup BCWS BCWP PhysicalPercentComplete EarnedValueMethod PredecessorLink ActualWorkProtected ActualOvertimeWorkProtected ExtendedAttribute Baseline OutlineCode IsPublished StatusManager CommitmentStart CommitmentFinish CommitmentType TimephasedData';
const LINK = 'PredecessorUID Type CrossProject CrossProjectName LinkLag LagFormat';
const VALUE = 'FieldID Value ValueGUID DurationFormat';
const FIELD = 'FieldID FieldName CFType Guid ElemType MaxMultiValues UserDef Alias SecondaryPID AutoRollDown DefaultGuid Ltuid PhoneticAlias RollupType CalculationType Formula RestrictValues ValuelistSortOrder AppendNewValues Default ValueList';
const CALENDAR = 'UID Name IsBaseCalendar BaseCalendarUID WeekDays Exceptions WorkWeeks';
const WEEKDAY = 'DayType DayWorking TimePeriod WorkingTimes';
const EXCEPTION = 'EnteredByOccurrences TimePeriod Occurrences Name Type Period DaysOfWeek MonthItem MonthPosition Month MonthDay DayWorking WorkingTimes';
const RESOURCE = 'UID ID Name Type IsNull Initials Phonetics NTAccount MaterialLabel Code Group WorkGroup EmailAddress Hyperlink HyperlinkAddress HyperlinkSubAddress MaxUnits PeakUnits OverAllocated AvailableFrom AvailableTo Start Finish CanLevel AccrueAt Work RegularWork OvertimeWork ActualWork RemainingWork ActualOvertimeWork RemainingOvertimeWork PercentWorkComplete StandardRate StandardRateFormat Cost OvertimeRate OvertimeRateFormat OvertimeCost CostPerUse ActualCost ActualOvertimeCost RemainingCost RemainingOvertimeCost WorkVariance CostVariance SV CV ACWP CalendarUID Notes BCWS BCWP IsGeneric IsInactive IsEnterprise BookingType ActualWorkProtected ActualOvertimeWorkProtected ActiveDirectoryGUID CreationDate ExtendedAttribute Baseline OutlineCode IsCostResource AssnOwner AssnOwnerGuid IsBudget AvailabilityPeriods Rates TimephasedData';
const PERIOD = 'AvailableFrom AvailableTo AvailableUnits';
const ASSIGNMENT = 'UID TaskUID ResourceUID PercentWorkComplete ActualCost ActualFinish ActualOvertimeCost ActualOvertimeWork ActualStart ActualWork ACWP Confirmed Cost CostRateTable CostVariance CV Delay Finish FinishVariance Hyperlink HyperlinkAddress HyperlinkSubAddress WorkVariance HasFixedRateUnits FixedMaterial LevelingDelay LevelingDelayFormat LinkedFields Milestone Notes Overallocated OvertimeCost OvertimeWork PeakUnits RegularWork RemainingCost RemainingOvertimeCost RemainingOvertimeWork RemainingWork ResponsePending Start Stop Resume StartVariance Summary SV Units UpdateNeeded VAC Work WorkContour BCWS BCWP BookingType ActualWorkProtected ActualOvertimeWorkProtected CreationDate AssnOwner AssnOwnerGuid BudgetCost BudgetWork ExtendedAttribute Baseline TimephasedData';

/** Each element's children in order, by the path of parent names that leads to it. */
export const SEQUENCES: Readonly<Record<string, readonly string[]>> = {
  Project: PROJECT.split(' '),
  'Project/ExtendedAttributes': ['ExtendedAttribute'],
  'Project/ExtendedAttributes/ExtendedAttribute': FIELD.split(' '),
  'Project/Calendars': ['Calendar'],
  'Project/Calendars/Calendar': CALENDAR.split(' '),
  'Project/Calendars/Calendar/WeekDays': ['WeekDay'],
  'Project/Calendars/Calendar/WeekDays/WeekDay': WEEKDAY.split(' '),
  'Project/Calendars/Calendar/WeekDays/WeekDay/WorkingTimes': ['WorkingTime'],
  'Project/Calendars/Calendar/WeekDays/WeekDay/WorkingTimes/WorkingTime': ['FromTime', 'ToTime'],
  'Project/Calendars/Calendar/Exceptions': ['Exception'],
  'Project/Calendars/Calendar/Exceptions/Exception': EXCEPTION.split(' '),
  'Project/Calendars/Calendar/Exceptions/Exception/TimePeriod': ['FromDate', 'ToDate'],
  'Project/Tasks': ['Task'],
  'Project/Tasks/Task': TASK.split(' '),
  'Project/Tasks/Task/PredecessorLink': LINK.split(' '),
  'Project/Tasks/Task/ExtendedAttribute': VALUE.split(' '),
  'Project/Tasks/Task/Baseline': 'TimephasedData Number Interim Start Finish Duration DurationFormat EstimatedDuration Work Cost BCWS BCWP FixedCost'.split(' '),
  'Project/Resources': ['Resource'],
  'Project/Resources/Resource': RESOURCE.split(' '),
  'Project/Resources/Resource/ExtendedAttribute': VALUE.split(' '),
  'Project/Resources/Resource/AvailabilityPeriods': ['AvailabilityPeriod'],
  'Project/Resources/Resource/AvailabilityPeriods/AvailabilityPeriod': PERIOD.split(' '),
  'Project/Assignments': ['Assignment'],
  'Project/Assignments/Assignment': ASSIGNMENT.split(' '),
};

/** Every element that breaks its parent's sequence or is not in it, as `path: message`. */
export function sequenceProblems(root: Element): string[] {
  const problems: string[] = [];
  const visit = (el: Element, path: string) => {
    const children = [...el.children];
    if (children.length === 0) return;
    const order = SEQUENCES[path];
    if (!order) {
      problems.push(`${path}: no sequence known`);
      return;
    }
    let last = -1;
    for (const child of children) {
      const at = order.indexOf(child.localName);
      if (at < 0) problems.push(`${path}: ${child.localName} is not in the sequence`);
      else if (at < last) problems.push(`${path}: ${child.localName} comes after ${order[last]}`);
      else last = at;
      visit(child, `${path}/${child.localName}`);
    }
  };
  visit(root, root.localName);
  return problems;
}
