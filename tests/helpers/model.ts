/** The fixture explainer's model, as the pages receive it, for rendering components. */
import { checkContent } from '../../src/gate/check.ts';
import {
  type ClaimView,
  type Model,
  type SourceView,
  type TopicView,
  buildModel,
} from '../../src/model/model.ts';
import { fixtureDir } from './fixture.ts';

export function fixtureModel(): Model {
  const { input, problems } = checkContent(fixtureDir);
  if (!input)
    throw new Error(`the fixture has problems: ${problems.map((p) => p.message).join('; ')}`);
  return buildModel(input);
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the fixture has no ${what}`);
  return value;
}

export const claimOf = (model: Model, id: string): ClaimView =>
  found(model.claimById.get(id), `claim ${id}`);
export const sourceOf = (model: Model, id: string): SourceView =>
  found(model.sourceById.get(id), `source ${id}`);
export const topicOf = (model: Model, id: string): TopicView =>
  found(model.topicById.get(id), `topic ${id}`);
