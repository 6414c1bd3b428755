/** Schema of `content/cross-cutting/<id>.yaml`: a cross-cutting issue (2021 ¶23–28). */
export { approachSchema as crossCuttingSchema } from './approaches.ts';
