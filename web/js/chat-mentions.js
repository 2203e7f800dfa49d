// Mentions in a chat message: "@" and a member's display name (docs/chat.md). Pure functions,
// no DOM: the panel asks them what the member is typing and how to show a message's body.
// The server decides who was mentioned (PostOut.mentions); these only find and draw the names.

const WORD = /[\p{L}\p{N}_]/u;
//: The longest text after "@" still looked up as a name (display names are at most 100).
const MAX_QUERY = 100;

/**
 * The mention being typed at `caret`: {start, query} where text[start] is the "@", or null.
 * The "@" starts the text or follows a non-word character, as the server reads it.
 */
export function mentionQuery(text, caret) {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  if (at > 0 && WORD.test(before[at - 1])) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY || /[\n@]/.test(query)) return null;
  return { start: at, query };
}

/** Members whose display name begins with `query` (any case), best first, at most `limit`. */
export function suggestions(members, query, limit = 6) {
  const wanted = query.toLocaleLowerCase();
  const starts = [];
  const inside = [];
  for (const member of members) {
    const name = member.display_name.toLocaleLowerCase();
    if (name.startsWith(wanted)) starts.push(member);
    else if (wanted && name.split(/\s+/).some((word) => word.startsWith(wanted))) inside.push(member);
  }
  const byName = (a, b) => a.display_name.localeCompare(b.display_name);
  return [...starts.sort(byName), ...inside.sort(byName)].slice(0, limit);
}

/** The text with the mention being typed replaced by "@Name ", and where the caret goes. */
export function insertMention(text, start, caret, name) {
  const head = `${text.slice(0, start)}@${name} `;
  return { text: head + text.slice(caret), caret: head.length };
}

/**
 * The body cut into [{text, name}] pieces: `name` is the display name a piece mentions
 * ("@Name", any case, ending at a non-word character), null for plain text. Longest names
 * are tried first, so "@Léa Martin" is not read as "@Léa".
 */
export function segments(body, names) {
  const sorted = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  const lower = body.toLocaleLowerCase();
  const pieces = [];
  let plain = 0;
  let i = 0;
  while (i < body.length) {
    let found = null;
    if (body[i] === "@" && (i === 0 || !WORD.test(body[i - 1]))) {
      for (const name of sorted) {
        const end = i + 1 + name.length;
        if (lower.startsWith(name.toLocaleLowerCase(), i + 1) && (end >= body.length || !WORD.test(body[end]))) {
          found = name;
          break;
        }
      }
    }
    if (found === null) {
      i += 1;
      continue;
    }
    if (i > plain) pieces.push({ text: body.slice(plain, i), name: null });
    const end = i + 1 + found.length;
    pieces.push({ text: body.slice(i, end), name: found });
    plain = i = end;
  }
  if (plain < body.length) pieces.push({ text: body.slice(plain), name: null });
  return pieces;
}
