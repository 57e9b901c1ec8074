import type { Stage } from '../pipeline/stage.js';
import { paragraphsStage } from './paragraphs/paragraphs.js';
import { sentencesStage } from './sentences/sentences.js';
import { tokensStage } from './tokens/tokens.js';
import { posStage } from './pos/pos.js';
import { mentionsStage } from './mentions/mentions.js';
import { entitiesStage } from './entities/entities.js';
import { timesStage } from './times/times.js';
import { quotesStage } from './quotes/quotes.js';
import { eventsStage } from './events/events.js';

/** readout's stages, in the one order they run. */
export const STAGES: readonly Stage[] = [
  paragraphsStage,
  sentencesStage,
  tokensStage,
  posStage,
  mentionsStage,
  entitiesStage,
  timesStage,
  quotesStage,
  eventsStage,
] as readonly Stage[];
