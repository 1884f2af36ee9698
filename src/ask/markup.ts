// Slack's markup in what people type: a message or a command's text arrives with links, mentions and channel links
// wrapped in <…>, and with &, < and > escaped as &amp;, &lt; and &gt; (docs.slack.dev, "Formatting text: escaping").

/** A link: the words it shows ("<https://openai.com/gpt-5|gpt-5>" is "gpt-5"); a bare URL says nothing. */
const LABELLED_LINK = /<(?:https?|mailto):[^|>]*\|([^>]*)>/g;
const BARE_LINK = /<(?:https?|mailto):[^>]*>/g;
/** Mentions, channel links and special mentions ("<@U123>", "<#C123|general>", "<!here>"). */
const MENTION = /<[@#!][^>]*>/g;
const ESCAPED: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** Text as typed in Slack, as plain text: markup out, the three escaped characters back. */
export function plainText(raw: string): string {
  return raw
    .replace(MENTION, ' ')
    .replace(LABELLED_LINK, ' $1 ')
    .replace(BARE_LINK, ' ')
    .replace(/&(?:lt|gt|amp);/g, (entity) => ESCAPED[entity] ?? entity);
}
