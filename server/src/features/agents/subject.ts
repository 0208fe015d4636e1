// Pulls the subject out of a question's framing, so playbook sections can speak about
// "a URL shortening service" rather than about "the system".
import type { AgentId } from '../../llm/agent-ids.js';
import type { Subject } from '../../llm/playbook.js';

const LANGUAGES: [RegExp, string][] = [
  [/\btype ?script\b|\bts\b/i, 'TypeScript'],
  [/\bjavascript\b|\bjs\b|\bnode(\.js)?\b/i, 'JavaScript'],
  [/\bpython\b|\bpy\b/i, 'Python'],
  [/\bjava\b/i, 'Java'],
  [/\bc\+\+|\bcpp\b/i, 'C++'],
  [/\bc#|\bcsharp\b/i, 'C#'],
  [/\bgolang\b|\bin go\b/i, 'Go'],
  [/\brust\b/i, 'Rust'],
  [/\bkotlin\b/i, 'Kotlin'],
  [/\bswift\b/i, 'Swift'],
  [/\bruby\b/i, 'Ruby'],
];

// Framing to strip from the start of a question, most specific first.
const FRAMING = [
  /^(can|could|would|will) you (please )?/i,
  /^how (would|do|should|can|will) (you|we|i) (go about )?/i,
  /^(please |let'?s )?/i,
  /^(tell me about|describe|walk me through|talk about|give me an example of|share) (a|an|the)? ?(time|situation|moment|example|occasion)( when| where| in which| that)? (you )?/i,
  /^(explain|describe|what is|what are|what's|whats|define|tell me about|discuss|compare|how does|how do)( the)? (concept of |difference between |idea of )?/i,
  /^(write|code|implement|create)( a| an)? (function|program|algorithm|method|class)( to| that| which| for)? /i,
  /^(design|build|architect|implement|write|code|create|develop|improve|prioriti[sz]e|launch|measure|evaluate) /i,
];

/** "Tell me about a time (when) you X" → X, for follow-ups that refer back to the story. */
const STORY =
  /(?:a|the) (?:time|situation|moment|occasion)(?: when| where| in which| that)? you ([^?.!]+)/i;

const TRAILING = /\s*(\?|\.|!)+\s*$/;
const FILLER =
  /\s+(in|using|with) (type ?script|javascript|python|java|c\+\+|go|golang|rust|kotlin|swift|ruby|c#)\b.*$/i;

export function extractSubject(question: string, agent: AgentId): Subject {
  const firstSentence = (
    question.split(/(?<=[.?!])\s+/).find((s) => s.trim().length > 0) ?? question
  ).trim();
  // Multi-sentence questions usually put the ask last ("I'm a senior engineer. How would you...").
  const asks = question.split(/(?<=[.?!])\s+/).filter((s) => /\?\s*$/.test(s));
  const ask = (asks.at(-1) ?? firstSentence).trim().replace(TRAILING, '');
  let topic = ask;
  for (const framing of FRAMING) topic = topic.replace(framing, '').trim();
  topic = topic.replace(FILLER, '').replace(TRAILING, '').trim();
  if (agent === 'system_design' || agent === 'architect') {
    topic = topic.replace(/^(system|service|platform) (for|like)\s+/i, '');
  }
  topic = topic.replace(/^how (.+?) works?$/i, '$1');
  // "a rate limiter that handles 50k requests per second" → "a rate limiter": the clause is a
  // requirement, and pasted into every heading it reads badly.
  const clause = topic.match(
    /^(.{6,}?)\s+(?:that|which|who|where|handling|supporting|serving|capable of|able to|with|for|at|using)\s+(?=.*\d|.{25,})/i,
  );
  if (clause?.[1] && (agent === 'system_design' || agent === 'architect' || agent === 'coding')) {
    topic = clause[1];
  }
  if (topic.length < 3) topic = question.replace(TRAILING, '').trim();
  if (topic.length > 90) topic = `${topic.slice(0, 87).replace(/\s+\S*$/, '')}...`;
  const language = LANGUAGES.find(([pattern]) => pattern.test(question))?.[1] ?? 'TypeScript';
  const story = question.match(STORY)?.[1]?.replace(TRAILING, '').trim();
  // A word that opened the sentence is capitalised for that reason only; mid-sentence words
  // ("Design Twitter" → "Twitter") keep their case.
  return {
    topic: topic === ask ? lowerFirst(topic) : topic,
    question: question.trim(),
    language,
    story,
  };
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper nouns ("URL", "Kafka") as written.
  const [first = '', ...rest] = text.split(' ');
  const keep = /^[A-Z0-9]{2,}|^[A-Z][a-z]+[A-Z]/.test(first);
  return [keep ? first : first.charAt(0).toLowerCase() + first.slice(1), ...rest].join(' ');
}
