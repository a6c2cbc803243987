/** Due dates, suspension, extension and warnings: the clocks of DOMAIN.md §5. */
export {
  SHANGHAI_OFFSET_MS,
  endOfDay,
  formatInstant,
  isAfter,
  localDateOf,
  startOfDay,
  toEpochMs,
  type Instant,
  type InstantInput,
} from './instant.js';
export {
  ACCEPTANCE_DAYS,
  DELIVERY_DAYS,
  acceptanceClock,
  deliveryClock,
  periodClock,
  stepClock,
  type DueClock,
} from './period.js';
export { suspendedWorkdays, type Suspension, type SuspendedWorkdays } from './suspension.js';
export { decisionClock, type DecisionClock, type DecisionClockInput } from './decision-clock.js';
export {
  DEFAULT_EXTENSION_LIMIT,
  JOINT_HANDLING_EXTENSION_LIMIT,
  checkExtension,
  extensionLimit,
  type ExtensionCheck,
  type ExtensionLimitInput,
  type ExtensionRefusal,
  type ExtensionRequest,
} from './extension.js';
export {
  WARNING_LEVELS,
  defaultYellowThreshold,
  levelAt,
  warningInstants,
  warningLevel,
  yellowThreshold,
  type Warning,
  type WarningInstants,
  type WarningLevel,
} from './warning.js';
