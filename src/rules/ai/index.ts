import type { Rule } from '../../engine/types';
import { rules as cloudRules } from '../cloud';
import { anthropicRules } from './anthropic';
import { assemblyaiRules } from './assemblyai';
import { azureOpenaiRules } from './azure-openai';
import { cerebrasRules } from './cerebras';
import { cohereRules } from './cohere';
import { deepgramRules } from './deepgram';
import { deepseekRules } from './deepseek';
import { elevenlabsRules } from './elevenlabs';
import { fireworksRules } from './fireworks';
import { googleAiRules } from './google';
import { groqRules } from './groq';
import { huggingfaceRules } from './huggingface';
import { langfuseRules } from './langfuse';
import { langsmithRules } from './langsmith';
import { mistralRules } from './mistral';
import { nvidiaRules } from './nvidia';
import { openaiRules } from './openai';
import { openrouterRules } from './openrouter';
import { perplexityRules } from './perplexity';
import { pineconeRules } from './pinecone';
import { replicateRules } from './replicate';
import { stabilityRules } from './stability';
import { tavilyRules } from './tavily';
import { togetherRules } from './together';
import { voyageRules } from './voyage';
import { wandbRules } from './wandb';
import { xaiRules } from './xai';

/**
 * The Gemini rule matches the same AIza keys as the cloud group's generic Google API key rule, but only
 * with Gemini context: there it is the better answer. It declares the override only when that rule
 * exists, so that the catalogue never names an unknown id.
 */
const GENERIC_GOOGLE_KEY = 'gcp-api-key';
const hasGenericGoogleKey = cloudRules.some((r) => r.id === GENERIC_GOOGLE_KEY);
const googleAi: readonly Rule[] = googleAiRules.map((r) =>
  hasGenericGoogleKey ? { ...r, overrides: [...(r.overrides ?? []), GENERIC_GOOGLE_KEY] } : r,
);

/** Rules of this group, in the order they are tried (earlier wins a tie). */
export const rules: readonly Rule[] = [
  ...openaiRules,
  ...anthropicRules,
  ...googleAi,
  ...huggingfaceRules,
  ...groqRules,
  ...replicateRules,
  ...perplexityRules,
  ...xaiRules,
  ...openrouterRules,
  ...langsmithRules,
  ...langfuseRules,
  ...pineconeRules,
  ...togetherRules,
  ...nvidiaRules,
  ...deepseekRules,
  ...fireworksRules,
  ...cerebrasRules,
  ...voyageRules,
  ...stabilityRules,
  ...cohereRules,
  ...mistralRules,
  ...elevenlabsRules,
  ...assemblyaiRules,
  ...deepgramRules,
  ...wandbRules,
  ...azureOpenaiRules,
  ...tavilyRules,
];
