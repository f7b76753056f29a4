/**
 * Spelled-out cardinal numbers, shared by every stage that reads or writes them: quote matching
 * ("eighty per cent" is "80 percent"), answer types and the wording of answers. They live with the
 * quantity reader in ingest; this module keeps the index stage's name for them.
 */
export { CARDINALS, numberWord } from '../ingest/quantities/number-words'
