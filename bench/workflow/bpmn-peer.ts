/**
 * The workflow benchmark's peer: bpmn-engine running the bench item's flow (review → parallel gateway with two
 * branches → join → decide) as BPMN 2.0, every user task signalled in memory as soon as it waits.
 */
import { EventEmitter } from 'node:events';
import { Engine, type BpmnEngineOptions } from 'bpmn-engine';

/** The same flow as the bench item's steps (bench/support/bench-item.ts). */
export const PERMIT_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="permit-definitions" targetNamespace="http://tongban.example/bench">
  <process id="permit" isExecutable="true">
    <startEvent id="accepted" />
    <sequenceFlow id="f1" sourceRef="accepted" targetRef="review" />
    <userTask id="review" name="方案审查" />
    <sequenceFlow id="f2" sourceRef="review" targetRef="fork" />
    <parallelGateway id="fork" />
    <sequenceFlow id="f3" sourceRef="fork" targetRef="planning" />
    <sequenceFlow id="f4" sourceRef="fork" targetRef="housing" />
    <userTask id="planning" name="联合审查（规划）" />
    <userTask id="housing" name="联合审查（建设）" />
    <sequenceFlow id="f5" sourceRef="planning" targetRef="join" />
    <sequenceFlow id="f6" sourceRef="housing" targetRef="join" />
    <parallelGateway id="join" />
    <sequenceFlow id="f7" sourceRef="join" targetRef="decide" />
    <userTask id="decide" name="核发许可" />
    <sequenceFlow id="f8" sourceRef="decide" targetRef="concluded" />
    <endEvent id="concluded" />
  </process>
</definitions>`;

interface Signallable { signal(message?: unknown): void; content: { type?: string } }

/**
 * The source parsed and serialized once, so every case skips the XML parsing: the peer's fastest way to start
 * many instances of one definition (`_serializeSource` is what `new Engine({ source })` runs per instance).
 */
export async function preparedPermitSource(): Promise<BpmnEngineOptions['sourceContext']> {
  const engine = new Engine({ name: 'prepare' }) as unknown as { _serializeSource(source: string): Promise<BpmnEngineOptions['sourceContext']> };
  return engine._serializeSource(PERMIT_BPMN);
}

/** Runs one case to its end; resolves with the number of user tasks signalled (4). */
export async function runPermitCase(name: string, source: Pick<BpmnEngineOptions, 'source' | 'sourceContext'>): Promise<number> {
  const engine = new Engine({ name, ...source });
  const listener = new EventEmitter();
  let signalled = 0;
  listener.on('wait', (api: Signallable) => {
    if (api.content.type !== 'bpmn:UserTask') return;
    signalled++;
    api.signal({ decision: 'approve', opinion: '同意' });
  });
  const ended = engine.waitFor('end');
  await engine.execute({ listener });
  await ended;
  return signalled;
}
