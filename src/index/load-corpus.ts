import artifact from '../../build/corpus.json'
import { type CorpusArtifact, CorpusIndex } from './corpus-index'

/**
 * The corpus built by `npm run build`, loaded once per isolate when the module is first evaluated.
 */
export const corpus = new CorpusIndex(artifact as unknown as CorpusArtifact)
