/**
 * A step-counting model of a backtracking regular-expression engine, for the subset the safe
 * markup parser uses: alternation, groups, literal and escaped characters, character classes
 * (ranges, negation, \s \d \w) and the greedy quantifiers + * ?. It tries the same things in
 * the same order as V8's engine (leftmost alternative first, greedy repeats giving back one
 * character at a time) and counts every character test, so "does this expression read the
 * text a bounded number of times" becomes a count, the same on every machine, instead of a
 * timing. Anything outside the subset throws, so a later change to the expression cannot be
 * measured by a model that does not understand it.
 */

type CharTest = (char: string) => boolean;

type Node =
  | { kind: 'char'; test: CharTest }
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const CLASS_ESCAPES: Record<string, CharTest> = {
  s: (char) => /\s/.test(char),
  d: (char) => char >= '0' && char <= '9',
  w: (char) => /\w/.test(char),
};
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.at !== this.source.length) this.fail('an unmatched ")"');
    return alternatives;
  }

  private fail(what: string): never {
    throw new Error(`backtracking-steps: ${what} at ${this.at} in /${this.source}/`);
  }

  private alternatives(): Node[][] {
    const alternatives: Node[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.at < this.source.length && !'|)'.includes(this.source[this.at]!)) {
      nodes.push(this.quantified(this.atom()));
    }
    return nodes;
  }

  private quantified(node: Node): Node {
    const bounds = { '+': [1, Infinity], '*': [0, Infinity], '?': [0, 1] }[this.source[this.at]!];
    if (!bounds) return node;
    this.at += 1;
    if ('?+{'.includes(this.source[this.at] ?? '')) this.fail('a lazy or possessive quantifier');
    return { kind: 'repeat', node, min: bounds[0]!, max: bounds[1]! };
  }

  private atom(): Node {
    const char = this.source[this.at]!;
    this.at += 1;
    if (char === '(') {
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (this.source[this.at] === '?') this.fail('a lookaround or named group');
      const alternatives = this.alternatives();
      if (this.source[this.at] !== ')') this.fail('an unclosed group');
      this.at += 1;
      return { kind: 'group', alternatives };
    }
    if (char === '[') return { kind: 'char', test: this.characterClass() };
    if (char === '\\') return { kind: 'char', test: this.escape() };
    if (char === '.') return { kind: 'char', test: (c) => c !== '\n' && c !== '\r' };
    if ('^${}'.includes(char)) this.fail(`"${char}"`);
    return { kind: 'char', test: (c) => c === char };
  }

  private escape(): CharTest {
    const char = this.source[this.at];
    if (char === undefined) this.fail('a trailing "\\"');
    this.at += 1;
    const named = CLASS_ESCAPES[char];
    if (named) return named;
    const control = CONTROL_ESCAPES[char];
    if (control) return (c) => c === control;
    if (/[a-zA-Z0-9]/.test(char)) this.fail(`the escape "\\${char}"`);
    return (c) => c === char;
  }

  private characterClass(): CharTest {
    const negated = this.source[this.at] === '^';
    if (negated) this.at += 1;
    const members: CharTest[] = [];
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) this.fail('an unclosed character class');
      const from = this.classMember();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        this.at += 1;
        const to = this.classMember();
        if (typeof from !== 'string' || typeof to !== 'string') this.fail('a range of classes');
        members.push((c) => c >= from && c <= to);
      } else {
        members.push(typeof from === 'string' ? (c) => c === from : from);
      }
    }
    this.at += 1;
    return (c) => members.some((member) => member(c)) !== negated;
  }

  /** One character (as a string) or a class escape (as a test). */
  private classMember(): string | CharTest {
    const char = this.source[this.at]!;
    this.at += 1;
    if (char !== '\\') return char;
    const escaped = this.source[this.at]!;
    this.at += 1;
    if (CLASS_ESCAPES[escaped]) return CLASS_ESCAPES[escaped];
    if (CONTROL_ESCAPES[escaped]) return CONTROL_ESCAPES[escaped];
    if (/[a-zA-Z0-9]/.test(escaped)) this.fail(`the escape "\\${escaped}"`);
    return escaped;
  }
}

/** Every match of a global scan (as [start, end)) and how many character tests it took. */
export function countSteps(
  expression: RegExp,
  text: string,
): { matches: [number, number][]; steps: number } {
  if (expression.flags.replace('g', '') !== '') {
    throw new Error(`backtracking-steps: flags "${expression.flags}" are not modelled`);
  }
  const alternatives = new Parser(expression.source).parse();
  let steps = 0;
  const test = (node: { test: CharTest }, at: number): boolean => {
    steps += 1;
    return at < text.length && node.test(text[at]!);
  };

  const matchSequence = (
    nodes: Node[],
    index: number,
    at: number,
    next: (at: number) => boolean,
  ): boolean =>
    index === nodes.length
      ? next(at)
      : matchNode(nodes[index]!, at, (after) => matchSequence(nodes, index + 1, after, next));

  const matchNode = (node: Node, at: number, next: (at: number) => boolean): boolean => {
    if (node.kind === 'char') return test(node, at) && next(at + 1);
    if (node.kind === 'group') {
      return node.alternatives.some((sequence) => matchSequence(sequence, 0, at, next));
    }
    if (node.node.kind === 'char') {
      // A repeated character: read as far as it goes, then give back one at a time.
      let count = 0;
      while (count < node.max && test(node.node, at + count)) count += 1;
      for (; count >= node.min; count -= 1) if (next(at + count)) return true;
      return false;
    }
    const repeatFrom = (from: number, done: number): boolean =>
      (done < node.max &&
        matchNode(node.node, from, (after) => after !== from && repeatFrom(after, done + 1))) ||
      (done >= node.min && next(from));
    return repeatFrom(at, 0);
  };

  const matches: [number, number][] = [];
  for (let start = 0; start <= text.length;) {
    let end = -1;
    const found = alternatives.some((sequence) =>
      matchSequence(sequence, 0, start, (at) => {
        end = at;
        return true;
      }),
    );
    if (found) matches.push([start, end]);
    start = found && end > start ? end : start + 1;
  }
  return { matches, steps };
}
