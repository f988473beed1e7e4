import { ApiProblem } from '../problem/api-problem';

export class TriggerNotScheduleError extends ApiProblem {
  constructor(id: string, kind: string) {
    super({
      status: 409,
      code: 'trigger_not_schedule',
      title: 'Not a schedule',
      detail: `Trigger ${id} is a ${kind} trigger; only schedules can be paused, resumed or fired now.`,
      extensions: { kind },
    });
  }
}

export class TriggerRetiredError extends ApiProblem {
  constructor(id: string) {
    super({
      status: 409,
      code: 'trigger_retired',
      title: 'Trigger retired',
      detail: `Trigger ${id} belongs to an older version of its flow; publish a version that uses it to bring it back.`,
    });
  }
}
