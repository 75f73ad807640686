/**
 * The engine as the background holds it: the bundled corpus and its build-time index, loaded once
 * per background start (a few milliseconds, no text processing).
 */
import corpus from 'virtual:recoupe-corpus';
import { Engine } from '../../core/engine';

let engine: Engine | undefined;

export function getEngine(): Engine {
  engine ??= new Engine(corpus.docs, corpus.story);
  return engine;
}
