/**
 * Annotation changes as ProseMirror steps. They leave the text as it is, but travel through
 * transactions like any edit, so that the history plugin undoes and redoes them and every
 * change, however it was made, reaches the annotation plugin and the store the same way.
 */
import type { Node, Schema } from 'prosemirror-model';
import { Step, StepMap, StepResult, type Mappable } from 'prosemirror-transform';
import type { EditorAnnotation } from './types';

export type AnnotationChange =
  | { kind: 'add'; annotation: EditorAnnotation }
  | { kind: 'remove'; annotation: EditorAnnotation }
  | { kind: 'update'; before: EditorAnnotation; after: EditorAnnotation };

function mapAnnotation(annotation: EditorAnnotation, mapping: Mappable): EditorAnnotation {
  const from = mapping.map(annotation.from, 1);
  const to = Math.max(from, mapping.map(annotation.to, -1));
  return from === annotation.from && to === annotation.to ? annotation : { ...annotation, from, to };
}

export class AnnotationStep extends Step {
  constructor(readonly change: AnnotationChange) {
    super();
  }

  apply(doc: Node): StepResult {
    return StepResult.ok(doc);
  }

  invert(): AnnotationStep {
    const { change } = this;
    switch (change.kind) {
      case 'add':
        return new AnnotationStep({ kind: 'remove', annotation: change.annotation });
      case 'remove':
        return new AnnotationStep({ kind: 'add', annotation: change.annotation });
      case 'update':
        return new AnnotationStep({ kind: 'update', before: change.after, after: change.before });
    }
  }

  override getMap(): StepMap {
    return StepMap.empty;
  }

  map(mapping: Mappable): AnnotationStep {
    const { change } = this;
    if (change.kind === 'update') {
      return new AnnotationStep({ kind: 'update', before: mapAnnotation(change.before, mapping), after: mapAnnotation(change.after, mapping) });
    }
    return new AnnotationStep({ kind: change.kind, annotation: mapAnnotation(change.annotation, mapping) });
  }

  override merge(): null {
    return null;
  }

  toJSON() {
    return { stepType: 'annotation', change: this.change };
  }

  static override fromJSON(_schema: Schema, json: { change: AnnotationChange }): AnnotationStep {
    return new AnnotationStep(json.change);
  }
}

Step.jsonID('annotation', AnnotationStep);

/** The annotation steps of a transaction, with the index of each among all its steps. */
export function annotationStepsOf(steps: readonly Step[]): { step: AnnotationStep; index: number }[] {
  const found: { step: AnnotationStep; index: number }[] = [];
  steps.forEach((step, index) => {
    if (step instanceof AnnotationStep) found.push({ step, index });
  });
  return found;
}
