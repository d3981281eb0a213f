import type { StepTarget } from '../schemas/tip';
import { STEPS_MAX } from '../schemas/tip';

/** A tip's steps as the editor holds them: the texts and, index for index, their recorded elements. */
export interface StepList {
  steps: string[];
  stepTargets?: (StepTarget | null)[];
}

const targetsOf = (list: StepList): (StepTarget | null)[] => list.steps.map((_, i) => list.stepTargets?.[i] ?? null);

/** Keeps `stepTargets` absent when no step has an element, so tips without recorded steps stay as they were. */
function build(steps: string[], targets: (StepTarget | null)[]): StepList {
  return targets.some(Boolean) ? { steps, stepTargets: targets } : { steps, stepTargets: undefined };
}

/** Moves step `from` to `to` with its element. */
export function moveStep(list: StepList, from: number, to: number): StepList {
  if (to < 0 || to >= list.steps.length || from === to) return list;
  const steps = [...list.steps];
  const targets = targetsOf(list);
  const [text] = steps.splice(from, 1);
  const [target] = targets.splice(from, 1);
  steps.splice(to, 0, text ?? '');
  targets.splice(to, 0, target ?? null);
  return build(steps, targets);
}

/** Removes a step and its element (the last step is emptied instead: a tip has at least one). */
export function removeStep(list: StepList, index: number): StepList {
  if (list.steps.length <= 1) return build([''], [null]);
  return build(
    list.steps.filter((_, i) => i !== index),
    targetsOf(list).filter((_, i) => i !== index),
  );
}

/** Joins a step with the one after it: one text, and the first step's element (else the second's). */
export function mergeWithNext(list: StepList, index: number): StepList {
  if (index < 0 || index >= list.steps.length - 1) return list;
  const steps = [...list.steps];
  const targets = targetsOf(list);
  const [first, second] = [steps[index]!.trim(), steps[index + 1]!.trim()];
  // Two sentences: "Click **Edit intro**. Type in **Headline**".
  const joined = first && second ? `${/[.!?:…]$/.test(first) ? first : `${first}.`} ${second}` : first || second;
  steps.splice(index, 2, joined);
  targets.splice(index, 2, targets[index] ?? targets[index + 1] ?? null);
  return build(steps, targets);
}

/** Sets one step's text; its element stays. */
export function setStepText(list: StepList, index: number, text: string): StepList {
  return build(
    list.steps.map((s, i) => (i === index ? text : s)),
    targetsOf(list),
  );
}

/** An empty step at the end. */
export function addStep(list: StepList): StepList {
  return build([...list.steps, ''], [...targetsOf(list), null]);
}

/**
 * A recorded step at the end, replacing a trailing empty step without an element (the blank
 * first step of a new tip). `full` when the tip already has as many steps as it may.
 */
export function appendRecorded(list: StepList, text: string, target: StepTarget): { ok: true; list: StepList } | { ok: false; reason: 'full' } {
  let steps = [...list.steps];
  let targets = targetsOf(list);
  while (steps.length > 0 && steps.at(-1)!.trim() === '' && !targets.at(-1)) {
    steps = steps.slice(0, -1);
    targets = targets.slice(0, -1);
  }
  if (steps.length >= STEPS_MAX) return { ok: false, reason: 'full' };
  return { ok: true, list: build([...steps, text], [...targets, target]) };
}

/** Sets (or, with null, removes) a recorded step's picture; its element and text stay. */
export function setStepPicture(list: StepList, index: number, picture: { picture: string; pictureFocus?: StepTarget['pictureFocus'] } | null): StepList {
  const targets = targetsOf(list).map((target, i) => {
    if (i !== index || !target) return target;
    const rest: StepTarget = { ...target };
    delete rest.picture;
    delete rest.pictureFocus;
    return picture ? { ...rest, ...picture } : rest;
  });
  return build(list.steps, targets);
}
